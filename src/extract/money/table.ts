import currencies from './currencies.json' with { type: 'json' };

type CurrencyFile = Record<string, { kk: string[]; ru: string[]; en: string[]; symbols: string[] }>;
const TABLE = currencies as CurrencyFile;

/** Currency word → ISO 4217 code, for one language. */
export function currencyTable(lang: 'kk' | 'ru' | 'en'): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, entry] of Object.entries(TABLE)) for (const w of entry[lang]) map.set(w, code);
  return map;
}

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(
  Object.entries(TABLE).flatMap(([code, e]) => e.symbols.map((s) => [s, code] as [string, string])),
);

/** ISO 4217 codes as written before an amount in any language ("KZT 580bn", "USD 150 million", "KZT20.5 bln"). */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(Object.keys(TABLE).map((code) => [code, code]));

export interface CurrencyRules {
  /** ISO code of a lowercase word naming a currency, in any of its inflected forms. */
  currencyOf(lower: string): string | undefined;
  /** Country words before the currency word ("АҚШ доллары"). */
  countryBefore: ReadonlyMap<string, string>;
  /** Country words after it ("долларов США"). */
  countryAfter: ReadonlyMap<string, string>;
}
