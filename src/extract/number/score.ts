import type { ExtractContext } from '../context.js';
import type { NumberMention } from '../../schema/record.js';
import type { Token } from '../../segment/tokenize.js';
import { countMention } from './index.js';

const SCORE_SIDE_RE = /^\d{1,3}$/;

/** One side of a score: one to three digits. */
const isSide = (tok: Token | undefined): tok is Token => tok !== undefined && tok.kind === 'number' && SCORE_SIDE_RE.test(tok.text);

/**
 * A match score at token i ("со счётом 2:1", "проиграли 0:3", "счёт стал 14:13"): both sides are
 * counts of goals or points. A clock time writes its minutes in two digits, so a score is a pair
 * whose second side has one digit, or any pair after a score word of the pack ("счётом").
 * Digits glued to a word or a code before them, or a third part after them ("10:35:20"), are no score.
 */
export function scoreAt(ctx: ExtractContext, i: number): { mentions: readonly [NumberMention, NumberMention]; next: number } | undefined {
  const words = ctx.pack.number.scoreWords;
  if (words === undefined) return undefined;
  const t = ctx.tokens;
  const home = t[i]!;
  const colon = t[i + 1];
  const away = t[i + 2];
  if (colon === undefined || colon.spaceBefore || colon.text !== ':' || away === undefined || away.spaceBefore || !isSide(home) || !isSide(away)) return undefined;
  const before = t[i - 1];
  if (before !== undefined && !home.spaceBefore && before.kind !== 'punct') return undefined;
  const after = t[i + 3];
  if (after !== undefined && !after.spaceBefore && (after.text === ':' || after.text === '.' || after.text === ',') && t[i + 4]?.kind === 'number' && !t[i + 4]!.spaceBefore) return undefined;
  const cued = (k: number): boolean => {
    const w = t[k];
    return w !== undefined && w.kind === 'word' && words.has(w.lower);
  };
  if (away.text.length > 1 && !cued(i - 1) && !cued(i - 2)) return undefined;
  const side = (tok: Token): NumberMention => countMention(tok.start, tok.end, tok.text, Number(tok.text), undefined, undefined);
  return { mentions: [side(home), side(away)], next: i + 3 };
}
