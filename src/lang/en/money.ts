import { currencyTable, type CurrencyRules } from '../../extract/money/table.js';
import currencies from './currencies.json' with { type: 'json' };

const words = currencyTable(currencies);

/** English: "350 million tenge", "$27 million", "12 million US dollars". */
export const enCurrencyRules: CurrencyRules = {
  currencyOf: (lower) => words.get(lower),
  countryBefore: new Map([['us', 'USD']]),
  countryAfter: new Map(),
  rangeWords: new Map([
    ['and', { before: 'between', required: true }],
    ['to', { before: 'from', required: false }],
  ]),
};
