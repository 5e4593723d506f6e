import type { Token } from '../../segment/tokenize.js';
import { isKnownFirstNameForm } from '../../extract/person/names.js';
import { adpositionTable, NO_RELATIVE_RULES, relativeIndex, type DateFile, type DateRules, type DurationUnit, type YearPart } from '../../extract/date/rules.js';
import file from './date.json' with { type: 'json' };

const lexicon: DateFile = file;
const MONTH_RE = /^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем|ом|а|у|й)?$/;
const MONTHS = new Map(Object.entries(lexicon.months));
// «во второй половине 2025 года»: the half of the year as «половина».
const HALF_OF_RE = /^половин[аеуы]$/;
// A quarter or half of a year («в первом квартале», «II полугодие»): what a year after it modifies («квартале 2026 года»).
const partOfYear = (lower: string): YearPart | undefined => (lower.startsWith('квартал') ? 'quarter' : lower.startsWith('полугоди') || HALF_OF_RE.test(lower) ? 'half' : undefined);
// The singular forms of a quarter or half but the genitive: after a bare digit they are its ordinal («во 2 квартале»).
const PART_SINGULAR_FORMS = new Set(['квартал', 'кварталу', 'кварталом', 'квартале', 'полугодие', 'полугодию', 'полугодием', 'полугодии']);
const PART_GENITIVE_FORMS = new Set(['квартала', 'полугодия']);
// The ordinal of a quarter or half: «в первом квартале», «второе полугодие».
const ORDINAL_STEMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^перв/, 1],
  [/^втор/, 2],
  [/^трет/, 3],
  [/^четв[её]рт/, 4],
];
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
// "октябрьской", "майских", "мартовские": a month's adjective stem and an adjective's ending.
const MONTH_ADJECTIVES = new Map(
  ['январск', 'февральск', 'мартовск', 'апрельск', 'майск', 'июньск', 'июльск', 'августовск', 'сентябрьск', 'октябрьск', 'ноябрьск', 'декабрьск'].map((stem, k) => [stem, k + 1]),
);
const MONTH_ADJECTIVE_RE = /^([а-яё]+ск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/;
// "пятилетний", "трёхдневного", "годичный"; "летний" alone is "summer", a unit only after digits ("15-летний").
const DURATION_ADJECTIVE_RE =
  /^(одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|двенадцати|пятнадцати|двадцати|двадцатипяти|тридцати|сорока|пятидесяти|ста)?(летн|годичн|месячн|дневн|недельн)(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими|ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)$/;
const DURATION_ADJECTIVE_COUNTS = new Map(
  Object.entries({
    одно: 1,
    двух: 2,
    трех: 3,
    трёх: 3,
    четырех: 4,
    четырёх: 4,
    пяти: 5,
    шести: 6,
    семи: 7,
    восьми: 8,
    девяти: 9,
    десяти: 10,
    двенадцати: 12,
    пятнадцати: 15,
    двадцати: 20,
    двадцатипяти: 25,
    тридцати: 30,
    сорока: 40,
    пятидесяти: 50,
    ста: 100,
  }),
);
const DURATION_ADJECTIVE_UNITS = new Map<string, DurationUnit>([
  ['летн', 'Y'],
  ['годичн', 'Y'],
  ['месячн', 'M'],
  ['дневн', 'D'],
  ['недельн', 'W'],
]);
// What a duration adjective measures: a term, a period, an experience ("пятилетний срок", "15-летний стаж").
const DURATION_HEAD_RE = /^(?:срок|траур|перерыв|контракт|мандат|заключени|период|план|опыт|стаж|правлени|визит|отпуск|мораторий|цикл|курс)/;
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
  'исполниться',
  'исполняется',
  // "эмир, которому сейчас 61 год", "ей был 21 год", "в свои 29 лет"
  'которому',
  'которой',
  'был',
  'была',
  'свои',
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
const AGE_ADVERBS = new Set(['всего', 'уже', 'почти', 'лишь', 'только', 'около', 'примерно', 'ровно', 'бы', 'до', 'сейчас', 'тогда', 'теперь']);
// "девочка 8 лет", "сыну 3 года", «детей до двух лет», «молодежь до 29 лет»: a person noun right before the count.
const AGED_NOUN_RE = /^(?:девоч|мальчи|ребён|ребен|сын|доч|внук|внуч|девушк|юнош|мужчин|женщин|подрост|пенсионер|школьни|молод[её]ж|дет(?:и|ей|ям|ях|ьми)$)/;
const CLAUSE_END = new Set(['.', ',', ';', ')', '!', '?', 'и', 'а', '—', '–']);
// A dative singular noun, not a time word ("в том году").
const DATIVE_RE = /(?<!год)(?:у|ю)$/u;
const WEEKDAY_RE = /^(?:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)$/;
const RANGE_FROM_RE = /^со?\s/i;
const GENITIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['с', 'c', 'со', 'до', 'от']);
const RANGE_TO_RE = /^по\s/i;
// "с 4 на 5 января": a night from one day to the next is one date (NEREL train 4 of 4); "с 2010 на 2011 год" is a change.
const NIGHT_FROM_RE = /^со?\s\d{1,2}(?:-го)?$/i;
const NIGHT_TO_RE = /^на\s\d/i;
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'над', 'за', 'к', 'от', 'по']);
const OPENING_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'через', 'спустя', 'около', 'до', 'после', 'уже', 'еще', 'ещё']);

/** The first of the numbers listed before the one at `first` ("30, 20 и 19 лет"), which share its unit and cue. */
function listStart(t: readonly Token[], first: number): number {
  let start = first;
  while ((t[start - 1]?.text === ',' || t[start - 1]?.lower === 'и') && t[start - 2]?.kind === 'number') start -= 2;
  return start;
}

/** Where a name may end: a capitalised word, or the parenthesis closing its spelling in Latin ("Камалуддин (Mohammed Kamaluddin), 34 года"). */
const isNameEnd = (tok: Token | undefined): boolean => tok !== undefined && (tok.text === ')' || (tok.kind === 'word' && tok.text !== tok.lower && tok.text !== tok.text.toUpperCase()));

/** The index past the last of the numbers listed from the one ending before `next` ("30, 20 и 19"), or `next` when none follows. */
function listEnd(t: readonly Token[], next: number): number {
  let end = next;
  while ((t[end]?.text === ',' || t[end]?.lower === 'и') && t[end + 1]?.kind === 'number') end += 2;
  return end;
}

/** The word before "N лет" makes it an age: a cue ("ему", "в возрасте"), or a person holding the clause's count. */
function ageCueBefore(t: readonly Token[], first: number, next: number): boolean {
  let at = listStart(t, first) - 1;
  while (AGE_ADVERBS.has(t[at]?.lower ?? '')) at -= 1;
  const before = t[at];
  const after = t[next];
  // "Вера Щесных (26 лет)", "Клэренс Картер, 49 лет, был казнён": an age set off right after a name.
  const setOff = (before?.text === '(' && after?.text === ')') || (before?.text === ',' && (after?.text === ',' || after?.text === '('));
  if (at === first - 1 && setOff && isNameEnd(t[at - 1])) return true;
  if (before === undefined || before.kind !== 'word') return false;
  if (AGE_BEFORE.has(before.lower) || AGED_NOUN_RE.test(before.lower)) return true;
  // "Кравцову 39 лет, …", "Келли 52 года.", "директору 47 лет,": a name or a dative, then the count closes the clause; a
  // preposition that opens the sentence is capitalised too («За 2 года и 3 месяца», «Через 5 лет,»).
  const holder = before.text !== before.lower ? before.text !== before.text.toUpperCase() && !(before.sentenceStart && OPENING_PREPOSITIONS.has(before.lower)) : DATIVE_RE.test(before.lower);
  return at === first - 1 && holder && (after === undefined || CLAUSE_END.has(after.lower)) && !PLACE_PREPOSITIONS.has(t[at - 1]?.lower ?? '');
}

// A past tense («родились», «выросли», «поступило») or a neuter past participle («выдано», «построено»); a clause ends at punctuation.
const PAST_RE = /^(?:[а-яё]{2,}(?:[аяеиыуё]л(?:а|о|и|ся|ась|ось|ись)?|[ае]но)|[а-яё]*(?:рос|н[её]с)л[аои])$/;
// Pasts listed: in -с, as a pattern would take «вопрос», «спрос», «бизнес» (and one in -сла, «посла»), and those of «быть»
// and «идти» («была открыта», «вышла в мае»), whose stems no pattern of -л- reads.
const IRREGULAR_PAST = new Set([
  ...['рос', 'вырос', 'возрос', 'подрос', 'нёс', 'нес', 'внёс', 'внес', 'принёс', 'принес', 'вынес', 'перенёс', 'перенес', 'занёс', 'занес'],
  ...['был', 'была', 'было', 'были'],
  ...['шёл', 'шел', 'шла', 'шло', 'шли'].flatMap((form) => ['', 'вы', 'при', 'у', 'про', 'по', 'пере', 'на'].map((prefix) => prefix + form)),
  ...['произошёл', 'произошел', 'произошла', 'произошло', 'произошли', 'вошёл', 'вошел', 'вошла', 'вошло', 'вошли'],
]);
// What news tells of the time to come: the auxiliary «будет», and the verbs of what is planned, due or expected. A past
// participle among them («запланировано») is read as the future, as the clause means.
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'будет',
  'будут',
  'буду',
  'будем',
  'будете',
  'планируется',
  'планируются',
  'планирует',
  'планируют',
  'запланировано',
  'запланирован',
  'запланирована',
  'запланированы',
  'намерен',
  'намерена',
  'намерены',
  'предстоит',
  'предстоят',
  'ожидается',
  'ожидаются',
  'состоится',
  'состоятся',
  'пройдет',
  'пройдёт',
  'пройдут',
  'начнется',
  'начнётся',
  'начнутся',
  'откроется',
  'откроются',
  'завершится',
  'завершатся',
  'вступит',
  'вступят',
  'заработает',
  'заработают',
  'появится',
  'появятся',
]);
const CLAUSE_REACH = 6;
const isClausePunct = (tok: Token): boolean => tok.kind === 'punct' && tok.text !== '-';
const endsClause = (tok: Token | undefined): boolean => tok === undefined || tok.sentenceStart || isClausePunct(tok);

/**
 * Whether a word of the clause of the date over tokens [first, next), within a few words either side, passes `test`,
 * looking outward from the date no further than a word that passes `stop`.
 */
function clauseHas(t: readonly Token[], first: number, next: number, test: (tok: Token) => boolean, stop: (tok: Token) => boolean = () => false): boolean {
  for (let k = next; k < next + CLAUSE_REACH && !endsClause(t[k]); k++) {
    if (test(t[k]!)) return true;
    if (stop(t[k]!)) break;
  }
  // Backwards, the sentence's first word is still of the clause («Открыли школу в декабре»).
  for (let k = first - 1; k >= first - CLAUSE_REACH && !t[k + 1]!.sentenceStart && t[k] !== undefined && !isClausePunct(t[k]!); k--) {
    if (test(t[k]!)) return true;
    if (stop(t[k]!)) break;
  }
  return false;
}
// An infinitive («дать», «открыть», «помочь», «провести»), but the nouns and numerals spelled like one. Of the infinitives in
// -сти only those of «вести, нести, везти, расти, спасти, цвести» are read: every noun in -сть ends so in three cases («области»).
const INFINITIVE_RE = /^(?:[а-яё]+(?:[аеиоуыяё]ть(?:ся)?|чь(?:ся)?)|[а-яё]*(?:[вн][её]с|вез|рас|спас|цвес)ти(?:сь)?)$/;
const NOT_INFINITIVES = new Set([
  'сеть',
  'путь',
  'суть',
  'нить',
  'треть',
  'пять',
  'девять',
  'десять',
  'мать',
  'зять',
  'память',
  'печать',
  'кровать',
  'ночь',
  'дочь',
  'речь',
  'печь',
  'повести',
  'совести',
  'страсти',
]);
// Nouns of the news spelled like a past: «материал», «капитала», «телеканал», «отдела», «правила», «детали», «жители», «показатели».
const NOT_PAST_RE =
  /(?:материал|капитал|канал|квартал|сигнал|финал|журнал|персонал|потенциал|отдел|раздел|предел)а?$|^правил[ао]?$|[иая]тели$|^(?:детали|медали|магистрали|недели|модели|панели|отели|автомобили|электромобили)$/;
// The plural past, which opens a sentence with no subject («Открыли школу в декабре», «Договорились о встрече»).
const SUBJECTLESS_PAST_RE = /л(?:и|ись)$/;
// A capitalised word inside the sentence is a name, not a verb: «Павел», «Михаил», «Жамал». One that opens its sentence is a
// verb only in the plural and when no first name: a singular there is mostly a noun or a name («Генерал», «Урал», «Начало», «Кемел»).
const isPast = (tok: Token): boolean =>
  (tok.text[0] === tok.lower[0] || (tok.sentenceStart && SUBJECTLESS_PAST_RE.test(tok.lower) && !isKnownFirstNameForm(tok.lower))) &&
  ((PAST_RE.test(tok.lower) && !NOT_PAST_RE.test(tok.lower)) || IRREGULAR_PAST.has(tok.lower));
const isFuture = (tok: Token): boolean => FUTURE_WORDS.has(tok.lower);
// «двадцать», «пятнадцать»: the numerals in -дцать.
const isInfinitive = ({ lower }: Token): boolean => INFINITIVE_RE.test(lower) && !NOT_INFINITIVES.has(lower) && !lower.endsWith('дцать');
const pastClause = (t: readonly Token[], first: number, next: number): boolean => clauseHas(t, first, next, isPast);
// A date without its year: the verb may stand before it or after it («В марте завод выпустил», «выпустил в марте»); a word
// of the future wins over a past form in the same clause («запланировано на март», «будет построено в мае»), and the
// date of an infinitive between it and the past verb tells no tense of its own («пообещал вынести вопрос 1 декабря»).
// A date set for an event, «назначено на 15 июля», «Суд назначил заседание на 5 октября»: one to come, as a moved date is
// (reschedulers); not one told as set back then («было назначено на …»).
const SCHEDULED_RE = /^(?:назнач|намеч)(?:ен[аоы]?|ил[аои]?)$/;
const WAS = new Set(['был', 'была', 'было', 'были']);
function scheduledFor(t: readonly Token[], first: number): boolean {
  if (t[first]?.lower !== 'на') return false;
  for (let k = first - 1; k >= 0 && first - k <= SCHEDULED_REACH && t[k]!.kind === 'word' && !t[k + 1]!.sentenceStart; k--)
    if (SCHEDULED_RE.test(t[k]!.lower)) return !(k > 0 && WAS.has(t[k - 1]!.lower));
  return false;
}
// The verb, then at most two words of what is set («назначил заседание суда на …»).
const SCHEDULED_REACH = 3;
const futureClause = (t: readonly Token[], first: number): boolean => scheduledFor(t, first) || clauseHas(t, first, first + 1, isFuture);
const pastBefore = (t: readonly Token[], first: number): boolean => !futureClause(t, first) && clauseHas(t, first, first + 1, isPast, isInfinitive);

/** Russian: "20 мая 2017 года", "в 2025 году", "2025-2027 годы", "в августе 2016 года", "В 1976". */
export const ruDateRules: DateRules = {
  month(lower) {
    const abbreviated = MONTH_ABBREVIATIONS.get(lower);
    if (abbreviated !== undefined) return abbreviated;
    const m = MONTH_RE.exec(lower);
    if (m === null || (m[1] === 'ма' && !/^ма[йяею]$/.test(lower))) return undefined;
    return MONTHS.get(m[1]!);
  },
  durationAdjective(lower) {
    const m = DURATION_ADJECTIVE_RE.exec(lower);
    if (m === null) return undefined;
    const unit = DURATION_ADJECTIVE_UNITS.get(m[2]!)!;
    const n = m[1] !== undefined ? DURATION_ADJECTIVE_COUNTS.get(m[1]) : m[2] === 'годичн' ? 1 : undefined;
    return n === undefined ? { unit } : { n, unit };
  },
  durationHead: (lower) => DURATION_HEAD_RE.test(lower),
  monthAdjective(lower) {
    const m = MONTH_ADJECTIVE_RE.exec(lower);
    return m === null ? undefined : MONTH_ADJECTIVES.get(m[1]!);
  },
  // "2019 г.": the abbreviation's dot stays outside the date, as NEREL has it (118 of 126 in train)
  isYearWord: (lower) => YEAR_RE.test(lower),
  weekday: (lower) => WEEKDAY_RE.test(lower),
  gluedYearWords: ['г', 'гг'],
  // a Latin «c» typed for «с» («c 1968 года») is read as it: NEREL train has 7 such dates
  // Not «на», before counts far more often than years («школа на 1200 мест»): it takes a month (targetPrepositions).
  yearPrepositions: new Set(['в', 'с', 'c', 'до', 'к', 'по', 'от', 'во']),
  targetPrepositions: new Set(['на']),
  // The singular past too: a court or an akimat moves a date («Суд перенёс на 15 декабря …»).
  reschedulers: new Set([
    ...['перенесли', 'перенёс', 'перенес', 'перенесла', 'перенесло', 'перенесен', 'перенесён', 'перенесена', 'перенесено', 'перенесены', 'перенести'],
    ...['переносится', 'переносятся', 'переносят', 'отложили', 'отложил', 'отложила', 'отложило', 'отложен', 'отложена', 'отложено', 'отложены', 'отложить'],
    ...['сдвинули', 'сдвинул', 'сдвинула', 'сдвинуло', 'сдвинут', 'сдвинута', 'сдвинуто', 'сдвинуты'],
  ]),
  monthNeedsContext: new Set([3, 5]), // "март" and "мая" are safe with a day; alone they need "в"
  // "в январе", not "в январь-…" nonsense; the genitive after a part of the month ("в конце марта") or after "с", "до", "от"
  // ("с января": NEREL train marks all 29 so)
  // «в марте», «с января», and the accusative after «по» («с января по март»: «март», «август» are their stems).
  // After «на» only a month in lower case: «На Май пришлось …» is a name's.
  monthAfterPreposition: (lower, month, partOfMonth, preposition, written) =>
    preposition === 'на'
      ? written === lower && (month === 5 || MONTHS.has(lower) || /ь$/.test(lower))
      : partOfMonth || /(?:е|ь)$/.test(lower) || month === 5 || (GENITIVE_PREPOSITIONS.has(preposition) && /[яа]$/.test(lower)) || (preposition === 'по' && MONTHS.has(lower)),
  monthWord: () => false,
  monthInTimeCase: () => false,
  dayAfterMonth: () => -1,
  relativeRules: (lower) => RELATIVE.get(lower) ?? NO_RELATIVE_RULES,
  relativeInflected: () => false,
  adpositions: adpositionTable(lexicon),
  bareDecades: true,
  shortOrdinalYears: false,
  decadeEnding: /^(?:е|х|ых)/,
  dayJoiners: new Set(['по', 'на', 'и', 'или']),
  partsOfMonth: new Set(['конце', 'начале', 'середине', 'конца', 'начала', 'середины']),
  timeAdjective: () => false,
  timeNoun: () => undefined,
  partOfPeriod: (_t, next) => next,
  // «в первом квартале 2027 года», «за второе полугодие следующего года»: a part of the year is one date with the year after it.
  modifiesNext: (lower) => partOfYear(lower) !== undefined,
  // "с 2014 по 2016 год", "с 10 по 21 апреля": NEREL marks the two ends as one date (61 of 63 in train); "с … до …" it splits.
  // «в июле и августе» names two months, not the period between them: only a dash joins them
  monthJoiners: new Set(['—', '–', '-']),
  isRange: (_lastA, gap, _lastB, textA, textB) => gap.trim() === '' && RANGE_FROM_RE.test(textA) && (RANGE_TO_RE.test(textB) || (NIGHT_TO_RE.test(textB) && NIGHT_FROM_RE.test(textA))),
  anaphoricBefore: new Set(),
  durationUnit(lower) {
    for (const [re, unit, lemma] of DURATION_UNITS) if (re.test(lower)) return { unit, lemma };
    return undefined;
  },
  durationAfter: new Set(['спустя']),
  durationAgo: new Set(['назад']),
  durationBefore: new Set(['последние', 'последних', 'ближайшие', 'ближайших', 'первые', 'первых', 'следующие', 'следующих', 'прошедшие', 'прошедших']),
  unitJoiners: new Set(['и']),
  // "около года", "больше месяца назад": an approximation before a unit stands for about one of it.
  vagueCounts: new Set(['несколько', 'нескольких', 'много', 'многих', 'около', 'почти', 'более', 'больше', 'менее', 'меньше', 'свыше']),
  partOfYear,
  yearPartOrdinal: (lower) => ORDINAL_STEMS.find(([re]) => re.test(lower))?.[1],
  digitBeforePart: (lower, yearAfter) => PART_SINGULAR_FORMS.has(lower) || (yearAfter && PART_GENITIVE_FORMS.has(lower)),
  // «за первые девять месяцев года»: the year is the article's.
  openingMonths(t, first, next) {
    const opening = t[first - 1]?.lower;
    return (opening === 'первые' || opening === 'первых') && t[next]?.lower === 'года' && !t[next]!.sentenceStart ? { first: first - 1, next: next + 1, year: undefined } : undefined;
  },
  monthsOfYearAfter: (lastMonths, lastYear) => lastMonths.startsWith('месяц') && lastYear === 'года',
  // "ЧМ-2018", "Олимпиада-2016", «Мисс Россия-2017»: the year of an event glued to its name is a date by itself.
  periodLabelBefore(t, first) {
    const hyphen = t[first - 1];
    const name = t[first - 2];
    const after = t[first + 1];
    const glued = hyphen?.text === '-' && !hyphen.spaceBefore && !t[first]!.spaceBefore && name?.kind === 'word';
    return glued && !(after !== undefined && !after.spaceBefore && (after.text === '-' || after.kind === 'number')) ? first : -1;
  },
  ageAt(t, q) {
    if (q.ordinal && q.hasDigits && AGE_ENDING_RE.test(q.ending)) return { next: q.next };
    if (q.ordinal) return undefined;
    // "Им было 30, 20 и 19 лет": an age listed before the last takes its unit; its span is the number alone.
    const last = listEnd(t, q.next);
    const unit = t[last];
    if (unit === undefined || !AGE_UNIT_RE.test(unit.lower) || (!ageCueBefore(t, q.first, last + 1) && t[last + 1]?.lower !== 'жизни')) return undefined;
    return last === q.next ? { next: q.next + 1, unit: 'год' } : { next: q.next };
  },
  pastClause,
  futureClause,
  pastBefore,
};
