import { isKazakhEnding, kkStems, voicelessFinal } from './morph.js';
import type { PercentRules } from '../../extract/percent/rules.js';

const WORDS = new Set(['пайыз', 'процент']);
/** The adjective of a percent word («5 пайыздық мөлшерлеме», «10 проценттік»). */
const ADJECTIVE = /(?:дық|тық|дік|тік)$/u;

/** "98 пайыздан", "жиырма бес пайызы", "40 процентін", "30%-ға", "5 пайыздық". */
export const kkPercentRules: PercentRules = {
  isPercentWord: (lower) => kkStems(lower, 3).some(({ stem }) => WORDS.has(stem) || (ADJECTIVE.test(stem) && WORDS.has(stem.slice(0, -3)))),
  endingAfterSign: isKazakhEnding,
  // «0,5 пайыздық тармаққа», «пайыздық тармағы»: percentage points, a count («тармағ-» unvoiced).
  pointAfter: (lower) => kkStems(lower, 5).some(({ stem }) => voicelessFinal(stem) === 'тармақ'),
};
