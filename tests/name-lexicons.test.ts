/** The first-name lexicons of the language packs are data: shape, repeats and (where kept sorted) order are checked here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const DIR = join(import.meta.dirname, '..', 'src', 'lang');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));

const names = z.array(z.string().regex(/^\p{Lu}[\p{L}'-]*$/u, 'a capitalized name'));
const unique = (list: readonly string[]): string[] => list.filter((w, i) => list.indexOf(w) !== i);
/** Sorted by code unit (what Array#sort gives) and without repeats, so a stray entry shows in review. */
const sortedUnique = (list: readonly string[]): boolean => list.every((w, i) => i === 0 || list[i - 1]! < w);

describe('first-name lexicons', () => {
  it('kk/first-names.json: male, female and also-common lists, each sorted without repeats', () => {
    const kk = z.object({ male: names, female: names, alsoCommonWords: names }).strict().parse(read('kk/first-names.json'));
    for (const [key, list] of Object.entries(kk)) expect(sortedUnique(list), key).toBe(true);
  });

  it('ru/first-names.json: male, female and shared lists without repeats', () => {
    const ru = z.object({ male: names, female: names, shared: names }).strict().parse(read('ru/first-names.json'));
    for (const [key, list] of Object.entries(ru)) expect(unique(list), key).toEqual([]);
    expect(ru.shared.filter((n) => ru.male.includes(n) || ru.female.includes(n))).toEqual([]);
  });

  it('en/first-names.json: male and female lists, each sorted without repeats, no name in both', () => {
    const en = z.object({ male: names, female: names }).strict().parse(read('en/first-names.json'));
    for (const [key, list] of Object.entries(en)) expect(sortedUnique(list), key).toBe(true);
    expect(en.male.filter((n) => en.female.includes(n))).toEqual([]);
  });

  it('ru/first-names.nerel.json: mined forms without repeats', () => {
    const mined = names.parse(read('ru/first-names.nerel.json'));
    expect(unique(mined)).toEqual([]);
  });
});
