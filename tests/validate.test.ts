import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import { DocumentRecordSchema, type DocumentRecord } from '../src/schema/record.js';
import { isErrorRecord } from '../src/schema/record-helpers.js';
import { recordProblems } from '../src/schema/validate.js';
import { ROOT } from './helpers/run.js';

/** A record taken apart on purpose: the tests reach into any field to break it. */
// biome-ignore lint/suspicious/noExplicitAny: broken records are written field by field, whatever the field's type
type Loose = Record<string, any>;

/** Records of the fixture articles, each with the text its offsets refer to. */
const samples: Array<{ record: DocumentRecord; text: string }> = readdirSync(join(ROOT, 'fixtures', 'articles'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(ROOT, 'fixtures', 'articles', f), 'utf8');
    const record = processDocument({ path: f, text });
    if (isErrorRecord(record)) throw new Error(`${f}: ${record.error.message}`);
    return { record, text };
  });

const zodAccepts = (record: unknown, text: string): boolean => DocumentRecordSchema.safeParse({ ...(record as object), text }).success;
const compiledAccepts = (record: unknown, text: string): boolean => recordProblems(record as DocumentRecord, text) === undefined;
const clone = <T>(x: T): T => structuredClone(x);

/** Every place in a JSON-like value, as a path of keys. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}
function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
}

describe('the compiled record validator', () => {
  it('accepts what the extractor writes, as zod does', () => {
    expect(samples.length).toBeGreaterThan(3);
    for (const { record, text } of samples) {
      expect(zodAccepts(record, text)).toBe(true);
      expect(recordProblems(record, text)).toBeUndefined();
    }
  });

  it('rejects the same broken records as zod, with a reason', () => {
    const { record, text } = samples.find((s) => s.record.officials.length > 0 && s.record.mentions.some((m) => m.type === 'money'))!;
    const money = record.mentions.findIndex((m) => m.type === 'money');
    const person = record.officials[0]!.mentions[0]!;
    const breaks: Record<string, (r: Loose) => void> = {
      'unknown record key': (r) => (r.extra = 1),
      'missing id': (r) => delete r.id,
      'bad lang': (r) => (r.lang = 'xx'),
      'confidence over 1': (r) => (r.langConfidence = 1.5),
      'fractional chars': (r) => (r.chars = 10.5),
      'bad date': (r) => (r.date = '2025-1-1'),
      'unknown mention type': (r) => (r.mentions[0].type = 'organisation'),
      'unknown mention key': (r) => (r.mentions[0].extra = true),
      'negative offset': (r) => (r.mentions[0].start = -1),
      'NaN money value': (r) => (r.mentions[money].value = Number.NaN),
      'infinite money value': (r) => (r.mentions[money].value = Number.POSITIVE_INFINITY),
      'lowercase currency': (r) => (r.mentions[money].currency = 'kzt'),
      'range with an extra key': (r) => (r.mentions[money].value = { from: 1, to: 2, by: 1 }),
      'empty person key': (r) => (r.mentions[person].key = ''),
      'official naming a money mention': (r) => (r.officials[0].mentions = [money]),
      'offsets past the text': (r) => (r.mentions[0].end = r.chars + 5),
      'text not the slice': (r) => (r.mentions[0].text = 'x'.repeat(r.mentions[0].text.length)),
    };
    for (const [name, breakIt] of Object.entries(breaks)) {
      const broken = clone(record) as Loose;
      breakIt(broken);
      expect(zodAccepts(broken, text), name).toBe(false);
      expect(recordProblems(broken as DocumentRecord, text), name).toMatch(/\S/);
    }
  });

  it('names where in the record the broken value is', () => {
    const { record, text } = samples.find((s) => s.record.mentions.some((m) => m.type === 'money'))!;
    const money = record.mentions.findIndex((m) => m.type === 'money');
    const reasons: Array<[string, (r: Loose) => void, string]> = [
      ['bad lang', (r) => (r.lang = 'xx'), '/lang: '],
      ['negative offset', (r) => (r.mentions[0].start = -1), '/mentions/0/start: must be >= 0'],
      ['lowercase currency', (r) => (r.mentions[money].currency = 'kzt'), `/mentions/${money}/currency: must match pattern`],
      ['unknown mention key', (r) => (r.mentions[money].extra = true), `/mentions/${money}: must NOT have additional properties ('extra')`],
      ['unknown mention type', (r) => (r.mentions[money].type = 'organisation'), `/mentions/${money}/type: `],
    ];
    for (const [name, breakIt, reason] of reasons) {
      const broken = clone(record) as Loose;
      breakIt(broken);
      expect(recordProblems(broken as DocumentRecord, text), name).toContain(reason);
    }
  });

  it('agrees with zod on records with a random value put anywhere', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, Number.NaN, -1, 1.5, '', 'KZT', 'person', '2025-01-01', { from: 1, to: 2 }));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), anyValue, (which, where, value) => {
        const { record, text } = samples[which % samples.length]!;
        const paths = pathsOf(record).filter((p) => p.length > 0);
        const broken = clone(record);
        setAt(broken, paths[where % paths.length]!, value);
        expect(compiledAccepts(broken, text), JSON.stringify(paths[where % paths.length])).toBe(zodAccepts(broken, text));
      }),
      { numRuns: 2000 },
    );
  });
});
