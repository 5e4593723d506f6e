import type { CaseCues, LinkCues } from '../../link/cues.js';
import type { PositionMention } from '../../schema/record.js';
import { deferred, withDeferred } from '../deferred.js';
import { ruFullBodyPost } from './body.js';
import { RU_MEMBER_HEADS, RU_MEMBERSHIP_OWNERS, RU_MODIFIERS, RU_STATUSES, ruHeadForm, ruHeadGenitive } from './title-heads.js';
import { wordFor } from '../../segment/word.js';

// Past tenses in -ал by the stems that make them («сказал», «задал», «участвовал», «обещал»): a bare -ал
// is as often a noun («генерал», «канал», «журнала», «скандала», «маршала», «начала»), so only these.
const RU_PAST_AL = String.raw`(?!(?:начал[ао]|причал\p{L}*)(?!\p{L}))\p{L}*(?:ов|ев|ыв|ив|каз|(?<!н)д|зн|ст|пис|бр|игр|зв|ч|щ|ж|(?<!р)ш|ех|чит|ыт|работ|дел|дум|слуш|сл|жел|(?<!е)п)ал(?:а|о|и)?(?:ся|сь)?`;
// The endings share one stem class: each Unicode class in a pattern costs V8 a compile of its own (this
// pattern took 49 M instructions to compile with five, 27 M with two).
const RU_VERB_ENDINGS = String.raw`${RU_PAST_AL}|\p{L}{2,}(?:ает|яет|ует|еет|ают|яют|уют|(?:ил|ял|ыл|ёл)(?:а|о|и)?(?:ся|сь)?|ется|ится|ются|ятся|лся|лась|лось|лись|\p{L}(?:ать|ять|ить|еть|ться))`;
const RU_VERBS =
  'сказал|сказала|заявлял|заявляла|написал|написала|сменит|сменил|сменила|станет|стал|стала|был|была|было|были|является|являлся|являлась|приходится|говорит|считает|получил|получила|упрашивал|назвал|назвала|поздравил|поздравила|работает|возглавляет|возглавлял|возглавляла|занимает|занимал|занимала';

// A year in a biography entry, perhaps with its month («в декабре 1996 года», «с 1 июня 2013 г.», «в 2004г.»), a span of years, a period.
const RU_MONTH = String.raw`(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*`;
const RU_BIO_YEAR = String.raw`(?:(?:\d{1,2}\s+)?${RU_MONTH}\s+)?\d{4}(?:\s+год[ауы]?|\s*г\.)?`;
const RU_BIO_YEARS = String.raw`(?:\d{4}\s*[—–-]\s*\d{4}(?:\s+(?:годах|гг\.))?|${RU_BIO_YEAR})`;
// A closed span may leave the year of its start to its end («с мая по ноябрь 2007 года»).
const RU_BIO_SPAN = String.raw`с\s+(?:${RU_BIO_YEAR}|${RU_MONTH})\s+(?:по|до)\s+${RU_BIO_YEAR}`;
const RU_BIO_TIME = String.raw`(?:в\s+${RU_BIO_YEARS}|${RU_BIO_SPAN}|с\s+${RU_BIO_YEAR})`;

// An adjective in the genitive or the instrumental, which may stand between a head and its owner («члена Социалистической партии»).
const RU_OWNER_ADJECTIVE = /(?:ой|ей|ого|его|ых|их)$/;

// The stems of the modifiers of a post («официальн», «постоянн», «специальн»), in any case once this ending is off.
const RU_ADJECTIVE_ENDING = /(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ые|ие|ых|их|ыми|ими)$/;
let modifierStems: ReadonlySet<string> | undefined;
const postModifierStems = (): ReadonlySet<string> => (modifierStems ??= new Set([...RU_MODIFIERS.values()].map((m) => m.replace(RU_ADJECTIVE_ENDING, ''))));

// The linker asks about one title many times (plural? a status? its owner?): its lowercase words are split once.
const titleWords = new WeakMap<PositionMention, readonly string[]>();
function lowerWords(title: PositionMention): readonly string[] {
  let words = titleWords.get(title);
  if (words === undefined) titleWords.set(title, (words = title.text.toLowerCase().split(/\s+/)));
  return words;
}

/** Whether the head at `at` of a title's lowercase words names a status, not a post («миллиардер», «член партии»); see ruLinkCues.unheld. */
function isStatus(words: readonly string[], at: number): boolean {
  const head = ruHeadForm(wordFor(words[at]!))!.nom;
  if (RU_STATUSES.has(head)) return true;
  // «официальный представитель партии», «постоянным представителем союза»: a modifier of a post makes it one.
  if (!RU_MEMBER_HEADS.has(head) || words.slice(0, at).some((w) => postModifierStems().has(w.replace(RU_ADJECTIVE_ENDING, '')))) return false;
  const owner = words.slice(at + 1).find((w) => !RU_OWNER_ADJECTIVE.test(w));
  return owner !== undefined && RU_MEMBERSHIP_OWNERS.some((stem) => owner.replace(/^[«"]/, '').startsWith(stem));
}

/** Russian: who holds a title, read from the words and case endings between titles and names (see link/holders.ts). */
export const ruLinkCues: LinkCues = withDeferred<LinkCues>({
  relatives: deferred(
    () =>
      /(?<!\p{L})(?:доч(?:ь|ери|ерью)|сын(?:а|у|ом|е|овья|овей)?|жен(?:а|ы|е|у|ой)|муж(?:а|у|ем|е)?|супруг(?:а|и|е|у|ой|ом)?|подруг(?:а|и|е|у|ой)|друг(?:а|у|ом|е)?|мат(?:ь|ери|ерью)|от(?:ец|ца|цу|цом|це)|брат(?:а|у|ом|е)?|сестр(?:а|ы|е|у|ой)|вдов(?:а|ы|е|у|ой)|вну(?:к|ка|ку|чка|чки|чку|чкой)|племянни(?:к|ка|ца|цы)|невест(?:а|ы|у|ой)|соратни(?:к|ка|ца)|адвокат(?:а|у|ом|ы)?|представител(?:ь|я|ю|ем|и)|помощни(?:к|ка|ца)|семь(?:я|и|ю|ей)|наследни(?:к|ка|ку|ком|ца|цы|цу|цей)|поклонни(?:к|ка|ку|ком|ца|цы|цу|цей))(?!\p{L})/iu,
  ),
  tenure: deferred(
    () =>
      /(?<!\p{L})(?:был|была|были|стал|стала|став|станет|становится|является|являясь|будучи|являлся|являлась|являющ\p{L}+|счита(?:ется|ются|лся|лась|лись)|(?:признан|назван)(?:а|ы)?|оказал(?:ся|ась)|оста(?:ё|е)тся|оставал(?:ся|ась)|(?:будет\s+)?(?:исполня|выполня)(?:ет|л|ла|ли|ть|вший|вшая|вшего|вшей|ющий|ющая|ющего|ющей)\s+обязанности|работал|работала|работает|(?:работа|служи)вш(?:ий|ая|его|ей|ие|их)|(?<=(?:деятельность|карьеру)\s+)начала?|служил|служила|трудился|трудилась|остался|осталась|(?:пере)?избран(?:а|ы)?|(?:пере)?избирал(?:ся|ась)|назначен(?:а|ы)?|(?:пере)?избранн\p{L}+|назначенн\p{L}+|утвержд[её]н(?:а)?|занима(?:л|ла|ет)(?:\s+(?:\p{L}+\s+){0,2}(?:должность|пост|посты))?|занял(?:а)?\s+(?:должность|пост)|(?:освобожд[её]н|отстран[её]н)(?:а|ы)?\s+от\s+(?:занимаемой\s+)?должности|снят(?:а|ы)?\s+с\s+должности)(?!\p{L})/iu,
  ),
  // Its object may come after a word or two of its own («назначил свою супругу», «назначили 48-летнего»), or
  // the appointing be a noun or a gerund («после избрания Маркоса президентом», «о назначении», «назначив»). No i flag: \p{Ll} would match capitals.
  appointer: deferred(
    () =>
      /(?<!\p{L})(?:[Нн]азнач(?:ил|ила|или|ить|ат|ит|ив)|[Уу]твер(?:дил|дила|дили|дить|див)|[Ии]збрал[аи]?|[Ии]збрав|[Вв]ыбрал[аи]?|[Рр]екомендовал[аи]?|[Нн]азначени[еяюи]|[Уу]тверждени[еяюи]|[Ии]збрани[еяюи])\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u,
  ),
  // Letter classes spelt out, not \p{L}: read for every title with a name right before it. A time phrase may stand before
  // the verb («в мае», «на прошлой неделе»), a possessive or an adjective before the post («своим советником», «новым председателем»).
  appointedBefore: deferred(
    () =>
      /^(?:\s*,\s*котор(?:ого|ую|ых))?(?:\s+[а-яё\d-]+){0,3}?\s+(?:назнач(?:или|ил|ила|ат|ить)|(?:пере)?избра(?:ли|л|ла|ть)|(?:пере)?изберут|утверди(?:ли|л|ла|ть)|выбра(?:ли|л|ла))(?:\s+(?:сво(?:им|ей)|[а-яё]{2,}(?:ым|им|ой|ей)))?\s+$/,
  ),
  // Letter classes spelt out: read for every title after a tenure verb whose words do not fit the plain tail.
  // Or only the place, of up to five words with no preposition of someone else's inside («работал в администрации Брянской области председателем»).
  tenureDetour: deferred(
    () =>
      /^\s+(?:в|во|на)\s+[^,()\n]{2,60}?(?:,\s*(?:а\s+)?(?:затем|потом|позже|позднее|впоследствии)|,?\s+а\s+также|\s+и)\s+(?:[а-яё]+(?:ым|им|ой|ей)\s+)?$|^\s+(?:в|во)\s+(?:(?!(?:с|со|у|при|для|за|под|над|и|а|но)\s)[^\s,()]+\s+){1,5}$/,
  ),
  pastTenure: deferred(
    () =>
      /(?<!\p{L})(?:был|была|были|работал|работала|(?<=(?:деятельность|карьеру)\s+)начала?|служил|служила|трудился|трудилась|являлся|являлась|(?:пере)?избирал(?:ся|ась)|занимал|занимала|(?:занима|работа|возглавля)вш(?:ий|ая|его|ей|ему|им|ие|их)|оставал(?:ся|ась)|(?:исполня|выполня)(?:л|ла|ли|вший|вшая|вшего|вшей)\s+обязанности|освобожд[её]н(?:а|ы)?|отстран[её]н(?:а|ы)?|снят(?:а|ы)?)(?!\p{L})(?![\s\S]*(?:назначен|избран|утвержд))/iu,
  ),
  verb: deferred(() => new RegExp(String.raw`(?<!\p{L})(?:${RU_VERBS}|${RU_VERB_ENDINGS})(?!\p{L})`, 'iu')),
  // Letter classes spelt out: read for the gap between a title and the name after it.
  governmentBefore: deferred(() => /(?:^|\s)(?:в|во|при)\s+(?:[а-яё-]+\s+)?(?:администрации|кабинете|правительстве)\s+$/),
  otherPerson: deferred(
    () =>
      /(?<!\p{L})(?:вместо|против|кроме|благодаря|после|вслед\s+за|смени(?:в|вш(?:ий|ая|его|ему|ей|им)|л|ла|т))(?=[^\p{L}])|(?:^|\s)(?:и|а|или|чем)\s+(?:(?:мисс|миссис|мистер|господин|госпожа|г-н|г-жа)\.?\s*)?$|(?:^|\s)(?:на|о|об|обо|с|со|к|ко|у|для|за|про|при|над|под|перед|без)\s+$/iu,
  ),
  // A verb after at most a time phrase and an adverb («В разные годы работал», «В 1988 году стал», «В декабре 1996 года был избран»,
  // «С 2004г. по 2008г. одновременно был»,
  // «27 мая 2011 года — назначен», «В настоящее время работает», «Трудовую деятельность начал в 2004 году», «После окончания института в 1970 году
  // работал»: what was finished, up to six words, no pronoun of another subject), or in a dated biography entry only a dash
  // («С 1992 года — начальник …», «В 1996 году — глава МИД»). A verb in the present says no gender (group 2). A pronoun with
  // only a dash after it is an entry too, a past one after «ранее», «до этого» (group 5: «До этого он — заместитель …»).
  subjectlessTenure: deferred(
    () =>
      new RegExp(
        String.raw`^\s*(?:(?:в\s+(?:разные|те|эти|прошлые|последние)\s+годы|в\s+(?:разное|настоящее)\s+время|${RU_BIO_TIME}|${RU_BIO_YEAR}|ранее|до\s+этого|затем|позже|потом|впоследствии|после\s+этого|в\s+возрасте\s+\d+\s+(?:лет|года?)|после\s+окончания(?:\s+(?!(?:его|её|ее|их|он|она|они)\s)[^\s,.;:!?]+){1,6}?|прежде|одновременно|сначала|(?:свою\s+)?(?:трудовую\s+деятельность|карьеру)(?=\s+начал))\s*[,—–]?\s+){0,2}` +
          String.raw`(?:(?:был(?=а?\s+(?:назначен|избран|переизбран))а?\s+)?(?:работал|был|служил|трудился|являлся|занимал|возглавлял|стал|назначен|избран|переизбран|освобожд[её]н(?=а?\s+от)|(?<=(?:деятельность|карьеру)\s+)начал)(а)?|(работает|занимает|возглавляет|является))(?:\s+(?:на\s+)?(?:пост|должность)|\s+от\s+(?:занимаемой\s+)?должности)?(?:\s+в\s+\d{4}\s+году)?\s*$` +
          String.raw`|^\s*(?:в\s+${RU_BIO_YEARS}|${RU_BIO_SPAN})\s+([—–])\s*$|^\s*(?:с\s+${RU_BIO_YEAR}|(?:(?:сейчас|теперь|ныне)\s+)?(?:он|она))\s+([—–])\s*$|^\s*(?:ранее|до\s+этого|прежде|в\s+прошлом)\s+(?:он|она)\s+([—–])\s*$`,
        'iu',
      ),
  ),
  postNoun: deferred(
    () =>
      /(?<!\p{L})(?:(?:(с|от)|на|в|о|за)\s+)?(?:(?:\p{Ll}+(?:ый|ий|ой|ую|ом|ем|ей|ого|его)|своего|свой|своём|своем|этом|этот|этого)\s+)?(?:пост(?:а|у|ом)?|должност(?:ь|и|ью)|кресл(?:о|а|е)|качестве|(?<=(?<!\p{L})в\s+)роли|позици(?:и|ю|я)|звани(?:е|я|ем|и)|ранг(?:а|е|ом)?|чин(?:а|е|ом)?)\s+(?:\p{Ll}+(?:ого|его)\s+)?$/iu,
  ),
  postTaker: deferred(
    () =>
      /(?<!\p{L})(?:займ[её]т|заняла?|занимает|занимал[аи]?|получил[аи]?|(?:был[аи]?\s+)?(?:назначен|избран|утвержд[её]н|рекомендован|предложен)[аы]?|станет|стал[аи]?|остался|осталась|остается|остаётся|претендует|выдвинут[аы]?)(?!\p{L})/iu,
  ),
  oneOf: deferred(
    () =>
      /(?<!\p{L})(?:один|одна|одно|одним|одной|одного|одну|одному)\s+из\s+(?:(?:самых|наиболее|в\s+(?:мире|стране|истории)|\p{Ll}+(?:ых|их)|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\d+)(?:\s+и|,)?\s+){0,5}$/iu,
  ),
  soughtBefore: deferred(() => /(?<!\p{L})(?:(?:кандидат|баллотир|выдвига|выдвину)\p{L}*|мет(?:ит|ил|ила|ят))(?:\s+в\s+кандидаты)?\s+(?:в|на\s+(?:пост|должность))\s+$/iu),
  postSought: deferred(
    () => /(?<!\p{L})(?:кандидат|претенд|баллотир|номинир|выдви|бор(?:ьб|от|ол|ет|ют)|гонк|мет(?:ит|ил|ят)|проч(?:ат|ил|ит)|рассматрива|предлож|(?:по)?обещ|не\s+доверил)\p{L}*(?!\p{L})/iu,
  ),
  // An object pronoun between a subject and the post: «Президент назначил его на пост» is someone else's post.
  clauseOpener: deferred(() => /(?<!\p{L})(?:что|чтобы|будто|если|когда|где|пока|его|её|ее|их|него|неё|нее|ему|ей|ней|нему|им)(?!\p{L})/iu),
  namesakeBefore: deferred(() => /^\s*(?:имени|им\.)\s*$/u),
  // An adjective may stand between («выборы нового президента», «полномочия действующего мэра»).
  officeBefore: deferred(() => /(?:^|[^а-яё])(?:[Вв]ыбор(?:ы|ов|ах|ам)|[Пп]олномочи(?:я|й|ями|ях)|[Кк]ресл(?:о|а|е))\s+(?:[а-яё]+(?:ого|его)\s+)?$/),
  // Letter classes spelt out, not \p{L}: these are read for every title left without a subject, and a Unicode class costs a compile.
  firstPersonBefore: deferred(() => /(?:^|[\s«"„(—–-])[Яя](?=[\s,.!?»])/u),
  speechBefore: deferred(() => /[–—]\s*(?:сказал|говорит|отметил|рассказал|добавил|подчеркнул|заявил|пояснил|считает|вспоминает)а?(?![а-яё])/u),
  decreeBefore: deferred(() => /(?<!\p{L})(?:указом|распоряжением|постановлением|приказом|решением)\s+$/iu),
  pronouns: new Map([
    ['он', 'm'],
    ['она', 'f'],
  ]),
  // Agreeing adjectives in any case, reflexive participles among them («выдающийся», «итальянском»), «некогда», an age («34 года,»);
  // not a relative pronoun («Юрий, которого певица попросила»: the title is the clause's subject).
  // Each adjective a whole word: split inside a word, the repeated group would backtrack exponentially.
  appositionFiller: deferred(
    () =>
      /^(?:\s*(?:его|её|ее|их|ныне|некогда|когда-то|тогда|также|а|и|теперь|ранее|недавно|вчера|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|\d{4}\s+году)|(?<!\p{L})(?!котор)\p{Ll}+(?:ого|его|ому|ему|ом|ем|ый|ий|ой|ей|ая|яя|ое|ее|ым|им|ую|юю|ых|их|ыми|ими)(?:ся)?(?!\p{L})|\d+-летн\p{L}+|\d+\s+(?:года?|лет)\s*,))*\s*$/u,
  ),
  // «бывший аким района, ныне председатель совета Name»: «ныне» (now) after it puts the next title in the present.
  former: deferred(() => /(?<!\p{L})(?:бывш\p{L}*|прежн(?:ий|яя|его|ей|ему|им|юю|ие|их)(?!\p{L})|экс-|в прошлом|отставн\p{L}*)(?![^.!?]*(?<!\p{L})ныне(?!\p{L}))/iu),
  // «Аким освободил от должности руководителя управления Виктора Мельниченко»: the verb of removal before the title.
  leftBefore: deferred(() => /(?<!\p{L})(?:освободил[аи]?|освобожд[её]н[аы]?|освобождается|отстранил[аи]?|уволил[аи]?|снял[аи]?)\s+(?:от|с)\s+(?:должности|поста|занимаемой\s+должности)\s*$/iu),
  // «От должности министра освобожден Иван Петров»: the post left, the name after the participle.
  heldBy: deferred(() => /^\s+(?:был[аи]?\s+)?(?:освобожд[её]н|отстран[её]н|снят|уволен)[аы]?\s+$/u),
  // The words between the cue and the name: an age, adjectives, a rank («вместо ушедшего в отставку», «сменивший на этом посту генерал-майора»).
  predecessor: deferred(
    () =>
      /(?<!\p{L})(?:вместо|смени(?:в|вш(?:ий|ая|его|ей|ему|им)|л|ла|т|ть)|сменя(?:ет|я|ющ(?:ий|ая|его|ей)))(?:\s+(?:его|её|ее))?(?:\s+на\s+(?:этом|этой|своём|своем|своей|том|той)\s+(?:посту|должности))?\s+(?:[\p{Ll}\d-]+\s+){0,4}$/u,
  ),
  // Letter classes spelt out: read for every title. «На новой должности», «на посту».
  postBefore: deferred(() => /(?:^|[^а-яё])[Нн]а\s+(?:[а-яё]+(?:ом|ой|ем|ей)\s+)?(?:посту|должности)\s+$/),
  successorAfter: deferred(() => /^\s+(?:(?:его|её|ее)\s+)?смени(?:т|л|ла)\s+$/),
  beforeSubjectPronoun: String.raw`на\s+(?:этом|этой|своём|своем|своей)\s+(?:посту|должности)\s+`,
  postAgain: deferred(() => ({
    cue: /(?<!\p{L})(?:эт(?:от|ом|ого|у|ой)|данн(?:ый|ом|ого|ую|ой))\s+(?:пост(?:а|у)?|должност(?:ь|и|ью))(?!\p{L})/giu,
    left: /(?<!\p{L})(?:покину?л[аи]?|покидает|оставил[аи]?|оставля(?:ет|л[аи]?)|(?:ушёл|ушел|ушла|уходит|уходя|ушедш\p{L}*|уходящ\p{L}*)\s+с)\s+$/iu,
  })),
  beingBefore: deferred(() => /(?:^|[,;:(—–]\s*)(?:будучи|являясь|оставаясь|работая|служа)\s+(?:\p{Ll}+(?:ым|им|ой|ей)\s+){0,2}$/iu),
  successorBefore: deferred(() => /(?<!\p{L})смени(?:л|ла|в|вш(?:ий|ая|его|ему|ей|им))\s+на\s+(?:этом\s+)?посту\s+$/u),
  dutiesOf: deferred(() => /(?:^|\s)обязанности\s+$/iu),
  // The verb may come before the duties, leaving only «будет» after the title («исполнять обязанности главы будет спикер …»);
  // a possessive may open the acting one's own title («будет исполнять его заместитель Олег Ким»).
  dutiesTaken: deferred(
    () => /^\s+(?:((?:[а-яё]+\s+){0,2}(?:его|её|ее|их)\s+обязанности\s+)?(?:временно\s+)?(?:будет\s+|будут\s+)?(?:исполня|выполня)[а-яё]*(?:\s+(?:его|её|ее|их))?|будет|будут)\s+$/u,
  ),
  acting: deferred(() => /(?<!\p{L})(?:и\.\s?о\.|врио|вр\.\s?и\.\s?о\.|(?:исполня|выполня)\p{L}*\s+обязанности)/iu),
  // The next name may carry its age («…, а также 22-летний Иван Петров»).
  listJoin: deferred(() => /^\s*(?:\([^()]{0,80}\)|из\s+\p{Lu}[\p{L}-]*(?:\s+\p{Ll}+)?)?\s*(?:,\s*(?:а\s+также\s+|и\s+)?|и\s+)(?:\d+-летн\p{Ll}+\s+)?$/u),
  listIntro: deferred(() => /^(?:\s+и\s+\p{Ll}+)?\s*,?\s*(?:среди\s+(?:которых|них)|в\s+том\s+числе|включая|а\s+именно|(?:таких\s+)?как)\s*[–—:-]?\s*$/u),
  listNextSentence: deferred(() => /[.!?…]\s+(?:Среди\s+них|В\s+их\s+числе)(?:\s+(?:был[аио]?|оказал(?:ся|ась|ись)))?\s*[–—:]?\s*$/u),
  listBefore: deferred(() => /^\s*,?\s*(?:и|а\s+также)\s+(?:други[ехм]|прочи[ехм]|ины[ехм]|остальны[ехм]|многи[ехм]\s+други[ехм])\s+(?:\p{Ll}+(?:ых|их|ые|ие|ым|им)\s+)?$/u),
  definiteLead: deferred(() => /^\s*(?:(?:\d+-летн\p{L}+|\p{Ll}+(?:ый|ий|ой|ая|яя))\s+){0,2}$/u),
  possessedBefore: deferred(
    () =>
      /(?<!\p{L})(?:рождения|смерт(?:ь|и)|гибел(?:ь|и)|кончин(?:а|ы)|похорон(?:ы)?|тел(?:о|а|е|ом)|им(?:я|енем)|деятельност(?:ь|и)|болезн(?:ь|и|ью)|жизни|здоровья|состояния\s+здоровья|юбиле(?:я|ю|ем|е)|памяти|творчеств(?:а|у|ом|е)|вины|арест(?:а|у|ом|е)|задержани(?:я|ю|ем|и)|отставк(?:и|е|у|ой)|дом(?:а|е|у)?|семь(?:и|ей|ю)|карьер(?:ы|е|у|ой)|биографи(?:и|ю|ей))\s+(?:(?:\d+-летн\p{L}+|\p{Ll}+(?:ого|его))\s+){0,2}$/u,
  ),
  genitiveTitle: deferred(() => /^\p{Ll}[\p{Ll}-]+(?:а|я)$/u),
  isPluralTitle(title) {
    const [first = '', second] = lowerWords(title);
    // A head known only in the form seen («музыканты») is plural by its ending; «главы» is a known singular genitive,
    // «замглавы» a known head that does not decline.
    const form = ruHeadForm(wordFor(first));
    if (form?.plural === true || (form?.oblique !== true && form?.nom !== first && /[^\s]{3}[ыи]$/u.test(first))) return true;
    // An agreeing adjective before the head, plural by its ending («Американские сенаторы», «бывших министров»)
    // or, in a form shared with the singular, by its head's («первым зампредам»).
    return form === undefined && (/[^\s]{2}(?:ые|ие|ых|их|ыми|ими)$/u.test(first) || (/[^\s]{2}(?:ым|им)$/u.test(first) && second !== undefined && /[^\s]{3}(?:ам|ям)$/u.test(second)));
  },
  // Wealth, study and membership of a party or a family say what a person is, not a post they hold (NEREL links
  // none of them either): «миллиардер», «студент», «член Республиканской партии». The head is the title's first
  // word that is one; the owner the first word after it that is no adjective in the genitive.
  unheld(title) {
    const words = lowerWords(title);
    const at = words.findIndex((w) => ruHeadForm(wordFor(w)) !== undefined);
    return at >= 0 && isStatus(words, at);
  },
  // The owner is the word right after the head: «советником президента России» → «президент России» (with adjectives
  // between, their nominative is not known: «критик многолетнего лидера»). A status is no post to hold.
  ownerPost(title) {
    const words = title.text.split(/\s+/);
    const lower = lowerWords(title);
    const at = lower.findIndex((w) => ruHeadForm(wordFor(w)) !== undefined) + 1;
    const owner = at > 0 && at < words.length ? ruHeadForm(wordFor(lower[at]!)) : undefined;
    if (owner === undefined || !owner.oblique || owner.plural || isStatus(lower, at)) return undefined;
    // «Президента Республики Казахстан» keeps its capital, as the title's norm does.
    const nom = words[at] === lower[at] ? owner.nom : owner.nom[0]!.toUpperCase() + owner.nom.slice(1);
    return [nom, ...words.slice(at + 1)].join(' ');
  },
  mayBePlural(title) {
    const first = lowerWords(title)[0] ?? '';
    return /[ыи]$/u.test(first) && ruHeadForm(wordFor(first))?.oblique === true;
  },
  cases: withDeferred<CaseCues>({
    genitiveName: deferred(() => /[аяыи]$/),
    instrumental: deferred(() => /(?:ом|ем|ём)$/u),
    genitiveWord: deferred(() => /(?:а|я|ы|и|ого|его)$/u),
    conjunction: deferred(() => /(?<!\p{L})(?:и|а|или|но|либо)(?!\p{L})/iu),
    governedBefore: deferred(() => /(?:^|\s)(?:с|со|к|ко|о|об|у|для|за|при|над|под|перед|без|от|про)\s+$/u),
    participle: deferred(() => /^\p{Ll}+(?:ющ|ущ|ащ|ящ|вш|енн|анн)\p{Ll}+$/iu),
    instrumentalOrAdjective: deferred(() => /(?:ом|ем|ём|ым|им)$/),
    clauseLink: deferred(() => /^(?:(?:где|когда|а|и|но|что|затем|потом|тогда|сейчас|теперь|ныне|вчера|сегодня|накануне|также|уже|впервые|вскоре|в\s+\d{4}\s+году)(?:\s+|$))+/iu),
    possessive: deferred(() => /^(?:его|её|ее|их)$/u),
    stacked: deferred(() => /^[ \t\u00A0]+(?:(?:\([^()\n]{1,30}\)|\p{Ll}+(?:ого|его|ой|ей|ых|их|ый|ий|ая|яя))[ \t\u00A0]+)*$/u),
    feminineOblique: deferred(() => /(?:ов|ев|ёв|ин|ын)ой$/u),
    feminineTitle: deferred(() => /(?:иц|ин|есс|ис|к)а$|иня$/u),
    pastVerb: deferred(() => /^\s+\p{Ll}{2,}л(а)?(?:ся|сь)?(?!\p{L})/u),
    subjectAfterVerb: true,
    predicateAdverb: deferred(() => /^временно\s+/iu),
    predicateInstrumental: deferred(() => /(?:ом|ем|ём|ым|им|ой|ей|ами|ями|ыми|ими)$/u),
    pluralNominative: deferred(() => /(?<!м)[ыи]$|[ыи]е$/u),
    predicateOnly: deferred(() => /^(?:признан|назван|оказал)/iu),
    passive: deferred(() => /(?:назначенн?|избранн?|утвержд[её]нн?|признанн?|названн?)\p{L}*\s*$/iu),
    caseless: (title) => ruHeadForm(wordFor(lowerWords(title)[0] ?? ''))?.indeclinable === true,
  }),
  titleCoordinator: deferred(() => /и/u),
  // «бывший аким района, ныне председатель совета ветеранов Name»: «ныне» (now) puts the next title in the present, both the name's.
  titleModifier: deferred(() => /\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)|ныне/u),
  titleListContinues: deferred(() => /и\s|а\s/u),
  // «Есимов Арман, до этого работавший …»: a time adverb may open the participle's clause.
  relativeSubject: deferred(() => /^\s*,\s*(?:(?:до\s+этого|ранее|прежде|недавно)\s+)?(?:котор(?:ый|ая|ые)|(\p{Ll}+(?:ющ|ущ|ащ|ящ|вш|енн|анн)\p{Ll}+))(?!\p{L})/u),
  // «работающего», «ставшего», a relative clause («, где работала Name»); a gerund opens a clause too («…, завершив период правления Name»), not a noun in -ав/-ив («состав»).
  participleClause: deferred(
    () =>
      /^\s*,\s*(?:(?:где|куда|откуда|когда|котор\p{Ll}+)(?!\p{L})|(?:\p{Ll}+\s+)?\p{Ll}+(?:ющ|ущ|ащ|ящ|вш)\p{Ll}+|(?!(?:состав|устав|сплав|архив|актив|коллектив|мотив|штатив)(?!\p{L}))\p{Ll}{2,}(?:ав|яв|ив|ев|ыв|ув)(?:шись)?(?!\p{L}))/u,
  ),
  lastApposition: deferred(() => /,\s*(?:\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}$/u),
  feminineName: deferred(() => /(?:ова|ева|ёва|ина|ына|ая)$/u),
  masculineName: deferred(() => /(?:ов|ев|ёв|ин|ын|ий|ой)$/u),
  patronymic: deferred(() => /(?:вич|вна|чна)$/u),
  surnameNominativeEnd: deferred(() => /[аяйь]$/u),
  nameInCommas: true,
  fullBodyPost: ruFullBodyPost,
  // The owner's post in the genitive: its first word when it is a head («аким области» → «акима области»); an adjective first is left.
  pronounDeputy: {
    norms: new Set(['заместитель']),
    pronoun: /(?:^|[\s«"(])(?:[Ее]го|[Ее]ё|[Ее]е)\s+$/u,
    remit: / по (?:\p{L}+ )?(?:вопросам|делам|работе)(?!\p{L})/u,
    post(owner, deputy) {
      const [head, ...rest] = owner.split(' ');
      const genitive = ruHeadGenitive(head!.toLowerCase());
      return genitive === undefined ? undefined : [deputy, genitive, ...rest].join(' ');
    },
  },
});
