import type { PercentRules } from '../../extract/percent/rules.js';

/** "35 percent", "5.6 per cent", "0.9 pct", "79%". */
export const enPercentRules: PercentRules = {
  isPercentWord: (lower) => lower === 'percent' || lower === 'pct',
  twoWords: new Map([['per', 'cent']]),
};
