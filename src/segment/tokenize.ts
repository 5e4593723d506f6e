/** Word, number and punctuation tokens with offsets into the document text. */
import { DOTTED_ADDRESS_FORMS } from './address.js';
import { hashUnit, LOWER_UNIT, LOWER_UNIT_MASK, WORD_HASH_SEED, wordAt, wordFor, type Word } from './word.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lowercased text, Latin look-alikes inside Cyrillic words folded to Cyrillic. */
  readonly lower: string;
  readonly kind: TokenKind;
  /** The entry shared by every token of this lowercase form (words only): rules ask their questions of it. */
  readonly word: Word | undefined;
  /** True when a line break, a tab (a table cell's start) or sentence-final punctuation separates this token from the previous one. */
  readonly sentenceStart: boolean;
  /** True when the gap before this token is non-empty (a space, tab or newline). */
  readonly spaceBefore: boolean;
}

// A token's kind is its index here, in the low bits of ScannedToken.bits.
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
const WORD = 0;
const NUMBER = 1;
const PUNCT = 2;
const KIND_BITS = 3;
const SENTENCE_START = 4;
const SPACE_BEFORE = 8;

/**
 * A token as the tokenizer makes it: the kind and the two flags share one small integer, the
 * lowercase form is read from the word's entry and the end is the start plus the text's length, so
 * a token has four fields instead of eight. Tokens are most of what extraction allocates (one per
 * ~6 characters of text); each field dropped is 8 bytes of each.
 */
class ScannedToken implements Token {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly word: Word | undefined,
    private readonly bits: number,
  ) {}
  // The text is always the span's own units: a slice of the document, or, for a span in lowercase,
  // the word's form, which the table matched unit for unit.
  get end(): number {
    return this.start + this.text.length;
  }
  get lower(): string {
    return this.word === undefined ? this.text : this.word.lower;
  }
  get kind(): TokenKind {
    return KINDS[this.bits & KIND_BITS]!;
  }
  get sentenceStart(): boolean {
    return (this.bits & SENTENCE_START) !== 0;
  }
  get spaceBefore(): boolean {
    return (this.bits & SPACE_BEFORE) !== 0;
  }
}

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

/**
 * Character flags for the scanner, one entry per BMP code unit: ASCII, the Cyrillic block and the
 * surrogates are filled when the module loads; any other character is classified once by Unicode
 * property when first met. The hot loop never runs a Unicode regular expression, and reads each
 * unit once: one entry answers its class, whether it is a capital, its script and its lowercase.
 * A unit has one class bit, or none while unclassified and for a high surrogate (the slow path).
 */
const LETTER = 1; // a letter that toLowerCase leaves alone
const UPPER = 2; // Lu, Lt: a letter that toLowerCase changes
const MARK = 4;
const DIGIT = 8; // only ASCII digits make number tokens; other decimal digits are single symbols
const SPACE = 16;
const OTHER = 32;
const CLASS_BITS = 63;
// A word is all ASCII or all in the Cyrillic block when its units do not have both of these.
const NOT_ASCII = 64;
const NOT_CYRILLIC = 128;
const ANY_SCRIPT = NOT_ASCII | NOT_CYRILLIC;
// Set only for a code point of two units, never stored in the table.
const ASTRAL = 256;
const IN_WORD = LETTER | UPPER | MARK;
// The high half of a unit's entry is its lowercase (LOWER_UNIT), for the hash of a word's lowercase form.
const LOWER_SHIFT = 16;
const FLAGS = new Uint32Array(0x10000);
const UPPER_LETTER_RE = /^[\p{Lu}\p{Lt}]$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const SPACE_RE = /^\s$/u;
const DIGIT_RE = /^[0-9]$/;

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (UPPER_LETTER_RE.test(ch)) return UPPER;
  if (LETTER_RE.test(ch)) return LETTER;
  if (MARK_RE.test(ch)) return MARK;
  if (SPACE_RE.test(ch)) return SPACE;
  return DIGIT_RE.test(ch) ? DIGIT : OTHER;
}
const scriptFlags = (code: number): number => (code < 0x80 ? NOT_CYRILLIC : code >= 0x400 && code <= 0x4ff ? NOT_ASCII : ANY_SCRIPT);
const learnFlags = (code: number): number => (FLAGS[code] = classifyCodePoint(code) | scriptFlags(code) | (LOWER_UNIT[code & LOWER_UNIT_MASK]! << LOWER_SHIFT));
for (let code = 0; code < 0x80; code++) learnFlags(code);
for (let code = 0x400; code < 0x500; code++) learnFlags(code);
FLAGS.fill(ANY_SCRIPT, 0xd800, 0xdc00);
FLAGS.fill(OTHER | ANY_SCRIPT, 0xdc00, 0xe000);

/**
 * Flags of the code point at i when its unit's entry has no class (`flags`): a unit not yet met, or
 * a high surrogate (astral letters and marks are rare: classified each time; a lone surrogate is a symbol).
 */
function slowFlags(text: string, i: number, flags: number): number {
  if (flags === 0) return learnFlags(text.charCodeAt(i));
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? classifyCodePoint(cp) | ANY_SCRIPT | ASTRAL : OTHER | ANY_SCRIPT;
}
// Words may carry inner hyphens and apostrophes ("Қасым-Жомарт", "вице-министр", "IT-кадрлар").
const isJoiner = (code: number): boolean => code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2bc;
// . ! ? … ; end a sentence.
const endsSentence = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3b;
// "Mr. Tokayev", "Dr. Bekova", "St. Petersburg": the dot of a title's abbreviation before a name ends no sentence (./address.ts).
/** Whether the dot just pushed (the last token) ends the title abbreviation before it. */
function abbreviationDot(tokens: readonly Token[]): boolean {
  const dot = tokens[tokens.length - 1]!;
  const before = tokens[tokens.length - 2];
  return dot.text === '.' && before !== undefined && before.end === dot.start && DOTTED_ADDRESS_FORMS.has(before.text);
}

const NEWLINE = 10;
const TAB = 9;

/**
 * Words (a letter, then letters and marks, with inner hyphens or apostrophes), runs of ASCII
 * digits, and single other characters; whitespace separates. One pass over char codes, over the
 * whole text or the part [from, to); offsets are into the whole text either way.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = to;
  let lastEnd = from;
  let newline = false;
  let afterSentenceEnd = false;
  let i = from;
  while (i < n) {
    let code = text.charCodeAt(i);
    let flags = FLAGS[code]!;
    if ((flags & CLASS_BITS) === 0) flags = slowFlags(text, i, flags);
    if ((flags & SPACE) !== 0) {
      // A tab parts a page's table cells (see clean/html.ts): each cell starts as a line does.
      if (code === NEWLINE || code === TAB) newline = true;
      i += 1;
      continue;
    }
    const start = i;
    let kind: number;
    // A word all in ASCII or all in the Cyrillic block has no look-alikes to fold, and is found in
    // the word table straight from the text by the hash of its lowercase units: most words, so most
    // tokens make no string of their own (a word in lowercase shares its entry's string).
    // `seen`: the flags of all its units, for its capitals and scripts.
    let seen = 0;
    let hash = WORD_HASH_SEED;
    if ((flags & (LETTER | UPPER)) !== 0) {
      kind = WORD;
      for (;;) {
        // The unit at i is a letter or mark with these flags.
        seen |= flags;
        hash = hashUnit(hash, flags >>> LOWER_SHIFT);
        i += (flags & ASTRAL) === 0 ? 1 : 2;
        if (i >= n) break;
        code = text.charCodeAt(i);
        flags = FLAGS[code]!;
        if ((flags & CLASS_BITS) === 0) flags = slowFlags(text, i, flags);
        if ((flags & IN_WORD) !== 0) continue;
        if (i + 1 >= n || !isJoiner(code)) break;
        const next = text.charCodeAt(i + 1);
        let nextFlags = FLAGS[next]!;
        if ((nextFlags & CLASS_BITS) === 0) nextFlags = slowFlags(text, i + 1, nextFlags);
        if ((nextFlags & IN_WORD) === 0) break;
        hash = hashUnit(hash, code);
        // The table spells only ASCII and Cyrillic units: a word joined by ’ is found by its string.
        if (code > 0x7f) seen |= ANY_SCRIPT;
        i += 1;
        code = next;
        flags = nextFlags;
      }
    } else if ((flags & DIGIT) !== 0) {
      kind = NUMBER;
      do i += 1;
      while (i < n && (FLAGS[text.charCodeAt(i)]! & DIGIT) !== 0);
    } else {
      kind = PUNCT;
      i += (flags & ASTRAL) === 0 ? 1 : 2;
    }
    const hasUpper = (seen & UPPER) !== 0;
    let raw: string;
    let word: Word | undefined;
    if (kind !== WORD) raw = text.slice(start, i);
    else if ((seen & ANY_SCRIPT) !== ANY_SCRIPT) {
      word = wordAt(text, start, i, hash, hasUpper);
      raw = hasUpper ? text.slice(start, i) : word.lower;
    } else {
      raw = text.slice(start, i);
      word = wordFor(foldLookalikes(hasUpper ? raw.toLowerCase() : raw));
    }
    // A word's lowercase form is its entry's string, shared by all its tokens.
    const lower = word === undefined ? raw : word.lower;
    // After "." a lowercase word continues the sentence ("тыс. тенге", "т.б."): sentences start capitalised.
    const sentenceStart = tokens.length === 0 || newline || (afterSentenceEnd && !(kind === WORD && raw[0] === lower[0] && raw !== raw.toUpperCase()));
    const bits = kind | (sentenceStart ? SENTENCE_START : 0) | (start > lastEnd ? SPACE_BEFORE : 0);
    tokens.push(new ScannedToken(start, raw, word, bits));
    lastEnd = i;
    newline = false;
    afterSentenceEnd = kind === PUNCT && endsSentence(text.charCodeAt(start)) && !abbreviationDot(tokens);
  }
  return tokens;
}

const UPPER_RE = /^\p{Lu}/u;
const ALL_UPPER_RE = /^[\p{Lu}\p{M}-]+$/u;
/** 1 = uppercase letter, 2 = not; 0 = not yet asked. Asked for every word by several rules, so a table. */
const BMP_UPPER = new Uint8Array(0x10000);
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff) return UPPER_RE.test(text);
  let v = BMP_UPPER[code]!;
  if (v === 0) BMP_UPPER[code] = v = UPPER_RE.test(text[0]!) ? 1 : 2;
  return v === 1;
}
export const isCapitalized = (t: Token): boolean => t.kind === 'word' && startsUpper(t.text);
export const isAllCaps = (t: Token): boolean => t.kind === 'word' && t.text.length > 1 && ALL_UPPER_RE.test(t.text);
export const isCyrillic = (s: string): boolean => CYRILLIC_RE.test(s);
