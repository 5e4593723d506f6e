/** Document metadata carried by the text itself: a "date YYYY-MM-DD" header line and a headline. */

const DATE_HEADER_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/;
const MAX_TITLE_CHARS = 160;

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
  // A headline is short and does not end like a sentence of running text.
  if (headline !== undefined && headline.length <= MAX_TITLE_CHARS && !/[.:;,]$/.test(headline)) return { title: headline };
  return {};
}
