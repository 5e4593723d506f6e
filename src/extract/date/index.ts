import relative from './relative.json' with { type: 'json' };
import months from './months.json' with { type: 'json' };
import adpositions from './adpositions.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { Quantity } from '../quantity/parse.js';
import type { DateMention, NumberMention } from '../../schema/record.js';
import { DATE_RELATIONS } from '../../schema/contract.js';
import type { Lang } from '../../lang/detect.js';
import type { Token } from '../../segment/tokenize.js';
import { isKazakhEnding, kkStems, stemGate } from '../../segment/morph-kk.js';
import { wordQuestion, type Word } from '../../segment/word.js';
import { kkDateRules } from '../../lang/kk/date.js';
import { ruDateRules } from '../../lang/ru/date.js';
import { byLang } from '../../lang/by-lang.js';
import { countMention } from '../number/index.js';
import { tracer } from '../trace.js';

export interface DateRules {
  /** Month number of a lowercase word in any of its forms (asked once per word form: see DATE_WORDS). */
  month(lower: string): number | undefined;
  isYearWord(lower: string): boolean;
  /** Prepositions that make a bare four-digit number a year ("в 1976"). */
  yearPrepositions: ReadonlySet<string>;
  /** Months whose name is also an ordinary word: accepted only next to a day, a year or a preposition. */
  monthNeedsContext: ReadonlySet<number>;
  /** The word "month" after a month name ("мамыр айында"). */
  monthWord(lower: string): boolean;
  /** A month name whose own case ending makes it a time ("қаңтарда" in January, "қыркүйектен" since September). */
  monthInTimeCase(lower: string): boolean;
  /** Time unit of a duration ("жыл", "лет", "айдың") and its dictionary form. */
  durationUnit(lower: string): { unit: DurationUnit; lemma: string } | undefined;
  /** Words after a duration that belong to it ("бері", "ішінде", "спустя"). */
  durationAfter: ReadonlySet<string>;
  /** Words after a duration that turn it into a point in the past ("бұрын", "назад"). */
  durationAgo: ReadonlySet<string>;
  /** Words before a duration that belong to it ("соңғы", "последние"). */
  durationBefore: ReadonlySet<string>;
  /** Words that stand for an unknown count before a time unit ("бірнеше", "несколько"). */
  vagueCounts: ReadonlySet<string>;
  /** A quarter or half of the year after an ordinal ("тоқсанда", "квартале"). */
  isPartOfYear(lower: string): boolean;
}

/** ISO 8601 duration designators; C (century) and MIN are written out as P100Y and PT1M. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'C' | 'H' | 'MIN';

interface RelativeRule {
  words: string[];
  /** Word forms that look like an ending on the first word but are other words ("қысқа" is "short", not "to winter"). */
  except?: string[];
  /** What the offset counts; "none" for expressions with no single calendar value ("жыл сайын", "қыста"). */
  unit: 'year' | 'day' | 'none';
  offset: number;
}

const EN_MONTHS = new Map(Object.entries(months.en));
const EN_DURATION = new Map<string, { unit: DurationUnit; lemma: string }>(
  ([['year', 'Y'], ['month', 'M'], ['week', 'W'], ['day', 'D'], ['hour', 'H']] as const).flatMap(([lemma, unit]) => [[lemma, { unit, lemma }], [`${lemma}s`, { unit, lemma }]]),
);
const enDateRules: DateRules = {
  month: (lower) => EN_MONTHS.get(lower),
  isYearWord: () => false,
  durationUnit: (lower) => EN_DURATION.get(lower),
  durationAfter: new Set(),
  durationAgo: new Set(['ago']),
  durationBefore: new Set(['last', 'past', 'next']),
  vagueCounts: new Set(['several', 'few']),
  yearPrepositions: new Set(['in', 'since', 'by']),
  monthNeedsContext: new Set([5]),
  monthWord: () => false,
  monthInTimeCase: () => false,
  isPartOfYear: (lower) => /^(?:quarter|half)$/.test(lower),
};

const RULES = byLang<DateRules>({ kk: kkDateRules, ru: ruDateRules, en: enDateRules });
/** Relative-date rules by their first word, so each token costs one lookup. */
function indexRules(rules: RelativeRule[]): Map<string, RelativeRule[]> {
  const map = new Map<string, RelativeRule[]>();
  for (const r of rules) map.set(r.words[0]!, [...(map.get(r.words[0]!) ?? []), r]);
  return map;
}
const NO_RULES: RelativeRule[] = [];
/** Rules whose first word is this word; one-word Kazakh expressions carry endings ("биылдың"), so their stems count too. */
function relativeRulesFor(rules: RelativeRule[], byStem: boolean): (lower: string) => RelativeRule[] {
  const index = indexRules(rules);
  if (!byStem) return (lower) => index.get(lower) ?? NO_RULES;
  // Asked once per word form (DATE_WORDS); the gate still spares most words the stemming.
  const mayHaveStem = stemGate(index.keys());
  return (lower) => index.get(lower) ?? (mayHaveStem(lower) ? kkStems(lower, 3).slice(1).flatMap(({ stem }) => index.get(stem) ?? []) : NO_RULES);
}
const RELATIVE_RULES = byLang<(lower: string) => RelativeRule[]>({
  kk: relativeRulesFor(relative.kk as RelativeRule[], true),
  ru: relativeRulesFor(relative.ru as RelativeRule[], false),
  en: relativeRulesFor(relative.en as RelativeRule[], false),
});

/** What the date rules know of a word that can start a date: its relative rules, its month, whether it is a vague count. */
interface DateWord {
  readonly relative: RelativeRule[];
  readonly month: number | undefined;
  readonly vagueCount: boolean;
}
/** Every word of a text is asked all three questions: one answer per word form (see segment/word.ts). Most words start no date. */
function dateWordsOf(lang: Lang): (word: Word | undefined) => DateWord | undefined {
  const rules = RULES(lang);
  const relativeRules = RELATIVE_RULES(lang);
  return wordQuestion((lower) => {
    const relative = relativeRules(lower);
    const month = rules.month(lower);
    const vagueCount = rules.vagueCounts.has(lower);
    return relative.length > 0 || month !== undefined || vagueCount ? { relative, month, vagueCount } : undefined;
  }, undefined);
}
const DATE_WORDS = byLang({ kk: dateWordsOf('kk'), ru: dateWordsOf('ru'), en: dateWordsOf('en') });
const monthOf = (ctx: ExtractContext, tok: Token | undefined): number | undefined => (tok === undefined ? undefined : DATE_WORDS(ctx.lang)(tok.word)?.month);

type Found = { mention: DateMention; next: number };
const GENITIVE_RE = /(?:дың|дің|тың|тің|ның|нің)$/;
/** Words between two days of one month: "с 25 по 28 июля", "с 3 на 4 июня", "17 и 21 апреля", "12 бен 14 мамыр". */
const DAY_JOINERS = new Set(['по', 'на', 'и', 'или', 'бен', 'мен', 'пен', 'және', 'немесе']);
const PART_OF_MONTH = new Set(['конце', 'начале', 'середине', 'конца', 'начала', 'середины']);
const pad = (n: number): string => String(n).padStart(2, '0');
const isYear = (v: number): boolean => Number.isInteger(v) && v >= 1000 && v <= 2199;
const isDay = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 31;

type Relation = NonNullable<DateMention['relation']>;
/** An adposition or determiner that joins a date's span, with what it adds ('' for nothing: "через", "алдағы"). */
type Adpositions = {
  readonly before: ReadonlyMap<string, Relation | ''>;
  readonly after: ReadonlyMap<string, Relation | ''>;
  readonly parts: ReadonlyMap<string, Relation | ''>;
  /** Kazakh time nouns after a date adjective ("бүгінгі таңда", "биылғы жылы"). */
  readonly timeNouns: ReadonlyMap<string, Relation | ''>;
};
// "бүгінгі", "биылғы", "кешегі", "көктемгі": an adjective of time, which a time noun may follow.
const TIME_ADJECTIVE_RE = /(?:ғы|гі|қы|кі|енбі)$/;
function adpositionTable(table: Record<string, Record<string, string>>): Adpositions {
  const relationOf = (r: string): Relation | '' => {
    const known = DATE_RELATIONS.find((k) => k === r);
    if (r !== '' && known === undefined) throw new Error(`adpositions.json: unknown relation ${r}`);
    return known ?? '';
  };
  const read = (words: Record<string, string>): ReadonlyMap<string, Relation | ''> => new Map(Object.entries(words).map(([w, r]) => [w, relationOf(r)]));
  return { before: read(table.before!), after: read(table.after!), parts: read(table.parts!), timeNouns: read(table.timeNouns!) };
}
const ADPOSITIONS = byLang<Adpositions>({ kk: adpositionTable(adpositions.kk), ru: adpositionTable(adpositions.ru), en: adpositionTable(adpositions.en) });

/**
 * A date mention over tokens [first, next), widened to the words that give it its meaning as
 * readers mark them (contract 2): a Russian preposition, with a part of the period ("в начале 2017
 * года", "с 2019 года"), a Kazakh determiner before ("алдағы үш жылда") and postposition after
 * ("2020 жылдан бастап", "бүгінге дейін"). `relation` says what the adposition adds.
 */
function make(ctx: ExtractContext, first: number, next: number, value: string | undefined, rel = false): Found {
  const t = ctx.tokens;
  const adp = ADPOSITIONS(ctx.lang);
  let relation: Relation | '' | undefined;
  const inside = adp.before.get(t[first]!.lower);
  if (inside !== undefined) relation = inside;
  else if (!t[first]!.sentenceStart && first > 0) {
    const part = adp.parts.get(t[first - 1]!.lower);
    const prepAt = part !== undefined && !t[first - 1]!.sentenceStart ? first - 2 : first - 1;
    const prep = prepAt >= 0 ? adp.before.get(t[prepAt]!.lower) : undefined;
    if (prep !== undefined && (prepAt === first - 1 || part !== undefined)) {
      relation = part || prep;
      first = prepAt;
    }
  }
  const noun = t[next];
  const timeNoun = noun !== undefined && !noun.sentenceStart && TIME_ADJECTIVE_RE.test(t[next - 1]!.lower) ? adp.timeNouns.get(noun.lower) : undefined;
  if (timeNoun !== undefined) {
    relation = timeNoun || relation;
    next += 1;
  }
  const after = t[next];
  const post = after !== undefined && !after.sentenceStart ? adp.after.get(after.lower) : undefined;
  if (post !== undefined) {
    relation = post || relation;
    next += 1;
  } else {
    const last = adp.after.get(t[next - 1]!.lower);
    if (last) relation = last;
  }
  const { start, end, text } = spanOf(ctx, first, next);
  // Literals, never spreads: see the note on mention shapes in ../context.ts.
  let mention: DateMention;
  if (relation) {
    if (value === undefined) mention = rel ? { type: 'date', start, end, text, relative: true, relation } : { type: 'date', start, end, text, relation };
    else mention = rel ? { type: 'date', start, end, text, value, relative: true, relation } : { type: 'date', start, end, text, value, relation };
  } else if (value === undefined) mention = rel ? { type: 'date', start, end, text, relative: true } : { type: 'date', start, end, text };
  else mention = rel ? { type: 'date', start, end, text, value, relative: true } : { type: 'date', start, end, text, value };
  return { mention, next };
}

/** Year (+ optional year word) starting at token i: "2016 года", "2025". */
function yearAt(ctx: ExtractContext, rules: DateRules, i: number): { year: number; next: number } | undefined {
  const tok = ctx.tokens[i];
  if (tok?.kind !== 'number' || tok.text.length !== 4) return undefined;
  const year = Number(tok.text);
  if (!isYear(year)) return undefined;
  let next = i + 1;
  if (ctx.tokens[next] !== undefined && rules.isYearWord(ctx.tokens[next]!.lower)) next += 1;
  if (ctx.tokens[next]?.text === '.' && ctx.tokens[next - 1]?.lower === 'г') next += 1;
  return { year, next };
}

/**
 * Patterns that start with a word or an ISO string: "2025-11-04", "04.11.2025", "в августе 2016
 * года", "биыл", and durations of a vague count ("несколько лет").
 */
export function dateAt(ctx: ExtractContext, i: number): (Found & { asCount?: NumberMention }) | undefined {
  const t = ctx.tokens;
  const tok = t[i]!;
  if (tok.kind === 'number') return isoAt(ctx, i);
  if (tok.kind !== 'word') return undefined;
  const word = DATE_WORDS(ctx.lang)(tok.word);
  if (word === undefined) return undefined;
  const candidates = word.relative;
  for (let c = 0; c < candidates.length; c++) {
    const r = candidates[c]!;
    if (r.except?.includes(tok.lower)) continue;
    if (relativeRuleAt(ctx, r, i)) return make(ctx, i, i + r.words.length, resolveRelative(ctx.docDate, r), true);
  }
  const month = word.month;
  if (month === undefined) return word.vagueCount ? durationFromQuantity(ctx, undefined, i) : undefined;
  const rules = RULES(ctx.lang);
  // "в конце марта", "до начала мая": the part of the month belongs to the date
  let start = i;
  if (PART_OF_MONTH.has(t[i - 1]?.lower ?? '') && t[i - 2] !== undefined && rules.yearPrepositions.has(t[i - 2]!.lower)) start = i - 2;
  const prep = start === i ? t[i - 1] : t[start];
  let next = i + 1;
  // "наурыздың 19-ынан", "мамыр айының 9-ы күні": the day after a month in the genitive
  if (ctx.lang === 'kk') {
    const dayAt = GENITIVE_RE.test(tok.lower) ? next : t[next] !== undefined && GENITIVE_RE.test(t[next]!.lower) && rules.monthWord(t[next]!.lower.replace(GENITIVE_RE, '')) ? next + 1 : -1;
    const day = dayAt < 0 || t[dayAt]?.sentenceStart !== false ? undefined : ctx.quantities.parseAt(dayAt);
    if (day !== undefined && typeof day.value === 'number' && isDay(day.value) && day.qualifier === undefined) {
      const dayNoun = t[day.next] !== undefined && /^күн/.test(t[day.next]!.lower) && !t[day.next]!.sentenceStart ? day.next + 1 : day.next;
      return make(ctx, start, dayNoun, `--${pad(month)}-${pad(day.value)}`);
    }
  }
  const year = yearAt(ctx, rules, next);
  if (year !== undefined) return make(ctx, start, year.next, `${year.year}-${pad(month)}`);
  if (t[next] !== undefined && rules.monthWord(t[next]!.lower)) return make(ctx, start, next + 1, `--${pad(month)}`);
  if (rules.monthInTimeCase(tok.lower) && !rules.monthNeedsContext.has(month)) return make(ctx, start, next, `--${pad(month)}`);
  const afterPreposition = prep !== undefined && rules.yearPrepositions.has(prep.lower);
  if (!afterPreposition || rules.monthNeedsContext.has(month) && ctx.lang !== 'ru') return undefined;
  // "в январе", not "в январь-…" nonsense; the genitive after a part of the month ("в конце марта")
  if (ctx.lang === 'ru' && !/(?:е|ь)$/.test(tok.lower) && month !== 5 && start === i) return undefined;
  return make(ctx, start, next, `--${pad(month)}`);
}

function relativeRuleAt(ctx: ExtractContext, rule: RelativeRule, i: number): boolean {
  const last = rule.words.length - 1;
  for (let k = 0; k <= last; k++) if (!wordIs(ctx, ctx.tokens[i + k], rule.words[k]!, k === last)) return false;
  return true;
}

/** Kazakh relative expressions decline on their last word: "биылдың", "бүгінге", "қыста", "жыл басынан". */
function wordIs(ctx: ExtractContext, tok: Token | undefined, word: string, last: boolean): boolean {
  if (tok === undefined) return false;
  if (tok.lower === word) return true;
  if (!last || ctx.lang !== 'kk' || !tok.lower.startsWith(word)) return false;
  const ending = tok.lower.slice(word.length);
  // Time words take no "my" or "your": "қысым" is pressure, "жазым" an accident.
  if (PERSONAL_POSSESSIVE_RE.test(ending)) return false;
  // After a possessive the cases take an н ("соңы" → "соңына", "басы" → "басынан").
  return isKazakhEnding(ending) || POSSESSIVE_END_RE.test(word) && PRONOMINAL_CASE_RE.test(ending);
}
const POSSESSIVE_END_RE = /[ыі]$/;
const PERSONAL_POSSESSIVE_RE = /^[ыі]?(?:м|ң|мыз|міз|ңыз|ңіз)/;
const PRONOMINAL_CASE_RE = /^н(?:а|е|да|де|ан|ен|ың|ің|ы|і)$/;

function isoAt(ctx: ExtractContext, i: number): Found | undefined {
  const t = ctx.tokens;
  const a = t[i];
  // "1919г", "1912-1914гг": the year word glued to the digits
  const glued = t[i + 1];
  if (a !== undefined && a.text.length === 4 && isYear(Number(a.text)) && glued !== undefined && !glued.spaceBefore && (glued.lower === 'г' || glued.lower === 'гг')) return make(ctx, i, i + 2, a.text);
  const s1 = t[i + 1];
  const b = t[i + 2];
  const s2 = t[i + 3];
  const c = t[i + 4];
  if (a === undefined || s1 === undefined || b === undefined || s2 === undefined || c === undefined) return undefined;
  if (s1.spaceBefore || b.spaceBefore || s2.spaceBefore || c.spaceBefore || b.kind !== 'number' || c.kind !== 'number') return undefined;
  if (s1.text === '-' && s2.text === '-' && a.text.length === 4 && b.text.length === 2 && c.text.length === 2) {
    const [y, m, d] = [Number(a.text), Number(b.text), Number(c.text)];
    if (isYear(y) && m >= 1 && m <= 12 && isDay(d)) return make(ctx, i, i + 5, `${a.text}-${b.text}-${c.text}`);
  }
  if (s1.text === '.' && s2.text === '.' && a.text.length <= 2 && b.text.length === 2 && c.text.length === 4) {
    const [d, m, y] = [Number(a.text), Number(b.text), Number(c.text)];
    if (isYear(y) && m >= 1 && m <= 12 && isDay(d)) {
      const rules = RULES(ctx.lang);
      const next = t[i + 5] !== undefined && rules.isYearWord(t[i + 5]!.lower) ? i + 6 : i + 5;
      return make(ctx, i, next, `${c.text}-${b.text}-${pad(d)}`);
    }
  }
  return undefined;
}

/** Patterns that start with a number: years, periods, decades, day + month (+ year). */
export function dateFromQuantity(ctx: ExtractContext, q: Quantity): Found | undefined {
  const rules = RULES(ctx.lang);
  const t = ctx.tokens;
  const after = t[q.next];
  const value = q.value;
  // Days sharing the month of the next: "27-28 сентября", "с 25 по 28 июля 2019 года", "с 3 на 4 июня", "17 и 21 апреля".
  if (typeof value === 'object' && isDay(value.from) && isDay(value.to) && value.to > value.from && after !== undefined && !after.sentenceStart) {
    const month = monthOf(ctx, after);
    if (month !== undefined) {
      const year = yearAt(ctx, rules, q.next + 1);
      const iso = (day: number): string => `${year?.year}-${pad(month)}-${pad(day)}`;
      return make(ctx, q.first, year?.next ?? q.next + 1, year === undefined ? undefined : `${iso(value.from)}/${iso(value.to)}`);
    }
  }
  if (typeof value === 'number' && isDay(value) && q.hasDigits && DAY_JOINERS.has(after?.lower ?? '')) {
    const day = t[q.next + 1];
    const month = day?.kind === 'number' && isDay(Number(day.text)) ? monthOf(ctx, t[q.next + 2]) : undefined;
    if (month !== undefined) {
      const year = yearAt(ctx, rules, q.next + 3);
      return make(ctx, q.coreFirst, q.next, year === undefined ? `--${pad(month)}-${pad(value)}` : `${year.year}-${pad(month)}-${pad(value)}`);
    }
  }
  // Day + month (+ year): "20 мая 2017 года", "4 қарашада", "он бірінші мамыр"; a "до"/"около" before it is a preposition here.
  if (typeof value === 'number' && isDay(value) && after !== undefined && !after.sentenceStart) {
    const month = monthOf(ctx, after);
    if (month !== undefined) {
      const year = yearAt(ctx, rules, q.next + 1);
      if (year !== undefined) return make(ctx, q.coreFirst, year.next, `${year.year}-${pad(month)}-${pad(value)}`);
      return make(ctx, q.coreFirst, q.next + 1, `--${pad(month)}-${pad(value)}`);
    }
  }
  const yearWordNext = after !== undefined && !after.sentenceStart && rules.isYearWord(after.lower);
  const periodEnd = yearWordNext ? q.next + 1 : q.next;
  if (typeof value === 'object') {
    const bare = after === undefined || after.sentenceStart || after.kind === 'punct';
    if (isYear(value.from) && isYear(value.to) && value.to > value.from && value.to - value.from < 100 && (yearWordNext || q.hasDigits && (precededByPreposition(ctx, rules, q.first) || bare))) {
      return make(ctx, q.first, periodEnd, `${value.from}/${value.to}`);
    }
    return undefined;
  }
  // "бірінші тоқсанда", "екінші жартыжылдықта": a quarter or half of the year, with no ISO value of its own
  if (q.ordinal && typeof value === 'number' && value <= 4 && after !== undefined && !after.sentenceStart && rules.isPartOfYear(after.lower)) return make(ctx, q.first, q.next + 1, undefined);
  if (!isYear(value)) return undefined;
  if (q.qualifier !== undefined && !yearWordNext) {
    tracer?.declined('quantities', t[q.first]!.start, t[q.next - 1]!.end, 'date: not read as a year — it has a qualifier (более, астам…) and no year word after it');
    return undefined;
  }
  // Decades: "1980-е", "1990-шы жылдары"
  if (q.ordinal && q.hasDigits && /^(?:е|х|ых|шы|ші|ыншы|інші)/.test(q.ending) && value % 10 === 0 && (ctx.lang === 'ru' || yearWordNext)) {
    return make(ctx, q.first, periodEnd, `${String(value).slice(0, 3)}X`);
  }
  // A bare year with nothing counted after it: "в 1994", "1994." , "(2005)"
  if (q.yearLike && value >= 1800 && value <= 2100 && !yearWordNext && (after === undefined || after.sentenceStart || after.kind === 'punct' || after.text !== after.lower)) {
    return make(ctx, q.coreFirst, q.next, String(value));
  }
  if (yearWordNext) {
    // "2025 жылғы 4 қараша": the year written before the day and month
    const day = t[periodEnd];
    const month = monthOf(ctx, t[periodEnd + 1]);
    if (day?.kind === 'number' && isDay(Number(day.text)) && month !== undefined) {
      return make(ctx, q.first, periodEnd + 2, `${value}-${pad(month)}-${pad(Number(day.text))}`);
    }
    return make(ctx, q.coreFirst, periodEnd, String(value));
  }
  if (q.yearLike && precededByPreposition(ctx, rules, q.first)) return make(ctx, q.first, q.next, String(value));
  if (q.yearLike) tracer?.declined('quantities', t[q.first]!.start, t[q.next - 1]!.end, 'date: not read as a year — no year word after it and no preposition before it');
  return undefined;
}

/**
 * Durations are temporal expressions, as in TimeML and the KazNERD/NEREL guidelines: "5 жылдан
 * бері", "үш ай", "в течение трех лет", "соңғы 10 жылда", "бірнеше күн бұрын". Value: ISO 8601
 * duration (P5Y, P3M, P2W, PT4H), none for a vague count. "5 жыл бұрын" / "5 лет назад" is a point
 * in the past: relative, resolved against the document date. `asCount` is the same duration read
 * as a count of time units (value 5, unit "жыл"), for corpora that annotate durations as numbers.
 */
export function durationFromQuantity(ctx: ExtractContext, q: Quantity | undefined, i: number): (Found & { asCount?: NumberMention }) | undefined {
  const rules = RULES(ctx.lang);
  const t = ctx.tokens;
  let first = q?.first ?? i;
  let next = q?.next ?? i + 1;
  // Without a quantity, token i is a vague count ("бірнеше", "несколько").
  if (q === undefined && (t[i]?.kind !== 'word' || !rules.vagueCounts.has(t[i]!.lower))) return undefined;
  // A range of units is a duration too ("2–3 жыл", "4 – 5 лет"), with no single ISO value.
  if (q !== undefined && (q.ordinal || q.ending !== '' || q.yearLike || typeof q.value !== 'number' && q.value.to > 100)) return undefined;
  const unitTok = t[next];
  if (unitTok === undefined || unitTok.sentenceStart) return undefined;
  const unit = rules.durationUnit(unitTok.lower);
  // Hours and minutes measure time of day and short spans, which the corpora class as times, not dates.
  if (unit === undefined || unit.unit === 'H' || unit.unit === 'MIN') return undefined;
  next += 1;
  const n = q === undefined || typeof q.value !== 'number' ? undefined : q.value;
  const after = t[next] !== undefined && !t[next]!.sentenceStart ? t[next]!.lower : '';
  if (rules.durationAgo.has(after)) return make(ctx, first, next + 1, n === undefined ? undefined : resolveAgo(ctx.docDate, n, unit.unit), true);
  if (rules.durationAfter.has(after)) next += 1;
  if (first > 0 && rules.durationBefore.has(t[first - 1]!.lower) && !t[first]!.sentenceStart) first -= 1;
  const found = make(ctx, first, next, n === undefined ? undefined : isoDuration(n, unit.unit));
  if (q === undefined) return found;
  const span = spanOf(ctx, q.first, q.next);
  return { mention: found.mention, next: found.next, asCount: countMention(span.start, span.end, span.text, q.value, { unit: unit.lemma, start: unitTok.start, end: unitTok.end }, q.qualifier) };
}

/** "5 жыл бұрын" written on 2025-11-04 → 2020; days and weeks give a day, months a month. */
function resolveAgo(docDate: string | undefined, n: number, unit: DurationUnit): string | undefined {
  if (!Number.isInteger(n)) return undefined;
  if (unit === 'Y') return resolveRelative(docDate, { unit: 'year', offset: -n });
  if (unit === 'M') return resolveRelative(docDate, { unit: 'month', offset: -n });
  if (unit === 'D' || unit === 'W') return resolveRelative(docDate, { unit: 'day', offset: unit === 'W' ? -7 * n : -n });
  return undefined;
}

function isoDuration(n: number, unit: DurationUnit): string {
  const num = String(n).replace(/\.0+$/, '');
  if (unit === 'C') return `P${n * 100}Y`;
  if (unit === 'H') return `PT${num}H`;
  if (unit === 'MIN') return `PT${num}M`;
  return `P${num}${unit}`;
}

function precededByPreposition(ctx: ExtractContext, rules: DateRules, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  return prev !== undefined && rules.yearPrepositions.has(prev.lower);
}

export function resolveRelative(docDate: string | undefined, rule: { unit: 'year' | 'month' | 'day' | 'none'; offset: number }): string | undefined {
  if (docDate === undefined || rule.unit === 'none') return undefined;
  const d = new Date(`${docDate}T00:00:00Z`);
  if (rule.unit === 'year') return String(d.getUTCFullYear() + rule.offset);
  if (rule.unit === 'month') {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + rule.offset);
    return d.toISOString().slice(0, 7);
  }
  d.setUTCDate(d.getUTCDate() + rule.offset);
  return d.toISOString().slice(0, 10);
}

const YEAR_VALUE_RE = /^\d{4}$/;
const YEARLESS_RE = /^--(\d{2}(?:-\d{2})?)$/;
const DAY_VALUE_RE = /^(?:\d{4}|-)-\d{2}-\d{2}$/;
const JOIN_GAP_RE = /^[ \u00A0]*,?[ \u00A0]*$/;

/**
 * Two dates side by side that a reader takes as one expression (contract 2): a year and a day or
 * month without one ("2020 жылдың 1 қаңтарынан", "в феврале этого года"), a weekday or "вчера" and
 * the full date after or before its comma ("в понедельник, 27 апреля 2020 года"). Returns the one
 * mention, or undefined when they stay two (a conjunction or other words between them).
 */
export function joinDates(text: string, a: DateMention, b: DateMention): DateMention | undefined {
  if (b.start < a.end || !JOIN_GAP_RE.test(text.slice(a.end, b.start))) return undefined;
  const va = a.value;
  const vb = b.value;
  let value: string | undefined;
  let relative: boolean;
  const monthA = va === undefined ? null : YEARLESS_RE.exec(va);
  const monthB = vb === undefined ? null : YEARLESS_RE.exec(vb);
  if (va !== undefined && YEAR_VALUE_RE.test(va) && monthB !== null) {
    value = `${va}-${monthB[1]}`;
    relative = a.relative === true;
  } else if (vb !== undefined && YEAR_VALUE_RE.test(vb) && monthA !== null) {
    value = `${vb}-${monthA[1]}`;
    relative = b.relative === true;
  } else if (vb === undefined && a.relative === true && va !== undefined && YEAR_VALUE_RE.test(va) && !text.slice(a.end, b.start).includes(',')) {
    // "биылғы бірінші тоқсанда", "в первом квартале этого года" read the other way round
    value = va;
    relative = true;
  } else if (text.slice(a.end, b.start).includes(',') && a.relative === true !== (b.relative === true)) {
    // A weekday or "вчера" with the date it names: the absolute date gives the value.
    const absolute = a.relative === true ? b : a;
    if (absolute.value === undefined || !DAY_VALUE_RE.test(absolute.value)) return undefined;
    value = absolute.value;
    relative = false;
  } else {
    return undefined;
  }
  const start = a.start;
  const end = b.end;
  const spanText = text.slice(start, end);
  const relation = a.relation ?? b.relation;
  // Literals, never spreads: see the note on mention shapes in ../context.ts.
  if (relation !== undefined) return relative ? { type: 'date', start, end, text: spanText, value, relative: true, relation } : { type: 'date', start, end, text: spanText, value, relation };
  return relative ? { type: 'date', start, end, text: spanText, value, relative: true } : { type: 'date', start, end, text: spanText, value };
}

// "45 жастағы", "6 жасқа", "үш жасар": a Kazakh age ("жастар" is youth, not an age).
const KK_AGE_RE = /^жас(?:қа|та|тан|тағы|ар|ында|ынан|ына|ы|ының)$/;
// "45-летний", "в возрасте 70 лет".
const RU_AGE_ENDING_RE = /^летн/;
const RU_AGE_UNIT_RE = /^(?:лет|год|года|году)$/;
// "в возрасте 70 лет", "ему 85 лет", "ей исполнился 21 год", "в 13 лет", "с 14 лет", "старше 70 лет", "на 85 году жизни".
const RU_AGE_BEFORE = new Set(['возрасте', 'ему', 'ей', 'им', 'исполнилось', 'исполнится', 'исполнился', 'исполнилась', 'было', 'будет', 'в', 'с', 'старше', 'младше', 'моложе', 'достигших', 'достигшие', 'дожил', 'дожила', 'прожил', 'прожила']);
// "ему было всего пять лет": an adverb between the cue and the count.
const RU_AGE_ADVERBS = new Set(['всего', 'уже', 'почти', 'лишь', 'только', 'около', 'примерно', 'ровно', 'бы', 'до']);
// "девочка 8 лет", "сыну 3 года": a person noun right before the count.
const RU_AGED_NOUN_RE = /^(?:девоч|мальчи|ребён|ребен|сын|доч|внук|внуч|девушк|юнош|мужчин|женщин|подрост|пенсионер|школьни)/;
const CLAUSE_END = new Set(['.', ',', ';', ')', '!', '?', 'и', 'а', '—', '–']);

/** The word before a Russian "N лет" makes it an age: a cue ("ему", "в возрасте"), or a person holding the clause's count. */
function ruAgeCueBefore(t: readonly Token[], first: number, next: number): boolean {
  let at = first - 1;
  while (RU_AGE_ADVERBS.has(t[at]?.lower ?? '')) at -= 1;
  const before = t[at];
  if (before === undefined || before.kind !== 'word') return false;
  if (RU_AGE_BEFORE.has(before.lower) || RU_AGED_NOUN_RE.test(before.lower)) return true;
  // "Кравцову 39 лет, …", "Келли 52 года.", "директору 47 лет,": a name or a dative, then the count closes the clause.
  const after = t[next];
  const holder = before.text !== before.lower ? before.text !== before.text.toUpperCase() : RU_DATIVE_RE.test(before.lower);
  return at === first - 1 && holder && (after === undefined || CLAUSE_END.has(after.lower)) && !RU_PLACE_PREPOSITIONS.has(t[at - 1]?.lower ?? '');
}
// A dative singular noun, not a time word ("в том году").
const RU_DATIVE_RE = /(?<!год)(?:у|ю)$/u;
const RU_PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'над', 'за', 'к', 'от', 'по']);

/**
 * An age: "45 жастағы", "6 жасқа дейінгі", "45-летний", "в возрасте 70 лет". Annotators differ
 * (KazNERD marks ages as dates, NEREL as a class of its own), so the caller reports it by the
 * `ages` convention: as a date (value P45Y), as a number (45, unit "жас"/"год"), or not at all.
 */
export function ageFromQuantity(ctx: ExtractContext, q: Quantity): (Found & { asCount: NumberMention }) | undefined {
  if (typeof q.value !== 'number' || !Number.isInteger(q.value) || q.value > 150) return undefined;
  const t = ctx.tokens;
  let unitAt: number;
  let unit: string;
  if (ctx.lang === 'kk') {
    const tok = t[q.next];
    if (q.ending !== '' || q.ordinal || tok === undefined || tok.sentenceStart || !KK_AGE_RE.test(tok.lower)) return undefined;
    unitAt = q.next;
    unit = 'жас';
  } else if (ctx.lang === 'ru') {
    if (q.ordinal && q.hasDigits && RU_AGE_ENDING_RE.test(q.ending)) return ageOf(ctx, q, q.next, undefined);
    const tok = t[q.next];
    if (q.ordinal || tok === undefined || !RU_AGE_UNIT_RE.test(tok.lower) || !ruAgeCueBefore(t, q.first, q.next + 1) && t[q.next + 1]?.lower !== 'жизни') return undefined;
    unitAt = q.next;
    unit = 'год';
  } else {
    return undefined;
  }
  return ageOf(ctx, q, unitAt + 1, { unit, start: t[unitAt]!.start, end: t[unitAt]!.end });
}

function ageOf(ctx: ExtractContext, q: Quantity, next: number, unit: { unit: string; start: number; end: number } | undefined): Found & { asCount: NumberMention } {
  const n = q.value as number;
  const found = make(ctx, q.first, next, isoDuration(n, 'Y'));
  const span = spanOf(ctx, q.first, q.next);
  return { mention: found.mention, next: found.next, asCount: countMention(span.start, span.end, span.text, n, unit, q.qualifier) };
}
