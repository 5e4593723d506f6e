/** The position lexicons are data: their shape, uniqueness and order are checked here rather than cast at load. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DECLENSIONS, ruForms } from '../src/lang/ru/declension.js';

const DIR = join(import.meta.dirname, '..', 'src', 'lang');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));

const words = z.array(
  z
    .string()
    .min(1)
    .regex(/^[^\sA-ZА-ЯЁӘІҢҒҮҰҚӨҺ]+(?: [^\sA-ZА-ЯЁӘІҢҒҮҰҚӨҺ]+)*$/, 'lowercase'),
);
/** Sorted by code unit (what Array#sort gives) and without repeats, so a duplicate or a stray entry shows in review. */
const sortedUnique = (list: readonly string[]): boolean => list.every((w, i) => i === 0 || list[i - 1]! < w);

const KkHeads = z
  .object({
    heads: words,
    compoundRight: words,
    keepCapital: words,
    adminNouns: words,
    needOwner: words,
    nameOnly: words,
    modifiers: words,
    determiners: words,
    postpositions: words,
    namedThings: words,
    afterName: words,
    memberHeads: words,
    memberGroups: words,
    quantifiers: words,
  })
  .strict();

const declensionMap = z.record(z.string().regex(/^[а-яё]+(?:-[а-яё]+)*$/), z.enum(DECLENSIONS));
// Heads may also be a Latin abbreviation the Russian press writes as it is ("CEO"), which does not decline.
const headMap = z.record(z.union([z.string().regex(/^[а-яё]+(?:-[а-яё]+)*$/), z.string().regex(/^[a-z]{2,5}$/)]), z.enum(DECLENSIONS));
const RuHeads = z
  .object({
    heads: headMap,
    modifiers: z.record(z.string(), z.string()),
    homographs: words,
    keepCapital: words,
    notModifiers: words,
    functionalAdjectives: words,
    occupations: words,
    genitivesLikeVerbs: words,
    genitivesWithoutEnding: words,
    settlementGenitives: words,
    prepositionOwners: z.record(z.enum(['в', 'при']), words),
    instrumentalOwners: words,
    needOwner: words,
    memberHeads: words,
    membershipOwners: words,
    statuses: words,
    compoundPrefixes: words,
    compoundPersons: declensionMap,
    bodies: declensionMap,
  })
  .strict();

describe('position lexicons', () => {
  it('ru/heads.json: heads with a declension class, sorted word lists; occupations are heads', () => {
    const ru = RuHeads.parse(read('ru/heads.json'));
    const mined = declensionMap.parse(read('ru/heads.nerel.json'));
    for (const name of [
      'homographs',
      'keepCapital',
      'notModifiers',
      'functionalAdjectives',
      'occupations',
      'genitivesLikeVerbs',
      'genitivesWithoutEnding',
      'settlementGenitives',
      'instrumentalOwners',
      'needOwner',
      'memberHeads',
      'membershipOwners',
      'statuses',
      'compoundPrefixes',
    ] as const)
      expect(sortedUnique(ru[name]), name).toBe(true);
    for (const w of ru.occupations) expect(Object.keys(ru.heads), w).toContain(w);
    for (const [w, declension] of Object.entries(ru.heads)) if (/^[a-z]/.test(w)) expect(declension, w).toBe('indecl');
    for (const w of [...ru.needOwner, ...ru.memberHeads, ...ru.statuses]) expect(w in ru.heads || w in mined, w).toBe(true);
    for (const [preposition, heads] of Object.entries(ru.prepositionOwners)) expect(sortedUnique(heads), preposition).toBe(true);
  });

  it('ru/heads.nerel.json: mined nominatives with a declension class, sorted, none a form of another', () => {
    const mined = declensionMap.parse(read('ru/heads.nerel.json'));
    const noms = Object.keys(mined);
    expect(sortedUnique(noms)).toBe(true);
    const formOf = new Map<string, string>();
    for (const [nom, decl] of Object.entries(mined)) for (const f of ruForms(nom, decl).slice(1)) formOf.set(f.form, nom);
    for (const nom of noms) expect(formOf.get(nom), nom).toBeUndefined();
    expect(noms.length).toBeGreaterThan(200);
  });

  it('kk/heads.json: lists of lowercase words, sorted, no repeats; every compound, owner-needing, name-only, after-name or member head is a head', () => {
    const kk = KkHeads.parse(read('kk/heads.json'));
    for (const [name, list] of Object.entries(kk)) expect(sortedUnique(list), name).toBe(true);
    for (const w of [...kk.compoundRight, ...kk.needOwner, ...kk.nameOnly, ...kk.afterName, ...kk.memberHeads]) expect(kk.heads, w).toContain(w);
    // a quantifier stays out of the owner chain as a determiner does, so the counted-group rule sees it before the chain
    for (const w of kk.quantifiers) expect(kk.determiners, w).toContain(w);
  });
});
