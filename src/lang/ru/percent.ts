import type { PercentRules } from '../../extract/percent/rules.js';

const PERCENT_RE = /^(?:процент(?:а|ов|ам|ами|ах|ы|ом|е)?|проц)$/;

/** "5,6 процента", "79%", "на 40 %". */
export const ruPercentRules: PercentRules = {
  isPercentWord: (lower) => PERCENT_RE.test(lower),
};
