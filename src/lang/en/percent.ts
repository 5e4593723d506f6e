import type { PercentRules } from '../../extract/percent/index.js';

/** "35 percent", "5.6 per cent" (the "per" is taken with "cent"), "79%". */
export const enPercentRules: PercentRules = {
  isPercentWord: (lower) => lower === 'percent' || lower === 'pct',
};
