import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-5');

// The eighth English blind round (fixtures/heldout-en-5/README.md): six texts and four saved pages
// of session 31 (helper en32) in other genres and layouts, gold made before kzx was run. A regression
// guard a little under what the code reaches, not a target.
// Blind (main 1cf0a74, texts and gold committed in 141f067): officials P 0.985 R 0.778 F1 0.869 (63/81, 66 predicted;
//                       text F1 0.891, page 0.818), names 66/66, values P 0.959 R 0.935 F1 0.947 (188/201, 196 predicted);
//                       pages: no article line lost, 4 furniture values (two paywall prices, a caption's date,
//                       the project table's loan, which the gold's article lines left out: fixed in the gold after).
// Reached (branch en32): officials P 1.000 R 0.963 F1 0.981 (78/81, 80 predicted; text 0.981, page 0.980),
//                        names 66/66, values P 0.980 R 0.955 F1 0.967 (192/201, 196 predicted);
//                        pages: no article line lost, 1 furniture value (the caption's date). The misses by
//                        phenomenon: docs/english-heldout.md (Session 31, en32).
const FLOORS = { en: { officialsF1: 0.96, names: 0.97, valuesF1: 0.95 } } as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

it('the eighth English blind round (texts and pages) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
