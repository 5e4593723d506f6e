import { kkStems } from './morph.js';
import { currencyTable, type CurrencyRules } from '../../extract/money/table.js';
import currencies from './currencies.json' with { type: 'json' };

const words = currencyTable(currencies);
// «15 млн теңгелік сертификат», «мың долларлық»: the adjective of a currency word, an amount of it.
const ADJECTIVE_END_RE = /(?:лық|лік|дық|дік|тық|тік)$/;

/** Kazakh currency words decline: "теңгеден", "долларға", "АҚШ долларын". */
export const kkCurrencyRules: CurrencyRules = {
  currencyOf(lower) {
    const adjective = ADJECTIVE_END_RE.exec(lower);
    if (adjective !== null) return words.get(lower.slice(0, adjective.index));
    for (const { stem } of kkStems(lower, 2)) {
      const code = words.get(stem);
      if (code !== undefined) return code;
    }
    return undefined;
  },
  // "АҚШ доллары" names the country before the currency word.
  countryBefore: new Map([
    ['ақш', 'USD'],
    ['ресей', 'RUB'],
    ['қытай', 'CNY'],
  ]),
  countryAfter: new Map(),
};
