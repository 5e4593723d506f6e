/**
 * Page furniture left by scrapers: ad markers, comment notices, screen-reader blurbs, share
 * counters, photo credits, lone view counters. Such lines are blanked (replaced by spaces, so
 * offsets keep pointing into the original text) and produce no mentions.
 */
const FURNITURE_LINE_RES: readonly RegExp[] = [
  /^[-–—\s]*(?:advertisement|реклама|жарнама)[-–—\s]*$/i,
  /^\s*(?:comments are closed|комментарии закрыты|пікір қалдыру жабық)\.?\s*$/i,
  /\b(?:page reader|screen reader|press enter to)\b/i,
  /^\s*(?:фото|сурет|видео|photo|источник|дереккөз)\s*:.*$/i,
  /^\s*(?:поделиться|share|tweet|бөлісу|нравится|like|подписывайтесь|читайте также|оқи отырыңыз)\b.{0,80}$/i,
  /^\s*\d{1,7}\s*$/,
];

export interface CleanResult {
  /** Same length as the input; furniture lines replaced by spaces. */
  readonly text: string;
  /** [start, end) character ranges that were blanked. */
  readonly furniture: ReadonlyArray<readonly [number, number]>;
}

export function blankFurniture(text: string): CleanResult {
  const furniture: Array<[number, number]> = [];
  for (let pos = 0; pos <= text.length; ) {
    const newline = text.indexOf('\n', pos);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(pos, end);
    if (line.trim().length > 0 && FURNITURE_LINE_RES.some((re) => re.test(line))) furniture.push([pos, end]);
    pos = end + 1;
  }
  // Most articles have no furniture: their text is returned as it is, not rebuilt.
  if (furniture.length === 0) return { text, furniture };
  // Joined, not concatenated: join makes a flat string, which the rules read faster than a chain of pieces.
  const parts: string[] = [];
  let kept = 0;
  for (const [start, end] of furniture) {
    parts.push(text.slice(kept, start), ' '.repeat(end - start));
    kept = end;
  }
  parts.push(text.slice(kept));
  return { text: parts.join(''), furniture };
}
