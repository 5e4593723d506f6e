/**
 * A toy fourth pack (Indonesian, a handful of rules) that a test registers: it shows that a language
 * is its folder plus a `registerPack` call, with no change to the shared extractors. Names and titles
 * are borrowed from the English pack (Latin script); money, percents, numerals and dates are its own.
 */
import type { LanguagePack } from '../../src/lang/pack.js';
import { enPack } from '../../src/lang/en/index.js';
import { numeralLexicon } from '../../src/extract/quantity/lexicon.js';
import { adpositionTable, NO_RELATIVE_RULES, relativeIndex, type DateFile, type DurationUnit } from '../../src/extract/date/rules.js';
import numerals from './numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };
import dateFile from './date.json' with { type: 'json' };

const dates: DateFile = dateFile;
const MONTHS = new Map(Object.entries(dates.months));
const RELATIVE = relativeIndex(dates);
const DURATIONS = new Map<string, DurationUnit>([
  ['tahun', 'Y'],
  ['bulan', 'M'],
  ['minggu', 'W'],
  ['hari', 'D'],
]);

export const toyPack: LanguagePack = {
  ...enPack,
  lang: 'id',
  money: {
    currencyOf: (lower) => (lower === 'rupiah' ? 'IDR' : lower === 'dolar' ? 'USD' : undefined),
    countryBefore: new Map(),
    countryAfter: new Map([['as', 'USD']]),
  },
  percent: { isPercentWord: (lower) => lower === 'persen' },
  numerals: {
    lexicon: numeralLexicon(numerals, qualifiers),
    inflected: () => undefined,
    // "1.500.000", "2,5"
    groupMark: '.',
    decimalComma: true,
    suffixAfterHyphen: () => undefined,
    abbreviations: new Set(),
    range: { from: 'antara', to: 'dan' },
    andAHalf: undefined,
    startsChange: () => false,
    changeFrom: undefined,
  },
  date: {
    month: (lower) => MONTHS.get(lower),
    isYearWord: (lower) => lower === 'tahun',
    yearPrepositions: new Set(['pada', 'sejak', 'sampai']),
    monthNeedsContext: new Set(),
    monthAfterPreposition: () => true,
    monthWord: () => false,
    monthInTimeCase: () => false,
    dayAfterMonth: () => -1,
    relativeRules: (lower) => RELATIVE.get(lower) ?? NO_RELATIVE_RULES,
    relativeInflected: () => false,
    adpositions: adpositionTable(dates),
    decadeEnding: /^(?!)/,
    bareDecades: false,
    shortOrdinalYears: false,
    dayJoiners: new Set(['dan']),
    partsOfMonth: new Set(),
    timeAdjective: () => false,
    timeNoun: () => undefined,
    partOfPeriod: (_t, next) => next,
    modifiesNext: () => false,
    isRange: () => false,
    anaphoricBefore: new Set(),
    durationUnit(lower) {
      const unit = DURATIONS.get(lower);
      return unit === undefined ? undefined : { unit, lemma: lower };
    },
    durationAfter: new Set(),
    durationAgo: new Set(['lalu']),
    durationBefore: new Set(),
    unitJoiners: new Set(['dan']),
    vagueCounts: new Set(['beberapa']),
    partOfYear: () => undefined,
    yearPartOrdinal: () => undefined,
    ageAt: () => undefined,
  },
};
