import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-6');

// The ninth English blind round (fixtures/heldout-en-6/README.md): six texts and four saved pages
// of session 32 (helper en33) in other genres and layouts, gold made before kzx was run. A regression
// guard a little under what the code reaches, not a target.
// Blind (main 8f7c972, texts and gold committed in 6dad5ef): officials P 0.971 R 0.699 F1 0.813 (65/93, 70 predicted;
//                       text F1 0.805, page 0.828), names 73/73, values P 0.956 R 0.961 F1 0.958 (172/179, 180 predicted);
//                       pages: no article line lost, 8 furniture values. Gold fixed after (621f3c4, d4ed663: the one
//                       replaced keeps the post; "X, a cardiologist,"): blind on it P 0.986 R 0.673 F1 0.800 (66/98, 70).
// Reached (branch en33): officials P 0.989 R 0.857 F1 0.918 (84/98, 90 predicted; text 0.905, page 0.941),
//                        names 73/73, values P 0.972 R 0.972 F1 0.972 (174/179, 179 predicted);
//                        pages: no article line lost, 4 furniture values (notes to editors, an event line). The misses
//                        by phenomenon: docs/english-heldout.md (Session 32, en33).
const FLOORS = { en: { officialsF1: 0.9, names: 0.97, valuesF1: 0.95 } } as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 4 } as const;

it('the ninth English blind round (texts and pages) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
