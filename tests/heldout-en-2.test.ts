import { join } from 'node:path';
import { expect, it } from 'vitest';
import { addInto, emptyScore, type LangScore, prf, scoreGoldDir, scoreRow } from './helpers/heldout-articles.js';
import { scorePages } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-2');

// The fifth English blind round (fixtures/heldout-en-2/README.md): six texts and four saved pages
// of session 29, gold made before kzx was run. A regression guard a little under what the code
// reaches, not a target.
// Blind (main 122c367): officials P 0.987 R 0.804 F1 0.886 (74/92, 75 predicted; text F1 0.904, page 0.857),
//                       names 75/84, values P 0.916 R 0.943 F1 0.929 (164/174, 179 predicted);
//                       pages: no article line lost, 2 furniture values.
// Reached (branch en29): officials P 1.000 R 0.967 F1 0.983 (89/92, 90 predicted; text 0.973, page 1.000),
//                        names 84/84, values P 0.972 R 0.989 F1 0.980 (172/174, 177 predicted);
//                        pages: no article line lost, no furniture value. The misses by phenomenon:
//                        docs/english-heldout.md (Session 29, en29).
const FLOORS = { officialsF1: 0.95, names: 0.97, valuesF1: 0.95 } as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

const sum = (a: LangScore | undefined, b: LangScore | undefined): LangScore => {
  const out = emptyScore();
  for (const x of [a, b]) if (x !== undefined) addInto(out, x);
  return out;
};

it('the fifth English blind round (texts and pages) scores at or above its floors', () => {
  const texts = scoreGoldDir(DIR);
  const pages = scorePages(DIR);
  expect(texts.files).toBe(6);
  expect(texts.wrongLang).toEqual([]);
  const all = sum(texts.byLang.get('en'), pages.byLang.get('en'));
  console.table([scoreRow('en text', texts.byLang.get('en')!), scoreRow('en page', pages.byLang.get('en')!), scoreRow('en all', all)]);
  console.log(`pages: ${pages.lines.lost}/${pages.lines.all} article lines lost, ${pages.furnitureValues} furniture values`);
  if (process.env.KZX_HELDOUT_VERBOSE) console.log([...texts.misses, ...pages.misses].join('\n'));
  expect(prf(all.officials).f1, 'officials F1').toBeGreaterThanOrEqual(FLOORS.officialsF1);
  expect(all.names.right / all.names.all, 'name accuracy').toBeGreaterThanOrEqual(FLOORS.names);
  expect(prf(all.values).f1, 'values F1').toBeGreaterThanOrEqual(FLOORS.valuesF1);
  expect(pages.lines.lost, 'article lines lost').toBeLessThanOrEqual(PAGE_FLOORS.linesLost);
  expect(pages.furnitureValues, 'furniture values').toBeLessThanOrEqual(PAGE_FLOORS.furnitureValues);
});
