import programmes from './programmes.json' with { type: 'json' };
import latinHeads from './latin-heads.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { PackLang } from '../../lang/pack.js';
import type { ProjectMention } from '../../schema/record.js';
import { tokenize, type Token } from '../../segment/tokenize.js';
import { wordQuestion } from '../../segment/word.js';
import { tracer } from '../trace.js';
import type { ProjectRules } from './rules.js';

export type { ProjectRules } from './rules.js';

const MAX_QUOTED_WORDS = 8;
// Punctuation inside a quoted name counts too: a run of dashes after an opening quote must not be read to its end from every quote.
const MAX_QUOTED_TOKENS = 3 * MAX_QUOTED_WORDS;
// Words that end a Latin name of a project or facility ("Smart City", "IT Park").
const LATIN_HEADS: ReadonlySet<string> = new Set(latinHeads);
const MAX_BETWEEN = 2;
const OPEN_TO_CLOSE: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
]);
const CLOSING_QUOTES = new Set(OPEN_TO_CLOSE.values());
const LATIN_WORD_RE = /^[A-Z][A-Za-z0-9]*$|^[A-Z]{2,}$/;
const NAME_MARK_RE = /[\p{Lu}\d]/u;

interface Programme {
  /** Name in each language, so a Russian article gets the Russian name; an article of another language gets the name as written. */
  readonly norm: Readonly<Partial<Record<PackLang, string>>>;
  readonly words: readonly string[];
  /** An abbreviation ("ҰБТ", "ОСМС"): a name by itself when written in capitals. */
  readonly abbreviation: string | undefined;
}
// Two or more capitals of the Latin or the Cyrillic script.
const ABBREVIATION_RE = /^(?:[A-Z]|(?=\p{Lu})\p{Script=Cyrillic}){2,}$/u;
const programmeForm = (p: { kk: string; ru: string; en: string }, form: string): Programme => ({
  norm: { kk: p.kk, ru: p.ru, en: p.en },
  words: tokenize(form)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.lower),
  abbreviation: ABBREVIATION_RE.test(form) ? form : undefined,
});
// The English name is a form too (as for user entries): English articles write it as the norm does.
const PROGRAMMES: readonly Programme[] = programmes.flatMap((p) => [...new Set([...p.forms, p.en])].map((f) => programmeForm(p, f)));
/** Abbreviations by their capitals, for the forms with a hyphenated ending ("ҰБТ-ға"), which are one token. */
const BY_ABBREVIATION = new Map(PROGRAMMES.flatMap((p) => (p.abbreviation === undefined ? [] : [[p.abbreviation, p] as const])));
const BY_FIRST_WORD = new Map<string, Programme[]>();
for (const p of PROGRAMMES) BY_FIRST_WORD.set(p.words[0]!, [...(BY_FIRST_WORD.get(p.words[0]!) ?? []), p]);
/** Programmes whose name starts with a word, kept with the word (see segment/word.ts); a few start with a number ("100 нақты қадам"). */
const programmesStartingWith = wordQuestion((lower) => BY_FIRST_WORD.get(lower), undefined);

/** User lexicons (src/lexicon/install.ts): programmes found like the built-in ones, by each of their forms. */
export function addProgrammes(entries: ReadonlyArray<{ kk: string; ru: string; en: string; forms?: readonly string[] | undefined }>): void {
  for (const p of entries) {
    for (const form of new Set([p.kk, p.ru, p.en, ...(p.forms ?? [])])) {
      const entry = programmeForm(p, form);
      if (entry.words.length === 0) continue;
      BY_FIRST_WORD.set(entry.words[0]!, [...(BY_FIRST_WORD.get(entry.words[0]!) ?? []), entry]);
      if (entry.abbreviation !== undefined) BY_ABBREVIATION.set(entry.abbreviation, entry);
    }
  }
}

/** Named projects: quoted names with a cue word, well-known programmes, multi-word Latin names. */
export function extractProjects(ctx: ExtractContext, taken: (i: number) => boolean): ProjectMention[] {
  const rules = ctx.pack.project;
  const t = ctx.tokens;
  const out: ProjectMention[] = [];
  for (let i = 0; i < t.length; i++) {
    if (taken(i)) continue;
    const tok = t[i]!;
    // Cheap dispatch on the token: each rule has a first token it can start with.
    const found =
      tok.kind === 'punct'
        ? quotedAt(ctx, rules, i)
        : (programmeAt(ctx, rules, i) ??
          abbreviationWithEndingAt(ctx, rules, i) ??
          themeYearAt(ctx, rules, i) ??
          (ctx.pack.cyrillic && startsLatinCapital(tok.text) ? latinAt(ctx, rules, i) : undefined) ??
          (rules.unquotedNameWord(tok, true) ? unquotedNameAt(ctx, rules, i) : undefined));
    if (found === undefined) {
      // Capitalised words only: a name the user asks about is one.
      if (tok.kind === 'word' && tok.text !== tok.lower) tracer?.declined('projects', tok.start, tok.end, `no programme entry starts with «${tok.text}»`);
      continue;
    }
    let clash = false;
    for (let k = found.first; k < found.next; k++) if (taken(k)) clash = true;
    if (clash) continue;
    out.push(found.mention);
    i = found.next - 1;
  }
  return out;
}

type Found = { mention: ProjectMention; first: number; next: number };
const SPEECH_DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);

/** A char code test, not a regular expression: asked of every word. */
function startsLatinCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x41 && code <= 0x5a;
}

function mention(ctx: ExtractContext, a: Token, b: Token, norm: string): ProjectMention {
  const text = ctx.text.slice(a.start, b.end);
  return { type: 'project', start: a.start, end: b.end, text, norm: norm === text ? text : norm };
}

function quotedAt(ctx: ExtractContext, rules: ProjectRules, i: number): Found | undefined {
  const t = ctx.tokens;
  const close = OPEN_TO_CLOSE.get(t[i]!.text);
  if (close === undefined) return undefined;
  let j = i + 1;
  let words = 0;
  while (j < t.length && t[j]!.text !== close && !t[j]!.sentenceStart && words <= MAX_QUOTED_WORDS && j - i <= MAX_QUOTED_TOKENS) {
    if (t[j]!.kind !== 'punct') words++;
    j++;
  }
  if (t[j]?.text !== close || j === i + 1 || words === 0 || words > MAX_QUOTED_WORDS) return undefined;
  const a = t[i + 1]!;
  const b = t[j - 1]!;
  if (/[.!?]$/.test(b.text) || (b.kind === 'punct' && b.text !== ')')) return undefined;
  if (namesSomethingElse(ctx, rules, i, j + 1)) {
    tracer?.declined('projects', a.start, b.end, 'quoted name declined — a head next to it names something else (a fund, station, newspaper, TV show, company)');
    return undefined;
  }
  // A name has a capital or a digit: all-lowercase quotes mark a word used loosely («ақылды» жүйе); a head of its own needs a name before it.
  const cue = NAME_MARK_RE.test(ctx.text.slice(a.start, b.end)) && ((a !== b && rules.namesItself(b.lower)) || (!rules.isPossessor(b.lower) && hasCue(ctx, rules, i, j + 1)));
  const known = programmeAt(ctx, rules, i + 1, true);
  const whole = known !== undefined && known.next === j;
  // «Выплаты начнутся во втором полугодии 2027 года», – уточнил …: a quote closed by a comma and a dash is speech, not a name.
  if (!whole && t[j + 1]?.text === ',' && SPEECH_DASHES.has(t[j + 2]?.text ?? '')) {
    tracer?.declined('projects', a.start, b.end, 'quoted text declined — a comma and a dash after it close quoted speech');
    return undefined;
  }
  if (!cue && !whole) {
    tracer?.declined('projects', a.start, b.end, 'quoted name declined — no programme cue word within two words and no programme entry');
    return undefined;
  }
  return { mention: mention(ctx, a, b, known?.mention.norm ?? ctx.text.slice(a.start, b.end)), first: i + 1, next: j };
}

/**
 * Whether a head that names something other than a programme stands next to the name: after it in
 * Kazakh, past cues and attributes («Бөбек» қоры, «Х» бағдарламасының жүргізушісі, «Нұрлы жол»
 * бекеті), right before it in Russian (газета «…», телеканал «…», фонд «…»).
 */
function namesSomethingElse(ctx: ExtractContext, rules: ProjectRules, first: number, next: number): boolean {
  const t = ctx.tokens;
  // A known name met inside its quotes («Нұрлы жол» бекеті) has its closing quote before the head.
  const from = pastCoordinated(ctx, rules, CLOSING_QUOTES.has(t[next]?.text ?? '') ? next + 1 : next);
  for (let k = from, between = 0; k < t.length && between <= MAX_BETWEEN && !t[k]!.sentenceStart && t[k]!.kind === 'word'; k++, between++) {
    if (rules.isNotProject(t[k]!.lower) || (joinsWithDash(t, first, next) && rules.isRouteHead(t[k]!.lower))) return true;
    if (!rules.isCueAfter(t[k]!.lower) && !rules.isBetween(t[k]!.lower) && !rules.calledWords.has(t[k]!.lower)) break;
  }
  const start = coordinatedFrom(ctx, rules, first);
  const before = t[start - 1];
  return before !== undefined && before.kind === 'word' && !t[start]!.sentenceStart && (rules.isNotProjectBefore ?? rules.isNotProject)(before.lower);
}

const DASHES = new Set(['–', '—', '-']);

/** Whether a dash joins two words of the name («Алматы – Астана»): a route, not a programme. Asked before the head, as stemming costs more. */
function joinsWithDash(t: readonly Token[], first: number, next: number): boolean {
  for (let k = first + 1; k < next - 1; k++) if (DASHES.has(t[k]!.text) && t[k - 1]!.kind !== 'punct' && t[k + 1]!.kind !== 'punct') return true;
  return false;
}

const MAX_COORDINATED = 4;

/**
 * The token after the quoted names coordinated with the one that ends before `next` («Қамқор»,
 * «Жас ана» және «Жас кәсіпкер» бағдарламалары): the head after the last name is the head of each.
 */
function pastCoordinated(ctx: ExtractContext, rules: ProjectRules, next: number): number {
  const t = ctx.tokens;
  let k = next;
  for (let names = 0; names < MAX_COORDINATED; names++) {
    let open = t[k]?.text === ',' ? k + 1 : k;
    const joiner = t[open];
    if (joiner !== undefined && joiner.kind === 'word' && !joiner.sentenceStart && rules.conjunctions.has(joiner.lower)) open++;
    const close = open === k ? undefined : OPEN_TO_CLOSE.get(t[open]?.text ?? '');
    if (close === undefined) break;
    let j = open + 1;
    while (j < t.length && j - open <= MAX_QUOTED_TOKENS && t[j]!.text !== close && !t[j]!.sentenceStart) j++;
    if (j === open + 1 || t[j]?.text !== close) break;
    k = j + 1;
  }
  return k;
}

/**
 * The opening quote of the first of the quoted names coordinated with the one starting at `first`
 * (телеарнасында «Айтуға оңай», «Қарекет» бағдарламалары): the head before the first is the head of each.
 */
function coordinatedFrom(ctx: ExtractContext, rules: ProjectRules, first: number): number {
  const t = ctx.tokens;
  let k = first;
  for (let names = 0; names < MAX_COORDINATED && !t[k]!.sentenceStart; names++) {
    let close = k - 1;
    const joiner = t[close];
    if (joiner !== undefined && joiner.kind === 'word' && rules.conjunctions.has(joiner.lower)) close--;
    if (t[close]?.text === ',') close--;
    if (close === k - 1 || close < 1 || !CLOSING_QUOTES.has(t[close]!.text) || t[close + 1]!.sentenceStart) break;
    let open = close - 1;
    while (open > 0 && close - open <= MAX_QUOTED_TOKENS && OPEN_TO_CLOSE.get(t[open]!.text) !== t[close]!.text && !t[open + 1]!.sentenceStart) open--;
    if (open === close - 1 || OPEN_TO_CLOSE.get(t[open]!.text) !== t[close]!.text) break;
    k = open;
  }
  return k;
}

/** Whether a cue word stands within two words after `next` (Kazakh) or before `first` (Russian). */
function hasCue(ctx: ExtractContext, rules: ProjectRules, first: number, next: number): boolean {
  const t = ctx.tokens;
  const after = pastCoordinated(ctx, rules, next);
  if (after < t.length && !t[after]!.sentenceStart && rules.frames.has(t[after]!.lower)) return true;
  for (let k = after, between = 0; k < t.length && between <= MAX_BETWEEN && !t[k]!.sentenceStart; k++, between++) {
    if (rules.isCueAfter(t[k]!.lower)) return true;
    if (!rules.isBetween(t[k]!.lower)) break;
  }
  for (let k = first - 1, between = 0; k >= 0 && between <= MAX_BETWEEN && !t[k + 1]!.sentenceStart; k--, between++) {
    if (rules.isCueBefore(t[k]!.lower)) return true;
    if (!rules.isBetween(t[k]!.lower)) break;
  }
  return false;
}

/**
 * Lexicon programmes, with a Kazakh ending allowed on the last word ("Рухани жаңғыруды").
 * One-word names ("Болашақ", "Еңбек") are ordinary words too: they need quotes or a cue.
 */
function programmeAt(ctx: ExtractContext, rules: ProjectRules, i: number, quoted = false): Found | undefined {
  const t = ctx.tokens;
  const first = t[i]!;
  const candidates = first.kind === 'number' ? BY_FIRST_WORD.get(first.lower) : programmesStartingWith(first.word);
  if (candidates === undefined) return undefined;
  for (const p of candidates) {
    let k = i;
    let ok = true;
    for (let w = 0; w < p.words.length && ok; w++) {
      while (w > 0 && k < t.length && t[k]!.kind === 'punct') k++;
      const tok = k < t.length ? t[k] : undefined;
      const last = w === p.words.length - 1;
      ok = tok !== undefined && (tok.lower === p.words[w] || (last && rules.inflectedLastWord(tok.lower, p.words[w]!)));
      k++;
    }
    if (ok && !quoted && startsLongerQuotedName(ctx, i, k)) {
      tracer?.declined('projects', t[i]!.start, t[k - 1]!.end, `programme entry «${p.norm[ctx.lang] ?? p.words.join(' ')}» declined — it starts a longer quoted name`);
      return undefined;
    }
    if (ok && !quoted && namesSomethingElse(ctx, rules, i, k)) {
      tracer?.declined('projects', t[i]!.start, t[k - 1]!.end, `programme entry «${p.norm[ctx.lang] ?? p.words.join(' ')}» declined — a head next to it names something else`);
      return undefined;
    }
    if (ok && (p.words.length > 1 || quoted || p.abbreviation === t[i]!.text || (t[i]!.text !== t[i]!.lower && hasCue(ctx, rules, i, k))))
      return { mention: mention(ctx, t[i]!, t[k - 1]!, p.norm[ctx.lang] ?? ctx.text.slice(t[i]!.start, t[k - 1]!.end)), first: i, next: k };
    // One-word names are ordinary words too (see above).
    if (ok && !quoted)
      tracer?.declined('projects', t[i]!.start, t[k - 1]!.end, `one-word programme entry «${p.norm[ctx.lang] ?? p.words.join(' ')}» declined — not quoted, capitalised with a cue, or an abbreviation`);
  }
  return undefined;
}

/** A name right after an opening quote that goes on with more words before its close («Нұрлы жол – Ақтөбе» пойызы): part of another name. */
function startsLongerQuotedName(ctx: ExtractContext, first: number, next: number): boolean {
  const t = ctx.tokens;
  const close = OPEN_TO_CLOSE.get(t[first - 1]?.text ?? '');
  if (close === undefined) return false;
  let words = false;
  for (let j = next; j < t.length && j - first <= MAX_QUOTED_TOKENS && !t[j]!.sentenceStart; j++) {
    if (t[j]!.text === close) return words;
    if (t[j]!.kind === 'word') words = true;
  }
  return false;
}

/** "ҰБТ-ға", "МӘМС-ке": an abbreviation of a programme with a case ending after a hyphen. */
function abbreviationWithEndingAt(ctx: ExtractContext, rules: ProjectRules, i: number): Found | undefined {
  const tok = ctx.tokens[i]!;
  const dash = tok.text.indexOf('-');
  if (dash < 2) return undefined;
  const p = BY_ABBREVIATION.get(tok.text.slice(0, dash));
  if (p === undefined || !rules.abbreviationEnding(tok.lower.slice(dash + 1))) return undefined;
  return { mention: mention(ctx, tok, tok, p.norm[ctx.lang] ?? tok.text), first: i, next: i + 1 };
}

/** Declared theme years: "Жастар жылы", "Волонтёрлер жылында". */
function themeYearAt(ctx: ExtractContext, rules: ProjectRules, i: number): Found | undefined {
  const year = rules.themeYearAt(ctx.tokens, i);
  return year === undefined ? undefined : { mention: mention(ctx, ctx.tokens[i]!, ctx.tokens[year.next - 1]!, year.norm), first: i, next: year.next };
}

/**
 * "Smart City", "Tomorrow School", "IT Park": two or more capitalised Latin words in a Cyrillic
 * text, ending in a word that names a project or facility, or next to a cue ("Smart City жобалары").
 */
function latinAt(ctx: ExtractContext, rules: ProjectRules, i: number): Found | undefined {
  const t = ctx.tokens;
  if (!LATIN_WORD_RE.test(t[i]!.text) || (t[i - 1] !== undefined && LATIN_WORD_RE.test(t[i - 1]!.text) && !t[i]!.sentenceStart)) return undefined;
  let k = i;
  while (k + 1 < t.length && LATIN_WORD_RE.test(t[k + 1]!.text) && t[k + 1]!.spaceBefore && !t[k + 1]!.sentenceStart) k++;
  if (k === i || (!LATIN_HEADS.has(t[k]!.lower) && !hasCue(ctx, rules, i, k + 1))) return undefined;
  const text = ctx.text.slice(t[i]!.start, t[k]!.end);
  return { mention: mention(ctx, t[i]!, t[k]!, text), first: i, next: k + 1 };
}

// Before the first word of an unquoted name, these make it the tail of another name ("Ministry of Energy programme").
const NAME_LINKS = new Set(['of', 'for', '&']);
const MAX_UNQUOTED_WORDS = 5;

/**
 * "the Serpin programme", "the Zhasyl Yel state project", "the Employment Roadmap": capitalised
 * words (the pack's unquotedNameWord) before a cue, or ending in a capitalised cue word; not the
 * tail of a longer capitalised name.
 */
function unquotedNameAt(ctx: ExtractContext, rules: ProjectRules, i: number): Found | undefined {
  const t = ctx.tokens;
  const before = t[i - 1];
  if (before !== undefined && !t[i]!.sentenceStart && (rules.unquotedNameWord(before, false) || NAME_LINKS.has(before.lower))) return undefined;
  let k = i;
  while (k + 1 < t.length && k - i < MAX_UNQUOTED_WORDS && t[k + 1]!.spaceBefore && !t[k + 1]!.sentenceStart && rules.unquotedNameWord(t[k + 1]!, false)) k++;
  const endsInCue = k > i && rules.namesItself(t[k]!.lower);
  if (!endsInCue && (rules.namesItself(t[k]!.lower) || !hasCue(ctx, rules, i, k + 1) || namesSomethingElse(ctx, rules, i, k + 1))) return undefined;
  const text = ctx.text.slice(t[i]!.start, t[k]!.end);
  return { mention: mention(ctx, t[i]!, t[k]!, text), first: i, next: k + 1 };
}
