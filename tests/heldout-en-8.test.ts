import { join } from 'node:path';
import { it } from 'vitest';
import { expectRoundAbove } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-en-8');

// The eighth English blind round (fixtures/heldout-en-8/README.md): six texts and four saved pages
// of session 34 (helper en35), gold made before kzx was run, with every post as an analyst writes it.
const FLOORS = { en: { officialsF1: 0, names: 0, valuesF1: 0, posts: 0 } } as const;
const PAGE_FLOORS = { linesLost: 44, furnitureValues: 99 } as const;

it('the eighth English blind round (texts and pages) scores at or above its floors', () => expectRoundAbove(DIR, 6, FLOORS, PAGE_FLOORS));
