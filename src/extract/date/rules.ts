import type { DateMention } from '../../schema/record.js';
import { DATE_RELATIONS } from '../../schema/contract.js';
import { oneOf } from '../../lang/lexicon-check.js';
import type { Token } from '../../segment/tokenize.js';
import type { Quantity } from '../quantity/quantity.js';

/** ISO 8601 duration designators; C (century) and MIN are written out as P100Y and PT1M. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'C' | 'H' | 'MIN';

export type Relation = NonNullable<DateMention['relation']>;
export type YearPart = 'quarter' | 'half';

/** An adposition or determiner that joins a date's span, with what it adds ('' for nothing: "через", "алдағы"). */
export interface Adpositions {
  readonly before: ReadonlyMap<string, Relation | ''>;
  /** Before a point of time only: a duration after it is the object of another word ("приговорён к пяти годам"). */
  readonly beforePoint: ReadonlyMap<string, Relation | ''>;
  readonly after: ReadonlyMap<string, Relation | ''>;
  /** Words after a date that give it its relation but that readers leave out of its span: the Kazakh converb «бастап» (the ablative before it already says "from"). */
  readonly afterOutside: ReadonlyMap<string, Relation | ''>;
  readonly parts: ReadonlyMap<string, Relation | ''>;
  /** Time nouns after a date adjective that add a relation ("бүгінгі таңда", "биылғы жылы"); see DateRules.timeNoun. */
  readonly timeNouns: ReadonlyMap<string, Relation | ''>;
}

export interface RelativeRule {
  readonly words: readonly string[];
  /**
   * Word forms that look like an ending on the first word but are other words ("қысқа" is "short",
   * not "to winter"). A set for every rule, empty for most: asked of every rule, it is never a branch
   * first taken after dateAt is optimised (`--trace-deopt`, session 21).
   */
  readonly except: ReadonlySet<string>;
  /**
   * What the offset counts; "none" for expressions with no single calendar value ("жыл сайын",
   * "қыста"); "weekday" for a day of the week, the offset its ISO number (1 Monday … 7 Sunday); a
   * plural unit for a span of time, not a point: «в течение месяца» is `months` 1, the value P1M.
   */
  readonly unit: 'year' | 'month' | 'day' | 'weekday' | 'none' | DurationUnitName;
  readonly offset: number;
}

type RelationWords = Readonly<Record<string, string>>;
/** A pack's date lexicon as read from `src/lang/<lang>/date.json` (shape checked in tests/lexicons.test.ts). */
export interface DateFile {
  /** Month number by the form the pack's `month` rule looks up (a whole name or a stem). */
  readonly months: Readonly<Record<string, number>>;
  /** Fixed expressions, word by word; a word slot may list alternatives: `["в", "тот|этот", "день"]`. */
  readonly relative: ReadonlyArray<{ readonly words: readonly string[]; readonly except?: readonly string[]; readonly unit: string; readonly offset: number }>;
  readonly adpositions: {
    readonly before: RelationWords;
    readonly beforePoint: RelationWords;
    readonly after: RelationWords;
    readonly afterOutside: RelationWords;
    readonly parts: RelationWords;
    readonly timeNouns: RelationWords;
  };
}

/** What makes "N <unit>" an age: the token after the age's span and the unit word (at next - 1), if any. */
export interface AgeSpan {
  readonly next: number;
  readonly unit?: string;
  /** Two ages joined, the span up to the second ("18 бен 30 жас аралығында"): no single value. */
  readonly range?: boolean;
}

/** One language's date rules (the pack's `date` field). */
export interface DateRules {
  /** Month number of a lowercase word in any of its forms (asked once per word form: see DATE_WORDS). */
  month(lower: string): number | undefined;
  isYearWord(lower: string): boolean;
  /** A word naming the kind of year between a year and its year word («2026-2027 оқу жылына», «2025 қаржы жылы»). */
  yearKind?(lower: string): boolean;
  /** Year words glued to the digits ("1919г", "1912-1914гг"), lowercase; read across packs, as such a date is read in text of any language. */
  readonly gluedYearWords?: readonly string[];
  /** Prepositions that make a bare four-digit number a year ("в 1976"). */
  yearPrepositions: ReadonlySet<string>;
  /** Months whose name is also an ordinary word: accepted only next to a day, a year or a preposition. */
  monthNeedsContext: ReadonlySet<number>;
  /**
   * Whether a month name right after a year preposition is a date by itself ("в январе", "in
   * December"); `partOfMonth`: a part of the month stands between them ("в конце марта"); `preposition`: its lowercase word;
   * `written`: the month as written ("May" or "may").
   */
  monthAfterPreposition(lower: string, month: number, partOfMonth: boolean, preposition: string, written: string): boolean;
  /** The word "month" after a month name ("мамыр айында"). */
  monthWord(lower: string): boolean;
  /** A month name whose own case ending makes it a time ("қаңтарда" in January, "қыркүйектен" since September). */
  monthInTimeCase(lower: string): boolean;
  /** Token index of the day that follows the month at i ("наурыздың 19-ынан", "мамыр айының 9-ы"), or -1. */
  dayAfterMonth(tokens: readonly Token[], i: number): number;
  /** Relative expressions whose first word is this word (asked once per word form). */
  relativeRules(lower: string): readonly RelativeRule[];
  /** Whether the last word of a relative expression matches in an inflected form `lower` that starts with `word`. */
  relativeInflected(lower: string, word: string): boolean;
  adpositions: Adpositions;
  /** The ending of an ordinal that makes a round year a decade ("1980-е", "1990-шы"). */
  decadeEnding: RegExp;
  /** Whether a decade is a date without a year word after it ("1980-е" but "1990-шы жылдары"). */
  bareDecades: boolean;
  /**
   * Whether an ordinal under 100 before a year or century word is a date: Kazakh speech names a
   * year by its last digits ("тоқсан бірінші жылы"); in Russian "на 97-м году" is an age.
   */
  shortOrdinalYears: boolean;
  /** The year is written before the day and month («2025 жылғы 4 қараша»), so a year after them is another date's. */
  readonly yearBeforeDay?: boolean;
  /** Words between two days of one month: "с 25 по 28 июля", "17 и 21 апреля", "12 бен 14 мамыр". */
  dayJoiners: ReadonlySet<string>;
  /** Parts of a month between a preposition and the month ("в конце марта"). */
  partsOfMonth: ReadonlySet<string>;
  /** An adjective of time, which a time noun may follow ("бүгінгі таңда"). */
  timeAdjective(lower: string): boolean;
  /** A time noun after such an adjective, which joins the date, and what it adds ("таңда": at; "күнді": ''). */
  timeNoun(lower: string): Relation | '' | undefined;
  /**
   * Token index past the part of the period that follows a date ending before `next` ("жылдың
   * басынан", "жаздың алғашқы күні", "қыс айларында"), or `next` when none does.
   */
  partOfPeriod(tokens: readonly Token[], next: number): number;
  /**
   * Whether a date whose last word is this one modifies the date right after it, so the two are one
   * expression whatever their values ("өткен жылдың шілде айында", "биылғы 8 айда").
   */
  modifiesNext(lower: string): boolean;
  /** Words between a month alone and a month (with its year) that make the two one period ("в январе — феврале 2015 года"). */
  readonly monthJoiners?: ReadonlySet<string>;
  /**
   * Whether two dates with `gap` between them are the ends of one range, by the last words of each
   * ("наурыздың 5-і мен 14-і аралығында", "2005 – 2018 жылдар аралығында", "бір айдан алты айға дейін"),
   * or by their whole texts ("from March" … "to May 2026", "between March" … "May").
   */
  isRange(lastA: string, gap: string, lastB: string, textA: string, textB: string): boolean;
  /** Time unit of a duration ("жыл", "лет", "айдың") and its dictionary form. */
  durationUnit(lower: string): { unit: DurationUnit; lemma: string } | undefined;
  /** Words after a duration that belong to it ("бері", "ішінде", "спустя"). */
  durationAfter: ReadonlySet<string>;
  /** Whether the word after a time unit makes it no duration ("айлық есептік көрсеткіш": a monthly index, an amount). */
  notDurationBefore?(unit: string, after: string): boolean;
  /** Words after a duration that turn it into a point in the past ("бұрын", "назад"). */
  durationAgo: ReadonlySet<string>;
  /**
   * Determiners of `adpositions.before` that stay out of a date starting with a number: "осы жылы" is
   * this year, but in "осы екі жылда" the demonstrative only points back at a period already named.
   */
  anaphoricBefore: ReadonlySet<string>;
  /** Words before a duration that belong to it ("соңғы", "последние"). */
  durationBefore: ReadonlySet<string>;
  /** Counts the number parser leaves out that are counts before a time unit (English "one", a numeral only before a scale): "for one year" P1Y. */
  countWords?: ReadonlyMap<string, number>;
  /** Words that join the units of one duration («2 года и 3 месяца», "4 years and 6 months"). */
  unitJoiners: ReadonlySet<string>;
  /** Words that stand for an unknown count before a time unit ("бірнеше", "несколько"). */
  vagueCounts: ReadonlySet<string>;
  /** A quarter or half of the year after an ordinal ("тоқсанда", "квартале", "half"), or undefined. */
  partOfYear(lower: string): YearPart | undefined;
  /** The ordinal before such a part, 1–4 ("первом", "бірінші", "second"); digits ("1-м") and Roman numerals ("III") are read for every language. */
  yearPartOrdinal(lower: string): number | undefined;
  /**
   * Whether a bare digit 1–4 before this form of a quarter or half is its ordinal, not a count of them: «во 2 квартале»,
   * «за 1 полугодие» (a count of two to four would take the genitive, «2 квартала», which is an ordinal only before a year,
   * `yearAfter`: «итоги 2 квартала 2026 года»). Undefined where digits write ordinals with an ending of their own.
   */
  digitBeforePart?(lower: string, yearAfter: boolean): boolean;
  /**
   * Count and unit of an adjective of duration ("пятилетний" 5 Y, "годичный" 1 Y, "трёхдневный" 3 D;
   * "летний" after digits and a hyphen: the unit only, "15-летний"). It is a date when a noun of
   * `durationHead` follows ("пятилетний срок", "15-летний опыт"); before anything else it is an age or
   * a season ("пятилетний мальчик", "летний лагерь").
   */
  durationAdjective?(lower: string): { readonly n?: number; readonly unit: DurationUnit } | undefined;
  /** A noun that a duration adjective measures ("срок", "опыт", "траур"). */
  durationHead?(lower: string): boolean;
  /** Month of an adjective made from a month's name ("октябрьской", "майских"), which is a date by itself. */
  monthAdjective?(lower: string): number | undefined;
  /** A weekday's form, whose date may follow with no comma ("в среду 17 мая"). */
  weekday?(lower: string): boolean;
  /** Where a label for a part of the year written right before a year starts ("Q3 2025", "mid-2027"), or -1. */
  periodLabelBefore?(tokens: readonly Token[], first: number): number;
  /**
   * The months a year opens with, a count of months over tokens [first, next) ("the first nine months of the year", "first
   * five months of this year", «первые девять месяцев года», «жылдың алғашқы тоғыз айында»): where the phrase starts and
   * ends, and its year (undefined: the article's), or undefined.
   */
  openingMonths?(tokens: readonly Token[], first: number, next: number): { first: number; next: number; year: number | undefined } | undefined;
  /**
   * Whether a count of months whose last word is `lastMonths`, right before a year whose last word is `lastYear`, is the
   * months that year opens with («за 9 месяцев 2026 года», «пяти месяцев текущего года»).
   */
  monthsOfYearAfter?(lastMonths: string, lastYear: string): boolean;
  /** A bare year at `first` that ends a name ("Water Dialogue 2026", "the Kairat 2030 strategy"): a date, not a count. */
  yearEndsName?(tokens: readonly Token[], first: number): boolean;
  /** The span of an age whose count is q ("45 жастағы", "в возрасте 70 лет"), or undefined. */
  ageAt(tokens: readonly Token[], q: Quantity): AgeSpan | undefined;
  /** The clause of the date over tokens [first, next) tells of the past (ru «с 1 января … родились»): a date it runs from is no later than the article. */
  pastClause?(tokens: readonly Token[], first: number, next: number): boolean;
  /**
   * The clause before a date at `first` tells of what is to come ("will be held on Saturday", "would be frozen until
   * December 31"): a weekday, day or month without a year is the next such one, not the last or the nearest.
   */
  futureClause?(tokens: readonly Token[], first: number): boolean;
  /**
   * The clause of a date at `first` is told in the past, by the verb before it in English ("launched in March"), by the
   * verb that ends it in Kazakh («… 30 қыркүйекте аяқталды»): a date without its year is the last such day or month, not the nearest.
   */
  pastBefore?(tokens: readonly Token[], first: number): boolean;
  /**
   * Prepositions that take a month alone as their object besides `yearPrepositions` (ru «на май», «на март»: before a number
   * «на» is far more often a count's, «на 1200 мест»), and that give the date an event is moved to after `reschedulers`.
   */
  targetPrepositions?: ReadonlySet<string>;
  /**
   * Words that move an event to another date ("postponed", "moved", «перенесли»), right before the date or before what is
   * moved: "from March to May" after them is the old date and the new one, not a range, the old one no «since»; "to" or a
   * preposition of `targetPrepositions` gives the new date (`at`); both are dates to come.
   */
  reschedulers?: ReadonlySet<string>;
  /** Particles a word of moving may take before the date ("pushed back", "brought forward"); alone they move nothing ("fell back to"). */
  rescheduleParticles?: ReadonlySet<string>;
}

/** The units of a fixed expression that names a span of time, with their ISO 8601 designators. */
export const DURATION_UNIT_NAMES = { years: 'Y', months: 'M', weeks: 'W', days: 'D' } as const;
export type DurationUnitName = keyof typeof DURATION_UNIT_NAMES;
const RELATIVE_UNITS = ['year', 'month', 'day', 'weekday', 'none', 'years', 'months', 'weeks', 'days'] as const;
const RELATIONS: ReadonlyArray<Relation | ''> = [...DATE_RELATIONS, ''];

/** Every word sequence a rule's words spell out: a slot may list alternatives ("тот|этот"). */
function sequences(words: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (const slot of words) out = out.flatMap((prefix) => slot.split('|').map((word) => [...prefix, word]));
  return out;
}

/** Relative-date rules by their first word, so each token costs one lookup. */
export function relativeIndex(file: DateFile): ReadonlyMap<string, readonly RelativeRule[]> {
  const map = new Map<string, RelativeRule[]>();
  for (const { words, except, unit, offset } of file.relative) {
    for (const sequence of sequences(words)) {
      const r: RelativeRule = { words: sequence, except: new Set(except), unit: oneOf(RELATIVE_UNITS, unit, 'date.json relative'), offset };
      map.set(sequence[0]!, [...(map.get(sequence[0]!) ?? []), r]);
    }
  }
  return map;
}
export const NO_RELATIVE_RULES: readonly RelativeRule[] = [];

/** The adposition maps of a date lexicon. */
export function adpositionTable(file: DateFile): Adpositions {
  const read = (words: RelationWords): ReadonlyMap<string, Relation | ''> => new Map(Object.entries(words).map(([w, r]) => [w, oneOf(RELATIONS, r, 'date.json adpositions')]));
  const { before, beforePoint, after, afterOutside, parts, timeNouns } = file.adpositions;
  return { before: read(before), beforePoint: read(beforePoint), after: read(after), afterOutside: read(afterOutside), parts: read(parts), timeNouns: read(timeNouns) };
}
