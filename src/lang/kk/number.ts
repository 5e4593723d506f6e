import measureFile from './measures.json' with { type: 'json' };
import type { CountedNounRules } from '../../extract/number/rules.js';
import { type MeasureFile, measureOf } from '../../extract/number/measure.js';

// Words that follow numbers but are not what is counted.
const STOP = new Set([
  'және',
  'мен',
  'да',
  'де',
  'та',
  'те',
  'бен',
  'пен',
  'ғана',
  'тек',
  'әр',
  'бұл',
  'осы',
  'сол',
  'ол',
  'олар',
  'ал',
  'бірақ',
  'немесе',
  'не',
  'яғни',
  'оның',
  'соның',
  'ішінде',
  'бойынша',
  'арасында',
  'дейін',
  'кейін',
  'бері',
  'үшін',
  'туралы',
  'жуық',
  'астам',
  'аса',
  'артық',
  'шамасында',
  'деп',
  'еді',
  'деді',
  'болды',
  'болып',
  'етті',
  'берді',
  'алды',
  'бар',
  'жоқ',
  'рет',
  'есе',
  'астам',
  'жуық',
]);
// Participles and finite verbs; "-ды/-ді" is left out because it is also the accusative of nouns ("студентті").
const VERB_RE = /(?:ған|ген|қан|кен|ғанын|генін|йды|йді|ады|еді|атын|етін|йтын|йтін|уда|уде|мақ|мек|уға|уге|уы|уі)$/;
const ADJECTIVE_RE = /(?:лық|лік|дық|дік|тық|тік|лы|лі|алды|лді|ғы|гі|қы|кі)$/;
const OBLIQUE_RE =
  /(?:дағы|дегі|тағы|тегі|ндағы|ндегі|ға|ге|қа|ке|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|ына|іне|сына|сіне|ында|інде|сында|сінде)$/;

const MEASURE_PREFIX = new Set(['шаршы', 'текше']);
// "жазғы", "қысқы", "күзгі": adjectives of time that look like a possessive after the counted noun ("300 бала жазғы лагерьде").
const SEASON_ADJECTIVE_RE = /(?:ғы|гі|қы|кі)$/;
const POSSESSIVE_RE = /(?:сы|сі|ы|і)(?:н|на|не|нда|нде|нан|нен|ның|нің|мен)?$/;
const PAST_VERB_RE = /(?:ды|ді|ты|ті|ады|еді|йды|йді|ылды|ілді)$/;
/**
 * The counted noun without its case ending (a plural too, though numerals seldom take one):
 * "мектепке" → мектеп, "ауылдардан" → ауыл, "отбасыға" → отбасы. Possessives stay, for they are
 * part of the word ("отбасы", "байланыс мұнарасы"); dative, locative and accusative in н- come only
 * after a possessive ("отбасына", "мұнарасында"), so "кітапхана" and "балабақша" keep their ends.
 * The plural agrees with the sound before it (-лар after a vowel or р/й/у, -дар after л/м/н/ң/з/ж,
 * -тар after a voiceless one), so "компьютер" keeps its "-тер".
 */
const CASE_ENDING_RE =
  /^(.{3,}?)(?:(?<=[аәеиоөуұүыіэюяйр])(?:лар|лер)|(?<=[лмнңзж])(?:дар|дер)|(?<=[птксқшфхцчщбвгд])(?:тар|тер))?(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|мен|бен|пен|(?<=[ыі])(?:на|не|нда|нде))?$/;
const withoutCase = (lower: string): string => CASE_ENDING_RE.exec(lower)?.[1] ?? lower;

// "белгілі бір", "сондай бір", "қандай да бір", "ең бір", "келе жатқан бір үрдіс": "бір" as an indefinite article.
const INDEFINITE_AFTER = new Set(['белгілі', 'сондай', 'осындай', 'мұндай', 'ондай', 'ең', 'тура', 'жалпы', 'кішігірім', 'үлкен', 'әлдеқандай', 'әйтеуір']);
const PARTICIPLE_RE = /(?:ған|ген|қан|кен|йтын|йтін|атын|етін)$/;
// "бір кездері", "бір топ азамат", "бір сәт", "бір қызығы": set phrases; "бір өсіп, бір түссе": verbs.
const INDEFINITE_BEFORE = new Set(['кездері', 'кезде', 'кезі', 'кезінде', 'сәт', 'сәтке', 'топ', 'қызығы', 'уағына', 'мезет', 'шама', 'шамасы', 'түрлі', 'қатар']);
const CONVERB_RE = /(?:ып|іп|са|се|ғанда|генде|ады|еді|йды|йді)$/;
const isIndefinite = (nextLower: string | undefined, prevLower: string | undefined, prev2Lower: string | undefined): boolean =>
  (prevLower !== undefined && (INDEFINITE_AFTER.has(prevLower) || PARTICIPLE_RE.test(prevLower) || ((prevLower === 'да' || prevLower === 'де') && /^қандай|^кандай/.test(prev2Lower ?? '')))) ||
  (nextLower !== undefined && (INDEFINITE_BEFORE.has(nextLower) || (CONVERB_RE.test(nextLower) && !/^(?:жылы|айы)$/.test(nextLower))));

/** Units of measurement, time and age: after a number they make a measure, not a count ("12 тонна", "35 градус"). */
const MEASURES: MeasureFile = measureFile;
// Two-letter units ("га", "кг") only as whole words: Kazakh endings follow stems of any length.
const UNIT_MATCHES = (word: string, unit: string): boolean => word.startsWith(unit) && (unit.length >= 3 || word === unit);

/** "294 ауыл", "82 базалық станция", "17 ауылдық елді мекенді", "1700 шаршы метрді". */
export const kkCountedNoun: CountedNounRules = {
  isNoun: (lower) => !STOP.has(lower) && !VERB_RE.test(lower),
  takesNextWord: (lower) => ADJECTIVE_RE.test(lower) || MEASURE_PREFIX.has(lower),
  // "қызмет түрі", "байланыс мұнарасы": a second noun with the possessive makes a compound with the first
  continuesCompound: (first, second) => !OBLIQUE_RE.test(first) && POSSESSIVE_RE.test(second) && !PAST_VERB_RE.test(second) && !SEASON_ADJECTIVE_RE.test(second),
  lemma: (words) => [...words.slice(0, -1), withoutCase(words[words.length - 1]!)].join(' '),
  notCounted: (lower) => /^жылдығ/.test(lower) || /^мерейтой/.test(lower),
  notANumber: (lower, nextLower, prevLower, prev2Lower) => lower === 'бір' && isIndefinite(nextLower, prevLower, prev2Lower),
  // "бабы 104": a provision; "сағат 10-да", "таңғы тоғыздан кешкі сегізге дейін": a clock time
  listJoiners: new Set(['және', 'мен', 'немесе']),
  notAfter: (lower) => /^(?:бап|бабы|бабының|бабына|тармақ|тармағы|№|сағат|таңғы|кешкі|түскі|түнгі)$/.test(lower),
  multiplier: (lower) => /^есе(?:ге|ден|лік)?$/.test(lower),
  // A level after the multiplier is its predicate ("екі есе жоғары"); "көп" in "екі есе көп кіреді" goes with the verb.
  comparative: (lower) => lower === 'жоғары' || lower === 'төмен',
  measure: (lower) => measureOf(MEASURES, lower, UNIT_MATCHES),
};
