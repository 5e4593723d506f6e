import { numeralLexicon } from '../../extract/quantity/lexicon.js';
import type { NumeralRules } from '../../extract/quantity/rules.js';
import numerals from './numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };

const LEXICON = numeralLexicon(numerals, qualifiers);
/** Words before "half of", "a quarter of" that make it a period or a rank ("the second half of 2025", "the first quarter of"). */
const NOT_BEFORE_PART: ReadonlySet<string> = new Set(['the', 'this', 'that', 'each', 'every', 'first', 'second', 'third', 'fourth', 'last', 'final', 'next', 'past', 'latter', 'former']);

/** English numerals: "1,000,000", "27.5", "two hundred", "two thirds". */
export const enNumeralRules: NumeralRules = {
  lexicon: LEXICON,
  inflected: () => undefined,
  groupMark: ',',
  decimalComma: false,
  suffixAfterHyphen: () => undefined,
  abbreviations: new Set(),
  range: undefined,
  andAHalf: ['and', 'a', 'half'],
  startsChange: () => false,
  changeFrom: undefined,
  // "two quarters" is as often half a year as half of something: quarters are a denominator only before "of" ("three quarters of the farms")
  denominatorAfter: (lower, after) => LEXICON.fractionDenominators.get(lower) ?? (lower === 'quarters' && after === 'of' ? 4 : undefined),
  // "half of the schools", "a quarter of the budget"; "half" alone is as often a period ("half an hour", "half-time").
  partAlone: (before, after) => after === 'of' && (before === undefined || !NOT_BEFORE_PART.has(before)),
};
