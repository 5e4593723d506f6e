import { describe, expect, it } from 'vitest';
import { score } from '../src/eval/score.js';
import type { GoldDoc } from '../src/eval/gold.js';
import { compareBaseline } from '../src/cli/eval.js';
import { readConll, readGoldDir } from '../src/eval/gold.js';
import { scoreNorms, type NormError } from '../src/eval/norms.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gold: GoldDoc[] = [
  {
    doc: 'd1',
    text: 'Аким Берик Уали выделил 658 млн тенге.',
    lang: 'ru',
    annotatedTypes: new Set(['person', 'money']),
    mentions: [
      { type: 'person', start: 5, end: 15, text: 'Берик Уали' },
      { type: 'money', start: 24, end: 37, text: '658 млн тенге' },
    ],
  },
];

describe('scorer', () => {
  it('gives 1.0 for perfect predictions', () => {
    const r = score(gold, [{ doc: 'd1', lang: 'ru', mentions: gold[0]!.mentions }]);
    expect(r.micro.strict).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.micro.relaxed).toEqual({ p: 1, r: 1, f1: 1 });
    expect(r.langAccuracy).toBe(1);
  });

  it('gives recall 0 when nothing is predicted, and counts a missing document as misses', () => {
    expect(score(gold, [{ doc: 'd1', lang: 'kk', mentions: [] }]).micro.relaxed.r).toBe(0);
    const missing = score(gold, []);
    expect(missing.micro.relaxed.r).toBe(0);
    expect(missing.langAccuracy).toBe(0);
  });

  it('gives strict 0 but relaxed credit for shifted offsets', () => {
    const shifted = gold[0]!.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1, text: gold[0]!.text.slice(m.start + 1, m.end + 1) }));
    const errors: Parameters<typeof score>[2] = [];
    const r = score(gold, [{ doc: 'd1', lang: 'ru', mentions: shifted }], errors);
    expect(r.micro.strict.f1).toBe(0);
    expect(r.micro.relaxed.f1).toBe(1);
    // Each prediction is listed as a boundary error beside the gold span it overlaps.
    expect(errors.map((e) => [e.kind, e.text, e.gold])).toEqual([
      ['boundary', 'ерик Уали ', ['Берик Уали']],
      ['boundary', '58 млн тенге.', ['658 млн тенге']],
    ]);
  });

  it('ignores predicted types the gold does not annotate and lists errors with context', () => {
    const errors: Parameters<typeof score>[2] = [];
    const r = score(
      gold,
      [
        {
          doc: 'd1',
          mentions: [
            { type: 'date', start: 0, end: 4, text: 'Аким' },
            { type: 'person', start: 0, end: 4, text: 'Аким' },
          ],
        },
      ],
      errors,
    );
    expect(r.byType.date).toBeUndefined();
    expect(r.byType.person?.relaxed.p).toBe(0);
    expect(errors!.map((e) => e.kind).sort()).toEqual(['false_positive', 'miss', 'miss']);
    expect(errors![0]!.context).toContain('[[');
  });

  it('names a gold file that is not in the corpora format, instead of failing inside the scorer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-gold-'));
    writeFileSync(join(dir, 'a.txt'), 'Аким Берик Уали.');
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ people: [{ name: 'Берик Уали' }] }));
    expect(() => readGoldDir(dir)).toThrow(/a\.gold\.json: not a gold file .*mentions/);
    writeFileSync(join(dir, 'a.gold.json'), '{"mentions": [');
    expect(() => readGoldDir(dir)).toThrow(/a\.gold\.json: not JSON/);
    writeFileSync(
      join(dir, 'a.gold.json'),
      JSON.stringify({
        mentions: [
          { type: 'person', start: 5, end: 15, text: 'Берик Уали', extra: 1 },
          { type: 'LOC', start: 0, end: 4, text: 'Аким' },
        ],
      }),
    );
    expect(readGoldDir(dir)[0]!.mentions).toEqual([{ type: 'person', start: 5, end: 15, text: 'Берик Уали' }]);
  });

  it('flags figures more than 0.02 below the baseline', () => {
    expect(compareBaseline({ person: 0.9, money: 0.5 }, { person: 0.91, money: 0.6 })).toHaveLength(1);
  });

  it('reads CoNLL IOB2 into text and spans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-conll-'));
    const file = join(dir, 'x.txt');
    writeFileSync(file, 'Берік B-PERSON\nУәли I-PERSON\n658 B-MONEY\nмлн I-MONEY\nтеңге I-MONEY\nбөлді O\n. O\n\n');
    const [doc] = readConll(file, { PERSON: 'person', MONEY: 'money' });
    expect(doc!.text).toBe('Берік Уәли 658 млн теңге бөлді.');
    expect(doc!.mentions.map((m) => m.text)).toEqual(['Берік Уәли', '658 млн теңге']);
  });

  it('scores person norms against the entity the document names in full, case- and ё-folded', () => {
    const text = 'Аким Пётр Семёнов приехал. П. Семенов сказал, что Абайдың мұрасы бар.';
    const normed: GoldDoc[] = [
      {
        doc: 'n',
        text,
        annotatedTypes: new Set(['person']),
        mentions: [
          { type: 'person', start: 5, end: 17, text: 'Пётр Семёнов', norm: 'Пётр Семёнов', ref: 'Пётр Семёнов' },
          { type: 'person', start: 27, end: 37, text: 'П. Семенов', norm: 'П. Семенов', ref: 'Пётр Семёнов' },
          { type: 'person', start: 50, end: 57, text: 'Абайдың', norm: 'Абай', ref: 'Абай Құнанбайұлы' },
        ],
      },
    ];
    const errors: NormError[] = [];
    const s = scoreNorms(
      normed,
      [
        {
          doc: 'n',
          mentions: [
            { type: 'person', start: 5, end: 17, text: 'Пётр Семёнов', norm: 'петр семенов' },
            { type: 'person', start: 27, end: 37, text: 'П. Семенов', norm: 'П. Семенов' },
          ],
        },
      ],
      errors,
    );
    expect(s).toEqual({ gold: 3, found: 2, correct: 1, accuracy: 0.3333, accuracyFound: 0.5 });
    expect(errors.map((e) => [e.expected, e.predicted])).toEqual([
      ['Пётр Семёнов', 'П. Семенов'],
      ['Абай', undefined],
    ]);
    expect(scoreNorms(gold, [])).toBeUndefined();
  });
});
