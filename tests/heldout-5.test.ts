import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-5');

// The fifth blind round (fixtures/heldout-5/README.md): six Kazakh and six Russian documents of
// session 29, half of each language saved pages, gold made before kzx was run.
// A regression guard a little under what the code reaches, not a target.
// Blind (main 122c367, gold of 4b0bd00): kk officials P 0.981 R 0.904 F1 0.941 (47/52, 54 predicted), names 44/44, values P 0.919 R 0.861 F1 0.889 (68/79, 74 predicted);
//                                       ru officials P 0.963 R 1.000 F1 0.981 (52/52, 54 predicted), names 48/48, values P 0.974 R 0.950 F1 0.962 (76/80, 78 predicted);
//                                       pages: no article line lost, no furniture value.
// Reached (branch blind5; kk gold corrected in 7fb9734, one post and one duration more):
//   kk officials P 0.982 R 0.943 F1 0.963 (50/53, 57 predicted), names 44/44, values P 0.976 R 1.000 F1 0.988 (80/80, 82 predicted);
//   ru officials P 0.963 R 1.000 F1 0.981 (52/52, 54 predicted), names 48/48, values P 0.988 R 0.988 F1 0.988 (79/80, 80 predicted);
//   pages: no article line lost, no furniture value. The misses by phenomenon: docs/officials-log.md (session 29, blind5).
const FLOORS = {
  kk: { officialsF1: 0.94, names: 0.97, valuesF1: 0.96 },
  ru: { officialsF1: 0.95, names: 0.97, valuesF1: 0.96 },
} as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

it('the fifth blind round (texts and pages, kk ru) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
