/** Document metadata carried by the text itself: a "date YYYY-MM-DD" header line and a headline. */

const DATE_HEADER_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/;
const MAX_TITLE_CHARS = 160;
/** A headline is short and does not end like a sentence of running text. */
const isHeadline = (line: string): boolean => line.length <= MAX_TITLE_CHARS && !/[.:;,]$/.test(line);

export interface Header {
  readonly date?: string;
  readonly title?: string;
}

export function readHeader(cleanText: string): Header {
  const lines = cleanText.split('\n', 8);
  const first = lines[0] ?? '';
  const dated = DATE_HEADER_RE.exec(first);
  if (dated !== null) {
    const rest = dated[2]!.trim();
    return { date: dated[1]!, ...(rest.length > 0 && rest.length <= MAX_TITLE_CHARS ? { title: rest } : {}) };
  }
  const headline = lines.map((l) => l.trim()).find((l) => l.length > 0);
  if (headline !== undefined && isHeadline(headline)) return { title: headline };
  return {};
}

/**
 * Where the line holding the text's headline ends (the rest of a date header line, or the first line
 * with text), when a body follows it; undefined when there is no body or the line reads as running text.
 */
export function headlineEnd(cleanText: string): number | undefined {
  for (let start = 0; ; ) {
    const nl = cleanText.indexOf('\n', start);
    if (nl < 0) return undefined;
    const line = cleanText.slice(start, nl).trim();
    const dated = DATE_HEADER_RE.exec(line);
    const headline = dated !== null ? dated[2]!.trim() : line;
    if (headline.length > 0) return isHeadline(headline) ? nl : undefined;
    start = nl + 1;
  }
}
