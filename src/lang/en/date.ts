import { adpositionTable, NO_RELATIVE_RULES, relativeIndex, type DateFile, type DateRules, type DurationUnit } from '../../extract/date/rules.js';
import file from './date.json' with { type: 'json' };
import { isCapitalized, type Token } from '../../segment/tokenize.js';

const lexicon: DateFile = file;
const MONTHS = new Map(Object.entries(lexicon.months));
// "mid-March", "early-May": one word, the month after a glued part of it.
const GLUED_MONTH_RE = /^(?:mid|early|late)-/;
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
// "five-year", "two-week"; after digits and a hyphen the unit alone ("10-year").
const DURATION_ADJECTIVE_RE = /^(?:(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred)-)?(year|month|week|day)$/;
const DURATION_ADJECTIVE_COUNTS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
    .map((word, k) => [word, k + 1] as const)
    .concat([
      ['twelve', 12],
      ['fifteen', 15],
      ['twenty', 20],
      ['thirty', 30],
      ['fifty', 50],
      ['hundred', 100],
    ]),
);
// What a duration adjective measures: "a five-year term", "a 10-year contract".
const DURATION_HEADS: ReadonlySet<string> = new Set([
  'term',
  'terms',
  'contract',
  'contracts',
  'plan',
  'plans',
  'sentence',
  'sentences',
  'mandate',
  'mandates',
  'programme',
  'programmes',
  'program',
  'programs',
  'period',
  'periods',
  'lease',
  'leases',
  'ban',
  'bans',
  'deal',
  'deals',
  'stint',
  'stints',
  'moratorium',
  'moratoria',
  'strategy',
  'strategies',
]);
// "may" is also a verb, but never right after a preposition ("in May", "since May")
const NEEDS_CONTEXT: ReadonlySet<number> = new Set([5]);
const ADULT_AGE = { min: 16, max: 110 };
const DIED_RE = /^(?:die[sd]?|dying)$/;
const YEARS_RE = /^years?$/;
// Quarters and halves of a year by their letter, and how many there are.
const PERIOD_LABELS: ReadonlyMap<string, number> = new Map([
  ['Q', 4],
  ['H', 2],
]);

// A quarter or half of a year: "the third quarter", "Q3" (also its letter alone, the digit a token of its own), "the first half", "H1"; and the ordinal before it.
const QUARTER_RE = /^(?:quarter|q[1-4]?)$/;
const HALF_RE = /^(?:half|h[12]?)$/;
const PERIOD_LABEL_RE = /^[qh][1-4]$/;
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);
// Parts of a year written glued to it: "mid-2027", "late-2024".
const GLUED_PARTS: ReadonlySet<string> = new Set(['mid', 'early', 'late']);
// Two dates read as the ends of one range: a dash between them, "from … to/until/through …", "between … and …".
const DASH_GAP_RE = /^\s*[–—-]\s*$/;
const FROM_RE = /^from\s/i;
const TO_RE = /^(?:to|until|till|through)\s/i;
const BETWEEN_RE = /^between\s/i;
// "from March to May 2026": with a year at its end the range has one value; so has "from April 2 to May 17", days whose
// year is the article's (extract/date/year.ts), but not "from Monday to Friday".
const YEAR_RE = /\d{4}/;
const DAY_RE = /\d/;
// "from January", "to March": a preposition and a month, the ends of a range of months without a year.
const monthAlone = (text: string): boolean => {
  const space = text.indexOf(' ');
  return space > 0 && MONTHS.has(text.slice(space + 1).toLowerCase());
};

/** "mid-2027": where the part glued to the year at `first` starts, or -1. */
function gluedPartBefore(t: readonly Token[], first: number): number {
  const hyphen = t[first - 1];
  const part = t[first - 2];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || t[first]!.spaceBefore || part === undefined || !GLUED_PARTS.has(part.lower)) return -1;
  return first - 2;
}

// Words of a clause about what is to come, a few words before a date: "will be held on Saturday", "is expected to fly … on
// Monday", "prices would be frozen until December 31" (reported speech).
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'would', 'expected', 'scheduled', 'due', 'upcoming', 'next']);
// "next May", "last March": a month after these is the coming or the past one; written with a capital ("the next may be").
const MONTH_DETERMINERS: ReadonlySet<string> = new Set(['next', 'last']);
// "Sept.", the longest abbreviation of a month's name.
const MAX_MONTH_ABBREVIATION = 4;
// The look goes back to the clause's start: a comma, a conjunction or a verb of saying opens the date's own clause ("prices
// will rise, he said on Tuesday"), so it may reach over an object ("is expected to present the mission's statement on Tuesday").
const FUTURE_REACH = 10;
const FUTURE_STOPS: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'which', 'who', 'said', 'told', 'says', 'tells']);
// A verb of the past before a date in its clause ("launched in March", "who served as deputy akim from
// 2021 until his arrest in February"): regular -ed forms and the irregular past of news verbs. Verbs of
// saying report a clause whose own tense counts ("said the plant opens in March"); "to", a modal, a word of
// the future or a conjunction that opens the date's own clause ("before the school year begins on
// September 1") ends the look, and a participle after "be" is passive, its tense the auxiliary's
// ("will be renovated").
const PAST_REACH = 10;
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'began',
  'took',
  'held',
  'won',
  'made',
  'came',
  'went',
  'grew',
  'rose',
  'fell',
  'paid',
  'sent',
  'spent',
  'left',
  'built',
  'brought',
  'became',
  'met',
  'gave',
  'led',
  'ran',
  'saw',
  'sold',
  'bought',
  'lost',
  'struck',
  'broke',
]);
const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'said',
  'told',
  'added',
  'noted',
  'stated',
  'announced',
  'reported',
  'stressed',
  'emphasized',
  'emphasised',
  'explained',
  'recalled',
  'hundred',
  'united',
  'limited',
  'based',
  'related',
  'planned',
  'proposed',
  'intended',
]);
const PAST_STOPS: ReadonlySet<string> = new Set([
  'to',
  'will',
  "'ll",
  'shall',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'expected',
  'scheduled',
  'due',
  'upcoming',
  'plans',
  'plan',
  'next',
  'said',
  'told',
  'says',
  'tells',
  'before',
  'after',
  'when',
  'once',
  'if',
  'unless',
  'while',
  // A present auxiliary, a comma or a coordinating conjunction ends the date's clause too: "the appeal is heard in
  // January", "which organized the forum last year, hosts it in March", "exports rose and the rules take effect in January".
  'is',
  'are',
  'am',
  'has',
  'have',
  'and',
  'but',
  ',',
]);
// An appointment in the past takes effect from a day that may be still to come: "appointed X chief financial officer from November 1".
const EFFECTIVE_FROM: ReadonlySet<string> = new Set(['appointed', 'named', 'elected']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are']);
// A preposition before one too: "capital requirements for unsecured loans from October 1" tells no tense.
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'its', 'his', 'her', 'their', 'our', 'newly', 'for', 'of', 'with', 'on', 'in', 'from', 'at', 'into']);
const PAST_ED_RE = /^[a-z]{2,}[^e]ed$|^[a-z]{2,}ied$/;
// A past tense or participle by its form: an irregular one of the news, or a regular -ed that is no adjective or noun.
const isPastForm = (w: string): boolean => IRREGULAR_PAST.has(w) || (PAST_ED_RE.test(w) && !NOT_PAST_ED.has(w));
// A plural noun's ending (not "-ss": "business", "class").
const PLURAL_RE = /[^s]s$/;

// A date that opens its sentence is told in the tense of the clause's first verb after it, past one comma at most ("In
// March, the plant produced …", "On May 3 the court will hear …"); a present auxiliary tells neither.
const FRONTED_REACH = 10;
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', 'has', 'have']);
function frontedTense(t: readonly Token[], first: number): 'past' | 'future' | undefined {
  let commas = 0;
  for (let k = first + 1; k < t.length && k - first <= FRONTED_REACH && !t[k]!.sentenceStart; k++) {
    const w = t[k]!.lower;
    if (w === ';' || (w === ',' && !groupComma(t, k) && ++commas > 1) || PRESENT_AUXILIARIES.has(w)) return undefined;
    const before = t[k - 1]!.lower;
    if (ATTRIBUTIVE_BEFORE.has(before) || t[k]!.text !== w) continue;
    if (FUTURE_WORDS.has(w)) return 'future';
    if (!PASSIVE_AUXILIARIES.has(before) && isPastForm(w)) return 'past';
  }
  return undefined;
}

// A date inside its sentence's subject, a few words after its start ("Exports between March and May fell", "Grain exports in
// March will …"), is told in the tense of the verb after it, as a fronted one is; not after a pronoun, a subject of its own.
const MAX_SUBJECT_WORDS = 3;
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'there']);
const inSubject = (t: readonly Token[], start: number, first: number): boolean =>
  first - start <= MAX_SUBJECT_WORDS && !SUBJECT_PRONOUNS.has(t[start]!.lower) && t.slice(start, first).every((w) => w.kind === 'word');

/** The comma at k groups a number's digits ("surveyed 1,240 villages in March"): it ends no clause. */
const groupComma = (t: readonly Token[], k: number): boolean => t[k]!.text === ',' && !t[k]!.spaceBefore && t[k - 1]?.kind === 'number' && t[k + 1]?.kind === 'number' && !t[k + 1]!.spaceBefore;

/** English: "in May 2020", "on 12 June 2023", "five years ago", "since March". */
export const enDateRules: DateRules = {
  month: (lower) => MONTHS.get(lower) ?? (GLUED_MONTH_RE.test(lower) ? MONTHS.get(lower.slice(lower.indexOf('-') + 1)) : undefined),
  isYearWord: () => false,
  // "the 2024-2026 budget", "the 2025 budget": a determiner before a bare year makes it a year too;
  // "nine months of 2025": English writes counts from 1,000 with a comma, so a bare 2025 after "of" is a year.
  // "from 2006 to 2010 he …": the year that ends a range, too.
  // A possessive determiner too: "kept its 2026 output guidance", "their 2025 results".
  yearPrepositions: new Set([
    'in',
    'since',
    'by',
    'for',
    'from',
    'until',
    'till',
    'before',
    'after',
    'during',
    'at',
    'the',
    'of',
    'between',
    'to',
    'through',
    'its',
    'their',
    'his',
    'her',
    'our',
    ...MONTH_DETERMINERS,
  ]),
  monthNeedsContext: NEEDS_CONTEXT,
  monthAfterPreposition: (_lower, _month, _partOfMonth, preposition, written) => !MONTH_DETERMINERS.has(preposition) || written !== written.toLowerCase(),
  monthWord: () => false,
  monthInTimeCase: () => false,
  // "February 16", "Feb. 16": the day after the month or its abbreviation's dot ("Sept."); after a full name the dot ends
  // the sentence ("left in August." and the next line's "10:00").
  dayAfterMonth(t, i) {
    const k = t[i + 1]?.text === '.' && !t[i + 1]!.spaceBefore && t[i]!.text.length <= MAX_MONTH_ABBREVIATION ? i + 2 : i + 1;
    const day = t[k];
    return day !== undefined && day.kind === 'number' && day.text.length <= 2 && day.spaceBefore && t[k + 1]?.kind !== 'number' ? k : -1;
  },
  relativeRules: (lower) => RELATIVE.get(lower) ?? NO_RELATIVE_RULES,
  relativeInflected: () => false,
  adpositions: adpositionTable(lexicon),
  bareDecades: true,
  shortOrdinalYears: false,
  decadeEnding: /^s$/, // "the 1990s"
  dayJoiners: new Set(['to', 'and', 'or']),
  partsOfMonth: new Set(),
  timeAdjective: () => false,
  timeNoun: () => undefined,
  partOfPeriod: (_t, next) => next,
  modifiesNext: () => false,
  isRange: (_lastA, gap, _lastB, textA, textB) =>
    DASH_GAP_RE.test(gap) ||
    (gap.trim() === '' && FROM_RE.test(textA) && TO_RE.test(textB) && (YEAR_RE.test(textB) || (DAY_RE.test(textA) && DAY_RE.test(textB)) || (monthAlone(textA) && monthAlone(textB)))) ||
    (gap.trim().toLowerCase() === 'and' && BETWEEN_RE.test(textA)),
  anaphoricBefore: new Set(),
  durationUnit: (lower) => DURATION.get(lower),
  durationAdjective(lower) {
    const m = DURATION_ADJECTIVE_RE.exec(lower);
    if (m === null) return undefined;
    const unit = DURATION.get(m[2]!)!.unit;
    const n = m[1] === undefined ? undefined : DURATION_ADJECTIVE_COUNTS.get(m[1]);
    return n === undefined ? { unit } : { n, unit };
  },
  durationHead: (lower) => DURATION_HEADS.has(lower),
  durationAfter: new Set(),
  durationAgo: new Set(['ago']),
  durationBefore: new Set(['last', 'past', 'next']),
  unitJoiners: new Set(['and']),
  reschedulers: new Set(['moved', 'postponed', 'rescheduled', 'shifted', 'delayed', 'deferred', 'brought', 'pushed']),
  rescheduleParticles: new Set(['back', 'forward']),
  countWords: new Map([['one', 1]]),
  vagueCounts: new Set(['several', 'few']),
  partOfYear: (lower) => (QUARTER_RE.test(lower) ? 'quarter' : HALF_RE.test(lower) ? 'half' : undefined),
  yearPartOrdinal: (lower) => ORDINALS.get(lower) ?? (PERIOD_LABEL_RE.test(lower) ? Number(lower.slice(1)) : undefined),
  // "Q3 2025", "H1 2026": the letter and its digit are two tokens with no space between them; "mid-2027".
  periodLabelBefore(t, first) {
    const glued = gluedPartBefore(t, first);
    if (glued >= 0) return glued;
    const digit = t[first - 1];
    const letter = t[first - 2];
    if (digit?.kind !== 'number' || digit.spaceBefore || letter === undefined || !t[first]!.spaceBefore) return -1;
    const max = PERIOD_LABELS.get(letter.text);
    return max !== undefined && Number(digit.text) >= 1 && Number(digit.text) <= max ? first - 2 : -1;
  },
  // "the first nine months of the year", "first five months of this year", "the first eight months of 2026".
  openingMonths(t, first, next) {
    if (t[first - 1]?.lower !== 'first' || t[next]?.lower !== 'of') return undefined;
    const year = t[next + 1];
    if (year?.kind === 'number' && year.text.length === 4 && t[next + 2]?.text !== '-') return { first, next: next + 2, year: Number(year.text) };
    return (year?.lower === 'the' || year?.lower === 'this') && t[next + 2]?.lower === 'year' ? { first, next: next + 3, year: undefined } : undefined;
  },
  // "Water Dialogue 2026", "the Kairat 2030 strategy", "Energy Security 2030 programme": a year after a capitalised word
  // inside the sentence ends the name of an event, a plan or a programme; not a month's ("March 2026": a month's own rule),
  // and not before a plural it would count ("Samruk 2000 workers": English writes such counts "2,000").
  yearEndsName(t, first) {
    const name = t[first - 1];
    const after = t[first + 1];
    if (name === undefined || name.sentenceStart || !isCapitalized(name) || MONTHS.has(name.lower) || !t[first]!.spaceBefore) return false;
    return after === undefined || after.kind !== 'word' || after.sentenceStart || !PLURAL_RE.test(after.lower);
  },
  pastBefore(t, first) {
    // "last March", not "will last from April 1": the month right after it.
    if (t[first - 1]?.lower === 'last' && MONTHS.has(t[first]!.lower)) return true;
    if (t[first]!.sentenceStart) return frontedTense(t, first) === 'past';
    for (let k = first - 1; k >= 0 && first - k <= PAST_REACH; k--) {
      const w = t[k]!.lower;
      if (PAST_STOPS.has(w) && !groupComma(t, k)) return false;
      // A capitalised word inside the sentence is a name, not a verb: "Crown Prince Mohammed arrives … in March".
      const name = t[k]!.text !== w && !t[k]!.sentenceStart;
      // A participle after a determiner qualifies a noun and tells no tense: "The renovated school opens in March".
      const attributive = ATTRIBUTIVE_BEFORE.has(t[k - 1]?.lower ?? '');
      // A participle after "be" is passive, its tense the auxiliary's, irregular or not: "would be held from October 12".
      const passive = PASSIVE_AUXILIARIES.has(t[k - 1]?.lower ?? '');
      if (!name && !attributive && !passive && isPastForm(w)) return !(EFFECTIVE_FROM.has(w) && t[first]!.lower === 'from');
      if (w === ';') break;
      if (t[k]!.sentenceStart) return inSubject(t, k, first) && frontedTense(t, first) === 'past';
    }
    return false;
  },
  futureClause(t, first) {
    if (t[first]!.sentenceStart) return frontedTense(t, first) === 'future';
    for (let k = first - 1; k >= 0 && first - k <= FUTURE_REACH; k--) {
      const w = t[k]!.lower;
      // A participle after a determiner qualifies a noun: "completed its scheduled overhaul in September".
      if (FUTURE_WORDS.has(w) && !ATTRIBUTIVE_BEFORE.has(t[k - 1]?.lower ?? '')) return true;
      if (FUTURE_STOPS.has(w) && !groupComma(t, k)) break;
      if (t[k]!.sentenceStart) return inSubject(t, k, first) && frontedTense(t, first) === 'future';
    }
    return false;
  },
  // "Uali, 52, previously served as…": a number set off by commas right after a name is an age; so is
  // one after "at the age of", "aged" or "died at".
  ageAt(t, q) {
    const name = t[q.first - 2];
    const value = q.value;
    // "forty years old", "a building more than 60 years old": an age in any words, of a person or a thing.
    if (typeof value === 'number' && YEARS_RE.test(t[q.next]?.lower ?? '') && t[q.next + 1]?.lower === 'old') return { next: q.next + 2 };
    if (typeof value !== 'number' || !q.hasDigits || value < ADULT_AGE.min || value > ADULT_AGE.max) return undefined;
    const before = t[q.first - 1]?.lower;
    const saidAge = (before === 'of' && name?.lower === 'age') || before === 'aged' || (before === 'at' && name !== undefined && DIED_RE.test(name.lower));
    if (saidAge) return { next: q.next };
    if (before !== ',' || t[q.next]?.text !== ',' || name === undefined || name.kind !== 'word' || !isCapitalized(name)) return undefined;
    return { next: q.next };
  },
};
