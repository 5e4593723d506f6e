/**
 * The packs' lexicons are data read without zod at run time (see src/lang/lexicon-check.ts): their
 * shape, repeats and (where kept sorted) order are checked here, for every registered pack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DATE_RELATIONS } from '../src/schema/contract.js';
import { registeredPacks } from '../src/lang/registry.js';

const LANG_DIR = join(import.meta.dirname, '..', 'src', 'lang');
const EXTRACT_DIR = join(import.meta.dirname, '..', 'src', 'extract');
// Every registered pack: a new one is checked as soon as the registry lists it.
const PACKS = registeredPacks().map((p) => p.lang);
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const packFile = (lang: string, name: string): string => join(LANG_DIR, lang, name);

const lower = z
  .string()
  .min(1)
  .refine((w) => w === w.toLowerCase() && w.trim() === w, 'a lowercase word without outer spaces');
const words = z.array(lower);
const repeats = (list: readonly string[]): string[] => list.filter((w, i) => list.indexOf(w) !== i);
const values = z.record(lower, z.number());

const relationWords = z.record(lower, z.union([z.enum(DATE_RELATIONS), z.literal('')]));
const dateFile = z.strictObject({
  months: z.record(lower, z.int().min(1).max(12)),
  relative: z.array(
    z.strictObject({ words: z.array(lower).min(1), except: words.optional(), unit: z.enum(['year', 'month', 'day', 'weekday', 'none', 'years', 'months', 'weeks', 'days']), offset: z.int() }),
  ),
  adpositions: z.strictObject({ before: relationWords, beforePoint: relationWords, after: relationWords, afterOutside: relationWords, parts: relationWords, timeNouns: relationWords }),
});

const numeralFile = z.strictObject({
  units: values,
  teens: values,
  tens: values,
  hundredsAbsolute: values,
  hundredMultiplier: words,
  scales: values,
  halves: words,
  decimalPoint: words,
  fractionDenominators: values,
  collective: values.optional(),
  approximate: values.optional(),
  multiplicative: values.optional(),
  oneAndHalf: words.optional(),
  parts: z.record(lower, z.int().min(2)).optional(),
  gluedOrdinalEndings: words.optional(),
  tensUnitsJoiner: z.string().length(1).optional(),
  scaleJoiner: z.string().min(1).optional(),
  beforeScaleOnly: words.optional(),
  signScales: values.optional(),
  notNumerals: words,
});

const qualifierWords = z.record(lower, z.enum(['more_than', 'about', 'up_to', 'less_than', 'at_least']));
const qualifierFile = z.strictObject({ before: qualifierWords, after: qualifierWords, verbsAfter: qualifierWords });

// Keys of numerals.json that are no numeral kind; "one" is both a unit and `beforeScaleOnly`.
const NOT_NUMERAL_KINDS = new Set(['notNumerals', 'fractionDenominators', 'gluedOrdinalEndings', 'tensUnitsJoiner', 'scaleJoiner', 'beforeScaleOnly', 'signScales']);

describe.each(PACKS)('%s lexicons', (lang) => {
  it('date.json: every month 1–12 named (abbreviations too), relative rules without a repeated word sequence, adpositions with known relations', () => {
    const date = dateFile.parse(read(packFile(lang, 'date.json')));
    expect([...new Set(Object.values(date.months))].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(repeats(date.relative.map((r) => r.words.join(' ')))).toEqual([]);
  });

  it('numerals.json: numeral words by kind, none listed under two kinds; non-numerals without repeats', () => {
    const file = numeralFile.parse(read(packFile(lang, 'numerals.json')));
    const all = Object.entries(file)
      .filter(([kind]) => !NOT_NUMERAL_KINDS.has(kind))
      .flatMap(([, table]) => (Array.isArray(table) ? table : Object.keys(table)));
    expect(repeats(all)).toEqual([]);
    // A word may be both: notNumerals overrides ("one" the pronoun, «біреу» someone).
    expect(repeats(file.notNumerals)).toEqual([]);
  });

  it('qualifiers.json: qualifier words with a known qualifier', () => {
    qualifierFile.parse(read(packFile(lang, 'qualifiers.json')));
  });

  it('measures.json: physical units and units of time or age, without repeats; the parts a unit divides into', () => {
    const part = z.object({ unit: z.string().min(1), part: z.string().min(1), factor: z.number().int().min(2) }).strict();
    const file = z
      .object({ physical: words, timeOrAge: words, parts: z.array(part).optional(), unitAbbreviations: words.optional() })
      .strict()
      .parse(read(packFile(lang, 'measures.json')));
    expect(repeats([...file.physical, ...file.timeOrAge])).toEqual([]);
    // a part is read only after a physical measure, so both of its units must be listed ones
    const unlisted = (file.parts ?? []).flatMap((p) => [p.unit, p.part]).filter((u) => !file.physical.some((m) => u.startsWith(m)));
    expect(unlisted).toEqual([]);
    expect(repeats((file.parts ?? []).map((p) => `${p.unit} ${p.part}`))).toEqual([]);
  });

  it('currencies.json: ISO 4217 codes to lowercase words, no word under two codes', () => {
    const file = z.record(z.string().regex(/^[A-Z]{3}$/), words).parse(read(packFile(lang, 'currencies.json')));
    expect(repeats(Object.values(file).flat())).toEqual([]);
  });

  it('project.json: cue words without repeats', () => {
    const file = packFile(lang, 'project.json');
    if (!existsSync(file)) return;
    const cues = z
      .partialRecord(z.enum(['after', 'before', 'cues', 'between', 'frame', 'insideHead', 'routeHead', 'mediaBefore', 'notProject', 'notNameWords', 'notNameStarts']), words)
      .parse(read(file));
    for (const [name, list] of Object.entries(cues)) expect(repeats(list), name).toEqual([]);
  });
});

describe('shared lexicons', () => {
  it('project/latin-heads.json: lowercase Latin words without repeats', () => {
    const heads = z.array(z.string().regex(/^[a-z]+$/)).parse(read(join(EXTRACT_DIR, 'project', 'latin-heads.json')));
    expect(repeats(heads)).toEqual([]);
  });

  it('money/symbols.json: ISO 4217 codes to symbols, no symbol under two codes', () => {
    const file = z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string().min(1))).parse(read(join(EXTRACT_DIR, 'money', 'symbols.json')));
    expect(repeats(Object.values(file).flat())).toEqual([]);
  });

  it('position/roles.json: roles with patterns that compile', () => {
    const roles = z.array(z.strictObject({ role: z.string().regex(/^[a-z_]+(?:\/[a-z_]+)?$/), pattern: z.string().min(1) })).parse(read(join(EXTRACT_DIR, 'position', 'roles.json')));
    for (const r of roles) expect(() => new RegExp(r.pattern), r.role).not.toThrow();
  });

  it('person/not-names.json: capitalised words without repeats', () => {
    const list = z.array(z.string().regex(/^\p{Lu}/u)).parse(read(join(EXTRACT_DIR, 'person', 'not-names.json')));
    expect(repeats(list.map((w) => w.toLowerCase()))).toEqual([]);
  });

  it('project/programmes.json: a name in each shipped language and forms, no form under two programmes', () => {
    const name = z.string().min(1);
    const programmes = z.array(z.strictObject({ kk: name, ru: name, en: name, forms: z.array(name).min(1) })).parse(read(join(EXTRACT_DIR, 'project', 'programmes.json')));
    expect(repeats(programmes.flatMap((p) => [...new Set(p.forms)]))).toEqual([]);
  });
});
