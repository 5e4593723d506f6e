import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-8');

// The eighth English blind round (fixtures/heldout-en-8/README.md): six texts and four saved pages of session 34 (helper
// en35), gold made before kzx was run, with every post as an analyst writes it (`nominative`: the `posts` column). A
// regression guard a little under what the code reaches, not a target.
// Blind (main 9308285, texts and gold committed in 8573352): officials P 0.951 R 0.690 F1 0.800 (78/113, 82 predicted;
//                       text F1 0.807, page 0.789), names 86/86, posts 36/78, values P 0.974 R 0.987 F1 0.980 (149/151,
//                       153 predicted); pages: no article line lost, 6 furniture values (a release's "About …" boilerplate).
// Reached (branch en35): officials P 1.000 R 0.920 F1 0.959 (104/113, 105 predicted; text 0.969, page 0.943), names 86/86,
//                        posts 56/104, values the same; pages the same. The misses by phenomenon: docs/english-heldout.md
//                        (Session 34, en35). Main c632a34: posts 73/104; branch en36 (session 35): posts 78/104, the rest the same.
const FLOORS = { en: { officialsF1: 0.93, names: 0.97, valuesF1: 0.96, posts: 0.72 } } as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 7 } as const;

it('the eighth English blind round (texts and pages) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
