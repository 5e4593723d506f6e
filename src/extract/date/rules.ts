import { z } from 'zod';
import type { DateMention } from '../../schema/record.js';
import { DATE_RELATIONS } from '../../schema/contract.js';
import type { Token } from '../../segment/tokenize.js';
import type { Quantity } from '../quantity/parse.js';

/** ISO 8601 duration designators; C (century) and MIN are written out as P100Y and PT1M. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'C' | 'H' | 'MIN';

export type Relation = NonNullable<DateMention['relation']>;

/** An adposition or determiner that joins a date's span, with what it adds ('' for nothing: "через", "алдағы"). */
export interface Adpositions {
  readonly before: ReadonlyMap<string, Relation | ''>;
  readonly after: ReadonlyMap<string, Relation | ''>;
  readonly parts: ReadonlyMap<string, Relation | ''>;
  /** Time nouns after a date adjective ("бүгінгі таңда", "биылғы жылы"). */
  readonly timeNouns: ReadonlyMap<string, Relation | ''>;
}

const relativeRule = z.strictObject({
  words: z.array(z.string().min(1)).min(1),
  /** Word forms that look like an ending on the first word but are other words ("қысқа" is "short", not "to winter"). */
  except: z.array(z.string()).optional(),
  /** What the offset counts; "none" for expressions with no single calendar value ("жыл сайын", "қыста"). */
  unit: z.enum(['year', 'day', 'none']),
  offset: z.int(),
});
export type RelativeRule = z.infer<typeof relativeRule>;

const relationWords = z.record(z.string(), z.union([z.enum(DATE_RELATIONS), z.literal('')]));

/** A pack's date lexicon (`src/lang/<lang>/date.json`): month stems, relative expressions, adpositions. */
export const dateLexicon = z.strictObject({
  /** Month number by the form the pack's `month` rule looks up (a whole name or a stem). */
  months: z.record(z.string(), z.int().min(1).max(12)),
  relative: z.array(relativeRule),
  adpositions: z.strictObject({ before: relationWords, after: relationWords, parts: relationWords, timeNouns: relationWords }),
});
export type DateLexicon = z.infer<typeof dateLexicon>;

/** What makes "N <unit>" an age: the token after the age's span and the unit word (at next - 1), if any. */
export interface AgeSpan {
  readonly next: number;
  readonly unit?: string;
}

/** One language's date rules (the pack's `date` field). */
export interface DateRules {
  /** Month number of a lowercase word in any of its forms (asked once per word form: see DATE_WORDS). */
  month(lower: string): number | undefined;
  isYearWord(lower: string): boolean;
  /** Prepositions that make a bare four-digit number a year ("в 1976"). */
  yearPrepositions: ReadonlySet<string>;
  /** Months whose name is also an ordinary word: accepted only next to a day, a year or a preposition. */
  monthNeedsContext: ReadonlySet<number>;
  /**
   * Whether a month name right after a year preposition is a date by itself ("в январе", "in
   * December"); `partOfMonth`: a part of the month stands between them ("в конце марта").
   */
  monthAfterPreposition(lower: string, month: number, partOfMonth: boolean): boolean;
  /** The word "month" after a month name ("мамыр айында"). */
  monthWord(lower: string): boolean;
  /** A month name whose own case ending makes it a time ("қаңтарда" in January, "қыркүйектен" since September). */
  monthInTimeCase(lower: string): boolean;
  /** Token index of the day that follows the month at i ("наурыздың 19-ынан", "мамыр айының 9-ы"), or -1. */
  dayAfterMonth(tokens: readonly Token[], i: number): number;
  /** A noun "day" after such a day, which joins the date ("9-ы күні"). */
  dayNoun(lower: string): boolean;
  /** Relative expressions whose first word is this word (asked once per word form). */
  relativeRules(lower: string): readonly RelativeRule[];
  /** Whether the last word of a relative expression matches in an inflected form `lower` that starts with `word`. */
  relativeInflected(lower: string, word: string): boolean;
  adpositions: Adpositions;
  /** The ending of an ordinal that makes a round year a decade ("1980-е", "1990-шы"). */
  decadeEnding: RegExp;
  /** Whether a decade is a date without a year word after it ("1980-е" but "1990-шы жылдары"). */
  bareDecades: boolean;
  /** Words between two days of one month: "с 25 по 28 июля", "17 и 21 апреля", "12 бен 14 мамыр". */
  dayJoiners: ReadonlySet<string>;
  /** Parts of a month between a preposition and the month ("в конце марта"). */
  partsOfMonth: ReadonlySet<string>;
  /** An adjective of time, which a time noun of `adpositions.timeNouns` may follow ("бүгінгі таңда"). */
  timeAdjective(lower: string): boolean;
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
  /** The span of an age whose count is q ("45 жастағы", "в возрасте 70 лет"), or undefined. */
  ageAt(tokens: readonly Token[], q: Quantity): AgeSpan | undefined;
}

/** Relative-date rules by their first word, so each token costs one lookup. */
export function relativeIndex(rules: readonly RelativeRule[]): ReadonlyMap<string, readonly RelativeRule[]> {
  const map = new Map<string, RelativeRule[]>();
  for (const r of rules) map.set(r.words[0]!, [...(map.get(r.words[0]!) ?? []), r]);
  return map;
}
export const NO_RELATIVE_RULES: readonly RelativeRule[] = [];

/** The adposition maps of a date lexicon. */
export function adpositionTable(table: DateLexicon['adpositions']): Adpositions {
  const read = (words: Record<string, Relation | ''>): ReadonlyMap<string, Relation | ''> => new Map(Object.entries(words));
  return { before: read(table.before), after: read(table.after), parts: read(table.parts), timeNouns: read(table.timeNouns) };
}
