import type { NameRules } from '../../extract/person/rules.js';
import { isAlsoCommonWord, nominativeGender, isKnownFirstNameForm } from '../../extract/person/names.js';
import { personKey } from '../../link/keys.js';
import { isCyrillic, type Token } from '../../segment/tokenize.js';
import { type Word, wordQuestion } from '../../segment/word.js';
import { EAST_ASIAN_FAMILY, RU_SURNAME_RE } from '../ru/surname-shape.js';
import { isKkGenitive, isKkOblique } from './morph.js';
import { KK_DETERMINERS } from './title-heads.js';

/** A Kazakh surname's shape: "Тоқаев", "Сапарова", "Абайұлы", "Нұрланқызы". */
export const KK_SURNAME_RE = /(?:ов|ев|ин|ова|ева|ина|баев|баева|беков|бекова)$|^\S{4,}(?:ұлы|улы|қызы|кызы)$/;
/** Last elements of Kazakh given names, which Russian text writes too: -бек, -бай, -хан, -жан, -гүл, -нұр, -болат ... */
export const KK_GIVEN_NAME_RE = /^\S{2,}(?:бек|бай|хан|жан|гүл|гуль|гул|айым|бике|нұр|нур|болат)$/;

// Case endings a name takes in Kazakh, longest first; possessive forms do not occur on names but for a patronymic's
// own (ұл-ы, қыз-ы: «Ахметұлында», «Серікқызынан», and PATRONYMIC_CASE_RE).
const NAME_ENDINGS = [
  // The genitive with -кі, what is someone's: «Мәлібековтікі», «Асанныкі».
  'ныкі',
  'нікі',
  'дыкі',
  'дікі',
  'тыкі',
  'тікі',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'нда',
  'нде',
  'ға',
  'ге',
  'қа',
  'ке',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'да',
  'де',
  'та',
  'те',
  'ға',
];
const MIN_STEM = 3;
// The locative -нда/-нде follows only a possessive's vowel («Ахметұлында»): «Ерланда» is Ерлан's -да.
const AFTER_POSSESSIVE = new Set(['нда', 'нде']);
const POSSESSIVE_VOWEL_RE = /[ыі]$/;
// A patronymic is a possessive, so its dative and accusative are -на and -н: «Ахметұлына», «Серікқызын».
const PATRONYMIC_CASE = '(?:ұлы|улы|қызы|кызы)(на|н)';
const PATRONYMIC_CASE_RE = new RegExp(`${PATRONYMIC_CASE}$`);
// A patronymic written apart, in any case: «ұлы», «қызының», «ұлына», «улы».
const PATRONYMIC_APART_RE = /^(?:ұлы|улы|қызы|кызы)(?:ның|на|н|нан|мен|нда)?$/;
// An ending written after an apostrophe or a hyphen («Ли'дің», «Назарбаев-тың») leaves it on the stem.
const ENDING_JOINER_RE = /['’-]$/;

/**
 * Words after a capitalised word that make it a place, body or event rather than a person: a place
 * noun with its possessive, in any number and case ("ауданы", "аудандарының", "аулында", "кентіне",
 * "көшелеріндегі", "ескерткіші"), a ministry's head ("Әділет министрі": the ministry, though «Әділет» is a given name
 * too), and a few other heads.
 */
const PLACE_NOUN_RE =
  /^(?:аудан|ауыл|аул|кент|көше|даңғыл|қала|облыс|округ|алаң|өзен|көл|тау|шағынаудан|аурухана|мектеб|мектеп|стационар|бекет|ескерткіш|орталығ|орталық|сыйлығ|университет|театр|мешіт|саябағ|көпір|әуежай|шатқал|түбег|қойма|мемлекет|кешен|жол|өңір|министр|министрліг|ел)(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)(?:н|ның|нің|на|не|нда|нде|ндағы|ндегі|нан|нен|мен)?$|^(?:атындағы|күні|қоры|қорының)$/;
const isPlaceAfter = wordQuestion((lower) => PLACE_NOUN_RE.test(lower), false);

// The accusative after a consonant is also how many names end (Сатыбалды, Бекболды): it is
// stripped only from a stem that is surely a name, a surname's shape, a known first name, a stem
// in -и/-у, which takes the endings that follow a consonant (Тоқаевты, Берікті, Уәлиді), or a stem in
// a voiceless consonant, after which no name ends in -ты/-ті (Гутерришті, Трампты).
const ACCUSATIVE_AFTER_CONSONANT = new Set(['ды', 'ді', 'ты', 'ті']);
const ACCUSATIVE_STEM_RE = /(?:ов|ев|ин|ова|ева|ина|[иукқпстфхцчшщ])$/;

/**
 * Strip one case ending from a Kazakh name word unless the word is itself a known name; `minStem` letters stay at least
 * (two for the last syllable of an East Asian name: «Ынның» → Ын).
 */
export function kkNominative(word: string, minStem = MIN_STEM): string {
  const lower = word.toLowerCase();
  if (nominativeGender(lower) !== undefined) return word;
  const patronymic = PATRONYMIC_CASE_RE.exec(lower);
  if (patronymic !== null) return word.slice(0, -patronymic[1]!.length);
  for (const ending of NAME_ENDINGS) {
    if (lower.length - ending.length < minStem || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (AFTER_POSSESSIVE.has(ending) && !POSSESSIVE_VOWEL_RE.test(stem)) continue;
    if (ACCUSATIVE_AFTER_CONSONANT.has(ending) && !ACCUSATIVE_STEM_RE.test(stem) && nominativeGender(stem) === undefined) return word;
    const nominative = word.slice(0, -ending.length);
    return ENDING_JOINER_RE.test(nominative) ? nominative.slice(0, -1) : nominative;
  }
  return word;
}

// The case endings a name takes: genitive, dative, accusative, locative, ablative, instrumental.
const NAME_CASE_ENDINGS_BUT_LOCATIVE = 'тың|тің|ның|нің|дың|дің|тыкі|тікі|ныкі|нікі|дыкі|дікі|қа|ке|ға|ге|ты|ті|ны|ні|тан|тен|нан|нен|пен|бен|мен';
const NAME_CASE_ENDINGS = `${NAME_CASE_ENDINGS_BUT_LOCATIVE}|та|те|да|де`;
// A surname's sure shape: not -ин/-ина, which places and common words end in too.
const SURE_SURNAME_ENDINGS = 'ов|ев|ова|ева|ұлы|қызы';
// A surname's shape with a case ending: "Тоқаевтың", "Әбдірахманқызына", "Назарбаев-тың"; or a family's, in the plural
// ("Ахметовтер", "Сәтбаевтардың", whose norm keeps the plural as Russian «Ивановы» does). Places in -ин take the
// locative far more often than people do ("Берлинде", "Пекинде"), so -ин/-ина with it is no surname.
const FAMILY = '(?:ов|ев)(?:тар|тер)';
// Ukrainian -енко and Slavic -ский/-цкий surnames with a Kazakh case ending, which no Kazakh place or common word has («Зеленскийге»).
const SLAVIC_SURNAME_CASE = `(?:енко|[сц]кий)['’-]?(?:${NAME_CASE_ENDINGS})`;
const SURNAME_CASE_RE = new RegExp(
  `(?:(?:${SURE_SURNAME_ENDINGS}|улы|кызы)['’-]?(?:${NAME_CASE_ENDINGS})|${PATRONYMIC_CASE}|${FAMILY}(?:${NAME_CASE_ENDINGS})?|(?:ин|ина)['’-]?(?:${NAME_CASE_ENDINGS_BUT_LOCATIVE})|${SLAVIC_SURNAME_CASE})$`,
);
// A noun's possessive with a case ending after it: "Жарлығымен", "Жолдауында", "Үкіметіне". The ending keeps the
// vowel harmony of the possessive, so names in -іна are not read so (Әліна, Мәдіна, Сабіна).
const POSSESSIVE_CASE_RE = /(?:ы(?:мен|нан|на|нда)|і(?:мен|нен|не|нде))$/;
// A surname in the nominative: the word after it is no surname of the same name, as only a name's last word declines.
const NOMINATIVE_SURNAME_RE = new RegExp(`(?:${SURE_SURNAME_ENDINGS})$`);
// A case ending shows a name at a sentence start ("Тоқаевтың"), but only on a surname's sure shape, not on -ин/-ина/-аулы ("Карантинге", "Санаулы").
const SURE_SURNAME_RE = new RegExp(`(?:${SURE_SURNAME_ENDINGS}|${FAMILY})(?:${NAME_CASE_ENDINGS})?$|${SLAVIC_SURNAME_CASE}$`);

// Towns of Kazakhstan named after a person: alone in the locative they are the town («Қонаевта өтті»). Any other surname
// in the locative is a person's, as in «Тоқаевта сенім бар» (Tokayev has trust), the Kazakh way to say "has".
const TOWNS_NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set(['қонаев', 'сәтбаев', 'курчатов']);
const LOCATIVE_RE = /(?:та|те|да|де)$/;
const isTownInLocative = (lower: string): boolean => LOCATIVE_RE.test(lower) && TOWNS_NAMED_AFTER_PEOPLE.has(lower.slice(0, -2));

// Words that end a greeting or thanks before the name of the one addressed ("Қайырлы таң, …", "Рақмет, …"),
// and words that open what is said to the one addressed after the name ("…, сіз эфирдесіз").
const GREETING_ENDS = new Set(['күн', 'таң', 'кеш', 'рақмет', 'рахмет']);
const ADDRESS_OPENERS = new Set(['сіз', 'сен', 'сізге', 'біз', 'меніңше', 'қысқаша', 'кезек']);
const PUNCT_AFTER_ADDRESS = new Set(['!', '.', ',']);
// A colleague or a relative named after the noun that introduces them ("әріптесім Риза Омар
// баяндайды", "оның жұбайы Сәуле"); not "ұлы"/"қызы", which are also "great" and "girl".
const KIN_BEFORE_RE = /^(?:әріптес(?:ім|іміз|і)|жұбайы|зайыбы|әкесі|анасы|інісі|ағасы|әпкесі|сіңлісі|немересі)$/;
// A noun of the one who does something (-гер, -кер, -шы, -ші: «мердігер», «кәсіпкер», «жазушы», «әнші») opening a
// sentence before a surname says what he is, not his given name: «Мердігер Бейсенов сотталды».
const AGENT_NOUN_RE = /(?:гер|кер|шы|ші)$/;

// A capitalised word in the genitive before what only a person has or does — words, an appeal, a decree, a spouse or
// parent, a visit, an interview, an administration — is a person's name though it has no surname's shape: «Тоқаев
// Макронның сапары туралы айтты», «Байденнің әкімшілігі». Not the opinions and statements bodies have too
// («Министрліктің пікірінше», «Ресейдің мәлімдемесі»).
const GENITIVE_RE = /^\S{3,}(?:ның|нің|дың|дің|тың|тің)$/;
const PERSON_OWNED_RE =
  /^(?:сөз(?:і|ін|іне|інен|інше)|үндеу(?:і|ін|іне|інде)|жарлығ(?:ы|ын|ына|ымен)|жұбайы|зайыбы|әйелі|күйеуі|әкесі|анасы|сапар(?:ы|ын|ына|ында|ының)|сұхбат(?:ы|ын|ында)|әкімшілігі(?:н|нің|не)?|естеліктері|өмірбаяны)$/;

// A case ending on the last of three capitalised words after a first name, none on the middle one: one foreign name, as
// only a name's last word declines («Мартин Лютер Кингтің»); not a place in the case that names it («Қонаевта»).
const threeWordsByCase = (middle: Word | undefined, last: Word | undefined): boolean =>
  middle !== undefined && last !== undefined && kkNominative(middle.lower) === middle.lower && kkNominative(last.lower) !== last.lower && !isTownInLocative(last.lower);

// One capitalised word after a person's title is a mononym when it is no noun's possessive, bare or in a case
// («Президент Эрдоғанмен», «канцлер Шольц»; not «Президент Жарлығымен», «Премьер-Министр Кеңсесінің»).
const POSSESSIVE_NOMINATIVE_RE = /(?:[ыі]|сы|сі)$/;
// Nor a plural («Елбасы Министрлер кабинеті»).
const PLURAL_RE = /(?:лар|лер|дар|дер|тар|тер)$/;
const mononymAfterTitle = wordQuestion((lower) => {
  const stem = kkNominative(lower);
  return !POSSESSIVE_CASE_RE.test(lower) && !POSSESSIVE_NOMINATIVE_RE.test(stem) && !PLURAL_RE.test(stem) && !isAlsoCommonWord(stem);
}, false);

// A capitalised word in the instrumental before a verb of meeting or speaking, or a telephone call, is a person's name
// («Тоқаев Шольцпен сөйлесті», «Шольцпен телефон арқылы»), as a country or body takes talks and ties, not conversation.
const INSTRUMENTAL_RE = /^\S{3,}(?:мен|бен|пен)$/;
const MET_RE = /^(?:кездесті|кездесіп|сөйлесті|сөйлесіп|әңгімелесті|әңгімелесіп|сұхбаттасты|сұхбаттасып|телефон)$/;
// A capitalised word right before it that is no surname in the nominative (the one who meets: «Тоқаев Орбанмен») may be
// its given name, which the rules after a title read with it («Президенті Ули Маурермен»).
const givenNameBefore = (before: Token | undefined): boolean => before !== undefined && !before.sentenceStart && before.text !== before.lower && !NOMINATIVE_SURNAME_RE.test(before.lower);

const firstName = wordQuestion((lower) => {
  if (isKnownFirstNameForm(lower)) return true;
  const stem = kkNominative(lower);
  return stem !== lower && nominativeGender(stem) !== undefined;
}, false);

/** A capitalised word addressed by name: after a greeting and a comma, or a name before a comma and a second-person opener. */
function isVocative(t: readonly Token[], i: number): boolean {
  if (t[i - 1]?.text === ',' && GREETING_ENDS.has(t[i - 2]?.lower ?? '') && PUNCT_AFTER_ADDRESS.has(t[i + 1]?.text ?? '')) return true;
  const tok = t[i]!;
  return (firstName(tok.word) || isAlsoCommonWord(tok.lower)) && t[i + 1]?.text === ',' && ADDRESS_OPENERS.has(t[i + 2]?.lower ?? '');
}

export const kkNameRules: NameRules = {
  firstName,
  normalize(words, roles) {
    // Only the last word of a Kazakh name phrase carries the case ending; initials after a surname take none («Сейітқалиевке Б.Т.»).
    const out = [...words];
    let last = out.length - 1;
    while (last > 0 && roles[last] === 'initial') last--;
    out[last] = kkNominative(out[last]!, roles[0] === 'family' ? 2 : MIN_STEM);
    return out;
  },
  placeAfter: isPlaceAfter,
  inflected: wordQuestion((lower) => kkNominative(lower) !== lower, false),
  regionBefore: () => false,
  placeBefore: () => false,
  // A surname made of a father's name ("Жандос Жұмабек", "Руслан Оспан"): two first names side by side are one person.
  firstNameAsSurname: true,
  // Kazakh text writes Russian surnames as they are ("Шевченко", "Сапарова").
  surnameShape: (t) => isCyrillic(t.text) && (KK_SURNAME_RE.test(t.lower) || RU_SURNAME_RE.test(t.lower) || SURNAME_CASE_RE.test(t.lower)),
  givenNameShape: (lower) => KK_GIVEN_NAME_RE.test(lower),
  nameAtSentenceStart: (lower) => SURE_SURNAME_RE.test(lower),
  // A first name before its surname keeps no case ending ("Президент Жарлығымен Аккенженов": by the President's decree);
  // only the genitive and a possessive's cases are read, as names end like the other case endings (Фарида, Едіге, Дәрмен).
  unknownFirstBefore: (first, surname) => !(NOMINATIVE_SURNAME_RE.test(first) && SURNAME_CASE_RE.test(surname)) && !isKkGenitive(first) && !POSSESSIVE_CASE_RE.test(first),
  givenAtSentenceStart: (first, surname) =>
    first.length >= 4 &&
    SURE_SURNAME_RE.test(surname) &&
    !KK_DETERMINERS.has(first) &&
    !AGENT_NOUN_RE.test(first) &&
    !isKkOblique(first) &&
    !isAlsoCommonWord(kkNominative(first)) &&
    !isAlsoCommonWord(first),
  // Names with a case ending ("Абайдың") or outside the list of such words are names.
  mayBeCommonWord: (lower) => isAlsoCommonWord(kkNominative(lower)) || isAlsoCommonWord(lower),
  caseFormOf: (lower, known) => known.has(kkNominative(lower)),
  laterForm: (lower, names) => names.get(personKey(kkNominative(lower))),
  // One literal shape whatever the evidence (see nominativeName in extract/person on V8's hidden classes).
  nameHint: (_t, _first, _next, _obliqueBefore, seen) => ({ oblique: undefined, gender: undefined, seen }),
  readsCapitalisedForms: false,
  loneNamesRecur: false,
  mononymsAfterTitles: false,
  mononymAfterTitle,
  threeWordsByCase,
  // «Ким Чен Ынның»: a Korean or Chinese family name before its given name's syllables, only the last of which declines.
  familyFirst: wordQuestion((lower) => EAST_ASIAN_FAMILY.has(lower), false),
  namesAround: false,
  foreignNames: false,
  kinBefore: KIN_BEFORE_RE,
  instrumentalNoun: undefined,
  actsAsPerson: (lower, nextLower, before) => (GENITIVE_RE.test(lower) && PERSON_OWNED_RE.test(nextLower)) || (INSTRUMENTAL_RE.test(lower) && MET_RE.test(nextLower) && !givenNameBefore(before)),
  placePrepositions: new Set(),
  placeCase: wordQuestion(isTownInLocative, false),
  vocativeAt: isVocative,
  surnamePattern: KK_SURNAME_RE,
  // "Әбішұлы", "Мұратқызының": a father's name with -ұлы/-қызы, in any case.
  ownPatronymicPattern: /\S{3,}(?:ұлы|қызы)(?:ның|на|нан|мен|н|нда)?$/,
  shapedSurnameAfterPatronymic: true,
  bodyHeadPattern: /^(?:республик|университет|академи|партия|одақ|ұйым|банк|қор|институт)/,
  commonNounPattern: PLURAL_RE,
  adjectivePattern: /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$/,
  placeHonorifics: ['батыр', 'би', 'ата', 'баба', 'хан', 'әулие', 'су'],
  placeListConjunctions: ['мен', 'пен', 'бен', 'және'],
  // The Arabic article of a name's last part, written apart and capitalised: «Мұхаммед бен Заид Әл Наһаян».
  nameParticles: ['Әл'],
  // «ұлы» apart is also "great" and "son": only after a name of two words whose last is bare (src/extract/person extendTail).
  patronymicApart: wordQuestion((lower) => PATRONYMIC_APART_RE.test(lower), false),
  listingEnclitics: new Set(['да', 'де', 'та', 'те']),
};
