import symbols from './symbols.json' with { type: 'json' };

/** ISO 4217 code → the words naming that currency: a pack's currencies.json, or the shared symbols.json. */
export type CurrencyFile = Readonly<Record<string, readonly string[]>>;

/** Word or symbol → ISO 4217 code. */
export function currencyTable(file: CurrencyFile): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, words] of Object.entries(file)) for (const w of words) map.set(w, code);
  return map;
}

/** Currency symbols, the same in every language ("₸", "$"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = currencyTable(symbols);

/** ISO 4217 codes (the keys of symbols.json, which lists every known currency) as written before an amount in any language ("KZT 580bn", "USD 150 million", "KZT20.5 bln"). */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(Object.keys(symbols).map((code) => [code, code]));

export interface CurrencyRules {
  /** ISO code of a lowercase word naming a currency, in any of its inflected forms. */
  currencyOf(lower: string): string | undefined;
  /** Country words before the currency word ("АҚШ доллары"). */
  countryBefore: ReadonlyMap<string, string>;
  /** Country words after it ("долларов США"), or another word of the currency's name ("фунтов стерлингов"). */
  countryAfter: ReadonlyMap<string, string>;
  /**
   * Two amounts of one currency, each with its sign, read as one range: the word between them, and
   * the word that must (`required`) or must not stand before the first ("between $1.1 billion and
   * $1.3 billion"; "$3.5 billion to $4 billion", but "from $3.5 billion to $4 billion" is a change).
   */
  rangeWords?: ReadonlyMap<string, { readonly before: string; readonly required: boolean }>;
}
