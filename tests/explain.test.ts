import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainText, formatExplanation } from '../src/explain/explain.js';
import type { LoadedLexicon } from '../src/lexicon/load.js';
import { kzx } from './helpers/run.js';

// Written for these tests; «Таза өзен» is a made-up programme.
const TEXT = 'Облыс әкімі Берік Оспанов «Таза өзен» туралы айтты. Бағдарламаға 12 млрд теңге бөлінді. «Жасыл қала» жобасы биыл басталады.';

describe('kzx explain', () => {
  it('gives each mention its stage, rule family and lexicon entry', () => {
    const e = explainText(TEXT, { lang: 'kk' });
    const by = (text: string) => e.mentions.find((m) => m.mention.text === text)!;
    expect(by('Облыс әкімі')).toMatchObject({ stage: 'titles', lexicon: expect.stringContaining('akim/oblast') });
    expect(by('Берік Оспанов')).toMatchObject({ stage: 'persons', lexicon: 'built-in first-name lexicon: Берік' });
    expect(by('12 млрд теңге')).toMatchObject({ stage: 'quantities', rule: expect.stringContaining('currency') });
    expect(by('Жасыл қала')).toMatchObject({ stage: 'projects', rule: expect.stringContaining('quoted name') });
    expect(by('биыл')).toMatchObject({ stage: 'date words', rule: expect.stringContaining('relative') });
    expect(e.mentions.every((m) => m.stage !== 'unknown')).toBe(true);
  });

  it('says what the rules start from for a span that was not found, and names the user lexicon that finds it', () => {
    const e = explainText(TEXT, { lang: 'kk', spans: ['Таза өзен'] });
    expect(e.mentions.some((m) => m.mention.text === 'Таза өзен')).toBe(false);
    const [occurrence] = e.spans[0]!.occurrences;
    expect(occurrence!.found).toEqual([]);
    expect(occurrence!.checks[0]).toMatch(/^no  a programme lexicon has this form/);
    expect(occurrence!.checks).toEqual(expect.arrayContaining([
      'yes it stands in quotes (a quoted name needs a cue word, or a lexicon entry)',
      'no  a cue word next to the quotes (none within three words in the sentence)',
      'no  a title head word (positions start from one)',
    ]));
    expect(formatExplanation(e)).toContain('span «Таза өзен» at [27, 36):\n  not found;');

    const lexicon: LoadedLexicon = { file: 'rivers.json', sha256: '0123456789abcdef', lexicon: { programmes: [{ kk: 'Таза өзен', ru: 'Чистая река', en: 'Clean River' }] } };
    const withLexicon = explainText(TEXT, { lang: 'kk', spans: ['Таза өзен'], lexicons: [lexicon] });
    expect(withLexicon.mentions.find((m) => m.mention.text === 'Таза өзен')).toMatchObject({ stage: 'projects', lexicon: 'lexicon rivers.json: «Таза өзен»' });
    expect(withLexicon.spans[0]!.occurrences[0]!.found).toEqual([{ index: expect.any(Number), exact: true }]);
  });

  it('is a command, with JSON output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-explain-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const r = kzx(['explain', file, '--json', '--span', 'Таза өзен', '--span', 'жоқ сөз']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { mentions: Array<{ stage: string }>; spans: Array<{ span: string; occurrences: unknown[] }> };
    expect(out.mentions.length).toBeGreaterThan(3);
    expect(out.spans.map((s) => [s.span, s.occurrences.length])).toEqual([['Таза өзен', 1], ['жоқ сөз', 0]]);
    expect(kzx(['explain', file]).stdout).toContain('stage: persons');
  });
});
