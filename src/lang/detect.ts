import { createRequire } from 'node:module';
import { kazakhLatinVariant, type LatinVariant } from './kk/latin.js';

type Franc = typeof import('franc').franc;
let francFn: Franc | undefined;
/**
 * franc and its trigram tables cost ~40 ms to load and most articles never need it (the letter
 * share decides), so it is loaded on first use; require() of an ES module works from Node 20.19.
 */
const franc: Franc = (...args) => (francFn ??= (createRequire(import.meta.url)('franc') as typeof import('franc')).franc)(...args);

/** franc's Cyrillic Russian and Kazakh models as trigram code → rank, built once on first use. */
let cyrillicModels: { readonly rus: Map<number, number>; readonly kaz: Map<number, number> } | undefined;
function loadCyrillicModels(): NonNullable<typeof cyrillicModels> {
  const { data } = createRequire(import.meta.url)('franc/data.js') as typeof import('franc/data.js');
  const model = (trigrams: string): Map<number, number> => {
    const ranks = new Map<number, number>();
    // franc keeps a repeated trigram's first rank.
    trigrams.split('|').forEach((trigram, rank) => {
      const code = trigramCode(trigram, 0);
      if (!ranks.has(code)) ranks.set(code, rank);
    });
    return ranks;
  };
  return { rus: model(data.Cyrillic!.rus!), kaz: model(data.Cyrillic!.kaz!) };
}

/** Three UTF-16 units as one exact number (48 bits): trigrams compared and sorted as numbers, not strings. */
const trigramCode = (s: string, at: number): number => (s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1)) * 0x10000 + s.charCodeAt(at + 2);

/** franc's Cyrillic script expression (franc/expressions.js), counted the way franc counts it. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: franc's own expression, combining marks and all, so that counts equal franc's
const FRANC_CYRILLIC = /[\u0400-\u0484\u0487-\u052F\u1C80-\u1C88\u1D2B\u1D78\u2DE0-\u2DFF\uA640-\uA69F\uFE2E\uFE2F]|\uD838[\uDC30-\uDC6D\uDC8F]/g;
const FRANC_MAX_LENGTH = 2048;
const FRANC_MAX_DIFFERENCE = 300;

/**
 * franc(text, { only: ['kaz', 'rus', 'eng'], minLength: 3 }) mapped to kk/ru/en, without franc's
 * per-call work (thirty script expressions, a string-keyed trigram dictionary, filtered language
 * tables). When Cyrillic is over half the sample it is franc's top script whatever the rest is, and
 * franc's verdict is the nearer of its Russian and Kazakh models by the same distance (the sum of
 * |count − rank − 1|, 300 for a trigram outside the model; a tie goes to Russian, listed first);
 * any other sample is left to franc itself.
 */
export function francVerdict(text: string): Lang | undefined {
  if (text.length < 3) return undefined;
  const value = text.slice(0, FRANC_MAX_LENGTH);
  const cyrillic = value.match(FRANC_CYRILLIC)?.length ?? 0;
  if (cyrillic * 2 <= value.length) return FRANC_TO_LANG[franc(text, { only: ['kaz', 'rus', 'eng'], minLength: 3 })];
  const models = (cyrillicModels ??= loadCyrillicModels());
  // trigram-utils' clean(): ASCII punctuation and digits to spaces, whitespace collapsed, trimmed, lower case, padded.
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const count = cleaned.length - 2;
  if (count < 1) return 'ru';
  const codes = new Float64Array(count);
  for (let k = 0; k < count; k++) codes[k] = trigramCode(cleaned, k);
  codes.sort();
  let rus = 0;
  let kaz = 0;
  for (let k = 0; k < count; ) {
    const code = codes[k]!;
    let end = k + 1;
    while (end < count && codes[end] === code) end++;
    const n = end - k;
    const r = models.rus.get(code);
    const z = models.kaz.get(code);
    rus += r === undefined ? FRANC_MAX_DIFFERENCE : Math.abs(n - r - 1);
    kaz += z === undefined ? FRANC_MAX_DIFFERENCE : Math.abs(n - z - 1);
    k = end;
  }
  return kaz < rus ? 'kk' : 'ru';
}

export type Lang = 'kk' | 'ru' | 'en';
export type DetectedLang = Lang | 'und';

export interface LangGuess {
  readonly lang: DetectedLang;
  /** 0..1: how far the deciding measure is from its threshold. */
  readonly confidence: number;
  /** Set only for Kazakh in a Latin alphabet (kk is otherwise Cyrillic): which alphabet. */
  readonly latin?: LatinVariant;
}

/**
 * What each UTF-16 unit counts as, in bits. The counting loop counts bit patterns instead of
 * branching on ranges: every character of every article passes through it. A branch for the
 * characters past Cyrillic, first taken after the loop was optimised, had thrown its code away
 * (`--trace-deopt`: "Insufficient type feedback", session 21).
 */
const CYRILLIC_BIT = 1;
const LATIN_BIT = 2;
/** ә ғ қ ұ һ і: Kazakh's own letters (Kyrgyz has none of them; і is also Ukrainian and Belarusian, and counted apart too). */
const KAZAKH_BIT = 4;
/** ң ө ү: Kazakh shares them with Kyrgyz, Tatar, Bashkir and Mongolian. */
const TURKIC_BIT = 8;
/** Letters of Cyrillic alphabets kzx does not read: Ukrainian ї є ґ, Belarusian ў, Serbian and Macedonian ј љ њ ћ ђ џ ѓ ќ ѕ, Tatar җ, Bashkir ҡ ҙ ҫ, Tajik ӣ ӯ ҷ ҳ, Yakut ҥ. */
const FOREIGN_CYRILLIC_BIT = 16;
/** Latin letters with diacritics (Kazakh Latin ä ğ ı ñ ö ş ū ü, Turkish, Uzbek, German, French…). */
const LATIN_EXTENDED_BIT = 32;
/** ы: frequent in Russian (and Kazakh), absent from Ukrainian, Bulgarian, Serbian, Macedonian. */
const YERU_BIT = 64;
/** ъ: ~2% of Bulgarian letters, a few in ten thousand of Russian. */
const HARD_SIGN_BIT = 128;
const I_BIT = 256;
/** A letter of another script (Armenian to Devanagari and beyond, CJK, Arabic forms): a pattern of its own, never combined. */
const OTHER_SCRIPT = 512;
const LETTER_BITS = new Uint16Array(0x10000);
for (const [from, to] of [
  [0x530, 0x2000],
  [0x3040, 0xd800],
  [0xf900, 0xfe00],
  [0xfe70, 0xff00],
] as const)
  LETTER_BITS.fill(OTHER_SCRIPT, from, to);
for (let c = 0x41; c <= 0x5a; c++) LETTER_BITS[c] = LETTER_BITS[c + 0x20] = LATIN_BIT;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) LETTER_BITS[c] = LATIN_EXTENDED_BIT;
LETTER_BITS.fill(CYRILLIC_BIT, 0x400, 0x500);
const setBit = (letters: string, bit: number): void => {
  for (const c of letters) LETTER_BITS[c.charCodeAt(0)] = CYRILLIC_BIT | bit;
};
setBit('әғқұһіӘҒҚҰҺІ', KAZAKH_BIT);
setBit('ңөүҢӨҮ', TURKIC_BIT);
setBit('їєґЇЄҐўЎјљњћђџѓќѕЈЉЊЋЂЏЃЌЅҗҖҡҠҙҘҫҪӣӢӯӮҷҶҳҲҥҤ', FOREIGN_CYRILLIC_BIT);
setBit('ыЫ', YERU_BIT);
setBit('ъЪ', HARD_SIGN_BIT);
setBit('іІ', KAZAKH_BIT | I_BIT);
/** Kazakh's own letters are ~9% of Cyrillic in Kazakh news and well under 1% in Russian news quoting a Kazakh name. */
const KAZAKH_SHARE_THRESHOLD = 0.015;
/** ң ө ү are ~2% of Kazakh text, with four times as many of Kazakh's own letters; Kyrgyz has ~5% of them and none of those. */
const TURKIC_SHARE_MIN = 0.01;
/** Over this share of letters of other Cyrillic alphabets (Ukrainian ї є, Serbian ј…) a text is not Kazakh or Russian. */
const FOREIGN_CYRILLIC_SHARE = 0.004;
/** Russian has ы in ~1.7% of its letters (a name-heavy Russian text of 550 letters had one); Ukrainian, Bulgarian, Serbian and Macedonian have none. */
const YERU_SHARE_MIN = 0.001;
const YERU_TEXT_MIN = 1000;
const HARD_SIGN_SHARE_MAX = 0.008;
/**
 * і without ә ғ қ ұ һ, ң ө ү or ы: Ukrainian (Kazakh has ~5% of its own letters besides і, and a
 * Kazakh sentence without them still has ы or ң ө ү).
 */
const I_ONLY_SHARE = 0.02;
const KAZAKH_CORE_SHARE_MIN = 0.003;
/** Below this many Cyrillic letters a Kazakh sentence may lack every letter but і, or but ң ө ү ("Үш жүз теңгеден сатылады"). */
const SHORT_TEXT = 100;
/**
 * English function words are ~40% of the words of English prose and rare in other Latin-script languages. A
 * headline or a one-line item is mostly names and has few of them ("Chancellor Olaf Scholz met President
 * Tokayev"), so the verbs of such news count too.
 */
const ENGLISH_WORD_SHARE = 0.12;
const EN_FUNCTION_WORDS = new Set([
  'his',
  'her',
  'who',
  'would',
  'after',
  'about',
  'than',
  'into',
  'during',
  'between',
  'against',
  'should',
  'could',
  'met',
  'meets',
  'visited',
  'visits',
  'signed',
  'signs',
  'announced',
  'announces',
  'told',
  'says',
  'held',
  'holds',
  'opened',
  'appointed',
  'named',
  'discussed',
  'discusses',
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'for',
  'on',
  'that',
  'with',
  'by',
  'as',
  'was',
  'at',
  'from',
  'are',
  'it',
  'be',
  'has',
  'have',
  'its',
  'an',
  'said',
  'will',
  'were',
  'this',
  'which',
  'their',
  'he',
  'she',
  'they',
  'not',
  'or',
  'been',
  'also',
  'had',
  'but',
]);
/**
 * Function words of other Latin-script languages of Europe that English prose does not use (Dutch, German, French,
 * Spanish, Italian): a Dutch text shares "met", "in" and "is" with English and passed the share above alone. Not
 * "per", English too ("5 per cent").
 */
const OTHER_FUNCTION_WORDS = new Set([
  ...['de', 'het', 'een', 'van', 'en', 'niet', 'zijn', 'dat', 'voor', 'ook', 'wordt', 'naar', 'bij', 'werd'],
  ...['der', 'das', 'und', 'ist', 'nicht', 'mit', 'dem', 'ein', 'eine', 'auf', 'für', 'sich', 'wurde', 'auch'],
  ...['le', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'sur', 'au', 'avec'],
  ...['el', 'los', 'las', 'del', 'y', 'es', 'que', 'por', 'con', 'una', 'para', 'di', 'che', 'della', 'il', 'sono'],
]);
const SAMPLE_CHARS = 20_000;
const FRANC_TO_LANG: Record<string, Lang> = { kaz: 'kk', rus: 'ru', eng: 'en' };

interface Counts {
  cyr: number;
  lat: number;
  kazakh: number;
  turkic: number;
  foreign: number;
  latExt: number;
  yeru: number;
  hardSign: number;
  i: number;
  /** Letters of other scripts: Arabic (Kazakh in Arabic script), CJK, Greek, Georgian, Armenian, Hebrew, Indic… */
  other: number;
}

/** How many characters of each bit pattern a text has: one increment per character, counts summed after. */
const HISTOGRAM = new Uint32Array(OTHER_SCRIPT + 1);

/** Letter counts in one pass. */
function letterCounts(s: string): Counts {
  HISTOGRAM.fill(0);
  for (let k = 0; k < s.length; k++) HISTOGRAM[LETTER_BITS[s.charCodeAt(k)]!]!++;
  const n: Counts = { cyr: 0, lat: 0, kazakh: 0, turkic: 0, foreign: 0, latExt: 0, yeru: 0, hardSign: 0, i: 0, other: HISTOGRAM[OTHER_SCRIPT]! };
  for (let bits = 1; bits < OTHER_SCRIPT; bits++) {
    const count = HISTOGRAM[bits]!;
    if (count === 0) continue;
    if (bits & CYRILLIC_BIT) n.cyr += count;
    if (bits & LATIN_BIT) n.lat += count;
    if (bits & KAZAKH_BIT) n.kazakh += count;
    if (bits & TURKIC_BIT) n.turkic += count;
    if (bits & FOREIGN_CYRILLIC_BIT) n.foreign += count;
    if (bits & LATIN_EXTENDED_BIT) n.latExt += count;
    if (bits & YERU_BIT) n.yeru += count;
    if (bits & HARD_SIGN_BIT) n.hardSign += count;
    if (bits & I_BIT) n.i += count;
  }
  return n;
}

/**
 * The script decides first: other scripts (Kazakh in Arabic script, Chinese…) are `und`; Latin
 * text is Kazakh in one of its Latin alphabets (kk/latin.ts; `latin` says which), English, or
 * `und`. In Cyrillic, letters of other alphabets, Kyrgyz (ң ө ү without ә ғ қ ұ і), і without Kazakh's other letters (Ukrainian, Belarusian), many ъ (Bulgarian) and, in a
 * long text, no ы (Bulgarian, Serbian, Macedonian) are `und`; otherwise the
 * share of Kazakh's own letters decides between kk and ru, and franc (restricted to kaz/rus/eng —
 * unrestricted it calls Kazakh Kyrgyz or Tatar) gives the second opinion when the share is near
 * the threshold or the text is short.
 */
export function detectLanguage(text: string): LangGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const n = letterCounts(sample);
  const { cyr, lat, kazakh } = n;
  const letters = cyr + lat + n.latExt + n.other;
  if (cyr + lat < 3 || n.other * 2 > letters) return { lang: 'und', confidence: round(letters === 0 ? 0 : n.other / letters) };
  if (lat + n.latExt > cyr * 2) {
    const latin = kazakhLatinVariant(sample);
    return latin !== undefined ? { lang: 'kk', confidence: lat + n.latExt < SHORT_TEXT ? 0.5 : 0.9, latin } : englishOrNot(sample, lat, n.latExt, cyr);
  }
  if (n.foreign >= 3 && n.foreign > cyr * FOREIGN_CYRILLIC_SHARE) return { lang: 'und', confidence: 0.8 };
  if (cyr >= SHORT_TEXT && n.turkic >= 4 && n.turkic >= cyr * TURKIC_SHARE_MIN && kazakh * 4 < n.turkic) return { lang: 'und', confidence: 0.8 };
  if (cyr >= SHORT_TEXT && n.i >= cyr * I_ONLY_SHARE && kazakh - n.i < cyr * KAZAKH_CORE_SHARE_MIN && n.turkic === 0 && n.yeru === 0) return { lang: 'und', confidence: 0.7 };
  if (n.hardSign >= 3 && n.hardSign > cyr * HARD_SIGN_SHARE_MAX) return { lang: 'und', confidence: 0.6 };
  const share = kazakh / Math.max(1, cyr);
  const byShare: Lang = share >= KAZAKH_SHARE_THRESHOLD ? 'kk' : 'ru';
  if (byShare === 'ru' && cyr >= YERU_TEXT_MIN && n.yeru < cyr * YERU_SHARE_MIN) return { lang: 'und', confidence: 0.6 };
  const margin = Math.abs(share - KAZAKH_SHARE_THRESHOLD) / KAZAKH_SHARE_THRESHOLD;
  if (cyr >= 200 && margin > 0.5) return { lang: byShare, confidence: round(Math.min(1, 0.75 + margin / 8)) };
  const second = francVerdict(sample);
  if (second === undefined || second === 'en') return { lang: byShare, confidence: 0.5 };
  return { lang: byShare === second ? byShare : share > 0 ? 'kk' : second, confidence: byShare === second ? 0.8 : 0.4 };
}

/** Latin-script text: English when its function words are there (or it is too short to tell and plain ASCII), else `und`. */
/** Whether the next word after `end` (past spaces) starts with a capital. */
function beforeCapital(sample: string, end: number): boolean {
  let j = end;
  while (sample.charCodeAt(j) === 32) j++;
  const c = sample.charAt(j);
  return c !== c.toLowerCase();
}

function englishOrNot(sample: string, lat: number, latExt: number, cyr: number): LangGuess {
  let words = 0;
  let english = 0;
  let other = 0;
  for (const m of sample.matchAll(/[A-Za-z\u00c0-\u024f]+/g)) {
    words++;
    const lower = m[0].toLowerCase();
    if (EN_FUNCTION_WORDS.has(lower)) english++;
    // Written in lower case and before no capital: not a name's particle or a title's article in English text
    // ("von der Leyen", "Jan van Dijk", "Le Monde").
    else if (OTHER_FUNCTION_WORDS.has(lower) && m[0] === lower && !beforeCapital(sample, m.index + lower.length)) other++;
  }
  const confidence = Math.min(1, lat / (lat + cyr));
  if (words < 6) return latExt === 0 ? { lang: 'en', confidence: Math.min(confidence, 0.5) } : { lang: 'und', confidence: 0.5 };
  return english >= words * ENGLISH_WORD_SHARE && english > other && latExt * 20 < lat ? { lang: 'en', confidence } : { lang: 'und', confidence: 0.7 };
}

const round = (x: number): number => Math.round(x * 100) / 100;
