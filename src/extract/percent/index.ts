import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { Quantity } from '../quantity/quantity.js';
import type { PercentMention } from '../../schema/record.js';
import { perPack } from '../../lang/pack.js';
import { acrossPacks } from '../../lang/registry.js';
import { wordQuestion } from '../../segment/word.js';

const ENDINGS_AFTER_SIGN = acrossPacks((packs) => packs.flatMap((p) => (p.percent.endingAfterSign === undefined ? [] : [p.percent.endingAfterSign])));
const endingAfterSign = (lower: string): boolean => {
  for (const ending of ENDINGS_AFTER_SIGN()) if (ending(lower)) return true;
  return false;
};

/** Whether a word is a percent word, answered once per word form (Kazakh stems it). */
const IS_PERCENT_WORD = perPack((pack) => wordQuestion(pack.percent.isPercentWord, false));

/** Percent: a quantity followed by "%" (with an optional Kazakh ending "%-ға") or a percent word. */
export function percentFrom(ctx: ExtractContext, q: Quantity): { mention: PercentMention; next: number } | undefined {
  if (q.ordinal || q.ending !== '') return undefined;
  const isPercentWord = IS_PERCENT_WORD(ctx.pack);
  const tok = ctx.tokens[q.next];
  if (tok === undefined || tok.sentenceStart) return undefined;
  let next = q.next;
  const second = ctx.tokens[next + 1];
  if (tok.text === '%') {
    next += 1;
    const dash = ctx.tokens[next];
    const ending = ctx.tokens[next + 1];
    if (dash?.text === '-' && !dash.spaceBefore && ending !== undefined && !ending.spaceBefore && endingAfterSign(ending.lower)) next += 2;
  } else if (isPercentWord(tok.word)) {
    const point = ctx.tokens[next + 1];
    if (point !== undefined && !point.sentenceStart && ctx.pack.percent.pointAfter?.(point.lower) === true) return undefined;
    next += 1;
  } else if (second !== undefined && !second.sentenceStart && ctx.pack.percent.twoWords?.get(tok.lower) === second.lower) {
    next += 2;
  } else {
    return undefined;
  }
  const after = ctx.quantities.qualifierAfterUnit(q, next);
  const qualifier = after.qualifier ?? ctx.quantities.verbQualifier(after.next);
  const { start, end, text } = spanOf(ctx, q.first, after.next);
  const mention: PercentMention = qualifier ? { type: 'percent', start, end, text, value: q.value, qualifier } : { type: 'percent', start, end, text, value: q.value };
  return { mention, next: after.next };
}
