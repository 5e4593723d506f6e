/**
 * Very long texts are extracted window by window. An article is a few kilobytes; a multi-megabyte
 * document (a dump glued into one line, a book) would otherwise keep millions of tokens alive at
 * once, and the garbage collector would spend more time copying them than the rules spend reading
 * them. Each window is a part of the text to keep mentions from, with a margin on both sides, so a
 * mention near a cut still sees its context and is found whole in the window that keeps it.
 */

export interface TextWindow {
  /** Tokenize and extract over [from, to). */
  readonly from: number;
  readonly to: number;
  /** Keep the mentions that start in [keepFrom, keepTo). */
  readonly keepFrom: number;
  readonly keepTo: number;
}

/** Texts up to this length are one window: every real article, so windows never change their results. */
export const WHOLE_TEXT_LIMIT = 250_000;
// Smaller windows keep fewer tokens alive at a time (measured on a 5 MB line: 100,000 → 50,000 cut
// the time by ~10% and the peak by 40 MB, 50,000 → 25,000 by another ~4%); the margins cost 16%
// more tokenizing.
const WINDOW = 25_000;
/** Far longer than any mention and the few words of context a rule looks at on either side. */
const MARGIN = 2_000;

/** The windows of a text: one for any text up to WHOLE_TEXT_LIMIT characters. */
export function windowsOf(text: string): TextWindow[] {
  const n = text.length;
  if (n <= WHOLE_TEXT_LIMIT) return [{ from: 0, to: n, keepFrom: 0, keepTo: n }];
  const windows: TextWindow[] = [];
  for (let keepFrom = 0; keepFrom < n; ) {
    const keepTo = n - keepFrom <= WINDOW + MARGIN ? n : cutAfter(text, keepFrom + WINDOW);
    windows.push({ from: Math.max(0, keepFrom - MARGIN), to: Math.min(n, keepTo + MARGIN), keepFrom, keepTo });
    keepFrom = keepTo;
  }
  return windows;
}

/**
 * A cut at or after `at`: a line break close by, else a space, else `at` itself (a text without
 * spaces). Only the next MARGIN / 2 characters are looked at: searching the rest of a text with no
 * line break for one would read it to its end once per window.
 */
function cutAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + MARGIN / 2);
  let space = -1;
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return i + 1;
    if (code === 0x20 && space === -1) space = i;
  }
  return space === -1 ? at : space + 1;
}
