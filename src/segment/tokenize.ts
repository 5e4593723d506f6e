/** Word, number and punctuation tokens with offsets into the document text. */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lowercased text, Latin look-alikes inside Cyrillic words folded to Cyrillic. */
  readonly lower: string;
  readonly kind: TokenKind;
  /** True when a line break or sentence-final punctuation separates this token from the previous one. */
  readonly sentenceStart: boolean;
  /** True when the gap before this token is non-empty (a space, tab or newline). */
  readonly spaceBefore: boolean;
}

// Words may carry inner hyphens and apostrophes ("Қасым-Жомарт", "вице-министр", "IT-кадрлар").
const TOKEN_RE = /(\p{L}[\p{L}\p{M}]*(?:[-'’ʼ][\p{L}\p{M}]+)*)|(\d+)|([^\s\p{L}\d])/gu;
const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
const LATIN_LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у', k: 'к', m: 'м', h: 'һ', t: 'т', b: 'в' };
const CYRILLIC_RE = /[\u0400-\u04FF]/;
const LATIN_RE = /[a-z]/;

/** Fold Latin look-alike letters in a mostly-Cyrillic lowercase word (some Kazakh sites mix them). */
export function foldLookalikes(lower: string): string {
  if (lower.charCodeAt(0) >= 0x400 ? !LATIN_RE.test(lower) : !CYRILLIC_RE.test(lower) || !LATIN_RE.test(lower)) return lower;
  let out = '';
  for (const ch of lower) out += LATIN_LOOKALIKE[ch] ?? ch;
  return out;
}

const NEWLINE = 10;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  let prevPunct = '';
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    let newline = false;
    for (let k = lastEnd; k < start && !newline; k++) newline = text.charCodeAt(k) === NEWLINE;
    const lower = kind === 'word' ? foldLookalikes(raw.toLowerCase()) : raw;
    // After "." a lowercase word continues the sentence ("тыс. тенге", "т.б."): sentences start capitalised.
    const lowercaseWord = kind === 'word' && raw[0] === lower[0] && raw !== raw.toUpperCase();
    const sentenceStart = tokens.length === 0 || newline || (SENTENCE_END.has(prevPunct) && !lowercaseWord);
    tokens.push({ start, end: start + raw.length, text: raw, lower, kind, sentenceStart, spaceBefore: start > lastEnd });
    lastEnd = start + raw.length;
    prevPunct = kind === 'punct' ? raw : '';
  }
  return tokens;
}

const UPPER_RE = /^\p{Lu}/u;
const ALL_UPPER_RE = /^[\p{Lu}\p{M}-]+$/u;
export const isCapitalized = (t: Token): boolean => t.kind === 'word' && UPPER_RE.test(t.text);
export const isAllCaps = (t: Token): boolean => t.kind === 'word' && t.text.length > 1 && ALL_UPPER_RE.test(t.text);
export const isCyrillic = (s: string): boolean => CYRILLIC_RE.test(s);
