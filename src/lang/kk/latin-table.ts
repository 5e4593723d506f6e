import { z } from 'zod';

/**
 * The shape of latin.json: for each Latin alphabet of Kazakh, every Cyrillic letter with its Latin
 * spelling (lower and upper case). `read` says when the Latin spelling reads back as this letter:
 * always (the default), only after a vowel (й, which 2021 writes as и's "i"), or never (a letter
 * written with another's spelling or a combination: һ as "h", ц as "ts", я as "ia"…).
 * Kept apart from latin.ts so that extraction does not load zod; tests/kk-latin.test.ts parses the file.
 */
const LetterSchema = z
  .object({
    cyr: z.tuple([z.string().length(1), z.string().length(1)]),
    lat: z.tuple([z.string().max(4), z.string().max(4)]),
    read: z.enum(['afterVowel', 'never']).optional(),
  })
  .strict();

const VariantSchema = z
  .object({
    name: z.enum(['2021', '2018', '2017']),
    letters: z.array(LetterSchema).min(30),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    for (const l of v.letters) {
      if (seen.has(l.cyr[0])) ctx.addIssue({ code: 'custom', message: `${v.name}: ${l.cyr[0]} listed twice` });
      seen.add(l.cyr[0]);
      if (l.cyr[0].toUpperCase() !== l.cyr[1]) ctx.addIssue({ code: 'custom', message: `${v.name}: ${l.cyr[1]} is not the capital of ${l.cyr[0]}` });
      // A spelling read back is one or two Latin units (2017 "s'", 2018 "sh"): the offset map takes no more.
      if (l.read !== 'never' && !/^\p{L}['\p{L}]?$/u.test(l.lat[0]))
        ctx.addIssue({ code: 'custom', message: `${v.name}: ${l.cyr[0]} is read back from «${l.lat[0]}», which is not one or two Latin units` });
    }
    // Each small-letter spelling reads back as one letter (or two, one of them after a vowel only); a capital two letters share (2018 I) reads as the first listed.
    const readers = new Map<string, string[]>();
    for (const l of v.letters) if (l.read !== 'never') readers.set(l.lat[0], [...(readers.get(l.lat[0]) ?? []), l.read ?? 'always']);
    for (const [lat, reads] of readers) {
      if (reads.filter((r) => r === 'always').length !== 1 || reads.length > 2) ctx.addIssue({ code: 'custom', message: `${v.name}: «${lat}» reads back ambiguously (${reads.join(', ')})` });
    }
  });

/**
 * Loan words the rules need whose Cyrillic a Latin spelling cannot give back (процент, вице,
 * компания, рубль): a word that begins with one's Latin spelling is read as it. Each has a letter
 * that is never read back, in small letters, sorted, once.
 */
const LoansSchema = z
  .array(
    z
      .string()
      .regex(/^[а-яёәғқңөұүһі]{3,}$/)
      .refine((w) => /[ёцщъьэюяһ]/.test(w), { message: 'a loan whose letters all read back needs no entry' }),
  )
  .refine((ws) => ws.every((w, i) => i === 0 || ws[i - 1]!.localeCompare(w, 'kk') < 0), { message: 'loans are sorted, each once' });

export const LatinTableSchema = z.object({ variants: z.array(VariantSchema).length(3), loans: LoansSchema }).strict();
export type LatinTable = z.infer<typeof LatinTableSchema>;
export type LatinVariant = LatinTable['variants'][number]['name'];
