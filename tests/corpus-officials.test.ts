/**
 * Runs the officials' example corpus (src/lang/<lang>/corpus/officials.json): each expected link
 * (a person mention containing `person`, a linked title containing `title`, the flags, the official's `position` when
 * given) must be made,
 * and no other: negatives expect none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { processDocument } from '../src/document.js';
import { isErrorRecord } from '../src/schema/record-helpers.js';

const ExampleSchema = z
  .object({
    text: z.string().min(1),
    expect: z.array(z.object({ person: z.string().min(1), title: z.string().min(1), position: z.string().min(1).optional(), former: z.boolean().optional(), acting: z.boolean().optional() }).strict()),
  })
  .strict();

const LANG_DIR = join(import.meta.dirname, '..', 'src', 'lang');
const LANGS = ['kk', 'ru', 'en'] as const;
const load = (lang: string): Array<z.infer<typeof ExampleSchema>> => z.array(ExampleSchema).parse(JSON.parse(readFileSync(join(LANG_DIR, lang, 'corpus', 'officials.json'), 'utf8')));

describe.each(LANGS)('officials corpus %s', (lang) => {
  it.each(load(lang).map((e) => [e.text, e] as const))('%s', (_text, ex) => {
    const rec = processDocument({ path: 'example', text: ex.text, lang });
    if (isErrorRecord(rec)) throw new Error(rec.error.message);
    const links = rec.officials.flatMap((o) =>
      o.positionMentions.map((k) => ({
        persons: o.mentions.map((i) => rec.mentions[i]!.text),
        title: rec.mentions[k]!.text,
        position: o.position,
        former: o.former === true,
        acting: o.acting === true,
      })),
    );
    for (const want of ex.expect) {
      const found = links.some(
        (l) =>
          l.persons.some((p) => p.includes(want.person)) &&
          l.title.includes(want.title) &&
          (want.position === undefined || l.position === want.position) &&
          l.former === (want.former ?? false) &&
          l.acting === (want.acting ?? false),
      );
      expect(found, `expected ${JSON.stringify(want)} in ${JSON.stringify(links)}`).toBe(true);
    }
    expect(links.length, `extra links: ${JSON.stringify(links)}`).toBe(ex.expect.length);
  });
});

it('has positives and negatives in every language', () => {
  for (const lang of LANGS) {
    const examples = load(lang);
    expect(examples.length, lang).toBeGreaterThanOrEqual(12);
    expect(examples.filter((e) => e.expect.length === 0).length, `${lang} negatives`).toBeGreaterThanOrEqual(3);
  }
});
