import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-9');

// The ninth blind round (fixtures/heldout-9/README.md): six Kazakh and six Russian documents of
// session 33, half of each language saved pages, gold made before kzx was run.
// A regression guard a little under what the code reaches, not a target.
const FLOORS = {
  kk: { officialsF1: 0.5, names: 0.5, valuesF1: 0.5 },
  ru: { officialsF1: 0.5, names: 0.5, valuesF1: 0.5 },
} as const;
const PAGE_FLOORS = { linesLost: 10, furnitureValues: 10 } as const;

it('the ninth blind round (texts and pages, kk ru) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
