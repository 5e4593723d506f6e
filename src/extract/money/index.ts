import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { Quantity } from '../quantity/parse.js';
import type { MoneyMention } from '../../schema/record.js';
import { CURRENCY_SYMBOLS, type CurrencyRules } from './table.js';
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
  const before = ctx.tokens[q.first - 1];
  const symbolBefore = before !== undefined ? CURRENCY_SYMBOLS.get(before.text) : undefined;
  let first = q.first;
  let next = q.next;
  let currency: string | undefined;
  if (symbolBefore !== undefined && !ctx.tokens[q.first]!.spaceBefore) {
    currency = symbolBefore;
    first -= 1;
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
  const { qualifier, next: end } = ctx.quantities.qualifierAfterUnit(q, next);
  next = end;
  const { start, end: endChar, text } = spanOf(ctx, first, next);
  // Literals, never spreads: see the note on mention shapes in ../context.ts.
  const mention: MoneyMention = qualifier
    ? { type: 'money', start, end: endChar, text, value: q.value, currency, qualifier }
    : { type: 'money', start, end: endChar, text, value: q.value, currency };
  return { mention, next };
}
