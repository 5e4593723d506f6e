import type { ExtractContext } from './context.js';
import type { Quantity } from './quantity/quantity.js';
import type { MoneyMention, NumberMention, PercentMention } from '../schema/record.js';
import { moneyFrom } from './money/index.js';
import { percentFrom } from './percent/index.js';

/**
 * The start of a change takes the unit of its end: "с 1,8 до 3,4 процента" is 1.8 % → 3.4 %, "с 50
 * до 90 млн тенге" 50 млн → 90 млн тенге, "53530-дан 66913 теңгеге" 53 530 → 66 913 теңге. Given
 * the bare count that the start was read as, returns it as money or a percent, or undefined when
 * the end is neither.
 */
export function changeStartFrom(ctx: ExtractContext, q: Quantity, counted: NumberMention): MoneyMention | PercentMention | undefined {
  if (counted.unit !== undefined) return undefined;
  const change = ctx.quantities.changeEnd(q);
  if (change === undefined) return undefined;
  const { start, end, text } = counted;
  const money = moneyFrom(ctx, change.end);
  if (money !== undefined) return { type: 'money', start, end, text, value: change.startValue, currency: money.mention.currency };
  if (percentFrom(ctx, change.end) !== undefined) return { type: 'percent', start, end, text, value: change.startValue };
  return undefined;
}
