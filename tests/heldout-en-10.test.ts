import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-10');

// The tenth English blind round (fixtures/heldout-en-10/README.md): five texts and three saved pages of session 36 (helper
// en37), gold made before kzx was run, with every post as an analyst writes it (`nominative`: the `posts` column).
// A regression guard a little under what the code reaches, not a target.
// Blind (main 73bf08c, texts and gold committed in b0df6b3): officials P 1.000 R 0.731 F1 0.844 (38/52, 39 predicted;
//                       text F1 0.862, page 0.813), names 43/44, posts 15/38, values P 0.934 R 0.924 F1 0.929 (85/92,
//                       91 predicted); pages: 0/21 article lines lost, 0 furniture values.
// Reached (branch en37): officials P 0.935 R 0.808 F1 0.867 (42/52, 46 predicted; text 0.921, page 0.765), names 43/44,
//                        posts 25/42, values P 0.967 R 0.946 F1 0.956 (87/92, 90 predicted); pages the same. The misses by
//                        phenomenon: docs/officials-log.md (Session 36, en37).
const FLOORS = { en: { officialsF1: 0.85, names: 0.95, valuesF1: 0.93, posts: 0.55 } } as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 2 } as const;

it('the tenth English blind round (texts and pages) scores at or above its floors', () => expectRoundAbove(DIR, 5, FLOORS, PAGE_FLOORS));
