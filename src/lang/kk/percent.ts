import { isKazakhEnding, kkStems } from './morph.js';
import type { PercentRules } from '../../extract/percent/index.js';

const WORDS = new Set(['пайыз', 'процент']);

/** "98 пайыздан", "жиырма бес пайызы", "40 процентін", "30%-ға". */
export const kkPercentRules: PercentRules = {
  isPercentWord: (lower) => kkStems(lower, 3).some(({ stem }) => WORDS.has(stem)),
  endingAfterSign: isKazakhEnding,
};
