import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { Quantity } from '../quantity/quantity.js';
import type { MoneyMention, NumberMention } from '../../schema/record.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, type CurrencyRules } from './table.js';
import { perPack } from '../../lang/pack.js';
import { wordQuestion, type Word } from '../../segment/word.js';

/** Each language's currency reading of a word, made once per word form (Kazakh stems it, Russian tries every stem as a prefix). */
const currencyOfWord = (rules: CurrencyRules): ((word: Word | undefined) => string | undefined) => wordQuestion(rules.currencyOf, undefined);
const CURRENCY_OF = perPack((pack) => currencyOfWord(pack.money));

/** Money: a quantity followed by a currency word ("658 млн теңге") or preceded by a symbol ("$27 млн"). */
export function moneyFrom(ctx: ExtractContext, q: Quantity): { mention: MoneyMention; next: number } | undefined {
  if (q.ordinal) return undefined;
  const rules = ctx.pack.money;
  const currencyOf = CURRENCY_OF(ctx.pack);
  const prefix = currencyBefore(ctx, rules, q.first);
  let first = q.first;
  let next = q.next;
  let currency: string | undefined;
  let qualifierBefore = q.qualifier;
  if (prefix !== undefined) {
    currency = prefix.currency;
    first = prefix.first;
    // "more than $300 million": the qualifier stands before the currency sign.
    const outer = qualifierBefore === undefined ? ctx.quantities.qualifierEndingAt(first) : undefined;
    if (outer !== undefined) {
      first = outer.first;
      qualifierBefore = outer.qualifier;
    }
  } else {
    const tok = ctx.tokens[next];
    if (tok === undefined || tok.sentenceStart || q.ending !== '') return undefined;
    currency = CURRENCY_SYMBOLS.get(tok.text);
    if (currency === undefined && tok.kind === 'word') {
      const country = rules.countryBefore.get(tok.lower);
      const after = ctx.tokens[next + 1];
      if (country !== undefined && after !== undefined && currencyOf(after.word) === country) {
        currency = country;
        next += 1;
      } else {
        currency = currencyOf(tok.word);
      }
    }
    if (currency === undefined) return undefined;
    next += 1;
    if (ctx.quantities.abbreviationDot(next)) next += 1;
    const country = ctx.tokens[next];
    if (country !== undefined && rules.countryAfter.get(country.lower) === currency) next += 1;
  }
  const { qualifier, next: end } = qualifierBefore === q.qualifier ? ctx.quantities.qualifierAfterUnit(q, next) : { qualifier: qualifierBefore, next };
  next = end;
  let value = q.value;
  const upper = prefix !== undefined && typeof value === 'number' ? upperEndAt(ctx, rules, first, next, currency, value) : undefined;
  if (upper !== undefined && typeof value === 'number') {
    value = { from: value, to: upper.value };
    first = upper.first;
    next = upper.next;
  }
  const { start, end: endChar, text } = spanOf(ctx, first, next);
  // Literals, never spreads: see the note on mention shapes in ../context.ts.
  const mention: MoneyMention = qualifier ? { type: 'money', start, end: endChar, text, value, currency, qualifier } : { type: 'money', start, end: endChar, text, value, currency };
  return { mention, next };
}

/** The larger second amount of a range of two signed amounts (CurrencyRules.rangeWords) after the first, `lower` over tokens [first, next): its value, and the range's ends. */
function upperEndAt(ctx: ExtractContext, rules: CurrencyRules, first: number, next: number, currency: string, lower: number): { value: number; first: number; next: number } | undefined {
  const t = ctx.tokens;
  const joiner = t[next];
  const words = joiner === undefined || joiner.sentenceStart ? undefined : rules.rangeWords?.get(joiner.lower);
  if (words === undefined) return undefined;
  const lead = t[first - 1]?.lower === words.before;
  if (lead !== words.required) return undefined;
  const q = ctx.quantities.parseAt(next + 2);
  if (q === undefined || q.ordinal || typeof q.value !== 'number' || q.value <= lower || currencyBefore(ctx, rules, q.first)?.currency !== currency || q.first !== next + 2) return undefined;
  return { value: q.value, first: lead ? first - 1 : first, next: q.next };
}

/**
 * The currency written before the amount at token `k`: a sign glued to it ("$27 млн"), a country
 * and a sign ("US$ 40.5 million"), or an ISO code, glued or spaced ("KZT20.5 bln", "KZT 580bn").
 */
function currencyBefore(ctx: ExtractContext, rules: CurrencyRules, k: number): { currency: string; first: number } | undefined {
  const t = ctx.tokens;
  const before = t[k - 1];
  if (before === undefined || t[k]!.sentenceStart) return undefined;
  const code = CURRENCY_CODES.get(before.text);
  if (code !== undefined) return { currency: code, first: k - 1 };
  const symbol = CURRENCY_SYMBOLS.get(before.text);
  if (symbol === undefined) return undefined;
  const country = t[k - 2];
  if (country !== undefined && !before.spaceBefore && !before.sentenceStart && rules.countryBefore.get(country.lower) === symbol) return { currency: symbol, first: k - 2 };
  return t[k]!.spaceBefore ? undefined : { currency: symbol, first: k - 1 };
}

/** The currency of the last amount read outside parentheses, and the token it ends at. */
export interface CurrencyInContext {
  readonly currency: string;
  readonly token: number;
}

/**
 * The currency an amount at `token` sets for the bare amounts after it, unless it stands inside
 * parentheses, where it converts another amount ("368 млн рублей (около 5,8 млн долларов)").
 */
export function currencyInContext(ctx: ExtractContext, money: MoneyMention, token: number): CurrencyInContext | undefined {
  const t = ctx.tokens;
  for (let k = token; k >= 0; k--) {
    if (t[k]!.text === ')') break;
    if (t[k]!.text === '(') return undefined;
    if (t[k]!.sentenceStart) break;
  }
  return money.currency === undefined ? undefined : { currency: money.currency, token };
}

/**
 * "1,3 миллиарда рублей в 2018 году и 1,5 миллиарда в 2019 году", "368 млн рублей …, второе место —
 * 316 млн": a number with a scale word, no noun of its own and no case ending, in the sentence of an
 * amount or the next one, is an amount in that amount's currency.
 */
export function amountInCurrencyOfContext(ctx: ExtractContext, q: Quantity, number: NumberMention, context: CurrencyInContext | undefined): MoneyMention | undefined {
  // A Kazakh case ending makes it a count the verb after it reads ("сегіз мыңнан асқан" debtors).
  if (context === undefined || !q.scaled || number.unit !== undefined || q.ending !== '') return undefined;
  const t = ctx.tokens;
  let sentences = 0;
  for (let k = context.token + 1; k <= q.first; k++) if (t[k]!.sentenceStart && ++sentences > 1) return undefined;
  const { start, end, text, value, qualifier } = number;
  return qualifier ? { type: 'money', start, end, text, value, currency: context.currency, qualifier } : { type: 'money', start, end, text, value, currency: context.currency };
}
