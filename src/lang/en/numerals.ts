import { numeralLexicon } from '../../extract/quantity/lexicon.js';
import type { NumeralRules } from '../../extract/quantity/rules.js';
import numerals from './numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };

const LEXICON = numeralLexicon(numerals, qualifiers);

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
  // "two quarters" is as often half a year as half of something, so quarters are no denominator
  denominatorAfter: (lower) => LEXICON.fractionDenominators.get(lower),
};
