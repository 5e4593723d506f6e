import { join } from 'node:path';
import { expect, it } from 'vitest';
import { prf, scoreGoldDir, scoreRow } from './helpers/heldout-articles.js';
import { ROOT } from './helpers/run.js';

const DIR = join(ROOT, 'fixtures', 'heldout-3');

// The third held-out set (fixtures/heldout-3/README.md): five Kazakh and five Russian articles
// written blind in session 27, gold made before kzx was run. A regression guard, not a target.

const FLOORS = {
  kk: { officialsF1: 0, names: 0, valuesF1: 0 },
  ru: { officialsF1: 0, names: 0, valuesF1: 0 },
} as const;

it('the third held-out set scores at or above its floors', () => {
  const { files, byLang, misses, wrongLang } = scoreGoldDir(DIR);
  expect(files).toBe(10);
  expect(wrongLang).toEqual([]);
  console.table([...byLang].map(([lang, a]) => scoreRow(lang, a)));
  if (process.env.KZX_HELDOUT_VERBOSE) console.log(misses.join('\n'));

  for (const [lang, a] of byLang) {
    expect(prf(a.officials).f1, `${lang} officials F1`).toBeGreaterThanOrEqual(FLOORS[lang].officialsF1);
    expect(a.names.right / a.names.all, `${lang} name accuracy`).toBeGreaterThanOrEqual(FLOORS[lang].names);
    expect(prf(a.values).f1, `${lang} values F1`).toBeGreaterThanOrEqual(FLOORS[lang].valuesF1);
  }
});
