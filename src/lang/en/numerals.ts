import { numeralLexicon } from '../../extract/quantity/lexicon.js';
import type { NumeralRules } from '../../extract/quantity/rules.js';
import numerals from './numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };

/** English numerals: "1,000,000", "27.5", "two hundred". */
export const enNumeralRules: NumeralRules = {
  lexicon: numeralLexicon(numerals, qualifiers),
  inflected: () => undefined,
  groupMark: ',',
  decimalComma: false,
  suffixAfterHyphen: () => undefined,
  abbreviations: new Set(),
  range: undefined,
  andAHalf: undefined,
  startsChange: () => false,
  changeFrom: undefined,
};
