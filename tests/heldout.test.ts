import { join } from 'node:path';
import { it } from 'vitest';
import { expectHeldoutAbove } from './helpers/heldout-articles.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout');

// The held-out articles (fixtures/heldout/README.md): written blind, gold made before kzx was run.
// This is a regression guard: the floors sit ~3 points under what main reached when the set was
// made. Never tune rules against these articles; a fix they suggest needs its own examples.

// Measured on main 9c3bc27 when the set was made, minus ~3 points (fixtures/heldout/README.md).
const FLOORS = {
  kk: { officialsF1: 0.91, names: 0.93, valuesF1: 0.93 }, // measured 0.947, 0.962, 0.967
  ru: { officialsF1: 0.88, names: 0.97, valuesF1: 0.93 }, // measured 0.917, 1.000, 0.964
} as const;

it('the held-out articles score at or above their floors', () => expectHeldoutAbove(DIR, 8, FLOORS));
