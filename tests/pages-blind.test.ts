import { join } from 'node:path';
import { expect, it } from 'vitest';
import { prf } from './helpers/heldout-articles.js';
import { scorePages } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

// The blind saved pages (fixtures/pages-blind/README.md): written with their gold before kzx was
// run on them. A regression guard a little under what the code reaches, not a target.
// Blind (main c916559): officials F1 0.828 (12/17), values F1 0.818 (45/61), 11/44 lines lost, 4 furniture values.
// Reached: officials F1 1.000 (17/17), values P 0.952 R 0.984 F1 0.968 (60/61), no line lost, 2 furniture values.
const FLOORS = { officialsF1: 0.95, valuesF1: 0.93, linesLost: 1, furnitureValues: 3 } as const;

it('reads the blind saved pages above their floors', () => {
  const s = scorePages(join(ROOT, 'fixtures', 'pages-blind'));
  const o = prf(s.officials);
  const v = prf(s.values);
  const fmt = (x: number): string => x.toFixed(3);
  console.table([
    {
      officials: `P ${fmt(o.p)} R ${fmt(o.r)} F1 ${fmt(o.f1)} (${s.officials.found}/${s.officials.gold}, ${s.officials.predicted} predicted)`,
      names: `${s.names.right}/${s.names.all}`,
      values: `P ${fmt(v.p)} R ${fmt(v.r)} F1 ${fmt(v.f1)} (${s.values.found}/${s.values.gold}, ${s.values.predicted} predicted)`,
      'lines lost': `${s.lines.lost}/${s.lines.all}`,
      'furniture values': s.furnitureValues,
    },
  ]);
  if (process.env.KZX_HELDOUT_VERBOSE) console.log(s.misses.join('\n'));
  expect(o.f1, 'officials F1').toBeGreaterThanOrEqual(FLOORS.officialsF1);
  expect(v.f1, 'values F1').toBeGreaterThanOrEqual(FLOORS.valuesF1);
  expect(s.lines.lost, 'article lines lost').toBeLessThanOrEqual(FLOORS.linesLost);
  expect(s.furnitureValues, 'furniture values').toBeLessThanOrEqual(FLOORS.furnitureValues);
});
