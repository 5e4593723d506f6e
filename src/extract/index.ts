import type { Mention, MentionType } from '../schema/record.js';
import { isCapitalized, tokenize, type Token } from '../segment/tokenize.js';
import { windowsOf } from '../segment/windows.js';
import type { PackLang } from '../lang/pack.js';
import type { ExtractContext } from './context.js';
import { QuantityParser } from './quantity/parse.js';
import { amountInCurrencyOfContext, type CurrencyInContext, currencyInContext, moneyFrom } from './money/index.js';
import { percentFrom } from './percent/index.js';
import { ageFromQuantity, dateAt, dateFromQuantity, durationFromQuantity, joinDates } from './date/index.js';
import { numberFrom } from './number/index.js';
import { scoreAt } from './number/score.js';
import { changeStartFrom } from './change.js';
import { extractNamesAfterTitles, extractNamesBeforeTitles, extractPersons, laterSurnames } from './person/index.js';
import { extractPositions } from './position/index.js';
import { extractProjects } from './project/index.js';
import { tracer, type Stage } from './trace.js';
import { checkDeadline } from './deadline.js';
import { packOf } from '../lang/registry.js';

export interface ExtractInput {
  /** Text with boilerplate blanked out; offsets are those of the original text. */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The language of a registered pack (src/lang/registry.ts). */
  readonly lang: PackLang;
  readonly docDate?: string;
  readonly conventions?: TemporalConventions;
}

/**
 * Annotation guidelines disagree on time expressions: KazNERD, NEREL and TimeML mark relative
 * dates and durations as dates; others leave relative dates out and count durations as numbers
 * ("бес жылға" = 5 years). The default follows the former.
 */
export interface TemporalConventions {
  /** Extract "биыл", "в прошлом году" (relative: true). Default true. */
  readonly relativeDates?: boolean;
  /** "бес жылға" as a date (value P5Y) or as a number (value 5, unit "жыл"). Default "date". */
  readonly durations?: 'date' | 'number';
  /** "45 жастағы", "45-летний" as a date (P45Y), a number (45, unit "жас"), or left out. Default "skip". */
  readonly ages?: 'date' | 'number' | 'skip';
  /** Plural group references as positions ("журналисты", "депутатов", plural: true). Default true. */
  readonly groups?: boolean;
  /** Physical measures ("250 км", "4,5 тонны") as numbers (value 250, unit "км") or left out. Default "skip". */
  readonly measures?: 'number' | 'skip';
}

/**
 * All mentions of one document text: tokenized and extracted whole, or window by window when it is
 * far longer than an article (see segment/windows.ts). A mention is kept by the window it starts
 * in, unless it overlaps one of its type kept by an earlier window (a name cut by that window's edge).
 */
export function extractText(input: Omit<ExtractInput, 'tokens'>): Mention[] {
  return toTheEnd(textStages(input));
}

/**
 * extractText stage by stage: it stops after each stage of extractMentions (see mentionStages), so
 * runBatch can take a whole batch through one stage before the next; a text of several windows is
 * extracted in one step.
 */
export function* textStages(input: Omit<ExtractInput, 'tokens'>): Generator<undefined, Mention[], undefined> {
  const windows = windowsOf(input.text);
  // Built field by field, never spread (see extractMentions).
  const withTokens = (tokens: Token[]): ExtractInput => ({ text: input.text, tokens, lang: input.lang, docDate: input.docDate, conventions: input.conventions });
  if (windows.length === 1) return yield* mentionStages(withTokens(tokenize(input.text)));
  const kept: Mention[] = [];
  // Per type: mentions of two types may overlap ("4 500 специалистов" and "специалистов"), one type's never.
  let keptBefore = new Map<MentionType, number>();
  for (const w of windows) {
    const keptEnd = new Map(keptBefore);
    for (const m of extractMentions(withTokens(tokenize(input.text, w.from, w.to)))) {
      if (m.start < w.keepFrom || m.start >= w.keepTo || m.start < (keptBefore.get(m.type) ?? 0)) continue;
      kept.push(m);
      keptEnd.set(m.type, Math.max(keptEnd.get(m.type) ?? 0, m.end));
    }
    keptBefore = keptEnd;
  }
  return kept;
}

/** A stepped extraction run to its end. */
function toTheEnd<T>(steps: Generator<undefined, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * All mentions of one document. Order matters: projects claim their tokens first (a quoted name is
 * neither a count nor a person), then quantities (a year is not a name), then people, then titles.
 */
export function extractMentions(input: ExtractInput): Mention[] {
  return toTheEnd(mentionStages(input));
}

/**
 * extractMentions, stopping after each stage (projects, quantities, persons, titles, names after
 * titles): a batch of short documents then runs one stage's code and tables over all of them
 * before the next (measured: docs/performance-log.md, session 31). A document's state stays in its
 * own generator, so the order of the documents' steps changes nothing.
 */
export function* mentionStages(input: ExtractInput): Generator<undefined, Mention[], undefined> {
  // Built field by field, never spread: every context then has one hidden class, so the extractors'
  // many ctx.tokens / ctx.lang reads stay monomorphic whichever optional inputs a document has.
  const pack = packOf(input.lang);
  const ctx: ExtractContext = { text: input.text, tokens: input.tokens, lang: input.lang, pack, docDate: input.docDate, quantities: new QuantityParser(input.text, input.tokens, pack) };
  const t = ctx.tokens;
  const taken = new Uint8Array(t.length);
  const isTaken = (i: number): boolean => taken[i] === 1;
  const claim = (first: number, next: number): void => void taken.fill(1, first, next);
  /** Whether a number's unit, tokens first…next-1, holds a title head ("двух телевизионных журналистов"). */
  const countsTitle = (first: number, next: number): boolean => {
    for (let k = first; k < next; k++) if (pack.position.countedHead(t[k]?.word)) return true;
    return false;
  };
  const mentions: Mention[] = [];
  const keepRelative = input.conventions?.relativeDates ?? true;
  const durationsAsCounts = input.conventions?.durations === 'number';
  const ages = input.conventions?.ages ?? 'skip';
  const measuresAsCounts = input.conventions?.measures === 'number';
  /** Time expressions follow the conventions; their tokens are claimed even when one is dropped, so no part of it is read as a count. */
  /** The last date pushed, which the next one may join ("в понедельник, 27 апреля"). */
  let lastDate = -1;
  /** The currency of the last amount, which a later bare amount leaves out ("1,5 миллиарда в 2019 году"). */
  let currencyContext: CurrencyInContext | undefined;
  const push = (m: Mention, stage: Stage): void => {
    mentions.push(m);
    tracer?.produced(m, stage);
  };
  const emit = (found: { mention: Mention; asCount?: Mention; moved?: true }, stage: Stage): void => {
    const m = found.mention;
    if (durationsAsCounts && found.asCount !== undefined) push(found.asCount, stage);
    else if (m.type === 'date') {
      const prev = lastDate === mentions.length - 1 ? mentions[lastDate] : undefined;
      const joined = prev?.type === 'date' ? joinDates(ctx.text, prev, m, pack.date, ctx.docDate, found.moved === true) : undefined;
      // Without relative dates, a date that a relative one would complete stays as it was.
      if (joined !== undefined) {
        if (keepRelative || joined.relative !== true) {
          mentions[lastDate] = joined;
          tracer?.produced(joined, stage);
        } else tracer?.declined('quantities', joined.start, joined.end, 'a relative date, left out by the convention --no-relative-dates');
      } else if (keepRelative || m.relative !== true) {
        push(m, stage);
        lastDate = mentions.length - 1;
      } else tracer?.declined('quantities', m.start, m.end, 'a relative date, left out by the convention --no-relative-dates');
    } else push(m, stage);
  };

  // Projects first: numbers inside a quoted name are part of it («Жүз жаңа есім», «Түркі келешегі — 2040»).
  for (const p of extractProjects(ctx, isTaken)) {
    mentions.push(p);
    tracer?.produced(p, 'projects');
    claimSpan(t, taken, p.start, p.end);
  }
  yield;
  for (let i = 0; i < t.length; i++) {
    checkDeadline();
    if (isTaken(i)) {
      if (t[i]!.kind === 'number') tracer?.declined('quantities', t[i]!.start, t[i]!.end, 'claimed by an earlier stage (a project name)');
      continue;
    }
    // "2:1" is a score before it is a clock time or a code; both sides are counts.
    const score = t[i]!.kind === 'number' && !isTaken(i + 2) ? scoreAt(ctx, i) : undefined;
    if (score !== undefined) {
      for (const m of score.mentions) push(m, 'quantities');
      claim(i, score.next);
      i = score.next - 1;
      continue;
    }
    const byWord = dateAt(ctx, i);
    if (byWord !== undefined) {
      emit(byWord, 'date words');
      claim(i, byWord.next);
      i = byWord.next - 1;
      continue;
    }
    const q = ctx.quantities.parseAt(i);
    if (q === undefined) {
      if (t[i]!.kind !== 'punct') tracer?.declined('quantities', t[i]!.start, t[i]!.end, `no numeral or date word: «${t[i]!.text}»`);
      continue;
    }
    const age = ageFromQuantity(ctx, q);
    if (age !== undefined) {
      // Claimed whatever the convention, so "45" in "45 жастағы" is never a bare count.
      if (ages === 'date') emit({ mention: age.mention }, 'ages');
      else if (ages === 'number') push(age.asCount, 'ages');
      else tracer?.declined('ages', age.mention.start, age.mention.end, 'an age, left out by the convention --ages skip (the default)');
      claim(Math.min(i, tokenIndexAt(t, age.mention.start, i)), age.next);
      i = Math.max(i, age.next - 1);
      continue;
    }
    const read = moneyFrom(ctx, q) ?? percentFrom(ctx, q) ?? dateFromQuantity(ctx, q) ?? durationFromQuantity(ctx, q, i) ?? numberFrom(ctx, q, measuresAsCounts);
    const amount = read?.mention.type === 'number' ? amountInCurrencyOfContext(ctx, q, read.mention, currencyContext) : undefined;
    const found = amount !== undefined && read !== undefined ? { mention: amount, next: read.next } : read;
    // A count or measure of something else in between ("… 100 тысяч человек, а через три часа — 140 тысяч",
    // "более 23 миллионов гектаров, … под пшеницу около 12,5 миллиона") ends the amount's context.
    const next = found?.next ?? q.next;
    const foundMention = found?.mention;
    if (foundMention?.type === 'money') currencyContext = currencyInContext(ctx, foundMention, next - 1) ?? currencyContext;
    else if (foundMention === undefined || (foundMention.type === 'number' && foundMention.unit !== undefined)) currencyContext = undefined;
    if (found !== undefined) {
      const changeStart = found.mention.type === 'number' ? changeStartFrom(ctx, q, found.mention) : undefined;
      emit(changeStart !== undefined ? { mention: changeStart } : found, changeStart !== undefined ? 'change start' : 'quantities');
      // "двух генералов", "30 журналистов", "двое российских журналистов": a title counted by a number stays free
      // for the position rules, after the adjectives before it too
      const countedTitle = found.mention.type === 'number' && q.next < next && countsTitle(q.next, next);
      claim(Math.min(i, tokenIndexAt(t, found.mention.start, i)), countedTitle ? q.next : next);
    }
    i = Math.max(i, next - 1);
  }

  yield;
  const obliqueBefore = (i: number): boolean => pack.position.obliqueBefore(t, i);
  checkDeadline();
  for (const p of extractPersons(ctx, isTaken, { obliqueBefore })) {
    mentions.push(p);
    tracer?.produced(p, 'persons');
    claimSpan(t, taken, p.start, p.end);
  }
  yield;
  checkDeadline();
  const positions = extractPositions(ctx, isTaken, isTaken);
  const keepGroups = input.conventions?.groups ?? true;
  for (const p of positions) {
    // A group left out still claims its words, so none of them is read as a name.
    if (keepGroups || p.mention.plural !== true) push(p.mention, 'titles');
    claim(p.first, p.next);
  }
  yield;
  checkDeadline();
  const roleAt = new Map(positions.map((p) => [p.next, p.mention.role ?? p.mention.norm]));
  const afterTitles = extractNamesAfterTitles(
    ctx,
    isTaken,
    positions.map((p) => p.next),
    { obliqueBefore },
    (i) => roleAt.get(i),
  );
  // Where a name set off by commas after its title is its holder (LinkCues.nameInCommas: "A State Department
  // spokesperson, Tammy Bruce, said"), such a name needs no lexicon either, when a comma or the sentence's end closes it.
  // Not in Cyrillic text, whose name rules read unknown names by their shape: over NEREL train the pass added one
  // person, a wrong one («…, Росфинмониторинг, …»), and it cost a small Russian file 6% of its instructions.
  if (pack.link.nameInCommas === true && !pack.cyrillic) {
    const commaStarts = positions.filter((p) => t[p.next]?.text === ',').map((p) => p.next + 1);
    const closed = extractNamesAfterTitles(ctx, isTaken, commaStarts, { obliqueBefore }).filter((p) => /^[,.]/.test(ctx.text.slice(p.end, p.end + 1)));
    afterTitles.push(...closed);
    // And one before its title, when the apposition closes after it ("Wael Sawan, the chief executive of Shell, said"; not
    // "…, its director Alibek Ospanov said" nor "In Almaty, the city's akim said").
    const commasBefore = positions.filter((p) => p.mention.plural !== true && !bodyMayHold(p.mention.norm) && closesApposition(t, p.next)).map((p) => commaBeforeTitle(t, p.first));
    afterTitles.push(
      ...extractNamesBeforeTitles(
        ctx,
        isTaken,
        commasBefore.filter((c) => c >= 0),
        { obliqueBefore },
      ),
    );
  }
  for (const p of afterTitles) {
    mentions.push(p);
    tracer?.produced(p, 'names after titles');
    claimSpan(t, taken, p.start, p.end);
  }
  checkDeadline();
  // Names first met after a title recur alone later ("Император Акихито" … "Акихито отрёкся").
  if (afterTitles.length > 0) {
    for (const p of laterSurnames(ctx, ctx.pack.person, afterTitles, isTaken)) {
      mentions.push(p);
      tracer?.produced(p, 'later surnames');
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Keep only the requested types. */
export const filterTypes = (mentions: readonly Mention[], types: ReadonlySet<MentionType> | undefined): Mention[] => (types === undefined ? [...mentions] : mentions.filter((m) => types.has(m.type)));

function tokenIndexAt(t: readonly Token[], start: number, hint: number): number {
  let k = hint;
  while (k > 0 && t[k]!.start > start) k--;
  return k;
}

function claimSpan(t: readonly Token[], taken: Uint8Array, start: number, end: number): void {
  // Mentions are found left to right, so a binary search finds the first token cheaply.
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < t.length && t[k]!.start < end; k++) taken[k] = 1;
}

// Posts a country or a company holds as well as a person: "Saudi Arabia, a member of OPEC,", "Halyk Group, a co-owner of
// the plant,", "Costa Rica, the chair of the commission,". Before them, capitalised words are no name without a lexicon.
const BODY_HELD_HEADS: ReadonlySet<string> = new Set(['member', 'chair', 'owner', 'co-owner', 'founder', 'co-founder']);
const HEAD_END_RE = /\s+(?:of|for|to|in)\s/i;

/** Whether a title's head (its last word before "of", "for", "to" or "in") is a post a body may hold. */
function bodyMayHold(norm: string): boolean {
  const end = norm.search(HEAD_END_RE);
  const head = (end < 0 ? norm : norm.slice(0, end)).toLowerCase();
  return BODY_HELD_HEADS.has(head.slice(head.lastIndexOf(' ') + 1));
}

// Words between a comma and the title it sets off: "X, the company's vice president", "X, a former chairman of …".
const APPOSITION_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'former', 'acting', 'interim', 'now', 'also']);
const MAX_APPOSITION_LEAD = 4;
const POSSESSIVE_END_RE = /['’]s$/;

const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([',', ';', '.', ')']);
// Words that may go on with a title's owner in lower case before the apposition closes: "vice president of worldwide marketing,".
const APPOSITION_TAIL_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
const MAX_APPOSITION_TAIL = 3;

/** Whether the words from k close an apposition: punctuation or the text's end, after at most a short lower-case "of …" tail. */
function closesApposition(t: readonly Token[], k: number): boolean {
  if (k >= t.length || APPOSITION_CLOSERS.has(t[k]!.text)) return true;
  if (!APPOSITION_TAIL_LINKS.has(t[k]!.lower)) return false;
  for (let j = k + 1; j < t.length && j - k <= MAX_APPOSITION_TAIL + 1; j++) {
    if (APPOSITION_CLOSERS.has(t[j]!.text)) return true;
    if (t[j]!.kind !== 'word' || isCapitalized(t[j]!) || t[j]!.sentenceStart) return false;
  }
  return false;
}

/** The index of the comma before the title starting at `first`, past its article, possessive owner and "former", or -1. */
function commaBeforeTitle(t: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0 && first - k <= MAX_APPOSITION_LEAD; k--) {
    const tok = t[k]!;
    if (tok.text === ',') return k;
    if (tok.sentenceStart || tok.kind !== 'word' || !(APPOSITION_LEADS.has(tok.lower) || POSSESSIVE_END_RE.test(tok.lower))) return -1;
  }
  return -1;
}
