import table from './latin.json' with { type: 'json' };
import type { LatinVariant } from './latin-table.js';

export type { LatinVariant } from './latin-table.js';

/**
 * Kazakh in the Latin alphabet: the 2021 standard (ä ğ ı İ ñ ö ū ü ş ç q), the 2018 one with acute
 * accents that state media published until then (á ǵ ı ń ó ú ý, sh ch), and the 2017 apostrophe
 * one (a' g' n' o' u' s' c' i' y'), read back into Cyrillic with a map of offsets so that
 * extraction runs on the Cyrillic text and its mentions point back into the Latin original.
 *
 * Reading back is one Cyrillic letter per Latin letter, or per two Latin units (2017 "s'", 2018
 * "sh"). The Cyrillic letters that the Latin alphabets spell with another's letter or a combination
 * (һ as "h", ц as "ts", щ, ъ, ь, э, ё, ю, я) come back as those letters: "ts" as тс, "ia" as иа,
 * since Kazakh words have тс and иа too ("айтса", "материал") and no rule of spelling tells them
 * apart; ъ and ь, not written, do not come back. The loan words the rules need (latin.json
 * `loans`: процент, вице, компания, рубль…) are read whole where a word begins with their Latin
 * spelling ("protsentke" процентке, "kompaniasy" компаниясы). The letter of и is й after a vowel ("qalaiyn"
 * қалайын, "Dmitrii" Дмитрий). Characters outside the alphabet (digits, punctuation, Cyrillic quoted
 * in a Latin text, w, x) are kept as they are, so Cyrillic quotes are read as Cyrillic.
 */

/** The shape latin.json is checked against by tests/kk-latin.test.ts (LatinTableSchema). */
interface LetterEntry {
  readonly cyr: readonly string[];
  readonly lat: readonly string[];
  readonly read?: string;
}
const TABLE: { readonly variants: ReadonlyArray<{ readonly name: string; readonly letters: readonly LetterEntry[] }>; readonly loans: readonly string[] } = table;

/** Apostrophes as Kazakh Latin texts type them: ' ’ ʼ ‘ ` ´. */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x2018, 0x60, 0xb4]);
const CYRILLIC_VOWELS = new Set([...'аәеиоөуұүыіэюяёАӘЕИОӨУҰҮЫІЭЮЯЁ'].map((c) => c.charCodeAt(0)));
/** Latin letters of the alphabets are all below U+0250 (İ ı ğ ş ū are in Latin Extended-A). */
const LATIN_LIMIT = 0x250;

interface Reader {
  /** Cyrillic code read from a Latin code (0: not a letter of the alphabet), anywhere and after a vowel. */
  readonly single: Uint16Array;
  readonly singleAfterVowel: Uint16Array;
  /** Cyrillic code read from two Latin units (2017 "s'", 2018 "sh"), keyed by pairKey; empty for 2021. */
  readonly pair: Map<number, number>;
  readonly pairAfterVowel: Map<number, number>;
  /** Loan words (latin.json `loans`) by the key of their first three Latin units: [Latin spelling, Cyrillic], longest first. */
  readonly loans: Map<number, Array<readonly [string, string]>>;
}

/** Two Latin units as one key, any apostrophe counting as U+0027. */
const pairKey = (first: number, second: number): number => first * 0x10000 + (APOSTROPHES.has(second) ? 0x27 : second);

function readerOf(variant: LatinVariant): Reader {
  const letters = variantLetters(variant);
  const r: Reader = { single: new Uint16Array(LATIN_LIMIT), singleAfterVowel: new Uint16Array(LATIN_LIMIT), pair: new Map(), pairAfterVowel: new Map(), loans: new Map() };
  for (const l of letters) {
    if (l.read === 'never') continue;
    const afterVowel = l.read === 'afterVowel';
    for (let k = 0; k < 2; k++) {
      const lat = l.lat[k]!;
      const cyr = l.cyr[k]!.charCodeAt(0);
      // A capital two letters share (2018 I for і and и) reads as the first listed.
      if (lat.length === 2) {
        const pairs = afterVowel ? r.pairAfterVowel : r.pair;
        // A capital digraph is also written in capitals in a heading (2018 "SHYMKENT").
        for (const spelling of k === 1 ? new Set([lat, lat.toUpperCase()]) : [lat]) {
          const key = pairKey(spelling.charCodeAt(0), spelling.charCodeAt(1));
          if (!pairs.has(key)) pairs.set(key, cyr);
        }
      } else {
        const single = afterVowel ? r.singleAfterVowel : r.single;
        single[lat.charCodeAt(0)] ||= cyr;
      }
    }
  }
  // After a vowel a spelling reads as its after-vowel letter if it has one, else as anywhere.
  for (let c = 0; c < LATIN_LIMIT; c++) r.singleAfterVowel[c] ||= r.single[c]!;
  for (const [key, cyr] of r.pair) if (!r.pairAfterVowel.has(key)) r.pairAfterVowel.set(key, cyr);
  for (const loan of TABLE.loans) {
    const written = toLatin(loan, variant);
    // ия, ию are written "ia", "iu" as often as "iia", "iiu".
    for (const spelling of new Set([written, written.replace(/(i'|i|ı)\1(?=[a-zá-ý])/g, '$1')])) {
      const key = loanKey(spelling.charCodeAt(0), spelling.charCodeAt(1), spelling.charCodeAt(2));
      const list = r.loans.get(key) ?? r.loans.set(key, []).get(key)!;
      list.push([spelling, loan]);
      list.sort((a, b) => b[0].length - a[0].length);
    }
  }
  return r;
}

const variantLetters = (name: LatinVariant): readonly LetterEntry[] => TABLE.variants.find((v) => v.name === name)!.letters;
const readers = new Map<LatinVariant, Reader>();
const writers = new Map<LatinVariant, Map<string, string>>();

/** Cyrillic text read from Kazakh Latin, and where each of its UTF-16 units came from. */
export interface CyrillicReading {
  readonly text: string;
  /**
   * `latinAt[i]`: the offset in the Latin text of Cyrillic unit i, and `latinAt[text.length]` the
   * Latin text's length, so a Cyrillic span [s, e) is the Latin span [latinAt[s], latinAt[e]).
   */
  readonly latinAt: Uint32Array;
  readonly variant: LatinVariant;
}

/** Kazakh Latin text read as Cyrillic (see the module comment), with the offset map. */
export function toCyrillic(latin: string, variant: LatinVariant): CyrillicReading {
  const r = readers.get(variant) ?? readers.set(variant, readerOf(variant)).get(variant)!;
  // A loan word read back may be longer than its Latin spelling (rubl → рубль).
  const out = new Uint16Array(latin.length * 2);
  const latinAt = new Uint32Array(latin.length * 2 + 1);
  let n = 0;
  let afterVowel = false;
  let wordStart = true;
  for (let k = 0; k < latin.length; k++) {
    const c = latin.charCodeAt(k);
    latinAt[n] = k;
    let read = c;
    if (c < LATIN_LIMIT) {
      const loan = wordStart ? loanAt(r, latin, k) : undefined;
      if (loan !== undefined) {
        // The loan's letters share its Latin span, spread in order so that offsets only grow.
        const [spelling, cyrillic] = loan;
        const capital = c !== asciiLower(c);
        for (let j = 0; j < cyrillic.length; j++) {
          latinAt[n] = k + Math.floor((j * spelling.length) / cyrillic.length);
          out[n++] = j === 0 && capital ? cyrillic.toUpperCase().charCodeAt(0) : cyrillic.charCodeAt(j);
        }
        k += spelling.length - 1;
        afterVowel = CYRILLIC_VOWELS.has(out[n - 1]!);
        wordStart = false;
        continue;
      }
      const pair = r.pair.size > 0 && k + 1 < latin.length ? (afterVowel ? r.pairAfterVowel : r.pair).get(pairKey(c, latin.charCodeAt(k + 1))) : undefined;
      if (pair !== undefined) {
        read = pair;
        k++;
      } else read = (afterVowel ? r.singleAfterVowel : r.single)[c]! || c;
    }
    out[n++] = read;
    afterVowel = CYRILLIC_VOWELS.has(read);
    wordStart = !isWordChar(c);
  }
  latinAt[n] = latin.length;
  return { text: fromCodes(out, n), latinAt: latinAt.slice(0, n + 1), variant };
}

const asciiLower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
/** Letters, digits and apostrophes continue a word; a loan is looked up only where one begins. */
const isWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c < 0x530) || APOSTROPHES.has(c);
/** Three Latin units, ASCII capitals folded, as one key. */
const loanKey = (a: number, b: number, c: number): number => (asciiLower(a) * 0x10000 + asciiLower(b)) * 0x10000 + asciiLower(c);

/** The loan (Latin spelling, Cyrillic word) that the text spells from k, the longest first; undefined when none. */
function loanAt(r: Reader, latin: string, k: number): readonly [string, string] | undefined {
  if (k + 3 > latin.length) return undefined;
  const candidates = r.loans.get(loanKey(latin.charCodeAt(k), latin.charCodeAt(k + 1), latin.charCodeAt(k + 2)));
  if (candidates === undefined) return undefined;
  for (const loan of candidates) {
    const spelling = loan[0];
    let j = 3;
    while (j < spelling.length && asciiLower(latin.charCodeAt(k + j)) === spelling.charCodeAt(j)) j++;
    if (j === spelling.length) return loan;
  }
  return undefined;
}

/** A string of the first n codes, in slices: String.fromCharCode takes its codes as arguments, and a long article would pass the engine's limit. */
function fromCodes(codes: Uint16Array, n: number): string {
  const SLICE = 8192;
  let s = '';
  for (let at = 0; at < n; at += SLICE) s += String.fromCharCode(...codes.subarray(at, Math.min(n, at + SLICE)));
  return s;
}

/** Cyrillic Kazakh spelled in a Latin alphabet (norms of a Latin document; the tests' Latin fixtures). Other characters are kept. */
export function toLatin(cyrillic: string, variant: LatinVariant = '2021'): string {
  const spell = writers.get(variant) ?? writers.set(variant, writerOf(variantLetters(variant))).get(variant)!;
  let s = '';
  for (const c of cyrillic) s += spell.get(c) ?? c;
  return s;
}

function writerOf(letters: readonly LetterEntry[]): Map<string, string> {
  const spell = new Map<string, string>();
  for (const l of letters) for (let k = 0; k < 2; k++) spell.set(l.cyr[k]!, l.lat[k]!);
  return spell;
}

/** What each Latin letter from U+00C0 tells of the alphabet, one class per letter: one table lookup per character. */
const enum Mark {
  None,
  Kazakh2021,
  Turkic2021,
  DotlessI,
  Kazakh2018,
  AcuteVowel,
  Schwa,
}
const MARKS = new Uint8Array(LATIN_LIMIT);
const setMarks = (letters: string, mark: Mark): void => {
  for (const c of letters) MARKS[c.charCodeAt(0)] = mark;
};
/** 2021 letters no other Latin alphabet of the region has together: ä ñ ū (Turkish has none, Azerbaijani writes ə, Turkmen ň). */
setMarks('äÄñÑūŪ', Mark.Kazakh2021);
/** 2021 letters shared with Turkish and Azerbaijani: İ ğ ş ü ö ç, and ı (2018 и and й). */
setMarks('İğĞşŞüÜöÖçÇ', Mark.Turkic2021);
setMarks('ı', Mark.DotlessI);
/** 2018 letters: ǵ ń ý (Polish has ń, Czech ý, neither q nor ǵ), then á ó ú (Spanish, Hungarian…). */
setMarks('ǵǴńŃýÝ', Mark.Kazakh2018);
setMarks('áÁóÓúÚ', Mark.AcuteVowel);
setMarks('əƏ', Mark.Schwa);
const LATIN_VOWELS = new Set([...'aeouyAEOUYáóúýÁÓÚÝ'].map((c) => c.charCodeAt(0)));
/** Letters the 2017 variant marks with an apostrophe and Uzbek (o' g' only) does not: a' n' u' s' c' i' y'. */
const KAZAKH_APOSTROPHE_LETTERS = new Set([...'anuscyiANUSCYI'].map((c) => c.charCodeAt(0)));
/** ä ñ ū and q together are ~4% of the letters of Kazakh 2021 text; q alone is ~2.5%. */
const MARKER_SHARE = 0.01;
const Q_ONLY_SHARE = 0.02;
/** As language detection samples: enough to tell the alphabet of any article. */
const SAMPLE_CHARS = 20_000;
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * Which Latin alphabet of Kazakh a Latin-script text is written in, or undefined when it is not
 * Kazakh: q (not before u, as in English "quota") with ä ñ ū, or with ı ğ ş ü ö and no Azerbaijani ə
 * (2021); q with ǵ ń ý (2018); or letters marked by an apostrophe that Uzbek does not mark (a' n' u'
 * s' c' i' y', not English n't or I'm) with q (2017). Told that the text is Kazakh (--lang kk), it
 * only asks that Latin letters outnumber Cyrillic ones, and takes the alphabet with the most marks
 * (2021 when there are none: "Jobağa 658 mln" and "Jobaga 658 mln" read the same but for ğ).
 * One pass over at most SAMPLE_CHARS; detection runs it only on texts mostly in Latin letters.
 */
export function kazakhLatinVariant(text: string, kazakh = false): LatinVariant | undefined {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let letters = 0;
  let cyrillic = 0;
  let q = 0;
  let kazakh2021 = 0;
  let turkic2021 = 0;
  let kazakh2018 = 0;
  let acute = 0;
  let dotless = 0;
  /** ı after a vowel: 2018 й ("aıtty"); 2021 ı is і, which Kazakh spelling puts after a consonant. */
  let dotlessAfterVowel = 0;
  /** Any letter marked by an apostrophe (g' o' too): the alphabet of a text known to be Kazakh. */
  let marked = 0;
  let schwa = 0;
  let apostrophes = 0;
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLetter(c)) {
      letters++;
      const next = text.charCodeAt(k + 1);
      if ((c | 0x20) === 0x71) {
        if ((next | 0x20) !== 0x75) q++;
        continue;
      }
      // Most letters are followed by a letter or a space: the apostrophe set is asked only about the rest.
      if (isAsciiLetter(next) || next === 0x20 || !APOSTROPHES.has(next)) continue;
      const after = text.charCodeAt(k + 2);
      if (isAsciiLetter(after)) marked++;
      // ң ends the genitive (-nyn', -nin'), so n' counts at the end of a word too.
      if (KAZAKH_APOSTROPHE_LETTERS.has(c) && (isAsciiLetter(after) || (c | 0x20) === 0x6e)) {
        const englishNot = (c | 0x20) === 0x6e && (after | 0x20) === 0x74;
        const englishI = (c | 0x20) === 0x69 && !isAsciiLetter(text.charCodeAt(k - 1));
        if (!englishNot && !englishI) apostrophes++;
      }
    } else if (c >= 0xc0 && c < LATIN_LIMIT) {
      letters++;
      switch (MARKS[c] as Mark) {
        case Mark.Kazakh2021:
          kazakh2021++;
          break;
        case Mark.Turkic2021:
          turkic2021++;
          break;
        case Mark.DotlessI:
          turkic2021++;
          dotless++;
          if (LATIN_VOWELS.has(text.charCodeAt(k - 1))) dotlessAfterVowel++;
          break;
        case Mark.Kazakh2018:
          kazakh2018++;
          break;
        case Mark.AcuteVowel:
          acute++;
          break;
        case Mark.Schwa:
          schwa++;
          break;
        default:
      }
    } else if (c >= 0x400 && c < 0x530) cyrillic++;
  }
  if (kazakh) {
    if (letters <= cyrillic) return undefined;
    const marks2018 = kazakh2018 + acute + dotlessAfterVowel;
    const marks2021 = kazakh2021 + turkic2021 - dotlessAfterVowel;
    if (marked > marks2021 && marked > marks2018) return '2017';
    return marks2018 > marks2021 ? '2018' : '2021';
  }
  // Without q, a short text still shows its alphabet: ı with two of ä ñ ū (German has ä, Spanish ñ, neither ı), or with two of ǵ ń ý.
  if (q === 0) return dotless > 0 && kazakh2021 >= 2 ? '2021' : dotless > 0 && kazakh2018 >= 2 ? '2018' : undefined;
  const enough = Math.max(2, letters * MARKER_SHARE);
  const is2021 = (kazakh2021 > 0 && q + kazakh2021 >= enough) || (turkic2021 > 0 && schwa === 0 && q >= 3 && q >= letters * Q_ONLY_SHARE);
  const is2018 = kazakh2018 > 0 && q + kazakh2018 + acute + dotless >= enough;
  const is2017 = apostrophes >= 2 && apostrophes >= letters * MARKER_SHARE;
  // A text may show two (a 2018 article quoting a name with ü): the alphabet with the most marks of its own.
  const marks2021 = is2021 ? kazakh2021 + turkic2021 - dotlessAfterVowel : -1;
  const marks2018 = is2018 ? kazakh2018 + acute + dotlessAfterVowel : -1;
  const marks2017 = is2017 ? apostrophes : -1;
  if (marks2021 < 0 && marks2018 < 0 && marks2017 < 0) return undefined;
  return marks2017 > marks2021 && marks2017 > marks2018 ? '2017' : marks2018 > marks2021 ? '2018' : '2021';
}
