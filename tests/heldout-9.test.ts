import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-9');

// The ninth blind round (fixtures/heldout-9/README.md): six Kazakh and six Russian documents of
// session 33, half of each language saved pages, gold made before kzx was run.
// A regression guard a little under what the code reaches, not a target.
// Blind (main 0f2d754, texts and gold of 04e0345):
//   kk officials P 0.949 R 0.881 F1 0.914 (37/42, 39 predicted), names 35/35, values P 0.932 R 0.965 F1 0.948 (55/57, 59 predicted);
//   ru officials P 0.884 R 0.949 F1 0.915 (37/39, 43 predicted), names 33/33, values P 0.943 R 0.962 F1 0.952 (50/52, 53 predicted);
//   pages: 0/40 article lines lost, 3 furniture values (a tweet's signature date, an attachments line's two sizes).
//   By text/page: kk text F1 0.914, kk page 0.913, ru text 0.935, ru page 0.889.
//   Against the gold corrected after that run (ranks are titles; two predecessors' wordings): kk F1 0.951 (39/43), ru 0.953 (40/42).
// Reached (branch blind9):
//   kk officials P 1.000 R 1.000 F1 1.000 (43/43, 43 predicted), names 35/35, values P 0.983 R 1.000 F1 0.991 (57/57, 58 predicted);
//   ru officials P 0.953 R 0.952 F1 0.953 (40/42, 43 predicted), names 33/33, values P 0.981 R 0.981 F1 0.981 (51/52, 52 predicted);
//   pages: no article line lost, 0 furniture values.
//   The misses by phenomenon: docs/officials-log.md and docs/spans-log.md (session 33, blind9).
const FLOORS = {
  kk: { officialsF1: 0.97, names: 0.97, valuesF1: 0.97 },
  ru: { officialsF1: 0.93, names: 0.97, valuesF1: 0.96 },
} as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

it('the ninth blind round (texts and pages, kk ru) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
