/**
 * Runs every dimension's example corpus (src/lang/<lang>/corpus/<dimension>.json) the way
 * Duckling runs its Corpus modules: each positive must be found with its values, and no other
 * mention of that dimension may appear (negatives expect none).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import type { Mention, MentionType } from '../src/schema/record.js';
import { isErrorRecord } from '../src/schema/record-helpers.js';
import type { Lang } from '../src/lang/detect.js';
import type { TemporalConventions } from '../src/extract/index.js';
import { matchesExpected } from './helpers/corpus.js';

interface Example {
  text: string;
  /** Document date, for relative expressions. */
  date?: string;
  /** Time-expression conventions other than the defaults. */
  conventions?: TemporalConventions;
  expect: Array<Record<string, unknown>>;
}

const LANG_DIR = join(import.meta.dirname, '..', 'src', 'lang');
const DIMENSIONS: MentionType[] = ['money', 'number', 'percent', 'date', 'person', 'position', 'project'];

function mentionsOf(ex: Example, lang: Lang, type: MentionType): Mention[] {
  const { text } = ex;
  const rec = processDocument({ path: 'example', text, lang, ...(ex.date ? { date: ex.date } : {}) }, ex.conventions ? { conventions: ex.conventions } : {});
  if (isErrorRecord(rec)) throw new Error(rec.error.message);
  for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return rec.mentions.filter((m) => m.type === type);
}

describe.each(DIMENSIONS)('%s corpus', (dimension) => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const file = join(LANG_DIR, lang, 'corpus', `${dimension}.json`);
    if (!existsSync(file)) continue;
    const examples = JSON.parse(readFileSync(file, 'utf8')) as Example[];
    it.each(examples.map((e) => [e.text, e] as const))(`${lang}: %s`, (_text, ex) => {
      const found = mentionsOf(ex, lang, dimension);
      for (const want of ex.expect)
        expect(
          found.some((m) => matchesExpected(m, want)),
          `expected ${JSON.stringify(want)} in ${JSON.stringify(found)}`,
        ).toBe(true);
      expect(found.length, `extra ${dimension} mentions: ${JSON.stringify(found)}`).toBe(ex.expect.length);
    });
  }
});

it('has at least 40 examples per dimension across kk and ru, with negatives', () => {
  for (const dimension of DIMENSIONS) {
    const files = ['kk', 'ru'].map((lang) => join(LANG_DIR, lang, 'corpus', `${dimension}.json`)).filter(existsSync);
    const examples = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Example[]);
    expect(examples.length, dimension).toBeGreaterThanOrEqual(40);
    expect(examples.filter((e) => e.expect.length === 0).length, `${dimension} negatives`).toBeGreaterThanOrEqual(8);
  }
});

it('has English corpora at least as large as the smaller of the Kazakh and Russian ones, with 10 negatives or more', () => {
  const load = (lang: string, dimension: string): Example[] => JSON.parse(readFileSync(join(LANG_DIR, lang, 'corpus', `${dimension}.json`), 'utf8')) as Example[];
  for (const dimension of DIMENSIONS) {
    const en = load('en', dimension);
    const smallest = Math.min(load('kk', dimension).length, load('ru', dimension).length);
    expect(en.length, dimension).toBeGreaterThanOrEqual(smallest);
    expect(en.filter((e) => e.expect.length === 0).length, `${dimension} negatives`).toBeGreaterThanOrEqual(10);
  }
});
