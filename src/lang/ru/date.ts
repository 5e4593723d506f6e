import type { Token } from '../../segment/tokenize.js';
import { adpositionTable, NO_RELATIVE_RULES, relativeIndex, type DateFile, type DateRules, type DurationUnit } from '../../extract/date/rules.js';
import file from './date.json' with { type: 'json' };

const lexicon: DateFile = file;
const MONTH_RE = /^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем|ом|а|у|й)?$/;
const MONTHS = new Map(Object.entries(lexicon.months));
// "1 авг", "5 сент." in datelines; "мар" and "май" are left out ("мар" is no safe word, "май" is whole).
const MONTH_ABBREVIATIONS = new Map([
  ['янв', 1],
  ['фев', 2],
  ['февр', 2],
  ['апр', 4],
  ['авг', 8],
  ['сен', 9],
  ['сент', 9],
  ['окт', 10],
  ['нояб', 11],
  ['дек', 12],
]);
const DURATION_UNITS: ReadonlyArray<[RegExp, DurationUnit, string]> = [
  [/^(?:год|года|году|годом|годы|лет|годам|годами|годах)$/, 'Y', 'год'],
  [/^месяц(?:а|у|ем|е|ы|ев|ам|ами|ах)?$/, 'M', 'месяц'],
  [/^недел(?:я|и|е|ю|ей|ь|ям|ями|ях)$/, 'W', 'неделя'],
  [/^(?:день|дня|дню|днем|днём|дне|дни|дней|дням|днями|днях)$/, 'D', 'день'],
  [/^(?:сутки|суток)$/, 'D', 'сутки'],
  [/^(?:век|века|веку|веков)$/, 'C', 'век'],
  [/^(?:столетие|столетия)$/, 'C', 'столетие'],
  [/^час(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/, 'H', 'час'],
  [/^минут(?:а|ы|у|е|ой|ам|ами|ах)?$/, 'MIN', 'минута'],
];
const YEAR_RE = /^(?:год|года|году|годом|годе|годы|годов|годах|годам|гг|г)$/;
const RELATIVE = relativeIndex(lexicon);

// "45-летний", "в возрасте 70 лет".
const AGE_ENDING_RE = /^летн/;
const AGE_UNIT_RE = /^(?:лет|год|года|году)$/;
// "в возрасте 70 лет", "ему 85 лет", "ей исполнился 21 год", "в 13 лет", "с 14 лет", "старше 70 лет", "на 85 году жизни".
const AGE_BEFORE = new Set([
  'возрасте',
  'ему',
  'ей',
  'им',
  'исполнилось',
  'исполнится',
  'исполнился',
  'исполнилась',
  'было',
  'будет',
  'в',
  'с',
  'старше',
  'младше',
  'моложе',
  'достигших',
  'достигшие',
  'дожил',
  'дожила',
  'прожил',
  'прожила',
]);
// "ему было всего пять лет": an adverb between the cue and the count.
const AGE_ADVERBS = new Set(['всего', 'уже', 'почти', 'лишь', 'только', 'около', 'примерно', 'ровно', 'бы', 'до']);
// "девочка 8 лет", "сыну 3 года": a person noun right before the count.
const AGED_NOUN_RE = /^(?:девоч|мальчи|ребён|ребен|сын|доч|внук|внуч|девушк|юнош|мужчин|женщин|подрост|пенсионер|школьни)/;
const CLAUSE_END = new Set(['.', ',', ';', ')', '!', '?', 'и', 'а', '—', '–']);
// A dative singular noun, not a time word ("в том году").
const DATIVE_RE = /(?<!год)(?:у|ю)$/u;
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'над', 'за', 'к', 'от', 'по']);

/** The word before "N лет" makes it an age: a cue ("ему", "в возрасте"), or a person holding the clause's count. */
function ageCueBefore(t: readonly Token[], first: number, next: number): boolean {
  let at = first - 1;
  while (AGE_ADVERBS.has(t[at]?.lower ?? '')) at -= 1;
  const before = t[at];
  if (before === undefined || before.kind !== 'word') return false;
  if (AGE_BEFORE.has(before.lower) || AGED_NOUN_RE.test(before.lower)) return true;
  // "Кравцову 39 лет, …", "Келли 52 года.", "директору 47 лет,": a name or a dative, then the count closes the clause.
  const after = t[next];
  const holder = before.text !== before.lower ? before.text !== before.text.toUpperCase() : DATIVE_RE.test(before.lower);
  return at === first - 1 && holder && (after === undefined || CLAUSE_END.has(after.lower)) && !PLACE_PREPOSITIONS.has(t[at - 1]?.lower ?? '');
}

// A past tense («родились», «выросли», «поступило») or a neuter past participle («выдано», «построено»); a clause ends at punctuation.
const PAST_RE = /^[а-яё]{2,}(?:[аяеиыуё]л(?:а|о|и|ся|ась|ось|ись)?|[ае]но|[оё]с(?:л[аи])?)$/;
const CLAUSE_REACH = 6;
const endsClause = (tok: Token | undefined): boolean => tok === undefined || tok.sentenceStart || (tok.kind === 'punct' && tok.text !== '-');

function pastClause(t: readonly Token[], first: number, next: number): boolean {
  for (let k = next; k < next + CLAUSE_REACH && !endsClause(t[k]); k++) if (PAST_RE.test(t[k]!.lower)) return true;
  for (let k = first - 1; k >= first - CLAUSE_REACH && !endsClause(t[k + 1]) && !endsClause(t[k]); k--) if (PAST_RE.test(t[k]!.lower)) return true;
  return false;
}

/** Russian: "20 мая 2017 года", "в 2025 году", "2025-2027 годы", "в августе 2016 года", "В 1976". */
export const ruDateRules: DateRules = {
  month(lower) {
    const abbreviated = MONTH_ABBREVIATIONS.get(lower);
    if (abbreviated !== undefined) return abbreviated;
    const m = MONTH_RE.exec(lower);
    if (m === null || (m[1] === 'ма' && !/^ма[йяею]$/.test(lower))) return undefined;
    return MONTHS.get(m[1]!);
  },
  isYearWord: (lower) => YEAR_RE.test(lower),
  yearAbbreviation: 'г',
  gluedYearWords: ['г', 'гг'],
  yearPrepositions: new Set(['в', 'с', 'до', 'к', 'по', 'от', 'во']),
  monthNeedsContext: new Set([3, 5]), // "март" and "мая" are safe with a day; alone they need "в"
  // "в январе", not "в январь-…" nonsense; the genitive after a part of the month ("в конце марта")
  monthAfterPreposition: (lower, month, partOfMonth) => partOfMonth || /(?:е|ь)$/.test(lower) || month === 5,
  monthWord: () => false,
  monthInTimeCase: () => false,
  dayAfterMonth: () => -1,
  relativeRules: (lower) => RELATIVE.get(lower) ?? NO_RELATIVE_RULES,
  relativeInflected: () => false,
  adpositions: adpositionTable(lexicon),
  bareDecades: true,
  decadeEnding: /^(?:е|х|ых)/,
  dayJoiners: new Set(['по', 'на', 'и', 'или']),
  partsOfMonth: new Set(['конце', 'начале', 'середине', 'конца', 'начала', 'середины']),
  timeAdjective: () => false,
  timeNoun: () => undefined,
  partOfPeriod: (_t, next) => next,
  modifiesNext: () => false,
  isRange: () => false,
  anaphoricBefore: new Set(),
  durationUnit(lower) {
    for (const [re, unit, lemma] of DURATION_UNITS) if (re.test(lower)) return { unit, lemma };
    return undefined;
  },
  durationAfter: new Set(['спустя']),
  durationAgo: new Set(['назад']),
  durationBefore: new Set(['последние', 'последних', 'ближайшие', 'ближайших', 'первые', 'первых']),
  vagueCounts: new Set(['несколько', 'нескольких', 'много', 'многих']),
  isPartOfYear: (lower) => /^(?:квартал|полугоди)/.test(lower),
  ageAt(t, q) {
    if (q.ordinal && q.hasDigits && AGE_ENDING_RE.test(q.ending)) return { next: q.next };
    const tok = t[q.next];
    if (q.ordinal || tok === undefined || !AGE_UNIT_RE.test(tok.lower) || (!ageCueBefore(t, q.first, q.next + 1) && t[q.next + 1]?.lower !== 'жизни')) return undefined;
    return { next: q.next + 1, unit: 'год' };
  },
  pastClause,
};
