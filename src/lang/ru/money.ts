import { currencyTable, type CurrencyRules } from '../../extract/money/table.js';
import currencies from './currencies.json' with { type: 'json' };

const words = currencyTable(currencies);
const prefixes = [...words.keys()].sort((a, b) => b.length - a.length);

/** Russian currency words inflect ("долларов", "рублей", "евро" does not): match the stem as a prefix. */
export const ruCurrencyRules: CurrencyRules = {
  currencyOf(lower) {
    const exact = words.get(lower);
    if (exact !== undefined) return exact;
    for (const p of prefixes) if (p.length >= 3 && lower.startsWith(p) && lower.length - p.length <= 3) return words.get(p);
    return undefined;
  },
  countryBefore: new Map(),
  // "долларов США"; "фунтов стерлингов" (in any case) is the pound's full name
  countryAfter: new Map([['сша', 'USD'], ...['стерлинг', 'стерлинга', 'стерлингов', 'стерлингам', 'стерлингами', 'стерлингах'].map((w): [string, string] => [w, 'GBP'])]),
};
