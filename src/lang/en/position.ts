import type { ExtractContext } from '../../extract/context.js';
import { isCapitalized } from '../../segment/tokenize.js';
import { joinWords } from '../../extract/position/words.js';
import type { TitleMatch, TitleRules } from '../../extract/position/index.js';

const HEADS = new Set([
  'akim',
  'president',
  'minister',
  'deputy',
  'chairman',
  'chairwoman',
  'chair',
  'adviser',
  'advisor',
  'head',
  'governor',
  'mayor',
  'director',
  'secretary',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'speaker',
  'prime',
  'premier',
  'senator',
  'prosecutor',
  'rector',
  'commissioner',
  'counsellor',
  'counselor',
]);
// Words that qualify the head and belong to the title ("First Deputy Prime Minister", "Acting Akim").
const MODIFIERS = new Set(['deputy', 'first', 'vice', 'acting', 'prime', 'general', 'executive', 'chief', 'state', 'press']);
// "Foreign Minister", "Energy Minister": the portfolio before a minister or a secretary.
const PORTFOLIOS = new Set([
  'foreign',
  'finance',
  'energy',
  'interior',
  'defence',
  'defense',
  'health',
  'education',
  'justice',
  'agriculture',
  'economy',
  'trade',
  'culture',
  'transport',
  'labour',
  'labor',
  'ecology',
  'emergency',
  'information',
  'digital',
  'industry',
  'tourism',
  'sports',
]);
const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);
// Plural heads name a group ("Former akims: …"): the norm is the singular.
const PLURAL_HEADS = new Map([
  ['akims', 'akim'],
  ['ministers', 'minister'],
  ['governors', 'governor'],
  ['ambassadors', 'ambassador'],
  ['mayors', 'mayor'],
  ['senators', 'senator'],
  ['advisers', 'adviser'],
]);
// A head before these nouns is part of a compound noun, not a title: "head office", "head coach".
const NOT_TITLE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([['head', new Set(['office', 'offices', 'quarters', 'teacher', 'coach', 'start', 'count'])]]);
const OF_CHAIN = new Set(['of', 'the', 'to', 'for', 'and']);
const CHAIN_NOUNS = /^(?:region|district|city|oblast|republic|department|ministry|council|committee|board|akimat|maslikhat)$/;
const MAX_CHAIN = 7;
const SURNAME_SHAPE_RE = /^[a-z-]{2,}(?:ov|ev|yev|ova|eva|yeva|uly|kyzy|bayev|bayeva)(?:['’]s)?$/;

/** English titles: "Akim of the region", "Deputy Minister of Digital Development", "adviser to the President". */
export const enTitleRules: TitleRules = {
  countedHead: () => false,
  obliqueBefore: () => false,
  addHead(head) {
    HEADS.add(head);
  },
  matchAt(ctx: ExtractContext, h: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): TitleMatch | undefined {
    const t = ctx.tokens;
    const singular = PLURAL_HEADS.get(t[h]!.lower);
    if ((singular === undefined && !HEADS.has(t[h]!.lower)) || (t[h]!.lower === 'prime' && t[h + 1]?.lower !== 'minister')) return undefined;
    if (NOT_TITLE_AFTER.get(t[h]!.lower)?.has(t[h + 1]?.lower ?? '') === true) return undefined;
    // "Deputy Minister": the modifier joins the head that follows it
    if (MODIFIERS.has(t[h]!.lower) && HEADS.has(t[h + 1]?.lower ?? '')) return undefined;
    let first = h;
    // "Former" and "ex-" say when, not what: they stay outside the title, as "бывший" does in Russian.
    while (first > 0 && MODIFIERS.has(t[first - 1]!.lower) && !taken(first - 1) && !t[first]!.sentenceStart) first -= 1;
    if (first === h && PORTFOLIO_HEADS.has(t[h]!.lower) && h > 0 && PORTFOLIOS.has(t[h - 1]!.lower) && !taken(h - 1) && !t[h]!.sentenceStart) first = h - 1;
    let last = h;
    if (t[h]!.lower === 'prime') last = h + 1;
    // "of the region", "to the President", "of Kazakhstan": a chain of function words and nouns
    for (let k = last + 1, linked = false, objects = 0; k < t.length && k - h <= MAX_CHAIN; k++) {
      const tok = t[k]!;
      if (taken(k) || tok.sentenceStart || tok.kind !== 'word' || isNameStart(k)) break;
      if (OF_CHAIN.has(tok.lower)) {
        linked = true;
        continue;
      }
      if (!linked) break; // the chain must start with "of"/"to"
      if (!isCapitalized(tok) && !CHAIN_NOUNS.test(tok.lower)) break;
      // "Minister of Energy Almassadam Satkaliyev": a capitalised word before a surname's shape starts the name.
      if (objects > 0 && t[k + 1] !== undefined && !t[k + 1]!.sentenceStart && isCapitalized(t[k + 1]!) && SURNAME_SHAPE_RE.test(t[k + 1]!.lower)) break;
      last = k;
      objects += 1;
    }
    // The title's own words in lower case, the names in it as written: "first deputy prime minister", "akim of Almaty region".
    const words = [];
    for (let k = first; k <= last; k++)
      words.push(k === h && singular !== undefined ? singular : k <= h + (t[h]!.lower === 'prime' ? 1 : 0) || CHAIN_NOUNS.test(t[k]!.lower) || OF_CHAIN.has(t[k]!.lower) ? t[k]!.lower : t[k]!.text);
    const norm = joinWords(ctx, first, last, words);
    return singular === undefined ? { first, next: last + 1, norm, oblique: false } : { first, next: last + 1, norm, oblique: false, plural: true };
  },
};
