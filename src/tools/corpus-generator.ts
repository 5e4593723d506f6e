/**
 * Deterministic synthetic press articles for the benchmark: Kazakh and Russian sentences built
 * from templates with officials, amounts, numbers, percents, dates and projects, between plain
 * sentences composed from word lists and from a large made-up vocabulary. Sizes vary like real
 * articles (about 1–5 KB of UTF-8), and so does density: a little under half the sentences carry
 * a fact, which gives ~11 gold-type mentions per 1,000 characters — the range of real press (seeds
 * 8.2, KazNERD valid 10.5, NEREL dev 17.9). So does the vocabulary: ~40,000 distinct word forms in
 * the first 250,000 words (real text: 53,000; see zipfWord).
 */

const KK_NAMES = ['Берік Уәли', 'Асқар Мырзахметов', 'Дархан Сатыбалды', 'Айгерім Смағұлова', 'Нұрлан Әбдіхалықов', 'Гүлнар Сейітқызы', 'Ерлан Жақсыбеков', 'Мақсат Төлеген'];
const RU_NAMES = ['Берик Уали', 'Марат Жуманов', 'Ерлан Токтаров', 'Анна Сергеева', 'Асаин Байханов', 'Жанар Нурмурадкызы', 'Ерболат Досаев', 'Игорь Петров'];
const KK_TITLES = ['Облыс әкімі', 'Аудан әкімі', 'Облыстық білім басқармасының басшысы', 'Қалалық мәслихат төрағасы', 'Облыс әкімінің орынбасары'];
const RU_TITLES = ['Аким области', 'Аким района', 'Руководитель управления образования', 'Председатель городского маслихата', 'Заместитель акима области'];
const KK_PROJECTS = ['«Жайлы мектеп»', '«Ауыл – Ел бесігі»', '«Қолжетімді интернет»', '«Цифрлық Қазақстан»'];
const RU_PROJECTS = ['«Комфортная школа»', '«Модернизация дорог»', '«Доступный интернет»', '«Цифровой Казахстан»'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

type Rand = () => number;
function rng(seed: number): Rand {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const KK_SENTENCES: ReadonlyArray<(r: Rand) => string> = [
  (r) => `${pick(r, KK_TITLES)} ${kkName(r)} ${int(r, 2, 90)} ауылда жаңа мектеп салынатынын айтты.`,
  (r) => `Жобаға ${int(r, 5, 900)} млн теңге бөлінді, оның ${int(r, 10, 90)} пайызы игерілді.`,
  (r) => `${int(r, 2020, 2027)} жылы ${pick(r, KK_PROJECTS)} жобасы аясында ${int(r, 3, 60)} нысан пайдалануға берілді.`,
  (r) => `Биыл облыста ${int(r, 2, 30)} мыңнан астам адам жұмыспен қамтылды.`,
  (r) => `Жиын ${int(r, 1, 28)} ${pick(r, KK_MONTHS)} күні өтті, оған ${kkName(r)} қатысты.`,
  (r) => `Бюджеттен отыз бес миллиард теңге қарастырылып, жұмыстар ${int(r, 2, 5)} жылға жоспарланды.`,
  (r) => `Тұрғындардың ${int(r, 40, 99)},${int(r, 1, 9)} пайызы таза ауыз сумен қамтылған.`,
  (r) => `Ауылдық округ әкімі жергілікті кәсіпкерлермен кездесіп, ${int(r, 3, 40)} өтінішті қарады.`,
];
const RU_SENTENCES: ReadonlyArray<(r: Rand) => string> = [
  (r) => `${pick(r, RU_TITLES)} ${ruName(r)} сообщил о строительстве ${int(r, 2, 90)} школ.`,
  (r) => `На реализацию проекта направлено ${int(r, 5, 900)},${int(r, 1, 9)} млрд тенге, освоено около ${int(r, 10, 90)}% средств.`,
  (r) => `В ${int(r, 2020, 2027)} году в рамках национального проекта ${pick(r, RU_PROJECTS)} введено ${int(r, 3, 60)} объектов.`,
  (r) => `С начала года создано более ${int(r, 2, 30)} тысяч рабочих мест.`,
  (r) => `Совещание прошло ${int(r, 1, 28)} ${pick(r, RU_MONTHS)} ${int(r, 2023, 2026)} года под председательством ${pick(r, ['акима области', 'акима района'])}.`,
  (r) => `Стоимость одного километра дороги выросла с ${int(r, 50, 90)} до ${int(r, 95, 140)} миллионов тенге.`,
  (r) => `По словам ${pick(r, ['руководителя управления', 'заместителя акима'])}, в программе участвуют двести сорок предприятий.`,
  (r) => `В прошлом году инвестиции составили ${int(r, 2, 90)} млн долларов США.`,
];

/** Sentences with no facts in them, from an opener, a subject and a predicate (SOV in Kazakh). */
const KK_OPENERS = ['', 'Сонымен қатар', 'Осыған байланысты', 'Айта кету керек,', 'Бұдан бөлек', 'Жиын барысында', 'Мамандардың айтуынша,', 'Өз кезегінде'];
const KK_SUBJECTS = [
  'жергілікті тұрғындар',
  'сала мамандары',
  'кәсіпкерлер',
  'мектеп ұжымы',
  'аудандық аурухана дәрігерлері',
  'жастар ұйымының мүшелері',
  'ауыл шаруашылығы саласының өкілдері',
  'қоғамдық кеңес',
  'ардагерлер',
  'еріктілер тобы',
];
const KK_OBJECTS = [
  'жаңа бастаманы',
  'жол жөндеу жұмыстарын',
  'су құбырының құрылысын',
  'спорт алаңын абаттандыруды',
  'көктемгі егіс науқанын',
  'балалар үйіне көмек көрсетуді',
  'тұрғындардың өтініштерін',
  'экологиялық акцияны',
  'мәдени іс-шараларды',
  'жылу беру маусымына дайындықты',
];
const KK_VERBS = ['қолдады', 'талқылады', 'жоспарлап отыр', 'жалғастыруда', 'назарда ұстап отыр', 'ұйымдастырды', 'бақылауға алды', 'тексерді', 'жан-жақты қарастырды'];
const RU_OPENERS = ['', 'Кроме того,', 'Как отмечают специалисты,', 'При этом', 'Вместе с тем', 'По информации ведомства,', 'В свою очередь', 'Как сообщается,'];
const RU_SUBJECTS = [
  'местные жители',
  'специалисты отрасли',
  'представители бизнеса',
  'учителя школы',
  'врачи районной больницы',
  'члены молодёжной организации',
  'сотрудники управления',
  'члены общественного совета',
  'ветераны',
  'волонтёры',
];
const RU_PREDICATES = [
  'поддержали новую инициативу',
  'обсудили ход ремонта дорог',
  'проверили качество строительства водопровода',
  'приняли участие в экологической акции',
  'подготовили предложения по благоустройству дворов',
  'рассмотрели обращения граждан',
  'продолжают работу над планом развития',
  'обратили внимание на состояние спортивных площадок',
  'провели встречу с родителями учеников',
  'обсудили подготовку к отопительному сезону',
];
const RU_TAILS = ['', ' на территории села', ' по просьбе жителей', ' в районном центре', ' совместно с партнёрами'];

/**
 * Made-up words drawn with Zipf's law, so the corpus has as many distinct word forms as real press:
 * rules and their caches keep meeting new words all through a run, as they do on real text (the
 * NEREL and KazNERD texts have 53,000 distinct forms in 264,000 words). A corpus of a few hundred
 * distinct words, as the template sentences alone give, flatters every per-word cache.
 * Stems are syllables in Kazakh vowel harmony or Russian-like, with the endings of each language.
 */
interface Phonology {
  readonly consonants: readonly string[];
  /** Vowel sets: a stem takes all its vowels from one (Kazakh back or front vowels). */
  readonly vowels: ReadonlyArray<readonly string[]>;
  /** Endings for the vowel set of the same index, most frequent first. */
  readonly endings: ReadonlyArray<readonly string[]>;
}
const KK_PHONOLOGY: Phonology = {
  consonants: ['б', 'д', 'ж', 'з', 'к', 'қ', 'л', 'м', 'н', 'ң', 'п', 'р', 'с', 'т', 'ш', 'й', 'ғ', 'г', 'у'],
  vowels: [
    ['а', 'ы', 'о', 'ұ'],
    ['ә', 'е', 'і', 'ө', 'ү'],
  ],
  endings: [
    ['', 'ы', 'ның', 'ға', 'да', 'дан', 'ды', 'мен', 'лар', 'ын', 'ында', 'ынан', 'лардың', 'ларға', 'лық', 'шы', 'дағы', 'ымыз'],
    ['', 'і', 'нің', 'ге', 'де', 'ден', 'ді', 'мен', 'лер', 'ін', 'інде', 'інен', 'лердің', 'лерге', 'лік', 'ші', 'дегі', 'іміз'],
  ],
};
const RU_PHONOLOGY: Phonology = {
  consonants: ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ц', 'ч', 'ш', 'ст', 'пр', 'кр', 'тр'],
  vowels: [['а', 'о', 'у', 'ы', 'е', 'и']],
  endings: [['', 'а', 'ы', 'ов', 'ом', 'е', 'у', 'ами', 'ах', 'ий', 'ого', 'ому', 'ым', 'ая', 'ой', 'ую', 'ые', 'ых', 'ение', 'ения', 'ать', 'ует', 'уют', 'ился']],
};
/** Distinct stems per language; with their endings, tens of thousands of forms appear in a few MB, as in real text. */
const VOCABULARY = 1_000_000;

function stemOf(rank: number, ph: Phonology): { stem: string; harmony: number } {
  const r = rng(rank * 7919 + ph.consonants.length);
  const harmony = Math.floor(r() * ph.vowels.length);
  const vowels = ph.vowels[harmony]!;
  let stem = '';
  for (let k = int(r, 1, 3); k > 0; k--) stem += pick(r, ph.consonants) + pick(r, vowels) + (r() < 0.4 ? pick(r, ph.consonants) : '');
  return { stem, harmony };
}
const stemCache = new Map<Phonology, Map<number, { stem: string; harmony: number }>>();

/** The stem of a rank drawn log-uniformly: rank k comes with frequency ~ 1/k (Zipf's law). */
function zipfStem(r: Rand, ph: Phonology): { stem: string; harmony: number } {
  const rank = Math.floor(VOCABULARY ** r());
  let stems = stemCache.get(ph);
  if (stems === undefined) stemCache.set(ph, (stems = new Map()));
  let found = stems.get(rank);
  if (found === undefined) stems.set(rank, (found = stemOf(rank, ph)));
  return found;
}

/** A Zipf-distributed stem with an ending skewed to the first ones. */
function zipfWord(r: Rand, ph: Phonology): string {
  const { stem, harmony } = zipfStem(r, ph);
  const endings = ph.endings[harmony]!;
  return stem + endings[Math.floor(endings.length * r() ** 1.5)]!;
}
const zipfPhrase = (r: Rand, ph: Phonology): string => Array.from({ length: int(r, 3, 9) }, () => zipfWord(r, ph)).join(' ');

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Half the officials are from the short list, half a listed first name with a made-up surname: real press names many people. */
function nameOf(r: Rand, names: readonly string[], ph: Phonology, suffixes: readonly string[]): string {
  const listed = pick(r, names);
  if (r() < 0.5) return listed;
  return `${listed.split(' ')[0]} ${capitalise(zipfStem(r, ph).stem)}${pick(r, suffixes)}`;
}
const kkName = (r: Rand): string => nameOf(r, KK_NAMES, KK_PHONOLOGY, ['ов', 'ев', 'бекұлы', 'ұлы', 'баев']);
const ruName = (r: Rand): string => nameOf(r, RU_NAMES, RU_PHONOLOGY, ['ов', 'ев', 'ин', 'енко']);
const plainKk = (r: Rand): string => capitalise(`${pick(r, KK_OPENERS)} ${pick(r, KK_SUBJECTS)} ${zipfPhrase(r, KK_PHONOLOGY)} ${pick(r, KK_OBJECTS)} ${pick(r, KK_VERBS)}.`.trimStart());
const plainRu = (r: Rand): string => capitalise(`${pick(r, RU_OPENERS)} ${pick(r, RU_SUBJECTS)} ${pick(r, RU_PREDICATES)} ${zipfPhrase(r, RU_PHONOLOGY)}${pick(r, RU_TAILS)}.`.trimStart());
const FACT_SHARE = 0.45;

export function generateArticle(seed: number): string {
  const r = rng(seed + 1);
  const kazakh = r() < 0.5;
  const sentences = kazakh ? KK_SENTENCES : RU_SENTENCES;
  const plain = kazakh ? plainKk : plainRu;
  const target = int(r, 500, 2500);
  const day = String(int(r, 1, 28)).padStart(2, '0');
  const month = String(int(r, 1, 12)).padStart(2, '0');
  let text = `date 2025-${month}-${day} ${kazakh ? 'Өңірде жаңа жобалар іске қосылды' : 'В регионе запущены новые проекты'}\n`;
  while (text.length < target) {
    let paragraph = '';
    for (let k = int(r, 2, 5); k > 0; k--) paragraph += `${r() < FACT_SHARE ? pick(r, sentences)(r) : plain(r)} `;
    text += `${paragraph.trimEnd()}\n`;
  }
  return text;
}
