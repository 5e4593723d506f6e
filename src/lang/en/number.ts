import measureList from './measures.json' with { type: 'json' };
import type { CountedNounRules } from '../../extract/number/index.js';

const STOP = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'will', 'be', 'has', 'have', 'had', 'that', 'this', 'which', 'who', 'per', 'than']);

/** Units of measurement and age: after a number they make a measure, not a count ("12 тонна", "35 градус"). */
const MEASURES: readonly string[] = measureList;

/** "600 schools", "14,000 new jobs". */
export const enCountedNoun: CountedNounRules = {
  isNoun: (lower) => /^[a-z-]+$/.test(lower) && !STOP.has(lower) && !/(?:ed|ly)$/.test(lower),
  takesNextWord: (lower) => /(?:al|ic|ive|ous|new|ful)$/.test(lower),
  continuesCompound: () => false,
  lemma: (words) => words.join(' '),
  notCounted: (lower) => lower === 'percent' || /^anniversar/.test(lower),
  notANumber: () => false,
  notAfter: (lower) => /^(?:article|section|paragraph|no)$/.test(lower),
  multiplier: (lower) => lower === 'times' || lower === 'fold',
  isMeasure(lower) {
    for (const m of MEASURES) if (lower.startsWith(m)) return true;
    return false;
  },
};
