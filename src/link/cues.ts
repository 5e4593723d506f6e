import type { Lang } from '../lang/detect.js';

/**
 * The words that decide who holds a title, per language. Linking reads only the short stretches of
 * text between a title and the names around it, so these are tested against those gaps.
 */
export interface LinkCues {
  /** Relatives and companions: "дочь министра Айгерим" is the minister's daughter, not the minister. */
  readonly relatives: RegExp;
  /** Verbs of holding or taking a post between a subject and the title ("был назначен", "served as"). */
  readonly tenure: RegExp;
  /** Of those, the ones that say the post is past ("работал", "занимал"), unless an appointment verb follows. */
  readonly pastTenure?: RegExp;
  /** A verb of appointing before its object and the post («назначил Ивана Петрова министром», "appointed Ivan Petrov as"). */
  readonly appointer: RegExp;
  /** Words after a title that make it a post taken or held by the subject before it (kk "әкімі болып тағайындалды"). */
  readonly tenureAfter?: RegExp;
  /** Words that end a noun phrase as a predicate: a verb between a title and a name means they are not in apposition. */
  readonly verb: RegExp;
  /**
   * Between a title and a name, words that bring in someone else: a preposition of replacing or
   * accompanying («вместо Ивана Муравьева»), a conjunction or a preposition right before the name
   * («Премьер-министр и мисс Саймондс», «эксперты именно на Ли Пэн возлагают…»).
   */
  readonly otherPerson: RegExp;
  /** Subject pronouns (he, she) and the gender they require, for a title taken by someone named before. */
  readonly pronouns: ReadonlyMap<string, 'm' | 'f' | undefined>;
  /** Words allowed between "Name," and its title: determiners, possessives and agreeing adjectives. */
  readonly appositionFiller: RegExp;
  /** Said of the post: no longer held, or held for the time being. */
  readonly former: RegExp;
  readonly acting: RegExp;
  /** A coordinated list of names after one plural title (each name may say where the person is from). */
  readonly listJoin: RegExp;
  /** Between a plural title and the list of its holders: «писатели и критики, среди которых —». */
  readonly listIntro?: RegExp;
}

const RU_VERB_ENDINGS = String.raw`\p{L}{2,}(?:ил|ял|ыл|ёл)(?:а|о|и)?(?:ся|сь)?|\p{L}{2,}(?:ется|ится|ются|ятся|лся|лась|лось|лись)|\p{L}{3,}(?:ать|ять|ить|еть|ться)`;
const RU_VERBS = String.raw`сказал|сказала|заявлял|заявляла|написал|написала|сменит|сменил|сменила|станет|стал|стала|был|была|было|были|является|являлся|являлась|приходится|говорит|считает|получил|получила|упрашивал|назвал|назвала|поздравил|поздравила|работает|возглавляет|возглавлял|возглавляла|занимает|занимал|занимала`;

const CUES: Record<Lang, LinkCues> = {
  ru: {
    relatives: /(?:^|[^\p{L}])(?:доч(?:ь|ери|ерью)|сын(?:а|у|ом|е|овья|овей)?|жен(?:а|ы|е|у|ой)|муж(?:а|у|ем|е)?|супруг(?:а|и|е|у|ой|ом)?|подруг(?:а|и|е|у|ой)|друг(?:а|у|ом|е)?|мат(?:ь|ери|ерью)|от(?:ец|ца|цу|цом|це)|брат(?:а|у|ом|е)?|сестр(?:а|ы|е|у|ой)|вдов(?:а|ы|е|у|ой)|вну(?:к|ка|ку|чка|чки|чку|чкой)|племянни(?:к|ка|ца|цы)|невест(?:а|ы|у|ой)|соратни(?:к|ка|ца)|адвокат(?:а|у|ом|ы)?|представител(?:ь|я|ю|ем|и)|помощни(?:к|ка|ца)|семь(?:я|и|ю|ей))(?=[^\p{L}]|$)/iu,
    tenure: /(?:^|[^\p{L}])(?:был|была|были|стал|стала|станет|становится|является|являлся|являлась|работал|работала|работает|служил|служила|трудился|трудилась|остался|осталась|(?:пере)?избран(?:а|ы)?|назначен(?:а|ы)?|утвержд[её]н(?:а)?|занима(?:л|ла|ет)(?:\s+(?:\p{L}+\s+){0,2}(?:должность|пост|посты))?|занял(?:а)?\s+(?:должность|пост))(?=[^\p{L}]|$)/iu,
    appointer: /(?:^|[^\p{L}])(?:назначил|назначила|назначили|назначить|утвердил|утвердила|утвердили|избрали|выбрали|рекомендовал|рекомендовала)\s+$/iu,
    pastTenure: /(?:^|[^\p{L}])(?:был|была|были|работал|работала|служил|служила|трудился|трудилась|являлся|являлась|занимал|занимала)(?=[^\p{L}]|$)(?![^]*(?:назначен|избран|утвержд))/iu,
    verb: new RegExp(String.raw`(?:^|[^\p{L}])(?:${RU_VERBS}|${RU_VERB_ENDINGS})(?=[^\p{L}]|$)`, 'iu'),
    otherPerson: /(?:^|[^\p{L}])(?:вместо|против|кроме|благодаря|после|вслед\s+за)(?=[^\p{L}])|(?:^|\s)(?:и|а|или)\s+(?:(?:мисс|миссис|мистер|господин|госпожа|г-н|г-жа)\.?\s*)?$|(?:^|\s)(?:на|о|об|обо|с|со|к|ко|у|для|за|про|при|над|под|перед|без)\s+$/iu,
    pronouns: new Map([['он', 'm'], ['она', 'f']]),
    appositionFiller: /^(?:\s*(?:его|её|ее|их|ныне|тогда|также|а|и|теперь|\p{Ll}+(?:ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ым|им|ую|юю|ых|их|ыми|ими)|\d+-летн\p{L}+))*\s*$/u,
    former: /(?:^|[^\p{L}])(?:бывш\p{L}*|экс-|в прошлом|отставн\p{L}*)/iu,
    acting: /(?:^|[^\p{L}])(?:и\.\s?о\.|врио|вр\.\s?и\.\s?о\.|исполняющ\p{L}*\s+обязанности)/iu,
    listJoin: /^\s*(?:\([^()]{0,80}\)|из\s+\p{Lu}[\p{L}-]*(?:\s+\p{Ll}+)?)?\s*(?:,\s*(?:а\s+также\s+|и\s+)?|и\s+)$/u,
    listIntro: /^(?:\s+и\s+\p{Ll}+)?\s*,?\s*(?:среди\s+(?:которых|них)|в\s+том\s+числе|включая|а\s+именно)\s*[–—:-]?\s*$/u,
  },
  kk: {
    relatives: /(?:^|[^\p{L}])(?:қыз(?:ы|ын|ына)|ұл(?:ы|ын|ына)|әйел(?:і|ін|іне)|жұбай(?:ы|ын|ына)|зайыб(?:ы|ын)|ана(?:сы|сын)|әке(?:сі|сін)|іні(?:сі|сін)|аға(?:сы|сын)|апа(?:сы|сын)|қарындас(?:ы|ын)|немере(?:сі|сін)|серіктес(?:і|ін)|көмекші(?:сі|сін)|өкіл(?:і|ін))(?=[^\p{L}]|$)/iu,
    tenure: /(?:^|[^\p{L}])(?:болды|болған|болып|болатын|қызметін атқарған|тағайындалды|сайланды)(?=[^\p{L}]|$)/iu,
    appointer: /(?!)/u,
    pastTenure: /(?:^|[^\p{L}])(?:болған|атқарған|істеген|істеді|атқарды)(?=[^\p{L}]|$)/iu,
    tenureAfter: /^\s*(?:болып|ретінде|қызметіне|лауазымына|қызметінде|лауазымында|болды|болған)(?=[^\p{L}]|$)/iu,
    verb: /(?:^|[^\p{L}])\p{L}{2,}(?:ды|ді|ты|ті|ған|ген|қан|кен|йды|йді|ады|еді|иды|иді)(?=[^\p{L}]|$)/iu,
    otherPerson: /(?:^|[^\p{L}])(?:орнына|кейін|қарсы)(?=[^\p{L}])|(?:^|\s)(?:және|мен|бен|пен|немесе)\s*$/iu,
    pronouns: new Map([['ол', undefined]]),
    appositionFiller: /^(?:\s*(?:оның|олардың|қазір|сол кездегі|\d+\s+жастағы))*\s*$/u,
    former: /(?:^|[^\p{L}])(?:бұрынғы|экс-)/iu,
    acting: /(?:^|[^\p{L}])(?:м\.\s?а\.|міндетін атқарушы|уақытша)/iu,
    listJoin: /^\s*(?:\([^()]{0,80}\))?\s*(?:,\s*(?:және\s+)?|және\s+|мен\s+|бен\s+|пен\s+)$/u,
    listIntro: /^\s*,?\s*(?:оның\s+ішінде|соның\s+ішінде|атап\s+айтқанда)\s*[–—:-]?\s*$/u,
  },
  en: {
    relatives: /(?:^|[^\p{L}])(?:daughter|son|wife|husband|spouse|partner|girlfriend|boyfriend|mother|father|brother|sister|widow|grandson|granddaughter|nephew|niece|lawyer|attorney|spokesman|spokeswoman|spokesperson|aide|assistant|representative)s?(?:\s+of)?(?=[^\p{L}]|$)/iu,
    tenure: /(?:^|[^\p{L}])(?:was|is|has been|had been|became|becomes|remains|remained|served as|serves as|worked as|works as|(?:was|has been|had been|is|were)\s+(?:appointed|named|elected|re-elected|confirmed)(?:\s+as)?|appointed|named|elected)(?:\s+(?:the|a|an))?(?=[^\p{L}]|$)/iu,
    appointer: /(?:^|[^\p{L}])(?:appointed|named|elected|nominated|made)\s+$/iu,
    pastTenure: /(?:^|[^\p{L}])(?:served|worked|had been|was(?!\s+(?:appointed|named|elected|re-elected|confirmed)))(?=[^\p{L}]|$)/iu,
    verb: /(?:^|[^\p{L}])(?:said|says|told|met|meets|announced|noted|added|stated|\p{Ll}{3,}ed)(?=[^\p{L}]|$)/u,
    otherPerson: /(?:^|[^\p{L}])(?:instead\s+of|replacing|against|after|with)(?=[^\p{L}])|(?:^|\s)(?:and|or|&)\s+(?:(?:mr|mrs|ms|miss|sir)\.?\s*)?$/iu,
    pronouns: new Map([['he', 'm'], ['she', 'f']]),
    appositionFiller: /^(?:\s*(?:the|a|an|his|her|their|now|then|currently|also))*\s*$/iu,
    former: /(?:^|[^\p{L}])(?:former|ex-|then-|retired|outgoing)/iu,
    acting: /(?:^|[^\p{L}])(?:acting|interim|caretaker)/iu,
    listJoin: /^\s*(?:\([^()]{0,80}\)|from\s+\p{Lu}[\p{L}-]*)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/u,
    listIntro: /^\s*,?\s*(?:including|among\s+them|such\s+as)\s*:?\s*$/iu,
  },
};

export const cuesFor = (lang: Lang): LinkCues => CUES[lang];
