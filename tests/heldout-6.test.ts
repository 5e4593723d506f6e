import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-6');

// The sixth blind round (fixtures/heldout-6/README.md): six Kazakh and six Russian documents of
// session 30, half of each language saved pages, gold made before kzx was run.
// A regression guard a little under what the code reaches, not a target.
// Blind (main cd1b2fc, texts and gold of 6c7b24b):
//   kk officials P 1.000 R 0.732 F1 0.845 (30/41, 30 predicted), names 33/37, values P 0.888 R 0.832 F1 0.859 (79/95, 89 predicted);
//   ru officials P 0.974 R 0.783 F1 0.868 (36/46, 38 predicted), names 42/42, values P 0.968 R 0.978 F1 0.973 (90/92, 93 predicted);
//   pages: 7/70 article lines lost (the news list page gave its first item only), 6 furniture values (4 from two inline ads, 2 the points of the chess page's results table).
// Reached (branch blind6; gold corrected in 2abee26, one duration more in each language):
//   kk officials P 1.000 R 0.902 F1 0.949 (37/41, 37 predicted), names 37/37, values P 0.950 R 1.000 F1 0.975 (96/96, 101 predicted);
//   ru officials P 0.979 R 0.957 F1 0.967 (44/46, 47 predicted), names 42/42, values P 0.978 R 0.978 F1 0.978 (91/93, 93 predicted);
//   pages: no article line lost; the 6 "furniture" values are the places and points of the chess page's
//   results table, whose cells the gold lists only by name (a table row is one line now). The misses by
//   phenomenon: docs/officials-log.md (session 30, blind6).
const FLOORS = {
  kk: { officialsF1: 0.93, names: 0.97, valuesF1: 0.95 },
  ru: { officialsF1: 0.94, names: 0.97, valuesF1: 0.95 },
} as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 6 } as const;

it('the sixth blind round (texts and pages, kk ru) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
