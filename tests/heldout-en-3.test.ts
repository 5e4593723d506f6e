import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-3');

// The sixth English blind round (fixtures/heldout-en-3/README.md): six texts and four saved pages
// of session 29 (helper en30) in other genres, gold made before kzx was run. A regression guard a
// little under what the code reaches, not a target.
// Blind (main da3f54f, texts and gold committed in 95605ba): officials P 0.985 R 0.716 F1 0.829 (63/88, 68 predicted;
//                       text F1 0.855, page 0.786), names 67/72, values P 0.982 R 0.970 F1 0.976 (161/166, 164 predicted);
//                       pages: no article line lost, 5 furniture values (a phone number in the media contacts).
// Reached (branch en30): officials P 1.000 R 0.943 F1 0.971 (83/88, 88 predicted; text 0.962, page 0.985),
//                        names 71/72, values P 0.994 R 0.988 F1 0.991 (164/166, 165 predicted);
//                        pages: no article line lost, no furniture value. The misses by phenomenon:
//                        docs/english-heldout.md (Session 29, en30).
const FLOORS = { en: { officialsF1: 0.94, names: 0.95, valuesF1: 0.97 } } as const;
const PAGE_FLOORS = { linesLost: 1, furnitureValues: 1 } as const;

it('the sixth English blind round (texts and pages) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
