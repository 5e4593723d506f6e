/** The position lexicons are data: their shape, uniqueness and order are checked here rather than cast at load. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const DIR = join(import.meta.dirname, '..', 'src', 'extract', 'position');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));

const words = z.array(z.string().min(1).regex(/^[^\sA-ZА-ЯЁӘІҢҒҮҰҚӨҺ]+(?: [^\sA-ZА-ЯЁӘІҢҒҮҰҚӨҺ]+)*$/, 'lowercase'));
/** Sorted by code unit (what Array#sort gives) and without repeats, so a duplicate or a stray entry shows in review. */
const sortedUnique = (list: readonly string[]): boolean => list.every((w, i) => i === 0 || list[i - 1]! < w);

const KkHeads = z.object({
  heads: words, compoundRight: words, keepCapital: words, adminNouns: words, needOwner: words,
  modifiers: words, determiners: words, postpositions: words,
}).strict();

describe('position lexicons', () => {
  it('heads.kk.json: lists of lowercase words, sorted, no repeats; every compound or owner-needing head is a head', () => {
    const kk = KkHeads.parse(read('heads.kk.json'));
    for (const [name, list] of Object.entries(kk)) expect(sortedUnique(list), name).toBe(true);
    for (const w of [...kk.compoundRight, ...kk.needOwner]) expect(kk.heads, w).toContain(w);
  });
});
