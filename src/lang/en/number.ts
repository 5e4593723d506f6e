import measureFile from './measures.json' with { type: 'json' };
import type { CountedNounRules } from '../../extract/number/rules.js';
import { type MeasureFile, measureOf, partFactor } from '../../extract/number/measure.js';

const STOP = new Set([
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'from',
  'with',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'will',
  'be',
  'has',
  'have',
  'had',
  'that',
  'this',
  'which',
  'who',
  'per',
  'than',
  'each',
  'more',
  'less',
  'last',
  'next',
  'ago',
]);
// Plurals without the -s, and words whose -s is no plural ("gas stations").
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'livestock']);
const SINGULAR_IN_S = new Set([
  'gas',
  'news',
  'series',
  'species',
  'bus',
  'campus',
  'status',
  'census',
  'bonus',
  'virus',
  'lens',
  'press',
  'class',
  'business',
  'access',
  'process',
  'progress',
  'address',
]);
const isPlural = (lower: string): boolean => IRREGULAR_PLURALS.has(lower) || (lower.endsWith('s') && !SINGULAR_IN_S.has(lower) && !lower.endsWith('ss'));

/** Units of measurement, time and age: after a number they make a measure, not a count ("12 тонна", "35 градус"). */
const MEASURES: MeasureFile = measureFile;
const UNIT_MATCHES = (word: string, unit: string): boolean => word.startsWith(unit);

/**
 * "600 schools", "14,000 new jobs", "50 gas stations", "40 electric car charging stations": English
 * puts the counted noun's modifiers before it, so the phrase runs on over nouns used as modifiers
 * until its head, the first plural.
 */
export const enCountedNoun: CountedNounRules = {
  isNoun: (lower) => /^[a-z-]+$/.test(lower) && !STOP.has(lower) && !/(?:ed|ly)$/.test(lower),
  takesNextWord: (lower) => /(?:al|ic|ive|ous|new|ful|ing)$/.test(lower),
  continuesCompound: (first) => !isPlural(first),
  lemma: (words) => words.join(' '),
  notCounted: (lower) => lower === 'percent' || lower === 'pct' || /^anniversar/.test(lower),
  notANumber: () => false,
  listJoiners: new Set(['and', 'or']),
  notAfter: (lower) => /^(?:articles?|sections?|paragraphs?|clauses?|subparagraphs?|no|№)$/.test(lower),
  multiplier: (lower) => lower === 'times' || lower === 'fold',
  maxWords: 4,
  measure: (lower) => measureOf(MEASURES, lower, UNIT_MATCHES),
  measurePart: (unit, part) => partFactor(MEASURES, unit, part, UNIT_MATCHES),
  unitAbbreviation: (lower) => MEASURES.unitAbbreviations?.includes(lower) === true,
  // "Boeing 737", "Sukhoi Superjet 100"
  modelMakers: ['boeing', 'airbus', 'superjet'],
};
