import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-10');

// The tenth blind round (fixtures/heldout-10/README.md): six Kazakh and six Russian documents of
// session 34, half of each language saved pages (itemprop articleBody with the date only in
// metadata, infinite scroll, a Telegram preview, a Wayback snapshot, AMP, reader comments), gold
// made before kzx was run, each official with its post in the nominative (the `posts` column).
// A regression guard a little under what the code reaches, not a target.
// Blind (main 9308285, texts and gold of 78c08de):
//   kk officials P 0.951 R 0.778 F1 0.856 (35/45, 41 predicted), names 36/36, posts 30/35, values P 0.910 R 0.920 F1 0.915 (81/88, 89 predicted);
//   ru officials P 1.000 R 0.918 F1 0.957 (45/49, 48 predicted), names 43/43, posts 42/45, values P 0.909 R 0.930 F1 0.920 (80/86, 88 predicted);
//   pages: 0/49 article lines lost, 0 furniture values.
//   By text/page: kk text F1 0.848, kk page 0.865, ru text 0.945, ru page 0.974.
//   Against the gold corrected after that run (a money range is one amount; two predecessors get the post's wording):
//   kk F1 0.879 (36/45, 41), posts 31/36; ru values F1 0.936 (81/85, 88).
// Reached (branch blind10):
//   kk officials P 1.000 R 0.889 F1 0.941 (40/45, 45 predicted), names 36/36, posts 36/40, values P 0.966 R 0.977 F1 0.972 (86/88, 89 predicted);
//   ru officials P 1.000 R 0.980 F1 0.990 (48/49, 51 predicted), names 43/43, posts 47/48, values P 0.954 R 0.976 F1 0.965 (83/85, 87 predicted);
//   pages: no article line lost, 0 furniture values.
//   The misses by phenomenon: docs/officials-log.md and docs/spans-log.md (session 34, blind10).
const FLOORS = {
  kk: { officialsF1: 0.92, names: 0.97, valuesF1: 0.95, posts: 0.85 },
  ru: { officialsF1: 0.97, names: 0.97, valuesF1: 0.94, posts: 0.93 },
} as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

it('the tenth blind round (texts and pages, kk ru) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
