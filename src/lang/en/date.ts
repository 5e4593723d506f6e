import { adpositionTable, NO_RELATIVE_RULES, relativeIndex, type DateFile, type DateRules, type DurationUnit } from '../../extract/date/rules.js';
import file from './date.json' with { type: 'json' };
import { isCapitalized } from '../../segment/tokenize.js';

const lexicon: DateFile = file;
const MONTHS = new Map(Object.entries(lexicon.months));
const DURATION = new Map<string, { unit: DurationUnit; lemma: string }>(
  (
    [
      ['year', 'Y'],
      ['month', 'M'],
      ['week', 'W'],
      ['day', 'D'],
      ['hour', 'H'],
    ] as const
  ).flatMap(([lemma, unit]) => [
    [lemma, { unit, lemma }],
    [`${lemma}s`, { unit, lemma }],
  ]),
);
const RELATIVE = relativeIndex(lexicon);
// "may" is also a verb, but never right after a preposition ("in May", "since May")
const NEEDS_CONTEXT: ReadonlySet<number> = new Set([5]);
const ADULT_AGE = { min: 16, max: 110 };
// Quarters and halves of a year by their letter, and how many there are.
const PERIOD_LABELS: ReadonlyMap<string, number> = new Map([
  ['Q', 4],
  ['H', 2],
]);

/** English: "in May 2020", "on 12 June 2023", "five years ago", "since March". */
export const enDateRules: DateRules = {
  month: (lower) => MONTHS.get(lower),
  isYearWord: () => false,
  // "the 2024-2026 budget", "the 2025 budget": a determiner before a bare year makes it a year too;
  // "nine months of 2025": English writes counts from 1,000 with a comma, so a bare 2025 after "of" is a year.
  yearPrepositions: new Set(['in', 'since', 'by', 'for', 'from', 'until', 'till', 'before', 'after', 'during', 'at', 'the', 'of']),
  monthNeedsContext: NEEDS_CONTEXT,
  monthAfterPreposition: () => true,
  monthWord: () => false,
  monthInTimeCase: () => false,
  // "February 16", "Feb. 16": the day after the month or its abbreviation's dot.
  dayAfterMonth(t, i) {
    const k = t[i + 1]?.text === '.' && !t[i + 1]!.spaceBefore ? i + 2 : i + 1;
    const day = t[k];
    return day !== undefined && day.kind === 'number' && day.text.length <= 2 && day.spaceBefore && t[k + 1]?.kind !== 'number' ? k : -1;
  },
  relativeRules: (lower) => RELATIVE.get(lower) ?? NO_RELATIVE_RULES,
  relativeInflected: () => false,
  adpositions: adpositionTable(lexicon),
  bareDecades: true,
  decadeEnding: /^s$/, // "the 1990s"
  dayJoiners: new Set(['to', 'and', 'or']),
  partsOfMonth: new Set(),
  timeAdjective: () => false,
  timeNoun: () => undefined,
  partOfPeriod: (_t, next) => next,
  modifiesNext: () => false,
  isRange: () => false,
  anaphoricBefore: new Set(),
  durationUnit: (lower) => DURATION.get(lower),
  durationAfter: new Set(),
  durationAgo: new Set(['ago']),
  durationBefore: new Set(['last', 'past', 'next']),
  vagueCounts: new Set(['several', 'few']),
  isPartOfYear: (lower) => /^(?:quarter|half)$/.test(lower),
  // "Q3 2025", "H1 2026": the letter and its digit are two tokens with no space between them.
  periodLabelBefore(t, first) {
    const digit = t[first - 1];
    const letter = t[first - 2];
    if (digit?.kind !== 'number' || digit.spaceBefore || letter === undefined || !t[first]!.spaceBefore) return -1;
    const max = PERIOD_LABELS.get(letter.text);
    return max !== undefined && Number(digit.text) >= 1 && Number(digit.text) <= max ? first - 2 : -1;
  },
  // "Uali, 52, previously served as…": a number set off by commas right after a name is an age.
  ageAt(t, q) {
    const name = t[q.first - 2];
    const value = q.value;
    if (typeof value !== 'number' || !q.hasDigits || value < ADULT_AGE.min || value > ADULT_AGE.max) return undefined;
    if (t[q.first - 1]?.text !== ',' || t[q.next]?.text !== ',' || name === undefined || name.kind !== 'word' || !isCapitalized(name)) return undefined;
    return { next: q.next };
  },
};
