import type { TitleContext } from './rules.js';

/** Words joined with the spacing the text had (quotes glued, others one space). */
export function joinWords(ctx: TitleContext, first: number, last: number, words: readonly string[]): string {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && ctx.tokens[k]!.spaceBefore ? ' ' : '') + words[k - first]!;
  return out;
}

export const lowerFirst = (s: string): string => (s.length === 0 ? s : s[0]!.toLowerCase() + s.slice(1));
