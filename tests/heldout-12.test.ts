import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-12');

// The twelfth blind round (fixtures/heldout-12/README.md): six Kazakh and six Russian documents of
// session 36, half of each language saved pages (an Egemen print version, an akimat page on a
// government portal, Ulysmedia kk, an Orda.kz interview, Ulysmedia ru with inline tags inside names
// and posts, a Zakon.kz-style page), gold made before kzx was run, each official with its post in the
// nominative (the `posts` column). A regression guard a little under what the code reaches, not a target.
// Blind (main 73bf08c, texts and gold of 08768d4):
//   kk officials P 1.000 R 0.950 F1 0.974 (38/40, 38 predicted), names 32/32, posts 32/38, values P 1.000 R 1.000 F1 1.000 (69/69, 69 predicted);
//   ru officials P 1.000 R 0.809 F1 0.894 (38/47, 39 predicted), names 39/39, posts 36/38, values P 0.948 R 0.965 F1 0.957 (55/57, 58 predicted);
//   pages: 0/50 article lines lost, 1 furniture value («2 мин оқу», a reading time).
//   By text/page: kk text F1 0.977, kk page 0.971, ru text 0.913, ru page 0.872.
// Reached (branch blind12):
//   kk officials P 1.000 R 0.975 F1 0.987 (39/40, 40 predicted), names 32/32, posts 39/39, values P 1.000 R 1.000 F1 1.000 (69/69, 69 predicted);
//   ru officials P 1.000 R 0.809 F1 0.894 (38/47, 39 predicted), names 39/39, flags 11/11, posts 38/38, values P 0.983 R 1.000 F1 0.991 (57/57, 58 predicted);
//   pages: 0/50 article lines lost, 0 furniture values. By text/page: kk text F1 1.000, kk page 0.971, ru text 0.913, ru page 0.872.
//   The misses by phenomenon: docs/officials-log.md (session 36, blind12).
const FLOORS = {
  kk: { officialsF1: 0.95, names: 0.97, valuesF1: 0.97, posts: 0.95 },
  ru: { officialsF1: 0.86, names: 0.97, valuesF1: 0.96, posts: 0.95 },
} as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

it('the twelfth blind round (texts and pages, kk ru) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
