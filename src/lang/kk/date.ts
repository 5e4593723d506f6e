import { isKazakhEnding, kkStems, stemGate } from './morph.js';
import { memoByWord } from '../../segment/word-memo.js';
import { adpositionTable, NO_RELATIVE_RULES, relativeIndex, type DateFile, type DateRules, type DurationUnit, type RelativeRule } from '../../extract/date/rules.js';
import file from './date.json' with { type: 'json' };
import type { Token } from '../../segment/tokenize.js';

const lexicon: DateFile = file;
const ADPOSITIONS = adpositionTable(lexicon);
const TIME_NOUNS = ADPOSITIONS.timeNouns;
const MONTHS = new Map(Object.entries(lexicon.months));
const VOICED_END_RE = /г$/;
const MONTH_PREFIXES = new Set([...MONTHS.keys()].map((m) => m.slice(0, 3)));
const DURATION_UNITS = new Map<string, DurationUnit>([
  ['жыл', 'Y'],
  ['ай', 'M'],
  ['апта', 'W'],
  // "үш жұма бұрын": a week in speech (Friday, "жұма күні", is no count of days)
  ['жұма', 'W'],
  ['күн', 'D'],
  ['тәулік', 'D'],
  // The Russian word for a day and night, as Kazakh speech uses it ("төрт сутка").
  ['сутка', 'D'],
  ['ғасыр', 'C'],
  ['сағат', 'H'],
  ['минут', 'MIN'],
]);
const DURATION_ADJECTIVE_RE = /^(.+?)(?:лық|лік|дық|дік|тық|тік)$/;
// A word, not punctuation or a number, and a verb's participle or finite ending («төленбеген», «төленеді»).
const WORD_START_RE = /^[а-яёәғқңөұүһі]/;
const FINITE_VERB_RE = /(?:ған|ген|қан|кен|ады|еді|йды|йді)$/;
// "жылы", "жылғы", "жылдың", "жылдарға", "жылдардағы", "ж.", and "жж." after a range of years ("2025–2027 жж.")
export const KK_YEAR_RE = /^(?:жж?|жыл(?:дар|лар)?(?:ы|ғы|дың|ның|да|дағы|ға|дан|ды|мен|ына|ында|ынан|ы|)?)$/;
// "маусым" is also a season, "қазан" a cauldron and a city
const NEEDS_CONTEXT: ReadonlySet<number> = new Set([6, 10]);
// The school, fiscal and farming year: «2026-2027 оқу жылына», «2025 қаржы жылы», «маркетингтік жылы».
const YEAR_KINDS: ReadonlySet<string> = new Set(['оқу', 'қаржы', 'маркетингтік', 'шаруашылық']);
// "айында", "айының", "айындағы", "айларында" (after a list of months)
const MONTH_WORD_RE = /^ай(?:лар)?(?:ы|ында|ынан|ына|ының|ындағы|да|ға)?$/;
const GENITIVE_RE = /(?:дың|дің|тың|тің|ның|нің)$/;
const COMPARED_RE = /[дт][ае][ғг][ыі][дт][ае]н$/;
// The verb that ends a Kazakh clause tells its tense: the simple past («аяқталды», «өтті», «бардық»), a perfect participle
// («салынған»), past «еді»; not the present-future, which also ends in -ды/-ді after a vowel («аяқталады», «береді»).
const PAST_VERB_RE = /(?:[^аеоөуұүыіәяй][дт][ыі]|[дт][ыі]қ|[дт][ыі]к|[ғгқк][ае]н|^еді)$/;
/** The clause's end, where its verb stands before: a sentence's end, a closing quote (speech quoted inside), a semicolon, a comma. */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…', '»', '”', ';', ',']);
// A converb before a comma goes on to the clause's verb («басталып, … аяқталды»).
const CONVERB_RE = /(?:ып|іп|[аеоөуұүыі]п)$/;
// The verbs that tell of what is to come beyond doubt: a vowel stem's present-future («жасайды», «сөйлейді»), the passive's
// («өткізіледі», «ашылады»), the future in -мақ («өтпек»), and the commonest consonant stems' present-future («өтеді»). Not
// any «-ады/-еді»: a vowel stem's past ends so too («жасады», «сөйледі»).
const FUTURE_VERB_RE = /(?:[аеоөуұүыіәя]й[дт][ыі]|[ыі]л[ае]д[ыі]|[мбп][ае][қк]|^(?:өтеді|болады|басталады|аяқталады|жалғасады|келеді|береді|кетеді))$/;
/** How many tokens after a date its clause's verb is looked for. */
const VERB_REACH = 25;

/** A year or a relative one right before a date («2028 жылдың наурыз айында», «биыл наурызда»): it gives the year, not the clause's tense. */
function yearBefore(t: readonly Token[], first: number): boolean {
  const before = first > 0 ? t[first - 1]!.lower : '';
  return KK_YEAR_RE.test(before) || RELATIVE.has(before) || MODIFIER_RE.test(before);
}

/** The lowercase verb that ends the clause of a date at `first` (a converb before a comma goes on to the next), or undefined. */
function clauseVerb(t: readonly Token[], first: number): string | undefined {
  for (let k = first + 1; k < t.length && k - first <= VERB_REACH; k++) {
    if (t[k]!.sentenceStart) return undefined;
    if (!CLAUSE_END.has(t[k]!.text)) continue;
    const verb = t[k - 1]!;
    if (t[k]!.text === ',' && CONVERB_RE.test(verb.lower)) continue;
    return verb.kind === 'word' && verb.text === verb.lower ? verb.lower : undefined;
  }
  return undefined;
}
// Not a weekday: "сәрсенбі күні" is the weekday and a noun naming it, as "9 мамыр күні" is a date and that noun.
const TIME_ADJECTIVE_RE = /(?:ғы|гі|қы|кі)$/;
// Nouns a time adjective heads, in any form: "бүгінгі күнді", "бүгінгі таңдағы", "биылғы жылмен".
const TIME_NOUN_STEMS: ReadonlySet<string> = new Set(['күн', 'таң', 'жыл', 'кез', 'кезең', 'түн', 'маусым']);
// The adjective of a time noun ("биылғы жылғы") is no case ending, so it is cut before stemming.
const ADJECTIVE_END_RE = /(?:ғы|гі)$/;
// A part of a period, possessed by it: "жылдың басынан", "айдың соңында", "жаздың ортасына", "қыс айларында".
const PART_OF_PERIOD_RE = /^(?:бас|соң|аяғ|орта|жарты|жартыжылдығ|күн|түн|ай|апта|тоқсан)(?:дар|дер|лар|лер)?(?:ы|і|сы|сі)(?:на|не|нда|нде|ндағы|ндегі|нан|нен|ның|нің|н)?$/;
// Words between the period and its part: "жаздың алғашқы күні", "жылдың бірінші жартысында".
const PART_MODIFIERS: ReadonlySet<string> = new Set(['алғашқы', 'соңғы', 'бірінші', 'екінші']);
// The ordinal of a quarter or half («бірінші тоқсанда», «екінші жартыжылдықта»), and a half («жартыжылдық», «жылдың бірінші жартысында»).
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['бірінші', 1],
  ['алғашқы', 1],
  ['екінші', 2],
  ['үшінші', 3],
  ['төртінші', 4],
]);
const HALF_RE = /^(?:жартыжылды[қғ]|жартыс)/;
// A season names its months and days without a genitive: "жаз айларында", "қыс күндері".
const SEASON_RE = /^(?:қыс|жаз|күз|көктем)$/;
// The two ends of a range: see isRange.
const RANGE_GAP_RE = /^\s*(?:мен|бен|пен|[–—-])\s*$/;
const RANGE_END_RE = /^аралығ/;
const DAYS = 'күндері';
const RANGE_DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);
const ABLATIVE_RE = /(?:дан|ден|тан|тен|нан|нен)$/;
const UNTIL_RE = /^(?:дейін|дейінгі|шейін)$/;
// A date in the genitive or as an adjective modifies the next ("өткен жылдың шілде айында", "биылғы 8 айда"); "екі" only ends like one.
const MODIFIER_RE = /(?:дың|дің|тың|тің|ның|нің|ғы|гі|қы|[^е]кі)$/;

// A month in the locative or the ablative is a time by itself ("қаңтарда", "қыркүйектен"), and so is
// the month of a year in those cases or the dative ("сәуірінде", "қыркүйегінен", "шілдесіне"), and the
// locative made an adjective, bare or compared from («қаңтардағы жиын», «қыркүйектегіден төмен»).
const MONTH_IN_TIME_CASE_RE = new RegExp(
  `^(?:${[...MONTHS.keys()].map((m) => m.replace(/к$/, '[кг]')).join('|')})(?:да|де|та|те|дан|ден|тан|тен|нан|нен|(?:да|де|та|те)(?:ғы|гі)(?:дан|ден)?|(?:ы|і|сы|сі)(?:нда|нде|нан|нен|на|не))$`,
);

// One-word expressions carry endings ("биылдың"), so their stems count too; the gate spares most words the stemming.
const RELATIVE = relativeIndex(lexicon);
const mayHaveRelativeStem = stemGate(RELATIVE.keys());

const POSSESSIVE_END_RE = /[ыі]$/;
// Not the instrumental "-мен" ("былтырмен салыстырғанда", compared with last year).
const PERSONAL_POSSESSIVE_RE = /^[ыі]?(?:м(?!ен$)|ң|мыз|міз|ңыз|ңіз)/;
const PRONOMINAL_CASE_RE = /^н(?:а|е|да|де|ан|ен|ың|ің|ы|і)$/;

// "45 жастағы", "6 жасқа", "үш жасар": an age ("жастар" is youth, not an age).
const AGE_RE = /^жас(?:қа|та|тан|тағы|ар|ында|ынан|ына|ы|ының)$/;

// "он сегіз бен отыз жас аралығында": two ages joined before one age word and a postposition of range.
const AGE_JOINERS: ReadonlySet<string> = new Set(['бен', 'мен', 'пен', '–', '—', '-']);
// The most tokens of the second age: "жиырма тоғыз", "52".
const MAX_SECOND_AGE = 3;
// The age noun possessed ("атаның жасы", "олардың жастары", "жасымыз"), a number after it being the age.
const AGE_NOUN_RE = /^жас(?:ы|тары|ымыз|тарымыз)$/;
const NOW_WORDS: ReadonlySet<string> = new Set(['қазір', 'биыл']);

/** The end of "… жас аралығында(ғы)" when the second age starts at k, or -1. */
function ageRangeEnd(t: readonly Token[], k: number): number {
  for (let j = k; j < k + MAX_SECOND_AGE + 1; j++) {
    const tok = t[j];
    if (tok === undefined || tok.sentenceStart || (tok.kind !== 'number' && tok.text !== tok.lower)) return -1;
    if (j > k && tok.lower === 'жас') return t[j + 1] !== undefined && !t[j + 1]!.sentenceStart && RANGE_END_RE.test(t[j + 1]!.lower) ? j + 2 : -1;
  }
  return -1;
}

/** "атаның жасы қазір сексеннен асқан", "жасы 57-де", "жастары елуге тақаған": a number after the possessed age noun is the age. */
function ageNounBefore(t: readonly Token[], first: number): boolean {
  if (t[first] === undefined || t[first]!.sentenceStart) return false;
  let k = first - 1;
  if (NOW_WORDS.has(t[k]?.lower ?? '') && !t[k]!.sentenceStart) k -= 1;
  return AGE_NOUN_RE.test(t[k]?.lower ?? '');
}

/** The time unit a noun names in any of its forms ("жылдан", "күндері"). */
function durationUnitOf(noun: string): { unit: DurationUnit; lemma: string } | undefined {
  for (const { stem } of kkStems(noun, 2)) {
    const unit = DURATION_UNITS.get(stem);
    if (unit !== undefined) return { unit, lemma: stem };
  }
  return undefined;
}

/**
 * The relative rules of a word's stems ("биылдың" → "биыл"), pushed into one array: flatMap made
 * holey arrays, a second array class for dateAt's loop over the rules, met after it was optimised
 * (`--trace-deopt`: "wrong map", session 21).
 */
function stemRules(lower: string): readonly RelativeRule[] {
  const found: RelativeRule[] = [];
  for (const { stem } of kkStems(lower, 3).slice(1)) for (const r of RELATIVE.get(stem) ?? NO_RELATIVE_RULES) found.push(r);
  return found.length > 0 ? found : NO_RELATIVE_RULES;
}

/** Kazakh: "2025 жылы", "2026-2030 жылдарға", "4 қарашада", "2025 жылғы 4 қараша", "мамыр айында". */
export const kkDateRules: DateRules = {
  month(lower) {
    if (!MONTH_PREFIXES.has(lower.slice(0, 3))) return undefined;
    // «қыркүйектегіден»: the ablative of comparison after the adjective «-тегі», which the endings do not stack
    for (const { stem } of kkStems(COMPARED_RE.test(lower) ? lower.slice(0, -3) : lower, 3)) {
      // A final к voices before a vowel: "қыркүйек" → "қыркүйегінде".
      const m = MONTHS.get(stem) ?? MONTHS.get(stem.replace(VOICED_END_RE, 'к'));
      if (m !== undefined) return m;
    }
    return undefined;
  },
  isYearWord: (lower) => KK_YEAR_RE.test(lower),
  yearKind: (lower) => YEAR_KINDS.has(lower),
  yearPrepositions: new Set(),
  monthNeedsContext: NEEDS_CONTEXT,
  monthAfterPreposition: (_lower, month) => !NEEDS_CONTEXT.has(month),
  monthWord: (lower) => MONTH_WORD_RE.test(lower),
  monthInTimeCase: (lower) => MONTH_IN_TIME_CASE_RE.test(lower),
  // "наурыздың 19-ынан", "мамыр айының 9-ы": the day after a month in the genitive
  // («желтоқсанның екінші жартысында»: an ordinal before a part of the month is the part's, no day)
  dayAfterMonth(t, i) {
    const next = t[i + 1];
    const at = GENITIVE_RE.test(t[i]!.lower) ? i + 1 : next !== undefined && GENITIVE_RE.test(next.lower) && MONTH_WORD_RE.test(next.lower.replace(GENITIVE_RE, '')) ? i + 2 : -1;
    return at >= 0 && PART_MODIFIERS.has(t[at]?.lower ?? '') && PART_OF_PERIOD_RE.test(t[at + 1]?.lower ?? '') ? -1 : at;
  },
  relativeRules: (lower) => RELATIVE.get(lower) ?? (mayHaveRelativeStem(lower) ? stemRules(lower) : NO_RELATIVE_RULES),
  // Relative expressions decline on their last word: "биылдың", "бүгінге", "қыста", "жыл басынан".
  relativeInflected(lower, word) {
    const ending = lower.slice(word.length);
    // Time words take no "my" or "your": "қысым" is pressure, "жазым" an accident.
    if (PERSONAL_POSSESSIVE_RE.test(ending)) return false;
    // After a possessive the cases take an н ("соңы" → "соңына", "басы" → "басынан").
    return isKazakhEnding(ending) || (POSSESSIVE_END_RE.test(word) && PRONOMINAL_CASE_RE.test(ending));
  },
  adpositions: ADPOSITIONS,
  bareDecades: false,
  shortOrdinalYears: true,
  yearBeforeDay: true,
  // Kazakh press also writes the Russian endings: "1990-х жылдары".
  // «1990-шы», and the plural year word glued by a hyphen: «1990-жылдары».
  decadeEnding: /^(?:е|х|ых|шы|ші|ыншы|інші|жылдар)/,
  dayJoiners: new Set(['бен', 'мен', 'пен', 'және', 'немесе']),
  partsOfMonth: new Set(),
  // "бүгінгі", "биылғы", "кешегі", "көктемгі"
  timeAdjective: (lower) => TIME_ADJECTIVE_RE.test(lower),
  timeNoun(lower) {
    const listed = TIME_NOUNS.get(lower);
    if (listed !== undefined) return listed;
    return kkStems(lower.replace(ADJECTIVE_END_RE, ''), 2).some((s) => TIME_NOUN_STEMS.has(s.stem)) ? '' : undefined;
  },
  // The verb comes last: «Маусым 15 сәуірде басталып, 30 қыркүйекте аяқталды» (in an October article, the April before).
  // A year or a relative one written before the day or month gives it («2025 жылдың наурыз айында», «биыл наурызда»): the
  // two are joined after.
  pastBefore: (t, first) => !yearBefore(t, first) && PAST_VERB_RE.test(clauseVerb(t, first) ?? ''),
  // «Жиын сәрсенбі күні өтеді», «… жұма күні өткізіледі»: the present-future that ends the clause tells of what is to come, so a
  // weekday is the next such day (in «… жұма күні брифинг өткізді», the past, the last one).
  futureClause: (t, first) => !yearBefore(t, first) && FUTURE_VERB_RE.test(clauseVerb(t, first) ?? ''),
  partOfPeriod(t, next) {
    // «сәуірдің 29-ы мен мамырдың 5-і күндері аралығында»: the days' noun before a postposition of range joins the date, as
    // KazNERD marks it (a «күні» after one day stays out).
    const range = t[next + 1];
    if (t[next]?.lower === DAYS && !t[next]!.sentenceStart && range !== undefined && !range.sentenceStart && (RANGE_END_RE.test(range.lower) || UNTIL_RE.test(range.lower))) return next + 1;
    const last = t[next - 1];
    if (last === undefined || !(GENITIVE_RE.test(last.lower) || SEASON_RE.test(last.lower))) return next;
    const k = PART_MODIFIERS.has(t[next]?.lower ?? '') ? next + 1 : next;
    for (let j = next; j <= k; j++) if (t[j] === undefined || t[j]!.sentenceStart) return next;
    return PART_OF_PERIOD_RE.test(t[k]!.lower) ? k + 1 : next;
  },
  modifiesNext: (lower) => MODIFIER_RE.test(lower),
  // "A мен B аралығында", "A – B жылдар аралығында": a postposition of range takes both; "A-дан B-ға дейін": from one to the other.
  // «2020–2025 жылдар аралығында», «2020 жылдан 2025 жылға дейін», and a month named bare before a dash («қаңтар–қыркүйек айларында»).
  isRange: (lastA, gap, lastB) =>
    (RANGE_GAP_RE.test(gap) && (RANGE_END_RE.test(lastB) || (MONTHS.has(lastA) && RANGE_DASHES.has(gap.trim())))) || (gap.trim() === '' && ABLATIVE_RE.test(lastA) && UNTIL_RE.test(lastB)),
  durationUnit: memoByWord((lower) => {
    // "үш жылдық", "бес күндік", "3 айлық": the adjective of a duration is the duration, once the word is no
    // unit itself ("тәулік" ends like one).
    const adjective = DURATION_ADJECTIVE_RE.exec(lower)?.[1];
    return durationUnitOf(lower) ?? (adjective !== undefined ? durationUnitOf(adjective) : undefined);
  }),
  durationAfter: new Set(['бері', 'ішінде', 'бойы', 'бойына', 'кейін', 'соң']),
  // "айлық" is also a month's pay («екі айлық төленбеген») and the monthly calculation index («50 айлық есептік
  // көрсеткіш», an amount): a duration only before a noun it qualifies («3 айлық тағылымдама»).
  notDurationBefore: (unit, after) => unit === 'айлық' && (after === 'есептік' || !WORD_START_RE.test(after) || FINITE_VERB_RE.test(after)),
  durationAgo: new Set(['бұрын', 'бұрынғы']),
  anaphoricBefore: new Set(['осы']),
  durationBefore: new Set(['соңғы', 'алғашқы']),
  unitJoiners: new Set(['және']),
  // "жарты жыл бойы": a half counts units too (with no value here, as the vague counts).
  vagueCounts: new Set(['бірнеше', 'біраз', 'көп', 'ұзақ', 'жарты']),
  partOfYear: (lower) => (lower.startsWith('тоқсан') ? 'quarter' : HALF_RE.test(lower) ? 'half' : undefined),
  yearPartOrdinal: (lower) => ORDINALS.get(lower),
  // «жылдың алғашқы тоғыз айында»: the year is the article's (with a year before it, the two dates are joined instead).
  openingMonths(t, first, next) {
    const year = t[first - 2];
    if (ORDINALS.get(t[first - 1]?.lower ?? '') !== 1 || year?.lower !== 'жылдың' || t[first - 1]!.sentenceStart) return undefined;
    const before = t[first - 3];
    return before !== undefined && !year.sentenceStart && (before.kind === 'number' || MODIFIER_RE.test(before.lower)) ? undefined : { first: first - 2, next, year: undefined };
  },
  ageAt(t, q) {
    if (q.ordinal) return undefined;
    const tok = t[q.next];
    const goesOn = tok !== undefined && !tok.sentenceStart;
    if (goesOn && q.ending === '' && AGE_RE.test(tok.lower)) return { next: q.next + 1, unit: 'жас' };
    const rangeEnd = goesOn && q.ending === '' && AGE_JOINERS.has(tok.lower) ? ageRangeEnd(t, q.next + 1) : -1;
    if (rangeEnd >= 0) return { next: rangeEnd, range: true };
    return ageNounBefore(t, q.first) ? { next: q.next } : undefined;
  },
};
