import type { NameHint, NameRole, NameRules } from '../../extract/person/rules.js';
import { nominativeGenders, isKnownFirstNameForm, type Gender } from '../../extract/person/names.js';
import { personKey } from '../../link/keys.js';
import { isCyrillic, type Token } from '../../segment/tokenize.js';
import { memoByWord } from '../../segment/word-memo.js';
import { wordQuestion } from '../../segment/word.js';
import { KK_GIVEN_NAME_RE, KK_SURNAME_RE } from '../kk/person.js';
import { obliqueTitleBefore } from './position.js';
import { ruHeadForm } from './title-heads.js';
import { EAST_ASIAN_FAMILY, RU_SURNAME_RE } from './surname-shape.js';

/** Words after a capitalised word that make it a place or organisation ("области Абай" aside). */
const NOT_PERSON_AFTER = new Set([
  'область',
  'области',
  'областью',
  'район',
  'района',
  'районе',
  'город',
  'города',
  'улица',
  'улицы',
  'улице',
  'проспект',
  'проспекта',
  'университет',
  'университета',
  'университете',
  'премия',
  'премии',
  'сельский',
  'сельского',
  'округ',
  'округа',
  'озеро',
  'озера',
  'река',
  'реки',
  // «Сергиев Посад», «Павловского Посада».
  'посад',
  'посада',
  'посаде',
  'посадом',
]);
// Lowercase words before a capitalised word that make it a place: "на улице Лётчиков", "остров Сахалин", "округа Чарльз", "в парке Лесоводов".
// Not a trophy, whose lowercase noun a subject may follow («После финала кубка Петров дал интервью»): «Кубок», «Кубка» are no
// names (not-names.json), and a lone foreign name after them is none either («Кубок Стэнли»).
// Units whose name follows them: "области Абай", "района Байзак" (a full name after them is a person: "аким района Ерлан Сапаров"),
// and courts, prosecutors' offices and councils named by their city: «суд Милана», «горсуда Березников», «думы Когалыма».
// Not a plural, which names a body of its own («депутат Партии регионов Святаш»).
const REGION_BEFORE_RE = /^(?:(?:област|район|округ|город|регион)(?!ов|ей)|горсуд|прокуратур|суд(?:а|у|ом|е)?$|дум[аыеу]$)/;
const PLACE_BEFORE_RE = /^(?:улиц|проспект|переул|бульвар|площад|парк|остров|округ|сел[оаеу]$|посёл[оке]|посел[оке]|деревн|станци|аэропорт|местност)/;

// Kinship nouns and age adjectives: what follows them capitalised is a person; capitalised themselves they are no first
// name («Мать Тереза», «Отец Александр»).
const KIN_RE =
  /^(?:сын|сына|сыну|сыном|сыновья|сыновей|дочь|дочери|дочерью|дочерей|брат|брата|брату|братом|братья|сестра|сестры|сестре|сестру|сестрой|бабушка|дедушка|тётя|тетя|дядя|жена|жены|жене|жену|женой|муж|мужа|мужу|мужем|супруг|супруга|супруги|супруге|супругу|супругой|мать|матери|отец|отца|отцу|внук|внука|внучка|внучки|племянник|племянница|вдова|вдовы|[а-яё]*летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их))$/;
// Plural kinship nouns and the family's: the surname after them names the family in the plural («супруги Ивановы», «семье
// Романовых», «чета Петровых») or is one that never declines («братьев Кличко», «сестры Черных»).
const FAMILY_BEFORE: ReadonlySet<string> = new Set([
  ...'супруги супругов супругам супругами супругах братья братьев братьям братьями братьях'.split(' '),
  ...'сёстры сестры сестёр сестер сёстрам сестрам сёстрами сестрами сёстрах сестрах'.split(' '),
  ...'семья семьи семье семью семьей семьёй семейство семейства семейству чета четы чете чету четой династия династии династию'.split(' '),
]);
const FAMILY_SURNAME_RE = /^[а-яё]{2,}(?:(?:[оеё]в|[иы]н)(?:ы|ых|ым|ыми)|ко|[ыи]х)$/;
// A family's surname in an oblique case of the plural: «Ивановых», «Петровыми» → Ивановы, Петровы (not -ым, also a man's
// instrumental: «Сталиным»).
const FAMILY_OBLIQUE_RE = /([оеё]в|[иы]н)(?:ых|ыми)$/;
// After a plural kinship noun, -ым is the family's dative too («сёстрам Ивановым», «супругам Петровым»).
const FAMILY_DATIVE_RE = /([оеё]в|[иы]н)(?:ых|ым|ыми)$/;
// The plural a couple's names share: «Иван и Мария Петровы» → her Петрова.
const FAMILY_PLURAL_RE = /([оеё]в|[иы]н)ы$/;
// «имени» (named after) before the namesake's name in the genitive.
const NAMESAKE_BEFORE: ReadonlySet<string> = new Set(['имени']);
const NAMESAKE_GENITIVE_RE = /(?:[аяиы]|ого|его|ых|их)$/;
// Arabic names join the article to their last part: «аль-Аттия», «аз-Заркауи», «ад-Дин», «эль-Баради».
const ARTICLE_TAIL_RE = /^(?:а[лсдзшртн]ь?|эль|эд|эс|эш)-\p{L}/u;
// Parts, stages and events that Roman numerals number: «Эпизод VIII», «Этап II», «Съезд XX», «Кубок III».
const NUMBERED_NOUN_RE =
  /^(?:эпизод|фаз|част|том|акт|сезон|этап|раунд|групп|класс|категори|уровн|уровен|тип|степен|кубк|кубок|созыв|съезд|чемпионат|турнир|форум|игр|олимпиад|век|книг|сери|выпуск|лиг|дивизион|разряд|стать|пункт|раздел|корпус|блок|фестивал|конгресс|собор|конференци|поколени|ступен|модел|верси)/;
// A place or body in the genitive singular before a name whose next word is a nominative («губернатор Техаса Кен Пэкстон»,
// «президент Белиза Дин Барроу»): a name in an oblique case declines its first name too («Рика Перри»).
const OWNER_GENITIVE_RE = /[^аеёиоуыэюя][аы]$/;
const NOMINATIVE_FIRST_RE = /(?:[бвгджзклмнпрстфхцчшщ]|[оэ])$/;
// A man's nominative ends in a consonant; a place's or body's genitive in a vowel («Австралии», «Сальвадора»).
const CONSONANT_END_RE = /[бвгджзйклмнпрстфхцчшщ]$/;
// A given name's last syllable in an oblique case: «Ына» → Ын, «Ином» → Ин, «Наму» → Нам, «Чхоля» → Чхоль, «Цысиня» → Цысинь,
// «Цзивея» → Цзивей. Korean and Chinese syllables end in no husher or ц: «Чжаньшу» stays.
const SYLLABLE_CASE_RE = /([бвгдзклмнпрстфх])(?:а|у|ом|е)$|([лн])ь?(?:я|ю|ем)$|([еэ])(?:я|ю|ем)$/;
// A Slavic possessive surname in any case («Петрова», «Иванову»), which no East Asian given name is.
const SLAVIC_POSSESSIVE_RE = /[оеё]в(?:а|у|ым|ом|е|ой|ы)?$/;
const syllableNominative = (word: string): string => word.replace(SYLLABLE_CASE_RE, (_, hard?: string, soft?: string, vowel?: string) => hard ?? (soft !== undefined ? `${soft}ь` : `${vowel}й`));

interface FirstReading {
  readonly nom: string;
  readonly gender: Gender;
  readonly oblique: boolean;
  /** A man's -е or -ии after a consonant, -й or -ь stem («Валентине», «Юрии»): the prepositional only. */
  readonly prepositional: boolean;
}

// Oblique endings → nominative endings: consonant stems («Ивана»), -й and -ь stems («Сергее», «Юрии», «Игорем»), and men's
// names in -а/-я, which decline like women's («Никиту», «Ильёй»); a reading counts only when the lexicon knows its nominative and gender.
const MALE_OBLIQUE: ReadonlyArray<[string, string]> = [
  ['ом', ''],
  ['ем', 'й'],
  ['ем', 'ь'],
  ['а', ''],
  ['у', ''],
  ['е', ''],
  ['е', 'ь'],
  ['е', 'й'],
  ['ии', 'ий'],
  ['я', 'й'],
  ['я', 'ь'],
  ['ю', 'й'],
  ['ю', 'ь'],
  ['ы', 'а'],
  ['и', 'а'],
  ['е', 'а'],
  ['у', 'а'],
  ['ой', 'а'],
  ['ою', 'а'],
  ['и', 'я'],
  ['е', 'я'],
  ['ю', 'я'],
  ['ей', 'я'],
  ['ёй', 'я'],
  // After a husher or ц the instrumental of -а is -ей: «Хвичей» (and, below, a woman's «Айшей»).
  ['жей', 'жа'],
  ['шей', 'ша'],
  ['чей', 'ча'],
  ['щей', 'ща'],
  ['цей', 'ца'],
];
// «Ольги» (-и after к, г, х), «Натальи», «Наталье», «Любовью».
const FEMALE_OBLIQUE: ReadonlyArray<[string, string]> = [
  ['ой', 'а'],
  ['ою', 'а'],
  ['ей', 'я'],
  ['ы', 'а'],
  ['и', 'а'],
  ['е', 'а'],
  ['у', 'а'],
  ['и', 'я'],
  ['е', 'я'],
  ['ю', 'я'],
  ['и', 'ь'],
  ['ью', 'ь'],
  ['жей', 'жа'],
  ['шей', 'ша'],
  ['чей', 'ча'],
  ['щей', 'ща'],
  ['цей', 'ца'],
];
// A vowel that drops before an ending: «Павла» → Павел, «Льва» → Лев (not «Ольгу» → Олег: only before a final л or в).
const fleetingVowel = (stem: string): string[] => (/[^аеёиоуыэюяь]л$/.test(stem) ? [`${stem.slice(0, -1)}е${stem.slice(-1)}`] : /ьв$/.test(stem) ? [stem.replace(/ьв$/, 'ев')] : []);

// Names that do not decline: a woman's ending in a consonant (Айгерим, Дамеш, Нургуль), anyone's ending in a vowel other than -а/-я
// (Сатыбалды, Алсу, Натали).
const INDECLINABLE_F_RE = /[бвгджзйклмнпрстфхцчшщьеиоуыэю]$/;
const INDECLINABLE_M_RE = /[еиоуыэю]$/;

// Kazakh men's names compound with -бай and -бек (Нурлыбай, Тлеубай, Ермекбек), more than a lexicon lists: an oblique form
// whose nominative has that shape is a man's first name («Нурлыбая», «Тлеубаю»); a stem of three letters or more, so not «Дубая».
const KK_MALE_COMPOUND_RE = /^[а-яё]{3,}(?:бай|бек)$/;

/** Every nominative a Russian first-name form can come from: "Берика" → Берик (m, oblique), "Малика" → Малика (f) or Малик (m, oblique). */
const firstReadings: (lower: string) => FirstReading[] = memoByWord(readFirstName);

function readFirstName(lower: string): FirstReading[] {
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0) return readCompoundFirstName(lower.slice(0, hyphen), lower.slice(hyphen + 1));
  const out: FirstReading[] = [];
  for (const g of nominativeGenders(lower)) out.push({ nom: lower, gender: g, oblique: false, prepositional: false });
  if (out.length === 0 && isVariantInA(lower)) out.push({ nom: lower, gender: 'f', oblique: false, prepositional: false });
  for (const [table, gender] of [
    [MALE_OBLIQUE, 'm'],
    [FEMALE_OBLIQUE, 'f'],
  ] as const) {
    for (const [suffix, replacement] of table) {
      if (!lower.endsWith(suffix)) continue;
      const nom = lower.slice(0, -suffix.length) + replacement;
      // A name ending in another vowel does not decline: «Андрее» is Андрей's, not Андре's.
      if (INDECLINABLE_M_RE.test(nom)) continue;
      const prepositional = gender === 'm' && (suffix === 'е' || suffix === 'ии') && replacement !== 'а' && replacement !== 'я';
      if (nominativeGenders(nom).includes(gender) || (gender === 'm' && KK_MALE_COMPOUND_RE.test(nom)) || (gender === 'f' && isVariantInA(nom)))
        out.push({ nom, gender, oblique: true, prepositional });
      else if (gender === 'm' && replacement === '') {
        for (const full of fleetingVowel(nom)) if (nominativeGenders(full).includes('m')) out.push({ nom: full, gender, oblique: true, prepositional });
      }
    }
  }
  return out;
}

/**
 * A woman's name in -а whose stem is a woman's name in a sonorant: Kazakh names have both forms (Айнур and Айнура, Жанар
 * and Жанара), and the one in a consonant never declines, so «Айнуру» is Айнура's accusative, not a man's dative. Not after
 * another consonant: «Маргарете» is Margrethe, no form of a «Маргарета».
 */
function isVariantInA(nom: string): boolean {
  const stem = nominativeGenders(nom.slice(0, -1));
  return /[рлнм]а$/.test(nom) && stem.length === 1 && stem[0] === 'f';
}

/**
 * A hyphenated first name: its head declines with the last part («Анны-Марии» → Анна-Мария) or, as in French names, stays
 * in the nominative while the last part declines («Жан-Пьера» → Жан-Пьер); both parts of one gender.
 */
function readCompoundFirstName(head: string, last: string): FirstReading[] {
  const heads = firstReadings(head);
  const out: FirstReading[] = [];
  for (const r of firstReadings(last)) {
    const h = heads.find((x) => x.gender === r.gender && (x.oblique === r.oblique || !x.oblique));
    if (h !== undefined) out.push({ ...r, nom: `${h.nom}-${r.nom}` });
  }
  // After a man's nominative head, a last part the lexicon knows with no gender (a form seen in the news) declines like a man's
  // name in a consonant («Жан-Мишеля»); not a word of no name's shape («Бахыт-Компот», a band).
  if (out.length === 0 && heads.some((x) => x.gender === 'm' && !x.oblique)) {
    const nom = surnameNominative(last, 'm', true);
    if (isKnownFirstNameForm(nom)) out.push({ nom: `${head}-${nom}`, gender: 'm', oblique: nom !== last, prepositional: false });
  }
  return out;
}

// A patronymic's suffix after the father's name («Ахмет|овны», «Серге|евич», «Игор|евна», «Юрь|евич»).
const PATRONYMIC_SUFFIX_RE = /(?:ович|евич|овн|евн)[а-я]{0,2}$/;

/**
 * A patronymic made of a first name the lexicon knows or a Kazakh -бай/-бек name: «ахметовны» (Ахмет), «сергеевича» (Сергей),
 * «игоревна» (Игорь), «юрьевич» (Юрий), «серикбаевича» (Серикбай); not an adjective of the same ending («верховной», «основной»).
 */
function patronymicOfKnownName(lower: string): boolean {
  const stem = lower.replace(PATRONYMIC_SUFFIX_RE, '');
  if (stem === lower || stem.length < 2) return false;
  const fathers = [stem, `${stem}й`, `${stem}ь`, stem.endsWith('ь') ? `${stem.slice(0, -1)}ий` : stem];
  return fathers.some((w) => nominativeGenders(w).length > 0 || isKnownFirstNameForm(w) || KK_MALE_COMPOUND_RE.test(w));
}

/** Oblique cases as bits, to check that a surname's ending agrees with its first name's. */
const GEN = 1;
const DAT = 2;
const ACC = 4;
const INS = 8;
const PREP = 16;

/**
 * A man's surname declensions: the stem's last letters, each oblique ending with the cases it
 * marks, and what the nominative ends in. Ambiguous endings need the first name's case: «-ом» is a
 * noun's instrumental («Бреннером») or an adjective's prepositional («Толстом»), «-е» a noun's
 * prepositional («Костюке») or the end of a word that never declines («Гёте» after «Иоганна»).
 */
interface Declension {
  readonly stem: string;
  readonly endings: Readonly<Record<string, number>>;
  readonly nominative: string;
  /** Endings read only when the first name's case agrees (never by default). */
  readonly confirmed?: ReadonlySet<string>;
}
const MALE_DECLENSIONS: readonly Declension[] = [
  { stem: '(?:ов|ев|ёв|ин|ын)', endings: { а: GEN | ACC, у: DAT, ым: INS, е: PREP }, nominative: '' },
  { stem: '(?:ск|цк)', endings: { ого: GEN | ACC, ому: DAT, им: INS, ом: PREP }, nominative: 'ий' },
  // Adjectival surnames: «Зимнего» → Зимний, «Рыжего» → Рыжий, «Черного» → Черный, «Толстого» → Толстой.
  { stem: '[нжшчщ]', endings: { его: GEN | ACC, ему: DAT, им: INS, ем: PREP }, nominative: 'ий', confirmed: new Set(['ем']) },
  // After к, г, х the unstressed «Горький» is commoner than the stressed «Луговой».
  { stem: '[кгх]', endings: { ого: GEN | ACC, ому: DAT, им: INS, ом: PREP }, nominative: 'ий', confirmed: new Set(['ом']) },
  { stem: 'н', endings: { ого: GEN | ACC, ому: DAT, ым: INS, ом: PREP }, nominative: 'ый', confirmed: new Set(['ом']) },
  // So after л and р: «Белого», «Доброго» → Белый, Добрый (the stressed «Удалой» is rarer).
  { stem: '[лр]', endings: { ого: GEN | ACC, ому: DAT, ым: INS, ом: PREP }, nominative: 'ый', confirmed: new Set(['ом', 'ым']) },
  { stem: '[бвгдзклмпрстфхжшчщ]', endings: { ого: GEN | ACC, ому: DAT, ым: INS, ом: PREP }, nominative: 'ой', confirmed: new Set(['ом', 'ым']) },
  // «Цоя», «Гайдаю».
  { stem: '[ауоеиэ]', endings: { я: GEN | ACC, ю: DAT, ем: INS, е: PREP }, nominative: 'й' },
  // Foreign -ия: «Гарсии», «Гарсию» (an accusative, where «Гайдаю» is a dative) → Гарсия.
  { stem: 'и', endings: { и: GEN | DAT | PREP, ю: ACC, ей: INS }, nominative: 'я' },
  // Soft -ль/-рь: «Скрипаля», «Габриэлем» → Скрипаль, Габриэль (a hard л takes -а/-ом; «-ле» is left to the hard reading).
  { stem: '[лр]', endings: { я: GEN | ACC, ю: DAT, ем: INS }, nominative: 'ь' },
  // Nouns: «Ковальчука», «Абрамовичем», «Костюке».
  { stem: '[бвгджзклмнпрстфхцчшщ]', endings: { а: GEN | ACC, у: DAT, ом: INS, ем: INS, е: PREP }, nominative: '' },
  // A man's surname in -а declines like a woman's noun: «Обамы», «Мазепой», «Чайки» → Обама, Мазепа, Чайка. Not «-у», which
  // ends many surnames that never decline («Сергея Шойгу»): the document's nominative gives those; «-е» only after a first
  // name in the dative («Ивану Мазепе»: a consonant noun's «-е» is a prepositional), «Иоганну Гёте» being the rarer case.
  { stem: '[бвгдзлмнпрстфхц]', endings: { ы: GEN, ой: INS, ою: INS, е: DAT }, nominative: 'а', confirmed: new Set(['е']) },
  { stem: '[кгхжшчщ]', endings: { и: GEN, ой: INS, ей: INS, е: DAT }, nominative: 'а', confirmed: new Set(['е']) },
];
const DECLENSION_RES: readonly RegExp[] = MALE_DECLENSIONS.map(
  (d) =>
    new RegExp(
      `(${d.stem})(${Object.keys(d.endings)
        .sort((a, b) => b.length - a.length)
        .join('|')})$`,
    ),
);

// The cases a man's first name in an oblique form can be in, by its ending («Игорем» instrumental, «Никиту» dative or accusative).
// (So do a title's: «президента» genitive or accusative, «министру» dative or accusative.)
const FIRST_NAME_CASES: ReadonlyArray<[RegExp, number]> = [
  [/(?:ом|ем|ой|ою|ей|ёй)$/, INS],
  [/[ая]$/, GEN | ACC],
  [/ы$/, GEN],
  [/и$/, GEN | DAT | PREP],
  [/[ую]$/, DAT | ACC],
  [/е$/, DAT | PREP],
];
const ANY_CASE = GEN | DAT | ACC | INS | PREP;

/** The cases an oblique first name (or a title's head) allows, or any case without one. */
function casesOfFirstName(first: string | undefined): number {
  if (first === undefined) return ANY_CASE;
  const lower = first.toLowerCase();
  for (const [re, cases] of FIRST_NAME_CASES) if (re.test(lower)) return cases;
  return ANY_CASE;
}

// Surnames that never decline whatever their ending: Turkic patronymic ones («Сапарулы», «Мамедоглы», «Бекенкызы»), Kazakh
// ones in -лды («Сатыбалды», «Амангельды»: no Russian noun ends in -лда), Georgian ones («Бахтадзе», «Саакашвили») and Polish
// -ски («Полански»).
const INDECLINABLE_SURNAME_RE = /(?:улы|ұлы|оглы|кызы|қызы|уулу|лды|дзе|швили|[сц]ки)$/;
const VOWEL_RE = /[аеёиоуыэюя]/;
const INDECLINABLE_VOWEL_RE = /[иуе]$/;
// A first name outside the lexicon ending in a vowel no case ending of a man's noun has: «Иржи», «Ратко».
const FOREIGN_INDECLINABLE_FIRST_RE = /[иоэ]$/;

// With the cases a noun's ending marks, where the first name's case must agree: «Жанны Фриске» is no genitive of Фриска.
const SURNAME_FEMALE_OBLIQUE: ReadonlyArray<readonly [RegExp, string, number?]> = [
  [/(ов|ев|ёв|ин|ын)ой$/, '$1а', GEN | DAT | INS | PREP],
  [/(ов|ев|ёв|ин|ын)у$/, '$1а', ACC],
  [/(ск|цк)(ой|ую)$/, '$1ая'],
  // Adjectival: «Зимней» → Зимняя, «Толстую» → Толстая.
  [/н(ей|юю)$/, 'няя'],
  // «Навальной» → Навальная: -ной after another letter than и, ы is an adjective's, not a noun's «-на».
  [/([^иы]н)(ой|ую)$/, '$1ая'],
  [/([бвгдзклмпрстфхжшчщ])(ой|ую)$/, '$1ая'],
  // A noun in -а: «Кристины Агилеры», «Светлане Гайдамаке» → Агилера, Гайдамака (a woman's surname in a consonant never declines).
  [/([бвгдзлмнпрстфхц])ы$/, '$1а', GEN],
  // After к, г, х and hushers the genitive ends in -и: «Леси Украинки» → Украинка.
  [/([кгхжшчщ])и$/, '$1а', GEN],
  [/([бвгдзклмнпрстфхцжшчщ])е$/, '$1а', DAT | PREP],
  // A noun in -ия: «Тамарой Гвасалией», «Нины Чантурии» → Гвасалия, Чантурия.
  [/ией$/, 'ия', INS],
  [/ию$/, 'ия', ACC],
  [/ии$/, 'ия', GEN | DAT | PREP],
];

// Surnames in a stressed -ской, whose oblique forms are those of the commoner -ский («Трубецкого», «Донскому»): stress, which the
// form does not show, decides, so they are listed.
const STRESSED_SKOY = new Set(['трубецкой', 'шаховской', 'донской', 'луговской']);

// «Гришковца», «Кравцу» → Гришковец, Кравец: no word ends in -вц, the е drops before an ending (not so -рц, -нц, -льц: «Мерца», «Шульца»);
// nor in -йц, where the я drops: «Зайца» → Заяц.
const FLEETING_VETS_RE = /(?:в|(й))ц$/;

/**
 * The nominative of a surname read as oblique. A man's ending must mark a case its first name's
 * ending allows (`firstCases`); one that agrees with none means the surname does not decline. An
 * ending of the prepositional alone needs a preposition before the name (`prepositional`).
 */
function surnameNominative(word: string, gender: Gender | undefined, oblique: boolean, firstCases = ANY_CASE, prepositional = true): string {
  if (!oblique || gender === undefined) return word;
  const lower = word.toLowerCase();
  if (INDECLINABLE_SURNAME_RE.test(lower)) return word;
  if (gender === 'f') {
    for (const [re, rep, cases = ANY_CASE] of SURNAME_FEMALE_OBLIQUE) if ((cases & firstCases) !== 0 && re.test(lower)) return restoreCase(word, lower.replace(re, rep));
    return word;
  }
  const known = firstCases !== ANY_CASE;
  for (let d = 0; d < MALE_DECLENSIONS.length; d++) {
    const m = DECLENSION_RES[d]!.exec(lower);
    if (m === null) continue;
    const decl = MALE_DECLENSIONS[d]!;
    const ending = m[2]!;
    if ((decl.endings[ending]! & firstCases) === 0 || (!known && decl.confirmed?.has(ending) === true) || (!prepositional && decl.endings[ending] === PREP)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    // A stem that takes an ending of its own has a vowel: «у Ким Н. В.», «к Цой А. В.» are no «Кий», «Ца».
    if (decl.nominative !== '' && !VOWEL_RE.test(stem)) continue;
    const nominative =
      decl.nominative === 'ий' && STRESSED_SKOY.has(`${stem}ой`) ? `${stem}ой` : (stem + decl.nominative).replace(FLEETING_VETS_RE, (_, j?: string) => (j === undefined ? 'вец' : 'яц'));
    // A name keeps a vowel: «Кей» is no instrumental of «Ка».
    if (!VOWEL_RE.test(nominative)) continue;
    return restoreCase(word, nominative);
  }
  return word;
}

/** Copy the letter case of `model` onto `lower` position by position ("КАРТАБАЯ", "картабай" → "КАРТАБАЙ"). */
function restoreCase(model: string, lower: string): string {
  // Part by part in a hyphenated word whose parts change length apart («Анной-Марией» → Анна-Мария).
  const parts = lower.split('-');
  const modelParts = model.split('-');
  if (parts.length > 1 && parts.length === modelParts.length) return parts.map((part, n) => restoreCase(modelParts[n]!, part)).join('-');
  // Most names are capitalised ("Берика"): with no capital after the first letter, only that letter's case is copied.
  const tail = model.slice(1);
  if (tail === tail.toLowerCase()) {
    const head = model.charAt(0);
    return head !== head.toLowerCase() && lower.length > 0 ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  }
  let out = '';
  for (let k = 0; k < lower.length; k++) {
    const m = model[k];
    out += m !== undefined && m !== m.toLowerCase() ? lower[k]!.toUpperCase() : lower[k]!;
  }
  return out;
}

/**
 * Case and gender of a Russian name as a bit set of the four readings: bit (f ? 2 : 0) + (oblique ? 1 : 0).
 * Each piece of evidence allows some readings; evidence that contradicts all the others is ignored.
 */
const M_NOM = 1;
const M_OBL = 2;
const F_NOM = 4;
const F_OBL = 8;
const ANY = 15;
const bitOf = (gender: Gender, oblique: boolean): number => (gender === 'f' ? 4 : 1) << (oblique ? 1 : 0);

// What a surname's ending allows: "-ова" is a woman's nominative or a man's genitive, "-ову" a man's dative or a woman's accusative.
const SURNAME_READINGS: ReadonlyArray<[RegExp, number]> = [
  [/(?:ов|ев|ёв|ин|ын)$/, M_NOM],
  [/(?:ов|ев|ёв|ин|ын)а$/, F_NOM | M_OBL],
  [/(?:ов|ев|ёв|ин|ын)у$/, M_OBL | F_OBL],
  [/(?:ов|ев|ёв|ин|ын)(?:ым|ом|е)$/, M_OBL],
  [/(?:ов|ев|ёв|ин|ын)(?:ой|ою)$/, F_OBL],
  [/(?:ск|цк)ий$/, M_NOM],
  [/(?:ск|цк)ая$/, F_NOM],
  [/(?:ск|цк)(?:ого|ому|им|ом)$/, M_OBL],
  // «Трубецкой» is a man's nominative or a woman's oblique case, like «Толстой».
  [/(?:ск|цк)ой$/, M_NOM | F_OBL],
  [/(?:ск|цк)(?:ую|ою)$/, F_OBL],
  // «Буша-младшего»: an adjective after a double surname's hyphen says the case.
  [/-\p{L}+(?:ого|его|ому|ему)$/u, M_OBL],
  // Other adjectival surnames: «Толстая», «Зимняя», «Толстого», «Зимней»; «-ым»/«-им» may also end a nominative («Касым», «Ибрагим»).
  // (-ая after a consonant is also a man's genitive of -ай: «Картабая».)
  [/[^аеёиоуыэюя]ая$/, F_NOM | M_OBL],
  [/няя$/, F_NOM],
  [/(?:ого|его|ому|ему)$/, M_OBL],
  [/(?:ым|им)$/, M_OBL | M_NOM],
  [/ней$/, F_OBL],
  // (or a man's instrumental of -а: «Мазепой»)
  [/ой$/, M_NOM | F_OBL | M_OBL],
  [/(?:ую|юю)$/, F_OBL],
  // Surnames that never decline: «Черных», «Седых».
  [/(?:ых|их)$/, ANY],
  // Armenian -ян declines for a man only: «Оганесяна», «Аветисяну», «Давояна» (a woman's «Анны Петросян» stays as written).
  [/(?:[^аеёиоуыэюяь]|о)ян(?:а|у|ом|е)$/, M_OBL],
  // Turkic patronymic surnames show the gender and never decline: «Ерланкызы», «Кайратулы».
  [/(?:кызы|қызы)$/, F_NOM | F_OBL],
  [/(?:улы|ұлы|оглы|уулу)$/, M_NOM | M_OBL],
  // No surname's nominative ends in -ы after these letters: the genitive of one in -а, a man's or a woman's («Фумио Кисиды»,
  // «Ёсихико Ноды»); Kazakh ones in -лды, -нды, -нты are nominatives («Сатыбалды»), and «Петровы» is a plural.
  [/(?:ов|ев|ёв|ин|ын)ы$/, ANY],
  [/(?:[бвгзкмнпрсфхц]|[аеиоуэ][дт])ы$/, M_OBL | F_OBL],
  // A man's surname ending in a consonant declines ("Картабая" from Картабай, "Бреннером" from Бреннер); a woman's does not.
  [/[бвгджзклмнпрстфхцчшщ](?:ом|ем)$/, M_OBL],
  [/[бвгджзйклмнпрстфхцчшщ]$/, M_NOM | F_NOM | F_OBL],
];

// Endings no man's (woman's) surname has in the nominative, whatever its shape: a body's genitive («Казцинка», «Самрука»), a
// dative or an instrumental (but for the rare -а of a man's surname, «Окуджава»).
const NOT_MAN_NOMINATIVE_RE = /(?:[аяую]|[бвгджзклмнпрстфхцчшщ](?:ом|ем))$/;
const NOT_WOMAN_NOMINATIVE_RE = /(?:[ую]|[бвгджзклмнпрстфхцчшщ](?:ом|ем))$/;

// «Петрович», «Петровича»; «Ивановна», «Ивановной».
const PATRONYMIC_READINGS: ReadonlyArray<[RegExp, number]> = [
  [/(?:ович|евич|ич)$/, M_NOM],
  [/(?:ович|евич|ич)(?:а|у|ем|е)$/, M_OBL],
  [/(?:овн|евн|ичн)а$/, F_NOM],
  [/(?:овн|евн|ичн)(?:ы|е|у|ой|ою)$/, F_OBL],
];

function patronymicReadings(lower: string): number {
  for (const [re, bits] of PATRONYMIC_READINGS) if (re.test(lower)) return bits;
  return ANY;
}

function surnameReadings(lower: string): number {
  for (const [re, bits] of SURNAME_READINGS) if (re.test(lower)) return bits;
  return ANY;
}

function firstNameBits(readings: readonly FirstReading[]): number {
  let bits = 0;
  for (const r of readings) {
    bits |= bitOf(r.gender, r.oblique);
    if (!r.oblique && (r.gender === 'f' ? INDECLINABLE_F_RE : INDECLINABLE_M_RE).test(r.nom)) bits |= bitOf(r.gender, true);
  }
  return bits === 0 ? ANY : bits;
}

/**
 * A first name outside the lexicon that ends in a consonant (not the instrumental -ом/-ем) would show a man's case ending
 * («Мишеля», «Люсилем»): written bare, it is a man's nominative or a woman's name in any case («Мишель Обама», «Люсиль
 * Гарсия»). Not a syllable of an East Asian name, of which only the last declines («Ким Чен Ына», «Пан Ги Муна»).
 */
const unknownFirstBits = (lower: string): number =>
  lower.length >= 4 && /[бвгджзйклмнпрстфхцчшщь]$/.test(lower) && !/[оеё]м$/.test(lower) ? M_NOM | F_NOM | F_OBL : UNKNOWN_FIRST_OBLIQUE_RE.test(lower) ? M_OBL | F_OBL : ANY;
// A first name outside the lexicon in the genitive of -а or -ия («Милы», «Аманды», «Вирджинии»); not -лды, -алы, -ты, where
// Kazakh men's names end in the nominative («Сатыбалды», «Оразалы»).
const UNKNOWN_FIRST_OBLIQUE_RE = /(?:[бвгзкмнпрсфхц]ы|[^а]лы|нды|ии)$/;

// The accusative ending of a first name in -а, -я («Сашу», «Валю»).
const ACCUSATIVE_OF_A_RE = /[ую]$/;
const NOMINATIVE_IN_A_RE = /[ая]$/;
/**
 * A first name of either gender in the -а declension («Саша», «Женя») says its case, not its gender: «Сашу» is an
 * accusative, so «Сашу Петрову» is a woman's (his would be «Петрова»), «Саше Петрову» a man's dative. The readings of the
 * surname's ending a man's and a woman's oblique case share are kept by the case the first name's ending allows.
 */
function sharedNameAgreement(first: string, surname: string, readings: readonly FirstReading[]): number {
  if (!readings.some((r) => r.oblique && r.gender === 'm') || !readings.some((r) => r.oblique && r.gender === 'f')) return ANY;
  const lower = first.toLowerCase();
  return obliqueByCases(surname, ACCUSATIVE_OF_A_RE.test(lower) && readings.every((r) => NOMINATIVE_IN_A_RE.test(r.nom)) ? ACC : casesOfFirstName(lower));
}

/**
 * Of a man's and a woman's oblique readings of a surname's ending that both share, those whose ending marks one of `cases`:
 * «-ову» is his dative and her accusative, so «Назначить Абдыкалыкову Г. Н.» is hers.
 */
function obliqueByCases(surname: string, cases: number): number {
  if ((surnameReadings(surname.toLowerCase()) & (M_OBL | F_OBL)) !== (M_OBL | F_OBL)) return ANY;
  const declines = (gender: Gender): boolean => surnameNominative(surname, gender, true, cases) !== surname;
  return (declines('m') ? M_OBL : 0) | (declines('f') ? F_OBL : 0) || ANY;
}

/** The cases a first-name form allows as bits (1 nominative, 2 oblique); any case when the lexicon does not know it. */
function caseBitsOf(readings: readonly FirstReading[]): number {
  if (readings.length === 0) return 3;
  const bits = firstNameBits(readings);
  return ((bits & (M_NOM | F_NOM)) !== 0 ? 1 : 0) | ((bits & (M_OBL | F_OBL)) !== 0 ? 2 : 0);
}

const PATRONYMIC_OBLIQUE = /(?:ович|евич)(?:а|у|ем|е)$|(?:овн|евн|ичн)(?:ы|е|у|ой)$/;
// A woman's first name outside the lexicon, in an oblique case of the -а/-я declension: «Зухрой», «Мадины», «Натальей», «Вирджинии», «Прасковьи».
const FEMALE_FIRST_OBLIQUE = /(ьи|ье|ии|ой|ою|ей|ы|у|ю)$/;
const FEMALE_FIRST_NOMINATIVE: Readonly<Record<string, string>> = { ьи: 'ья', ье: 'ья', ии: 'ия', ой: 'а', ою: 'а', ей: 'я', ы: 'а', у: 'а', ю: 'я' };
// "младшего", "старшего": an adjective after a double surname's hyphen.
const ADJECTIVE_PART = /(?:ого|его|ому|ему|им|ым)$/;

/** The surname and first name a reading gives: what the document is searched for. */
function nominativeUnder(words: readonly string[], roles: readonly NameRole[], readings: readonly FirstReading[], gender: Gender, oblique: boolean, cases: number, prepositional: boolean): string[] {
  const out: string[] = [];
  // The first name's case, when it is read as an oblique form: by the lexicon («Игорем») or, outside it, as a declining
  // noun («Иоганна»); not from the ending of a name that does not decline («Ли»).
  const firstIdx = roles.indexOf('first');
  const first = firstIdx >= 0 ? words[firstIdx]! : undefined;
  const firstDeclines = first !== undefined && (readings.length > 0 ? readings.some((r) => r.gender === gender && r.oblique) : unknownManNominative(first, oblique, cases) !== first);
  // The cases the words around allow narrow the first name's. When they agree with none, a known first name's ending
  // outranks them («поздравление Николу Пашиняну»), and one outside the lexicon does not decline («отставки Кваме Килпатрика»).
  const ownCases = casesOfFirstName(first);
  const firstCases = oblique && firstDeclines ? ownCases & cases || (readings.length > 0 ? ownCases : cases) : cases;
  // Beside a foreign first name that never declines («Таро», «Сэйдзи»), a surname's -и, -у or -е is no case ending either:
  // «Таро Судзуки», «Сэйдзи Маэхару».
  const keepVowel = first !== undefined && readings.length === 0 && FOREIGN_INDECLINABLE_FIRST_RE.test(first.toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const reading = roles[k] === 'first' ? readings.find((r) => r.gender === gender && r.oblique === oblique) : undefined;
    if (reading !== undefined) out.push(restoreCase(w, reading.nom));
    // «Елизаветы Петровны», «Ивана Денисовича»: a patronymic wherever it stands; a Turkic one never declines («Нурланкызы»).
    else if (roles[k] === 'patronymic' && INDECLINABLE_SURNAME_RE.test(w.toLowerCase())) out.push(w);
    else if (oblique && PATRONYMIC_OBLIQUE.test(w)) out.push(w.replace(/(ович|евич|ич)(а|у|ем|е)$/, '$1').replace(/(овн|евн|ичн)(ы|е|у|ой)$/, '$1а'));
    // A first name outside the lexicon declines like a man's surname in a consonant ("Саймоном" → Саймон,
    // "Людвига" → Людвиг), a woman's like a noun in -а («Зухрой» → Зухра); so does a foreign middle name («Исмаила Мохамеда»).
    else if ((roles[k] === 'first' && readings.length === 0) || roles[k] === 'patronymic')
      out.push(
        gender === 'm'
          ? unknownManNominative(w, oblique, cases)
          : oblique
            ? restoreCase(
                w,
                w.toLowerCase().replace(FEMALE_FIRST_OBLIQUE, (_, e: string) => FEMALE_FIRST_NOMINATIVE[e] ?? e),
              )
            : w,
      );
    // «Юркову-Данелия», «Буша-младшего»: each part of a double surname in its case.
    else if (roles[k] === 'surname')
      out.push(
        w.includes('-')
          ? w
              .split('-')
              .map((part, n) => doubleSurnamePart(part, n, gender, oblique, firstCases))
              .join('-')
          : keepVowel && INDECLINABLE_VOWEL_RE.test(w)
            ? w
            : !oblique && first !== undefined && FAMILY_PLURAL_RE.test(w.toLowerCase())
              ? restoreCase(w, w.toLowerCase().replace(FAMILY_PLURAL_RE, gender === 'f' ? '$1а' : '$1'))
              : surnameNominative(w, gender, oblique, firstCases, prepositional),
      );
    else out.push(w);
  }
  return out;
}

// Kazakh men's names in -ы do not decline either («Сатыбалды», «Амангельды», «Оразалы»): outside the lexicon, a man's first name in
// -ы is no genitive of one in -а («Амангельды Таутееву» → Амангельды Таутеев, not «Амангельда»).
const INDECLINABLE_MAN_FIRST_RE = /[иоэы]$/;

/** A man's first or middle name outside the lexicon declines like a surname in a consonant, unless its vowel ending never does. */
const unknownManNominative = (word: string, oblique: boolean, cases = ANY_CASE): string => (INDECLINABLE_MAN_FIRST_RE.test(word.toLowerCase()) ? word : surnameNominative(word, 'm', oblique, cases));

/**
 * One part of a double surname in the nominative: a surname («Салтыковым-Щедриным»), or an adjective after the hyphen,
 * written in lower case («Буша-младшего»; a capitalised «-Ким» is a surname: «Дадабаевой-Ким»).
 */
function doubleSurnamePart(part: string, n: number, gender: Gender, oblique: boolean, firstCases: number): string {
  const nominative = surnameNominative(part, gender, oblique, firstCases);
  return nominative === part && n > 0 && oblique && part === part.toLowerCase() && ADJECTIVE_PART.test(part) ? part.replace(ADJECTIVE_PART, 'ий') : nominative;
}

/** Keep the readings the evidence allows, unless it allows none of those left. */
const narrow = (bits: number, evidence: number): number => ((bits & evidence) !== 0 ? bits & evidence : bits);

// Preference among readings nothing tells apart: the nominative, then a man.
const PREFERENCE: ReadonlyArray<[Gender, boolean]> = [
  ['m', false],
  ['f', false],
  ['m', true],
  ['f', true],
];

const SURNAME_CASE_RE = /(?:ов|ев|ин)(?:а|у|ым|ой|е)$|(?:ова|ева|ина)$/;
// Past-tense verbs of people ("сообщила", "провел", "отрёкся"), not neuter ("сообщило").
const PAST_VERB_RE = /^(?:[а-яё]{2,}(?:ил|ал|ял|ел|ёл|ул|ыл|ла|лся|лась|ался|ался)|был|была)$/;
// Capitalised actors that are places or bodies: countries in -ия, collectives in -ство/-ция/-ние.
const NOT_ACTOR_RE = /(?:ия|ство|ция|ние|ение|ура|ата)$/;
// Known non-names in any case: "Украины", "Франции".
// Plural ones too: «Соединенных Штатов», «Соединёнными Штатами».
const OBLIQUE_TO_NOMINATIVE: ReadonlyArray<[RegExp, string]> = [
  [/(?:ии|ию|ией|ие)$/, 'ия'],
  // «Ганы», «Гане», «Африки»: a bare -и ends the genitive only after к, г, х and hushers, so «Гани» is a man's name, not Ghana's.
  [/(?:[ыеуо]й?|ий)$/, 'а'],
  [/([кгхжшчщ])и$/, '$1а'],
  [/(?:а|у|е|ом)$/, ''],
  [/(?:ых|ым|ыми)$/, 'ые'],
  [/(?:ов|ам|ами|ах)$/, 'ы'],
];
const SURNAME_CASES = ['', 'а', 'у', 'ом', 'ым', 'е', 'ой', 'ы', 'ой', 'ою', 'ы'];
// The case forms of a surname met before in full that declines as an adjective («Ирина Белая» … «Белую», «Юрий Крутой» …
// «Крутому») or in -й («Виктор Цой» … «Цоя»), and the nominatives they may come from.
const LATER_ADJECTIVAL_FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ую', ['ая', 'яя']],
  ['юю', ['яя']],
  ['ого', ['ый', 'ой', 'ий']],
  ['его', ['ий']],
  ['ому', ['ый', 'ой', 'ий']],
  ['ему', ['ий']],
  ['ым', ['ый', 'ой']],
  ['им', ['ий']],
  ['ом', ['ый', 'ой', 'ий']],
  ['ем', ['ий', 'й']],
  ['ей', ['яя']],
  ['я', ['й']],
  ['ю', ['й']],
];

// Words right before a name that agree with it in case and gender: "45-летнего", "известной", "бывшую", "27-летняя".
const AGREEING_BEFORE: ReadonlyArray<[RegExp, boolean, Gender]> = [
  [/^[а-яё]{2,}(?:ого|его|ому|ему|ым|им)$/, true, 'm'],
  [/^[а-яё]*(?:летней|вшей|щей|ной|ской)$/, true, 'f'],
  [/^[а-яё]{2,}(?:ую|юю)$/, true, 'f'],
  [/^[а-яё]*летний$/, false, 'm'],
  [/^[а-яё]*летняя$/, false, 'f'],
];
const FEMININE_VERB_RE = /(?:ла|лась)$/;
// «который» in the singular, by gender (the neuter «которое», «которым» of both, and the plural tell nothing).
const RELATIVE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['который', 'm'],
  ['которого', 'm'],
  ['которому', 'm'],
  ['котором', 'm'],
  ['которая', 'f'],
  ['которой', 'f'],
  ['которую', 'f'],
  ['которою', 'f'],
]);
// A participle in the singular after the name and a comma agrees with it in gender and case: «Евгению Малинину, пропавшую …»
// (a woman's accusative, not Евгений's dative), «…, возглавлявшему …».
// Only in an oblique case: a nominative participle agrees with the noun the name belongs to («фильм режиссёра Асгара
// Фархади, рассказывающий …»).
const PARTICIPLE_F_RE = /^[а-яё]{2,}(?:вш|щ)(?:ую|ей)(?:ся)?$/;
const PARTICIPLE_M_RE = /^[а-яё]{2,}(?:вш|щ)(?:его|ему|ем)(?:ся)?$/;
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['о', 'об', 'с', 'со', 'у', 'к', 'ко', 'от', 'для', 'про', 'за', 'при', 'по', 'на', 'в', 'во', 'без', 'перед', 'над', 'под']);
const LINK_VERBS = new Set(['был', 'была', 'стал', 'стала', 'являлся', 'являлась', 'оказался', 'оказалась', 'остался', 'осталась', 'считался', 'считалась']);
// Nouns of the news whose owner, a name right after them, stands in the genitive: «Визит Никола Пашиняна», «по словам
// Маулена Ашимбаева». Not kin nor titles, which a nominative name may follow in apposition («жена Анна», «министр Анна
// Смирнова»), nor nouns that as often name their addressee in the dative («письмо Жоратбеку Бисенову», «звонок»,
// «интервью»).
const GENITIVE_OWNERS = new Set([
  'словам',
  'мнению',
  'данным',
  'поручению',
  'приглашению',
  'инициативе',
  'просьбе',
  'требованию',
  'заявлению',
  'указу',
  'визит',
  'визита',
  'визиту',
  'визите',
  'приезд',
  'приезда',
  'поездка',
  'поездки',
  // «Встреча Хамида Карзая прошла»: the verb after the name is the noun's, not the name's.
  'встреча',
  'встречи',
  'встречу',
  'смерть',
  'смерти',
  'гибель',
  'гибели',
  'позиция',
  'позиции',
  'позицию',
  'поручение',
  'поручения',
  'указ',
  'указа',
  'указом',
  'слова',
  'заявление',
  'заявления',
  'выступление',
  'выступления',
  'речь',
  'речи',
  'доклад',
  'доклада',
  'предложение',
  'предложения',
  'призыв',
  'призыва',
  'поздравление',
  'обращение',
  'обращения',
  'ответ',
  'ответа',
  'отставка',
  'отставки',
  'приговор',
  'соратники',
  'соратников',
  'сторонники',
  'сторонников',
  'критики',
  'противники',
  'противников',
  'фильм',
  'фильма',
  'книга',
  'книги',
  'книгу',
  'портрет',
  'памяти',
  'смерть',
  'смерти',
  'гибели',
  'отчёт',
  'отчет',
  'отчёта',
  'отчета',
  'распоряжение',
  'распоряжения',
  'приказ',
  'приказа',
  'подпись',
  'арест',
  'ареста',
  'задержание',
  'задержания',
  'убийство',
  'убийства',
  'похороны',
  'юбилей',
  'юбилея',
  'биография',
  'биографию',
  'творчество',
  'творчества',
  'наследие',
  'дело',
  'деле',
  'мнение',
  'слов',
  // Nouns of compound prepositions that take the genitive: «в отношении», «в честь», «в пользу», «в адрес», «в лице», «со стороны».
  'отношении',
  'честь',
  'пользу',
  'адрес',
  'лице',
  'стороны',
  // Things a person owns, which a name in apposition never follows: «Дом Евгения Лапина», «жалобу Валентина Орлова».
  'дом',
  'доме',
  'квартира',
  'квартиру',
  'квартиры',
  'квартире',
  'автомобиль',
  'автомобиля',
  'имущество',
  'имущества',
  'карьера',
  'карьеру',
  'карьеры',
  'жалоба',
  'жалобу',
  'жалобы',
  // «под председательством (руководством) Нурмагамбетова Т. С.», «на действия Кима С. Б.».
  'председательством',
  'руководством',
  'действия',
  'действий',
]);
// Awards and institutions named after a person: the name after them is in an oblique case, the genitive of the namesake
// («Премию Сахарова», «музей Пушкина») or the dative of a recipient («вручили медаль Ивановой»), never the nominative; but
// not after a title, whose holder the name may be («Директор музея Иванова заявила»).
const NAMED_AFTER = new Set(
  (
    'премия премии премию премией медаль медали медалью орден ордена ордену орденом ордене стипендия стипендии стипендию ' +
    'стипендией фонд фонда фонду фондом фонде музей музея музею музеем музее театр театра театру театром театре'
  ).split(' '),
);
// Bodies own the name after them only opening the sentence («Кабинет Кира Стармера»): after a title, the name is its holder's
// («представитель администрации Ольга Петрова», «глава правительства Олжас Бектенов»).
const OWNER_BODIES = new Set(['кабинет', 'кабинета', 'администрация', 'администрации', 'правительство', 'правительства', 'офис', 'офиса', 'штаб', 'штаба', 'делегация', 'делегацию']);
const SPEECH_DASH = new Set(['—', '–', '-', ',']);
// Verbs whose object is a person in the accusative, as an infinitive, a perfective gerund or a plural past, none of which
// has a lone name after it for its subject: decrees («Назначить», «освободить», «наградить»), hearings («выслушав»,
// «допросив»), «поздравили». Not those that as often take a dative («направить»).
const ACCUSATIVE_VERB_RE = /^(?:назнач|освобод|увол|наград|утверд|поощр|отстран|допрос|поздрав|поблагодар)(?:ить|ив|ивши|или)$|^(?:избр|задерж|выслуш|заслуш|арестов|рекомендов)(?:ать|ав|авши|али)$/;
// A perfective gerund: «рассмотрев», «изучив», «встретив».
const GERUND_RE = /^[а-яё]{4,}(?:[аяие]в|вши)$/;
const isLowerWord = (tok: Token | undefined): tok is Token => tok !== undefined && tok.kind === 'word' && tok.text === tok.lower;

// Prepositions that govern the prepositional case, and how far before the name they may stand («о бывшем министре Игоре Петрове»).
const PREPOSITIONAL_PREPOSITIONS = new Set(['о', 'об', 'обо', 'при', 'в', 'во', 'на', 'по']);
const PREPOSITION_LOOKBACK = 4;
function prepositionBefore(t: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= PREPOSITION_LOOKBACK; k--) {
    if (PREPOSITIONAL_PREPOSITIONS.has(t[k]!.lower)) return true;
    if (t[k]!.sentenceStart) return false;
  }
  return false;
}

/**
 * The cases of a singular title in the genitive, dative or prepositional right before the name, which stands beside it
 * in the same case («президента Бингу ва Мутарики» is no dative of Бинг); any case after a preposition, or after an
 * instrumental, which also ends a predicate whose name has the verb's case («назначил послом Джона Смита»).
 */
function titleCases(t: readonly Token[], first: number): number {
  const head = obliqueTitleBefore(t, first);
  if (head === undefined) return ANY_CASE;
  const form = ruHeadForm(head.word);
  if (form === undefined || form.plural || form.indeclinable) return ANY_CASE;
  const cases = casesOfFirstName(head.lower);
  return (cases & INS) !== 0 ? ANY_CASE : cases;
}

/**
 * The gender of a relative pronoun after the name and a comma, which agrees with the name whatever its case, its case being
 * its own clause's («О Валентине Гриценко, которая …», «с Сашей Гриценко, о котором …»), or of a participle there.
 */
function relativeGender(t: readonly Token[], next: number): Gender | undefined {
  if (t[next]?.text !== ',') return undefined;
  const pronoun = RELATIVE_PREPOSITIONS.has(t[next + 1]?.lower ?? '') ? t[next + 2] : t[next + 1];
  if (pronoun === undefined) return undefined;
  const gender = RELATIVE_GENDER.get(pronoun.lower);
  if (gender !== undefined || pronoun !== t[next + 1]) return gender;
  return PARTICIPLE_F_RE.test(pronoun.lower) ? 'f' : PARTICIPLE_M_RE.test(pronoun.lower) ? 'm' : undefined;
}

/** Case and gender evidence around the name in tokens [first, next): an oblique title or preposition before it, an agreeing word, a verb. */
function nameHint(t: readonly Token[], first: number, next: number, obliqueBefore: (i: number) => boolean, seen: ((lower: string) => boolean) | undefined): NameHint {
  // One literal shape whatever the evidence (see nominativeName in extract/person on V8's hidden classes).
  const notPrepositional = !prepositionBefore(t, first);
  const family = FAMILY_BEFORE.has(t[first - 1]?.lower ?? '');
  const relative = relativeGender(t, next);
  const hint = (oblique: boolean | undefined, gender: Gender | undefined, genitive = false, titleCases = ANY_CASE, verbBefore: Gender | undefined = undefined): NameHint => ({
    oblique,
    genitive,
    titleCases,
    notPrepositional,
    gender: gender ?? relative,
    verbBefore,
    family,
    seen,
  });
  // A name joined to the one before it by «и» shares the word that governs that one's case.
  const lead = coordinatedLead(t, first);
  const start = lead >= 0 ? lead : first;
  const owner = t[start - 1];
  // "имени" (named after), also cut to «им.», takes the genitive: "Ассоциация имени Людвига ван Бетховена", «МГУ им. М. В. Ломоносова».
  if (
    owner?.lower === 'имени' ||
    (owner?.text === '.' && t[start - 2]?.lower === 'им') ||
    (owner?.kind === 'word' && (GENITIVE_OWNERS.has(owner.lower) || (owner.sentenceStart && OWNER_BODIES.has(owner.lower))))
  )
    return hint(true, undefined, true);
  // An infinitive or a gerund has no subject after it: the name is its object, in the accusative after the verbs of decrees
  // and hearings («Назначить Абдыкалыкову Г. Н.», «Выслушав Мусина Р. К.»), in some oblique case after another gerund.
  if (owner !== undefined && owner.kind === 'word' && (owner.text === owner.lower || owner.sentenceStart)) {
    if (ACCUSATIVE_VERB_RE.test(owner.lower)) return hint(true, undefined, false, ACC);
    if (GERUND_RE.test(owner.lower)) return hint(true, undefined);
  }
  const after = t[next];
  const verbAfter = lead < 0 && isLowerWord(after) && PAST_VERB_RE.test(after.lower);
  // A woman's verb right after the name is hers, also after an award's noun that is the verb's object: «Премию Петрова
  // получила за роман»; not after a place the noun names, before a subject put last: «В музее Кастеева открылась выставка».
  const herVerb = verbAfter && FEMININE_VERB_RE.test(after.lower) && !prepositionBefore(t, start - 1);
  const namedAfter = owner?.kind === 'word' && NAMED_AFTER.has(owner.lower) && ruHeadForm(t[start - 2]?.word) === undefined && !herVerb;
  if (obliqueBefore(start) || namedAfter) return hint(true, undefined, false, titleCases(t, start));
  const before = t[first - 1];
  if (isLowerWord(before) && !t[first]!.sentenceStart) {
    for (const [re, oblique, gender] of AGREEING_BEFORE) if (re.test(before.lower)) return hint(oblique, gender);
    // "— сказала Ж. Нурмурадкызы": a speech verb after a quotation has the name for its subject.
    if (PAST_VERB_RE.test(before.lower) && SPEECH_DASH.has(t[first - 2]?.text ?? '')) return hint(false, FEMININE_VERB_RE.test(before.lower) ? 'f' : 'm');
  }
  // A verb in the singular after a pair is not the pair's: «Встреча Зумы и Хамида Карзая прошла».
  if (verbAfter) return hint(false, FEMININE_VERB_RE.test(after.lower) ? 'f' : 'm');
  // A past verb right before the name agrees with it when it is the subject: after «допросил» no woman's nominative
  // («допросил Евгения Нигая» is his genitive), after «допросила» no man's. Not a link verb, whose predicate agrees with
  // the subject before it («стала Святой Терезой»).
  if (isLowerWord(before) && PAST_VERB_RE.test(before.lower) && !LINK_VERBS.has(before.lower)) return hint(undefined, undefined, false, ANY_CASE, FEMININE_VERB_RE.test(before.lower) ? 'f' : 'm');
  return hint(undefined, undefined);
}

// How far before a region's noun a title may stand whose holder the name after it is («губернатора Тверской области …»).
const REGION_TITLE_LOOKBACK = 5;
/** A place's adjective before a region's noun («Алматинской», «Жамбылском», «Центральном»): the noun is named already. */
const PLACE_ADJECTIVE_RE = /(?:ск|цк|н)(?:ий|ый|ой|ая|ое|ого|ому|ом|ым|ую)$/;

/**
 * A full name in the genitive after a region's noun names the region («в районе Магжана Жумабаева», «Аким района Габита
 * Мусрепова Ерлан Сапаров»), unless a title in an oblique case stands before the noun, whose holder it may be («акима
 * района Ерлана Сапарова», «Пресс-секретарь губернатора области Анны Беловой»); a name in another case stands beside a
 * title («с губернатором области Вячеславом Тимченко»). Nor after a noun its adjective already names («В Алматинской
 * области Ивана Петрова наградили»: the name is an object).
 */
function regionNamedAfter(t: readonly Token[], first: number): boolean {
  // Districts and rural okrugs are named after people, regions and cities not: «замакима области Асель Жумабековой».
  if (!NAMED_UNIT_RE.test(t[first - 1]?.lower ?? '') || (casesOfFirstName(t[first]!.lower) & GEN) === 0) return false;
  const named = t[first - 2];
  if (named !== undefined && !t[first - 1]!.sentenceStart && named.kind === 'word' && PLACE_ADJECTIVE_RE.test(named.lower)) return false;
  for (let k = first - 2; k >= 0 && first - k <= REGION_TITLE_LOOKBACK; k--) {
    if (ruHeadForm(t[k]!.word)?.oblique === true) return false;
    if (t[k]!.sentenceStart) break;
  }
  return true;
}

const NAMED_UNIT_RE = /^(?:район|округ)/;

// How many capitalised words the name before «и» may have.
const COORDINATED_WORDS = 3;

/** The first word of the name that «и» right before token `first` joins it to, or -1 («Джейкоба Зумы и Хамида Карзая»). */
function coordinatedLead(t: readonly Token[], first: number): number {
  if (t[first - 1]?.lower !== 'и') return -1;
  let k = first - 2;
  // Not a word opening the sentence, which may be the noun that governs the name («Встреча Ивана Петрова и …»).
  while (k >= 0 && first - 2 - k < COORDINATED_WORDS && t[k]!.kind === 'word' && t[k]!.text !== t[k]!.lower && !t[k]!.sentenceStart) k--;
  return k === first - 2 ? -1 : k + 1;
}

// Words that open a Russian sentence capitalised before a name and are none: adverbs, conjunctions, prepositions, pronouns
// and particles («Вчера Петров заявил», «Однако Смирнова отказалась»).
const SENTENCE_OPENERS = new Set(
  (
    'вчера сегодня завтра позавчера тогда теперь сейчас ныне ранее прежде позднее позже затем потом вскоре недавно давно ' +
    'наконец сначала впервые впоследствии также тоже кроме однако впрочем кстати зато лишь только даже именно поэтому ' +
    'поскольку хотя если когда пока пусть ведь вот ещё еще уже вместе вместо между против после перед около среди согласно ' +
    'благодаря несмотря помимо видимо возможно конечно очевидно всего ничего почему зачем где куда кто что как так тем ' +
    'причём причем притом тут там здесь итак далее напомним добавим отметим оказывается известно говорят увы сам сама ' +
    'сами иначе однажды летом зимой осенью весной утром вечером ночью днём днем накануне ' +
    'он она они оно мы вы его её ее их им ему ей нам вам этот эта это эти тот та те весь вся все всё каждый ' +
    // Forms of address: «Госпожа Петросян», «Господин Акопян».
    'господин госпожа гражданин гражданка мистер миссис мисс мадам месье сеньор сеньора синьор синьора фрау герр пан пани'
  ).split(' '),
);
// A vowel before -ть: «Назначить», «Отрешить», not the particle «Пусть».
const INFINITIVE_RE = /[аеиоуыяё]ть(?:ся)?$/;
// No given name in the nominative: verb forms that may open a sentence before a subject or an object («Назначить Петрова»,
// «Спросите Иванова», «Звонил Петров»; a short participle: «Назначен Ахметов», «Награждён», «Арестован»), a noun's
// oblique case («Задачей-минимум Канаев»), a noun in -ч or -щ («Врач Петров»),
// a noun of a person's role by its suffix («Пенсионер», «Истец», «Житель», «Ответчик», «Коммерсант», «Фигурант» Петров;
// -ант only after р or с: «Талант» is a name), and a woman's («Пенсионерка», «Студентка», «Участница» Григорян).
const NOT_GIVEN_NOMINATIVE_RE =
  /(?:ть|ться|ти|тись|ите|йте|ли|лся|лась|лись|[аеёиыуя]л|ей|ью|ми|ах|ях|[чщ]|[чщ]ик|тель|ец|ист|онер|[рс]ант|ерка|истка|[ае]нтка|ница|[чщ]ица|[чжшщ]ен|ждён|жден|[бвмп]лен|[ое]ван)$/;
// A woman's given name in the nominative: «Иветта», «Ливия».
const FEMININE_FIRST_RE = /[ая]$/;
// A woman's given name in an oblique case whose ending is also an adjective's or a place's: «Милы», «Вирджинии», «Полой».
const FEMININE_OBLIQUE_FIRST_RE = /(?:[бвгдзлмнпрстфхц]ы|[кгхжшчщ]и|ии|[^аеёиоуыэюякгх]ой|[иь]ей)$/;
// A feminine noun's genitive or accusative («Лиги», «Думы», «Лигу»): a man's nominative surname agrees with neither. Not
// -ды, -лы, -ты, where Kazakh men's names end in the nominative («Тлеубалды»).
const FEMININE_NOUN_OBLIQUE_RE = /(?:[бвгзмнпрсфхц]ы|[кгхжшчщ]и|[бвгджзклмнпрстфхцчшщ]у)$/;
const MAN_NOMINATIVE_SURNAME_RE = /(?:ов|ев|ёв|ин|ын)$/;
const bodyWordBefore = (before: string, surname: string): boolean => FEMININE_NOUN_OBLIQUE_RE.test(before) && MAN_NOMINATIVE_SURNAME_RE.test(surname);
// A foreign woman's surname, which does not decline, ends in a consonant («Кунис», «Вульф»)…
const UNDECLINED_SURNAME_RE = /[бвгджзклмнпрстфхцчшщ]$/;
// …where a plural's genitive ends too («Лиги Чемпионов», «Палаты Общин», «Партии Регионов»).
const PLURAL_GENITIVE_RE = /(?:ов|ев|ёв|ин|ын|ей|ий|ых|их)$/;
// A man's given name in the genitive: a consonant stem with -а («Джейкоба», «Хамида»).
const MASCULINE_GENITIVE_FIRST_RE = /[бвгджзклмнпрстфхцчшщ]а$/;
// A man's surname in the genitive of -а or -ай: «Зумы», «Мнангагвы», «Карзая».
const GENITIVE_SURNAME_RE = /(?:[бвгдзлмнпрстфхц]ы|[кгхжшчщ]и|[^аеёиоуыэюя]ая)$/;

// A given name's instrumental, which ends like an adjective («Ибрагимом», «Яффой»; not «Высокой»).
const INSTRUMENTAL_GIVEN_RE = /[^аеёиоуыэюя]ом$|[^аеёиоуыэюякгх]ой$/;
// A surname of a sure shape: Russian, Armenian, Georgian.
const SURE_SURNAME_RE = /(?:ов|ев|ёв|ин|ын|ская|цкая|[^аеёиоуыэюяь]ян|оян|швили|дзе)$/;
// Nouns of origin or residence in -анин/-янин, which a surname may follow at a sentence start («Россиянин Петров»).
const DEMONYM_RE = /(?:анин|янин|анка|янка)$/;

// An adjective's endings: no name word, and the word after it names a place or body («Северная», «Новой»); not a
// surname with «-младший», «-старшего» after its hyphen («Лоуренс-младший»: NEREL train takes it in 18 times of 18).
const RU_ADJECTIVE_RE = /(?<!-(?:младш|старш))(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ом|ем|ское|ская|ский|ской)$/;

export const ruNameRules: NameRules = {
  firstName: wordQuestion((lower) => !KIN_RE.test(lower) && (isKnownFirstNameForm(lower) || firstReadings(lower).length > 0), false),
  normalize(words, roles, hint) {
    // An East Asian name declines only its last syllable, also when its given name has a surname's shape («Си Цзиньпина»);
    // no Chinese or Korean syllable ends in в, so «Ли Петрова» is a Russian surname after «Ли».
    if (roles[0] === 'family' || (words.length === 2 && roles[1] === 'surname' && EAST_ASIAN_FAMILY.has(words[0]!.toLowerCase()) && !SLAVIC_POSSESSIVE_RE.test(words[1]!)))
      return words.map((w, n) => (n === 0 || n === words.length - 1 ? syllableNominative(w) : w));
    // A family's surname alone, in the plural: its nominative plural («семье Романовых» → Романовы).
    const familyOblique = hint.family === true ? FAMILY_DATIVE_RE : FAMILY_OBLIQUE_RE;
    if (words.length === 1 && roles[0] === 'surname' && familyOblique.test(words[0]!.toLowerCase())) return [restoreCase(words[0]!, words[0]!.toLowerCase().replace(familyOblique, '$1ы'))];
    const firstIdx = roles.indexOf('first');
    const allReadings = firstIdx >= 0 ? firstReadings(words[firstIdx]!.toLowerCase()) : [];
    // A man's prepositional needs a preposition before it: without one, «Валентине» is Валентина's dative.
    const withoutPrepositional = hint.notPrepositional === true ? allReadings.filter((r) => !r.prepositional) : allReadings;
    const readings = withoutPrepositional.length > 0 ? withoutPrepositional : allReadings;
    const surnameIdx = roles.lastIndexOf('surname');
    let bits = ANY;
    // The forms themselves, then the words that agree with the name, then the other mentions of the document. A known
    // first name's gender outranks the other words: a patronymic's ending is also a surname's («Дарьи Абрамович»), and a
    // surname's ending may be shared by several declensions («Андрей Лозовой» is no woman's «Лозовой», «Иваном Мазепой»
    // no woman's instrumental).
    if (firstIdx >= 0) bits = narrow(bits, readings.length > 0 ? firstNameBits(readings) : unknownFirstBits(words[firstIdx]!.toLowerCase()));
    const patronymicIdx = roles.indexOf('patronymic');
    if (patronymicIdx >= 0) bits = narrow(bits, patronymicReadings(words[patronymicIdx]!.toLowerCase()));
    if (surnameIdx >= 0) bits = narrow(bits, surnameReadings(words[surnameIdx]!.toLowerCase()));
    if (firstIdx >= 0 && surnameIdx >= 0) bits = narrow(bits, sharedNameAgreement(words[firstIdx]!, words[surnameIdx]!, readings));
    if (hint.oblique !== undefined) bits = narrow(bits, hint.oblique ? M_OBL | F_OBL : M_NOM | F_NOM);
    if (hint.gender !== undefined) bits = narrow(bits, hint.gender === 'm' ? M_NOM | M_OBL : F_NOM | F_OBL);
    if (hint.verbBefore !== undefined) bits = narrow(bits, ANY & ~(hint.verbBefore === 'm' ? F_NOM : M_NOM));
    // A title's case is read only beside a first name the lexicon does not know (or none): a known one's ending tells
    // the name's case, which may be a verb's («уступил пост президента Алану Гарсии»).
    const cases = hint.genitive === true ? GEN : readings.length === 0 ? (hint.titleCases ?? ANY_CASE) : ANY_CASE;
    // Without a known first name, a verb's accusative also tells a man's ending from a woman's («Назначить Абдыкалыкову
    // Г. Н.»); a title's case does not, as a foreign surname beside it may not decline («президента Ндлову»). (A title's
    // ending always allows another case too.)
    if (readings.length === 0 && cases === ACC && surnameIdx >= 0) bits = narrow(bits, obliqueByCases(words[surnameIdx]!, cases));
    // A man's surname ends in -е only in the prepositional, which needs a preposition: «П. Плеве» does not decline.
    const prepositional = hint.notPrepositional !== true;
    if (hint.seen !== undefined && (bits & (bits - 1)) !== 0) bits = narrow(bits, seenReadings(words, roles, readings, bits, hint.seen, cases, prepositional));
    for (const [gender, oblique] of PREFERENCE) {
      if ((bits & bitOf(gender, oblique)) !== 0) return nominativeUnder(words, roles, readings, gender, oblique, cases, prepositional);
    }
    return [...words];
  },
  placeAfter: wordQuestion((lower) => NOT_PERSON_AFTER.has(lower), false),
  // The family name declines too: «Пака Чэ Сана».
  familyFirst: wordQuestion((lower) => EAST_ASIAN_FAMILY.has(lower) || EAST_ASIAN_FAMILY.has(syllableNominative(lower)), false),
  nameTail: wordQuestion((lower) => ARTICLE_TAIL_RE.test(lower), false),
  numberedNoun: wordQuestion((lower) => NUMBERED_NOUN_RE.test(lower), false),
  ownerGenitive: (first, second) => OWNER_GENITIVE_RE.test(first) && NOMINATIVE_FIRST_RE.test(second),
  nominativeForeignFirst: (lower) => CONSONANT_END_RE.test(lower),
  // A feminine noun's oblique case is no given name before a man's nominative surname: «Лиги Чемпионов», «Лигу Чемпионов».
  // Nor is an infinitive, which opens a decree's line whatever stands before it («… сайте. «Назначить Петрова Ивана Сергеевича …»).
  unknownFirstBefore: (first, surname) => !bodyWordBefore(first, surname) && !INFINITIVE_RE.test(first),
  bodyWordBefore,
  givenCaseForm: (lower) => INSTRUMENTAL_GIVEN_RE.test(lower),
  obliqueForeignName: (first, second) =>
    (FEMININE_OBLIQUE_FIRST_RE.test(first) && UNDECLINED_SURNAME_RE.test(second) && !PLURAL_GENITIVE_RE.test(second)) || (MASCULINE_GENITIVE_FIRST_RE.test(first) && GENITIVE_SURNAME_RE.test(second)),
  nominativeOnly: (lower) => surnameReadings(lower) === M_NOM,
  inflected: () => false,
  placeBefore: wordQuestion((lower) => PLACE_BEFORE_RE.test(lower), false),
  // Many surnames are also first names, foreign ones most of all («Эхуд Барак», «Элтон Джон», «Мохаммед Али»).
  firstNameAsSurname: true,
  digraphInitials: new Set(['Дж']),
  patronymicOfKnownName,
  // Not two names in different cases: «Марины Дмитрий» are two people. Nor a man's name in an oblique case and a woman's:
  // his surname would decline with it, so hers is another person («дочь Нурлана Айгерим»).
  firstNamesAgree: (first, next) => {
    const a = firstReadings(first);
    const b = firstReadings(next);
    return (caseBitsOf(a) & caseBitsOf(b)) !== 0 && !(firstNameBits(a) === M_OBL && b.length > 0 && b.every((r) => r.gender === 'f'));
  },
  regionBefore: wordQuestion((lower) => REGION_BEFORE_RE.test(lower), false),
  regionNamedAfter,
  // Russian text writes Kazakh surnames and given names as they are ("Абдыгалиулы", "Нурлыбек").
  surnameShape: (t) => isCyrillic(t.text) && (RU_SURNAME_RE.test(t.lower) || KK_SURNAME_RE.test(t.lower) || SURNAME_CASE_RE.test(t.lower)),
  givenNameShape: (lower) => KK_GIVEN_NAME_RE.test(lower),
  nameAtSentenceStart: () => false,
  // An unknown word opening a sentence before a surname of a sure shape is a given name when the two agree as a man's or
  // a woman's nominative and nothing else («Веселин Топалов», «Аманда Крутицкая»): not «Вчера Топалов», «Звонил Петров»,
  // nor a noun before a genitive («Защита Петрова»).
  givenAtSentenceStart: (first, surname) =>
    first.length >= 3 &&
    !SENTENCE_OPENERS.has(first) &&
    // Each part of a hyphenated word («Задачей-минимум», «Жан-Марк»).
    !first.split('-').some((part) => NOT_GIVEN_NOMINATIVE_RE.test(part)) &&
    !DEMONYM_RE.test(first) &&
    !RU_ADJECTIVE_RE.test(first) &&
    !KIN_RE.test(first) &&
    SURE_SURNAME_RE.test(surname) &&
    (surnameReadings(surname) & (FEMININE_FIRST_RE.test(first) ? F_NOM : M_NOM)) !== 0 &&
    (surnameReadings(surname) & M_OBL) === 0,
  mayBeCommonWord: () => true,
  caseFormOf(lower, known) {
    for (const [re, ending] of OBLIQUE_TO_NOMINATIVE) if (re.test(lower) && known.has(lower.replace(re, ending))) return true;
    return false;
  },
  adjectivalSurname: /(?:ий|ый|ой|ая|яя)$/,
  laterForm(lower, names) {
    for (const ending of SURNAME_CASES) {
      if (ending === '' || !lower.endsWith(ending)) continue;
      const stem = lower.slice(0, -ending.length);
      const hit = names.get(personKey(stem)) ?? names.get(personKey(`${stem}а`)) ?? names.get(personKey(`${stem}я`)) ?? names.get(personKey(`${stem}й`));
      if (hit !== undefined) return hit;
    }
    for (const [ending, nominatives] of LATER_ADJECTIVAL_FORMS) {
      if (!lower.endsWith(ending)) continue;
      const stem = lower.slice(0, -ending.length);
      // The very nominative, not one the key folds to it («Храмовую» is no form of «Храмова»).
      for (const nominative of nominatives) {
        const hit = names.get(personKey(`${stem}${nominative}`));
        if (hit !== undefined && hit.toLowerCase() === `${stem}${nominative}`) return hit;
      }
    }
    return undefined;
  },
  nameHint,
  readsCapitalisedForms: true,
  loneNamesRecur: true,
  mononymsAfterTitles: true,
  namesAround: true,
  foreignNames: true,
  kinBefore: KIN_RE,
  familyBefore: FAMILY_BEFORE,
  familySurname: FAMILY_SURNAME_RE,
  namesakeBefore: NAMESAKE_BEFORE,
  // «им. Репина», «им.Жданова»: «им» is also a pronoun ending a sentence («Мы помогли им. Петров …»), so after a space only
  // a word with a genitive's ending that opens no sentence («им. Она …»).
  namesakeAbbreviated(t, i) {
    const dot = t[i - 1];
    const abbreviation = t[i - 2];
    if (dot?.text !== '.' || abbreviation?.text !== 'им' || dot.spaceBefore) return false;
    const word = t[i]!;
    return !word.spaceBefore || (NAMESAKE_GENITIVE_RE.test(word.lower) && !SENTENCE_OPENERS.has(word.lower));
  },
  surnamedPatronymic: /^\S{3,}(?:улы|ұлы|кызы|қызы)$/,
  surnameFirstAgrees: (surname, patronymic) => {
    const bits = patronymicReadings(patronymic);
    return bits === M_NOM ? !NOT_MAN_NOMINATIVE_RE.test(surname) : bits === F_NOM ? !NOT_WOMAN_NOMINATIVE_RE.test(surname) : true;
  },
  // Adjectives end in -ым/-им there.
  instrumentalNoun: /^[а-яё-]{2,}[бвгджзклмнпрстфхцшщ](?:ом|ем)$/,
  actsAsPerson: (lower, nextLower) => !NOT_ACTOR_RE.test(lower) && PAST_VERB_RE.test(nextLower),
  // A lone surname-like word after these prepositions is a place ("в Ростове").
  placePrepositions: new Set(['в', 'во', 'на', 'из', 'под', 'через', 'по']),
  vocativeAt: () => false,
  surnamePattern: RU_SURNAME_RE,
  patronymicPattern: /(?:ич(?:а|у|ем|ом|е)?|(?:ов|ев|ич|инич)н(?:а|ы|е|у|ой))$/,
  // Some are written capitalised inside a name: «Роберт Де Ниро», «Марин Ле Пен», «Тамим бен Хамад Аль Тани».
  // «ду» Portuguese («Арантис ду Насименту»), «ва» Malawian and Arabic («Бингу ва Мутарика»).
  nameParticles: ['фон', 'ван', 'де', 'ди', 'да', 'ду', 'дер', 'дель', 'ибн', 'бен', 'бин', 'ва', 'аль', 'эль', 'Де', 'Ди', 'Дель', 'Ле', 'Аль'],
  bodyHeadPattern: /^(?:республик|университет|академи|партия|союз|организац|банк|фонд|институт|палат)/,
  commonNounPattern: /(?:ами|ями|ов|ей)$/,
  placeGenitivePattern: /(?:ии|еи|ции|ства|стана|ании|ины|ы)$/,
  adjectivePattern: RU_ADJECTIVE_RE,
  adjectiveBeforeNounPattern: /(?:ск|цк)(?:ий|ая|ое|ой|ого|ую)$/,
  placeListConjunctions: ['и'],
  nameListConjunctions: new Set(['и']),
};

/** Readings whose nominative surname or first name the document writes elsewhere ("Слободина" where the text also says "Слободин"). */
function seenReadings(
  words: readonly string[],
  roles: readonly NameRole[],
  readings: readonly FirstReading[],
  bits: number,
  seen: (lower: string) => boolean,
  cases: number,
  prepositional: boolean,
): number {
  let out = 0;
  for (const [gender, oblique] of PREFERENCE) {
    const bit = bitOf(gender, oblique);
    if ((bits & bit) === 0) continue;
    const nominative = nominativeUnder(words, roles, readings, gender, oblique, cases, prepositional);
    for (let k = 0; k < words.length; k++) {
      const form = nominative[k]!.toLowerCase();
      if (roles[k] !== 'initial' && form !== words[k]!.toLowerCase() && seen(form)) out |= bit;
    }
  }
  return out;
}
