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

  it('traces why the rules declined a span (kk): a quoted name with no cue, a common word at sentence start', () => {
    const e = explainText(`${TEXT} Бақыт бәріне керек.`, { lang: 'kk', spans: ['Таза өзен', 'Бақыт'] });
    expect(e.mentions.some((m) => m.mention.text === 'Таза өзен')).toBe(false);
    const [quoted] = e.spans[0]!.occurrences;
    expect(quoted!.found).toEqual([]);
    expect(quoted!.declined[0]).toEqual({ stage: 'projects', start: 27, end: 36, reason: expect.stringMatching(/^quoted name declined — no programme cue/) });
    expect(quoted!.declined).toEqual(expect.arrayContaining([{ stage: 'titles', start: 27, end: 31, reason: '«Таза» is not a title head' }]));
    expect(e.spans[1]!.occurrences[0]!.declined).toEqual(
      expect.arrayContaining([{ stage: 'persons', start: expect.any(Number), end: expect.any(Number), reason: expect.stringMatching(/^«Бақыт» is a common word at sentence start/) }]),
    );
    expect(formatExplanation(e)).toContain('span «Таза өзен» at [27, 36):\n  projects: quoted name declined — no programme cue');

    const lexicon: LoadedLexicon = { file: 'rivers.json', sha256: '0123456789abcdef', lexicon: { programmes: [{ kk: 'Таза өзен', ru: 'Чистая река', en: 'Clean River' }] } };
    const withLexicon = explainText(TEXT, { lang: 'kk', spans: ['Таза өзен'], lexicons: [lexicon] });
    expect(withLexicon.mentions.find((m) => m.mention.text === 'Таза өзен')).toMatchObject({ stage: 'projects', lexicon: 'lexicon rivers.json: «Таза өзен»' });
    expect(withLexicon.spans[0]!.occurrences[0]!.found).toEqual([{ index: expect.any(Number), exact: true }]);
    expect(withLexicon.spans[0]!.occurrences[0]!.declined.filter((d) => d.stage === 'projects')).toEqual([]);
  });

  it('traces why the rules declined a span (ru): a never-name after a place preposition, a skipped age, a claimed token', () => {
    const ru = 'В Ростове открылась школа. Ему 45 лет. Губернатор области Иван Петров посетил «Умный двор».';
    const e = explainText(ru, { lang: 'ru', spans: ['Ростове', '45 лет', 'Умный двор'] });
    const reasons = (k: number): string[] => e.spans[k]!.occurrences[0]!.declined.map((d) => `${d.stage}: ${d.reason}`);
    expect(reasons(0)).toContain('persons: «Ростове» is never a name (built-in list of words that are not names)');
    expect(reasons(1)[0]).toBe('ages: an age, left out by the convention --ages skip (the default)');
    expect(reasons(1)).toContain('titles: «лет» was claimed by an earlier stage');
    expect(reasons(2)[0]).toMatch(/^projects: quoted name declined — no programme cue/);
    // With the convention that keeps ages, the age is found and not declined.
    const kept = explainText(ru, { lang: 'ru', spans: ['45 лет'], conventions: { ages: 'number' } });
    expect(kept.spans[0]!.occurrences[0]!.declined.some((d) => d.stage === 'ages')).toBe(false);
    expect(kept.spans[0]!.occurrences[0]!.found.map((f) => kept.mentions[f.index]!.mention.type)).toEqual(['number']);
  });

  it('is a command, with JSON output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-explain-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const r = kzx(['explain', file, '--json', '--span', 'Таза өзен', '--span', 'жоқ сөз']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { mentions: Array<{ stage: string }>; spans: Array<{ span: string; occurrences: unknown[] }> };
    expect(out.mentions.length).toBeGreaterThan(3);
    expect(out.spans.map((s) => [s.span, s.occurrences.length])).toEqual([
      ['Таза өзен', 1],
      ['жоқ сөз', 0],
    ]);
    expect(kzx(['explain', file]).stdout).toContain('stage: persons');
  });

  it('extract --explain gives each mention its explanation; without the flag the output is byte-identical to a run with it stripped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-explain-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const plain = kzx(['extract', file, '--format', 'ndjson', '--quiet']);
    const explained = kzx(['extract', file, '--format', 'ndjson', '--quiet', '--explain']);
    expect(plain.status).toBe(0);
    expect(explained.status).toBe(0);
    expect(plain.stdout).not.toContain('"explain"');
    const record = JSON.parse(explained.stdout) as { mentions: Array<{ text: string; explain?: { stage: string; rule: string; lexicon?: string } }> };
    expect(record.mentions.every((m) => m.explain !== undefined)).toBe(true);
    expect(record.mentions.find((m) => m.text === 'Берік Оспанов')!.explain).toEqual({ stage: 'persons', rule: expect.stringContaining('first name'), lexicon: 'built-in first-name lexicon: Берік' });
    const stripped = { ...record, mentions: record.mentions.map(({ explain: _explain, ...m }) => m) };
    expect(`${JSON.stringify(stripped)}\n`).toBe(plain.stdout);
  });

  it('extract --explain refuses a tabular format before any work', () => {
    const r = kzx(['extract', 'no-such-file.txt', '--explain', '--format', 'csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--explain needs --format json or ndjson');
  });
});
