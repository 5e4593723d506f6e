import ruHeads from './heads.json' with { type: 'json' };
import { isAllCaps, isCapitalized, type Token } from '../../segment/tokenize.js';
import { addRuTitleHead, computeRuHeadForm, homographHeadForm, ruHeadForm, RU_MODIFIERS, RU_KEEP_CAPITAL, RU_NOT_MODIFIERS, RU_FUNCTIONAL_ADJECTIVES, type RuHeadForm } from './title-heads.js';
import { agreesWith, DECLENSIONS, ruForms } from './declension.js';
import { oneOf } from '../lexicon-check.js';
import { joinWords, lowerFirst } from '../../extract/position/words.js';
import type { TitleContext, TitleMatch, TitleRules } from '../../extract/position/rules.js';
import { tracer } from '../../extract/trace.js';
import { NOT_NAMES } from '../../extract/person/names.js';

// The words of an owner after the title: the grammar ends a chain, this only bounds it. Owners run long in
// Kazakhstani posts («Комитета по … Министерства промышленности и строительства»): at 7 they were cut mid-name.
const MAX_CHAIN = 12;
const FORMER_PREFIX_RE = /^экс-/i;
// «первый» is a rank only of a deputy, a vice or a secretary («первый заместитель», «первый вице-премьер», «первый
// секретарь», «первая леди»); before another title it counts holders («первый президент», «первым судьёй»).
const FIRST_RANK_RE = /^(?:зам|вице|секретар|леди)/;
const FIRST: ReadonlySet<string> = new Set(['первый', 'первая']);
// A title only after «первая»: «первая леди» (a «леди» alone is a form of address: «леди Диана»).
const FIRST_ONLY: ReadonlySet<string> = new Set(['леди']);
// Honorary titles («народный артист», «заслуженный врач»); «народный депутат» is an office.
const HONORARY_RE = /^(?:народн|заслуженн)/;
const MAX_ADJECTIVES = 3;
// The organisation after a Russian title stands in the genitive: "области", "Управления цифровых технологий", "областного маслихата".
// "-ия" only of neuters ("Управления", "развития"): "делегация", "комиссия" are nominatives.
const GENITIVE_RE = /(?:[^и]а|[^и]я|ы|и|ов|ев|ей|ий|ого|его|ой|ых|их|ния|тия|вия|ии|ств|ций|ний)$/;
// Nominative adjectives and short participles end like genitives but close the chain ("утверждена", "инвестиционная"), and so
// do instrumental plurals and infinitives in -йти, which the «-и» of a genitive would take («киноактёр ролями», «спикеру уйти»).
const NOT_GENITIVE_RE = /(?:ая|яя|ое|ее|ые|ие|ена|ана|яна|ено|ены|ована|ский|ный|ами|ями|ыми|ими|йти)$/;
const GENITIVE_ADJECTIVE_RE = /(?:ых|их|ого|его|ой|ей)$/;
// Shorter capitalised words the not-names list holds are pronouns and particles at a sentence's start («Доктор Кто»).
const MIN_PLACE_LENGTH = 3;
// «Казахстана», «Талдыкоргана»: a known place's genitive, though it ends like a short participle («назначена»);
// «аким Актобе»: a known place that does not decline, right after the title.
const isPlaceOwner = (t: Token, prev: Token | undefined): boolean =>
  (t.lower.endsWith('а') && NOT_NAMES.has(t.lower.slice(0, -1))) ||
  (prev !== undefined && t.lower.length > MIN_PLACE_LENGTH && !GENITIVE_RE.test(t.lower) && NOT_NAMES.has(t.lower) && ruHeadForm(prev.word) !== undefined);
// "по экономической политике", "по правам человека": the dative a "по" phrase governs.
const DATIVE_RE = /(?:ой|ому|ему|ым|им|ам|ям|у|ю|е|и|ии)$/;
const STOP = new Set([
  // «университета имени Абая»: the name after it is a namesake, no owner of the post
  'имени',
  // «членами правления избраны»: the plural participle of electing, whose «-ы» looks like a genitive's
  'избраны',
  'переизбраны',
  'и',
  'а',
  'но',
  'в',
  'во',
  'на',
  'с',
  'со',
  'у',
  'к',
  'о',
  'от',
  'до',
  'за',
  'из',
  'при',
  'для',
  'что',
  'как',
  'это',
  'не',
  'который',
  'которая',
  'также',
  'был',
  'была',
  'были',
  'стал',
  'стала',
  'отметил',
  'отметила',
  'сказал',
  'сказала',
  'заявил',
  'заявила',
  'подчеркнул',
  'подчеркнула',
  'должны',
  'должен',
  'должна',
  'могут',
  'может',
  'будет',
  'будут',
  'нужно',
  'надо',
  'очень',
  'тоже',
  'уже',
  'еще',
  'ещё',
  'его',
  'ее',
  'её',
  'их',
  'всех',
  'всего',
  'этого',
  'этой',
  'того',
  'той',
  'своего',
  'своей',
  'который',
  'которого',
  'которой',
  'которые',
  'которых',
  'он',
  'она',
  'они',
  'оно',
  'мы',
  'вы',
  'якобы',
  'ли',
  'же',
  'бы',
  'чтобы',
  'когда',
  'где',
  'если',
  'хотя',
  'пока',
  'тогда',
  'потом',
  'затем',
  'ранее',
  'позднее',
  'более',
  'менее',
  'сейчас',
  'теперь',
  // adverbs, particles and predicatives that end like genitives: «политик ни разу», «спортсменке никогда», «чиновники обязаны»
  'ни',
  'никогда',
  'несмотря',
  'практически',
  'из-за',
  'обязан',
  'обязана',
  'обязаны',
  'готов',
  'готова',
  'готовы',
]);
// "по версии", "по словам": a "по" that gives a source or a reason, not the area of a post.
const PO_DISCOURSE = new Set([
  'версии',
  'мнению',
  'словам',
  'данным',
  'информации',
  'оценкам',
  'сообщению',
  'итогам',
  'случаю',
  'поводу',
  'причине',
  'приглашению',
  'инициативе',
  'требованию',
  'просьбе',
  'решению',
  'делу',
  'подозрению',
  'обвинению',
  'образованию',
  'профессии',
  'специальности',
  'происхождению',
  'национальности',
]);
/** Genitives of settlement and territory nouns, before the place's name («села Каратал», «штата Огайо»); «села», «аула» end like past-tense verbs. */
const SETTLEMENT_GENITIVES: ReadonlySet<string> = new Set(ruHeads.settlementGenitives);
/** Genitives without an ending: plurals («иностранных дел», «защите прав», «Вооружённых сил»), some of which end like verbs, and indeclinables («театра и кино»). */
const GENITIVES_WITHOUT_ENDING: ReadonlySet<string> = new Set(ruHeads.genitivesWithoutEnding);
/** «отдела», «журнала», «телеканала», «филиала»: masculine nouns in -ал/-ел whose genitive ends like a past tense («сидела», «стала»). */
const GENITIVE_LIKE_VERB_RE = new RegExp(`(?:${ruHeads.genitivesLikeVerbs.join('|')})а$`);
// Past tenses after a consonant ("прошла", "увезли", "погибли") and reflexives ("отрёкся") too.
const VERB_RE = /(?:ил|ила|ило|или|ал|ала|али|ял|яла|яли|ел|ела|ели|ыл|ыла|ыло|ыли|ул|ула|ули|ет|ит|ют|ят|ть|шл[аио]|[бгзкр]л[аи]|ся|сь)$/;
// Adjective endings, longest first; what is left is the stem that RU_NOT_MODIFIERS lists.
const ADJECTIVE_ENDING_RE = /(?:ыми|ими|ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ые|ие|ым|им|ом|ем|ей|ую|юю|ых|их)$/;
// Adjectives of a country or a region name what an office is of ("северокорейский лидер", "британский премьер").
const REGION_STEM_RE = /(?:ск|цк)$/;
// Passive participles ("обозначенные Президентом", "задержанного журналиста"), but not "государственный", "военный".
const PARTICIPLE_STEM_RE = /(?:[^т]енн|анн|янн)$/;
const ALLOWED_NN_RE = /(?:военн|ственн)$/;
// "заседание", "решение": nouns that end like plural adjectives
const VERBAL_NOUN_RE = /(?:[^н]ние|тие|ния|тия)$/;
const TIME_GENITIVES: ReadonlySet<string> = new Set(['года', 'сезона', 'месяца', 'недели', 'века', 'десятилетия']);
// "президент Египта и бывший лидер": a tenure word opens the next title
const TENURE_RE = /^(?:бывш|нынешн|будущ|действующ)/;
const PLURAL_ADJECTIVE_RE = /(?:ые|ие|ых|их|ыми|ими)$/;
const SINGULAR_ADJECTIVE_RE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ей)$/;
/** Whether the word after an adjectival noun is a noun it qualifies: "полицейский участок", not "полицейский задержал". */
function qualifiesNext(adjective: string, next: Token | undefined): boolean {
  if (next === undefined || next.kind !== 'word' || next.text !== next.lower || next.lower.length <= 3 || STOP.has(next.lower) || VERB_RE.test(next.lower)) return false;
  return agreesWith(adjective, next.lower);
}

const LATIN_NAME_RE = /^[A-Z][A-Za-z&’'.-]*$/;
const QUOTE_OPEN = new Set(['«', '"', '“']);
const QUOTE_CLOSE = new Set(['»', '"', '”']);
const MAX_QUOTE = 10;
const MAX_PLACE = 6;
const PO_WORDS = 4;

/** Two capitalised genitive adjectives of one ending, «Туркестанской» and «Жамбылской»: places of one kind coordinated. */
function coordinatedPlace(a: Token, b: Token | undefined): boolean {
  return b !== undefined && !b.sentenceStart && isCapitalized(a) && isCapitalized(b) && GENITIVE_ADJECTIVE_RE.test(a.lower) && ADJECTIVE_ENDING_RE.test(a.lower) && b.lower.endsWith(a.lower.slice(-3));
}

function genitiveWord(t: Token, prev?: Token): boolean {
  if (t.kind !== 'word' || STOP.has(t.lower) || TENURE_RE.test(t.lower)) return false;
  // Proper names in the chain are genitive ("Японии", "Управления"), abbreviations ("США", "РК"), or
  // the noun of a capitalised genitive adjective ("Вооружённых Сил"); other capitalised words start a name
  // («канцлера Германии Шольца», «короля Норвегии Харальда»).
  // «села Каратал», «штата Огайо», «Республики Казахстан»: a place's name after its noun, often left undeclined.
  if (isCapitalized(t))
    return (
      isAllCaps(t) ||
      (GENITIVE_RE.test(t.lower) && !NOT_GENITIVE_RE.test(t.lower)) ||
      isPlaceOwner(t, prev) ||
      (prev !== undefined && ((isCapitalized(prev) && GENITIVE_ADJECTIVE_RE.test(prev.lower) && ADJECTIVE_ENDING_RE.test(prev.lower)) || SETTLEMENT_GENITIVES.has(prev.lower)))
    );
  return (
    SETTLEMENT_GENITIVES.has(t.lower) ||
    GENITIVES_WITHOUT_ENDING.has(t.lower) ||
    GENITIVE_LIKE_VERB_RE.test(t.lower) ||
    (GENITIVE_RE.test(t.lower) && !NOT_GENITIVE_RE.test(t.lower) && !VERB_RE.test(t.lower))
  );
}

const SINGULAR_GRADES: ReadonlySet<string> = new Set(['ведущ']);

/**
 * The stem of an adjective that names what a post is of and agrees with the head in number, or undefined. A capitalised one
 * only before a capitalised head, as an official title is written («Чрезвычайного и Полномочного Посла»).
 */
function relationalStem(t: Token, head: RuHeadForm, headCapitalised = false): string | undefined {
  if (t.kind !== 'word' || t.lower.length < 5 || (isCapitalized(t) && !t.sentenceStart && !headCapitalised) || STOP.has(t.lower)) return undefined;
  const m = ADJECTIVE_ENDING_RE.exec(t.lower);
  if (m === null || (head.plural ? SINGULAR_ADJECTIVE_RE : PLURAL_ADJECTIVE_RE).test(t.lower)) return undefined;
  const stem = t.lower.slice(0, m.index);
  // «ведущий специалист» is a grade of one post; «ведущих экономистов» praises a group.
  if (head.plural && SINGULAR_GRADES.has(stem)) return undefined;
  if (!RU_FUNCTIONAL_ADJECTIVES.has(stem) && ((PARTICIPLE_STEM_RE.test(stem) && !ALLOWED_NN_RE.test(stem)) || VERBAL_NOUN_RE.test(t.lower))) return undefined;
  // An occupation keeps only the adjectives of its name ("главный редактор"), not "итальянский"; an office also its country ("британский премьер").
  if (head.occupation) return RU_FUNCTIONAL_ADJECTIVES.has(stem) ? stem : undefined;
  return RU_FUNCTIONAL_ADJECTIVES.has(stem) || (REGION_STEM_RE.test(stem) && !RU_NOT_MODIFIERS.has(stem) && !fromTitle(stem)) ? stem : undefined;
}

/** «управляющие директора», «генеральные директора»: after a plural adjective, a man's title in -а/-я is its plural in -а, not its genitive. */
function pluralAfterAdjective(t: readonly Token[], h: number, head: RuHeadForm): RuHeadForm {
  const prev = t[h - 1];
  if (head.plural || !head.oblique || /[ая]$/.test(head.nom) || !/[ая]$/.test(t[h]!.lower) || t[h]!.sentenceStart || prev === undefined || !/(?:ые|ие)$/.test(prev.lower)) return head;
  const plural: RuHeadForm = { ...head, plural: true };
  return relationalStem(prev, plural) !== undefined ? plural : head;
}

/** An adjective made from a title names whose something is, not a post: «президентского премьера», «губернаторский советник». */
const fromTitle = (stem: string): boolean => stem.endsWith('ск') && computeRuHeadForm(stem.slice(0, -2)) !== undefined;

// Heads in -а, -я that are mostly men's titles: "главный судья", "Папа Римский".
const MASCULINE_IN_A: ReadonlySet<string> = new Set(['глава', 'судья', 'папа', 'голова']);

/** "главным" before "менеджером" → "главный", "художественной" before "руководительницы" → "художественная". */
// Adjectives of posts stressed on the ending, whose masculine nominative is in -ой («городской прокурор», «полевой командир»).
const STRESSED_ENDING_RE = /(?:городск|морск|мужск|полев|рядов|боев|передов|строев|постов|берегов)$/;

function nominativeAdjective(t: Token, head: RuHeadForm): string {
  if (!head.oblique) return t.text;
  const m = ADJECTIVE_ENDING_RE.exec(t.lower)!;
  const stem = t.text.slice(0, m.index);
  const feminine = /[ая]$/.test(head.nom) && !MASCULINE_IN_A.has(head.nom);
  const soft = /[кгхжшщч]$/.test(stem);
  return stem + (feminine ? 'ая' : STRESSED_ENDING_RE.test(stem.toLowerCase()) ? 'ой' : soft ? 'ий' : 'ый');
}

/** Index of the last token of a "по" phrase starting at `k` ("по экономической политике"), or -1. */
function poPhraseEnd(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  if (PO_DISCOURSE.has(t[k + 1]?.lower ?? '')) return -1;
  let end = -1;
  let stop = k + PO_WORDS;
  for (let j = k + 1; j < t.length && j <= stop; j++) {
    const tok = t[j]!;
    // «по науке и наукоёмким технологиям», «по транспорту, связи и энергетике»: coordinated areas, each as long as one
    const next = t[j + 1];
    if (
      (tok.lower === 'и' || tok.text === ',') &&
      end === j - 1 &&
      next !== undefined &&
      !taken(j + 1) &&
      next.text === next.lower &&
      (DATIVE_RE.test(next.lower) || ADJECTIVE_ENDING_RE.test(next.lower)) &&
      !STOP.has(next.lower) &&
      !VERB_RE.test(next.lower)
    ) {
      stop = j + PO_WORDS;
      continue;
    }
    if (taken(j) || tok.kind !== 'word' || tok.sentenceStart || STOP.has(tok.lower) || (VERB_RE.test(tok.lower) && !GENITIVES_WITHOUT_ENDING.has(tok.lower) && !GENITIVE_LIKE_VERB_RE.test(tok.lower)))
      break;
    const adjective = ADJECTIVE_ENDING_RE.test(tok.lower);
    if (!(DATIVE_RE.test(tok.lower) || adjective || (end >= 0 && genitiveWord(tok, t[j - 1])))) break;
    // «потребителей», «отраслей»: a genitive plural in -ей looks like an adjective and may close the phrase.
    if (!adjective || (end >= 0 && tok.lower.endsWith('ей'))) end = j;
  }
  return end;
}

/**
 * Heads whose post is held in a place, by the preposition that names it. A party or a region after «от» («депутат от
 * ЛДПР», «сенатор от штата Аризона») is no part of the title in NEREL (30 of 32 in train): it says whom the holder
 * represents.
 */
const PREPOSITION_OWNERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(ruHeads.prepositionOwners).map(([p, heads]) => [p, new Set(heads)]));
const preposedOwner = (preposition: string, head: string): boolean => PREPOSITION_OWNERS.get(preposition)?.has(head) === true;

/** Index of the last token of a place after a preposition at `k` («посол Ирландии в США», «представитель при Организации Объединённых Наций»), or -1. */
function placePhraseEnd(ctx: TitleContext, k: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): number {
  const t = ctx.tokens;
  const start = t[k + 1];
  if (start === undefined || taken(k + 1) || start.kind !== 'word' || start.sentenceStart || isNameStart(k + 1) || !isCapitalized(start)) return -1;
  let end = k + 1;
  let coordinatedFrom: number | undefined;
  for (let j = k + 2; j < t.length && j - k <= MAX_PLACE; j++) {
    const tok = t[j]!;
    const prev = t[end]!;
    // «акимам Туркестанской, Жамбылской и Алматинской областей»: places' adjectives coordinated before their one plural noun
    if ((tok.text === ',' || tok.lower === 'и') && end === j - 1 && coordinatedPlace(prev, t[j + 1]) && !taken(j + 1) && !isNameStart(j + 1)) {
      coordinatedFrom ??= end;
      end = j + 1;
      j++;
      continue;
    }
    if (taken(j) || tok.kind !== 'word' || tok.sentenceStart || isNameStart(j) || STOP.has(tok.lower)) break;
    // an adjective's noun («Северо-Западном федеральном округе»), a name's next word («Объединённых Наций»)
    const nounOfAdjective = ADJECTIVE_ENDING_RE.test(prev.lower) && !VERB_RE.test(tok.lower);
    const nameGoesOn = isCapitalized(prev) && isCapitalized(tok) && !ctx.pack.person.firstName(tok.word);
    if (!(nounOfAdjective || nameGoesOn)) break;
    end = j;
  }
  // No noun after the coordinated adjectives: the first one's place alone.
  return coordinatedFrom !== undefined && isCapitalized(t[end]!) ? coordinatedFrom : end;
}

/** Heads that name a relation to an organisation (a member, a representative, an employee), a title only with its owner. */
const RU_NEED_OWNER: ReadonlySet<string> = new Set(ruHeads.needOwner);

/**
 * Forms of the nouns of bodies named by their members: a plural title after one is part of the body's name («совет
 * директоров», «Палата представителей», «коллегии судей»), which NEREL does not mark (35 of 37 in train).
 */
const BODY_FORMS: ReadonlySet<string> = new Set(Object.entries(ruHeads.bodies).flatMap(([nom, decl]) => ruForms(nom, oneOf(DECLENSIONS, decl, 'ru/heads.json')).map((f) => f.form)));

/**
 * Forms of the person nouns that open a compound before a title («женщина-президент», «коллег-учёных»,
 * «двух женщин-полицейских»): NEREL marks the title after the hyphen (11 of 11 in train), as the norm names it.
 */
const COMPOUND_PERSON_FORMS: ReadonlySet<string> = new Set(
  Object.entries(ruHeads.compoundPersons).flatMap(([nom, decl]) => ruForms(nom, oneOf(DECLENSIONS, decl, 'ru/heads.json')).map((f) => f.form)),
);

/** The title after a person noun's hyphen and the length of what goes before it, or undefined. */
function personCompound(lower: string): { head: RuHeadForm; trim: number } | undefined {
  const hyphen = lower.indexOf('-');
  if (hyphen < 0 || !COMPOUND_PERSON_FORMS.has(lower.slice(0, hyphen))) return undefined;
  const head = computeRuHeadForm(lower.slice(hyphen + 1));
  return head === undefined ? undefined : { head, trim: hyphen + 1 };
}

/** Heads that govern the instrumental: «командующий Черноморским флотом», «заведующий отделением». */
const INSTRUMENTAL_OWNERS: ReadonlySet<string> = new Set(ruHeads.instrumentalOwners);
const INSTRUMENTAL_RE = /(?:ым|им|ыми|ими|ом|ем|ём|ой|ей|ою|ью|ами|ями)$/;
// Only a noun ends so; -ой, -ей end a noun ("армией") or an adjective before one ("Балтийской армией").
const INSTRUMENTAL_NOUN_RE = /(?:ом|ем|ём|ью|ами|ями)$/;
const INSTRUMENTAL_ADJECTIVE_RE = /(?:ым|им|ыми|ими)$/;

/** Index of the noun of an instrumental phrase at `k` («Северо-Кавказским военным округом», «войсками»), or -1. */
function instrumentalEnd(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  for (let j = k; j < t.length && j - k < MAX_ADJECTIVES + 1; j++) {
    const tok = t[j]!;
    if (taken(j) || tok.kind !== 'word' || tok.sentenceStart || STOP.has(tok.lower) || !INSTRUMENTAL_RE.test(tok.lower)) return -1;
    if (INSTRUMENTAL_NOUN_RE.test(tok.lower)) return j;
    if (!INSTRUMENTAL_ADJECTIVE_RE.test(tok.lower) && !INSTRUMENTAL_RE.test(t[j + 1]?.lower ?? '')) return j;
  }
  return -1;
}

// A masculine adjective before a homograph makes it the title ("бывшего премьера", not "новая премьера"),
// and so do the noun of a post ("на пост премьера") and a title prefix ("экс-премьера").
const MASCULINE_ADJECTIVE_RE = /(?:ого|его|ому|ему|ым|им)$/;
const POST_NOUNS = new Set(['пост', 'поста', 'посту', 'постом']);

/** The title reading of a homograph at `h` where the words around it tell that it is one. */
function homographTitle(t: readonly Token[], h: number, taken: (i: number) => boolean): RuHeadForm | undefined {
  const head = homographHeadForm(t[h]!.lower);
  if (head === undefined) return undefined;
  const prev = t[h - 1];
  if (FIRST_ONLY.has(head.nom)) return prev !== undefined && FIRST.has(RU_MODIFIERS.get(prev.lower) ?? '') ? head : undefined;
  // «экс-премьера»; «Папа», «Папу» capitalised after a word (not a quoted title: «Папа»), or before its see («папа Римский»)
  if (t[h]!.lower.includes('-') || (isCapitalized(t[h]!) && !t[h]!.sentenceStart && prev?.kind === 'word') || ceremonialAdjective(t, h + 1, taken)) return head;
  if (prev === undefined || prev.kind !== 'word' || t[h]!.sentenceStart || STOP.has(prev.lower)) return undefined;
  return POST_NOUNS.has(prev.lower) || (MASCULINE_ADJECTIVE_RE.test(prev.lower) && prev.lower.length > 4) || masculineNominative(t[h]!, head, prev) || genitiveAfterNoun(t[h]!, head, prev)
    ? head
    : undefined;
}

/**
 * «городской голова»: an adjective in -ой before the nominative of a man's title in -а agrees with it only as a masculine
 * nominative (a feminine -ой is never nominative), so the noun is the title («голова», not a part of the body). The
 * adjective is in lower case, or capitalised as the first word of its sentence («Городской голова …»), not a surname («Толстой»).
 */
function masculineNominative(tok: Token, head: RuHeadForm, prev: Token): boolean {
  return tok.lower === head.nom && MASCULINE_IN_A.has(head.nom) && (prev.text === prev.lower || prev.sentenceStart) && prev.lower.length > 4 && prev.lower.endsWith('ой');
}

// «представлена премьера»: a short participle before the nominative
const SHORT_PARTICIPLE_RE = /(?:[еая]н[аоы]|[иыуя]т[аоы])$/;
// «Вчера премьера фильма прошла…», «Наконец политика изменилась»: adverbs that open a sentence, no noun to own a genitive.
const SENTENCE_ADVERBS = new Set([
  'вчера',
  'сегодня',
  'завтра',
  'накануне',
  'наконец',
  'теперь',
  'сейчас',
  'тогда',
  'потом',
  'затем',
  'вскоре',
  'однако',
  'также',
  'уже',
  'здесь',
  'там',
  'ранее',
  'впервые',
]);
/**
 * «с телом политика», «отставка премьера», «советник математика»: after a noun a form in -а is its genitive, which only
 * the title reading has (the thing's genitive is «политики», «премьеры»; its nominative in -а follows an adjective,
 * a pronoun, a verb or an adverb).
 */
function genitiveAfterNoun(tok: Token, head: RuHeadForm, prev: Token): boolean {
  if (
    !head.oblique ||
    head.plural ||
    !tok.lower.endsWith('а') ||
    (prev.text !== prev.lower && !prev.sentenceStart) ||
    prev.lower.length <= 3 ||
    SENTENCE_ADVERBS.has(prev.lower) ||
    VERB_RE.test(prev.lower) ||
    SHORT_PARTICIPLE_RE.test(prev.lower)
  )
    return false;
  return !ADJECTIVE_ENDING_RE.test(prev.lower) || VERBAL_NOUN_RE.test(prev.lower);
}

// The see of «папа» is as often written in lower case («папа римский Франциск»), and no other word of a «папа» is.
const ROMAN_SEE_RE = /^римск/;

/**
 * A capitalised adjective of place after a title, part of its name («Папа Римский», «патриарх Московский»), unless
 * a noun it agrees with follows («президент Российской Федерации»); a name may follow («Папа Римский Франциск»).
 */
function ceremonialAdjective(t: readonly Token[], k: number, taken: (i: number) => boolean): boolean {
  const tok = t[k];
  if (
    tok === undefined ||
    tok.kind !== 'word' ||
    !(isCapitalized(tok) || ROMAN_SEE_RE.test(tok.lower)) ||
    tok.sentenceStart ||
    isAllCaps(tok) ||
    !/(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ом|ую)$/.test(tok.lower)
  )
    return false;
  const next = t[k + 1];
  // a capitalised word after the nominative is the holder's name: no place noun takes «Римский» so
  return next === undefined || next.kind !== 'word' || taken(k + 1) || (isCapitalized(next) ? /[ыи]й$/.test(tok.lower) || !agreesWith(tok.lower, next.lower) : !qualifiesNext(tok.lower, next));
}

/** Index of the closing quote of a name opening at `k` («Металлоинвест», "Единая Россия"), or -1. */
function quoteEnd(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  if (!QUOTE_OPEN.has(t[k]?.text ?? '') || taken(k) || t[k + 1] === undefined || !isCapitalized(t[k + 1]!)) return -1;
  for (let j = k + 1; j < t.length && j - k <= MAX_QUOTE; j++) {
    if (taken(j) || t[j]!.sentenceStart) return -1;
    if (QUOTE_CLOSE.has(t[j]!.text)) return j;
  }
  return -1;
}

/**
 * Where the words that make a title acting begin before it («исполняющий обязанности», «временно исполняющий
 * обязанности», «врио», «и.о.»), or `first`: NEREL takes them into the title (34 of 34 in train); the norm leaves them
 * out, and the link rules read them as acting.
 */
function actingStart(t: readonly Token[], first: number, taken: (i: number) => boolean): number {
  let k = first;
  if (t[k - 1]?.lower === 'обязанности' && ACTING_PARTICIPLE_RE.test(t[k - 2]?.lower ?? '')) k -= 2;
  else if (t[k - 1]?.lower === 'врио') k -= 1;
  else if (t[k - 1]?.text === '.' && t[k - 2]?.lower === 'о' && t[k - 3]?.text === '.' && t[k - 4]?.lower === 'и' && glued(t, k - 1) && glued(t, k - 2) && glued(t, k - 3)) k -= 4;
  if (k < first && t[k - 1]?.lower === 'временно') k -= 1;
  for (let j = k; j < first; j++) if (taken(j) || (j > k && t[j]!.sentenceStart)) return first;
  return k;
}
const ACTING_PARTICIPLE_RE = /^(?:исполня|выполня)ющ/;
const glued = (t: readonly Token[], j: number): boolean => t[j] !== undefined && !t[j]!.spaceBefore;

/** Russian titles: modifiers before the head, the organisation in the genitive after it ("первый заместитель акима области"). */
// Prepositions that govern an oblique case: a name after them is not in the nominative.
const OBLIQUE_PREPOSITIONS = new Set(['у', 'для', 'от', 'с', 'со', 'к', 'ко', 'о', 'об', 'при', 'без', 'после', 'против', 'перед', 'между']);
// Prepositions that never take a nominative either, counted in lower case only («на С. П. Иванова», «за Анну»).
const LOWER_CASE_OBLIQUE_PREPOSITIONS = new Set(['на', 'в', 'во', 'за', 'про', 'через', 'под', 'над', 'до', 'из', 'по', 'вокруг', 'возле', 'около', 'кроме', 'среди', 'ради', 'вместо']);
const OBLIQUE_LOOKBACK = 5;

/** A preposition that governs an oblique case right before token i. */
const prepositionBefore = (t: readonly Token[], i: number): boolean => {
  const prev = t[i - 1];
  return prev !== undefined && (OBLIQUE_PREPOSITIONS.has(prev.lower) || (LOWER_CASE_OBLIQUE_PREPOSITIONS.has(prev.lower) && prev.text === prev.lower));
};

/**
 * The head of an oblique title that a name at token i stands beside («советника … Малика Отарбаева»), at most
 * OBLIQUE_LOOKBACK words before it in its sentence, or undefined (a head in the nominative, none, or a preposition
 * right before the name, whose case the name takes: «визит президента к Бингу»).
 */
export function obliqueTitleBefore(t: readonly Token[], i: number): Token | undefined {
  if (prepositionBefore(t, i)) return undefined;
  // A plural with an owner after it may be one of a title's owners («председатель кабинета министров Испании Мариано
  // Рахой»): a singular head before it decides; without one, the plural does («одного из лидеров ИГ Абу Умара»).
  let plural: Token | undefined;
  for (let k = i - 1; k >= 0 && i - k <= OBLIQUE_LOOKBACK; k--) {
    if (t[k]!.kind !== 'word' || t[k + 1]!.sentenceStart) break;
    let head = ruHeadForm(t[k]!.word);
    if (head === undefined) continue;
    if (head.plural && k < i - 1) {
      if (plural === undefined && head.oblique) plural = t[k];
      continue;
    }
    // A title right before a title owns nothing: it is the head, the other its owner («пресс-секретарь президента Песков»).
    for (let outer = ruHeadForm(t[k - 1]?.word); outer !== undefined && !t[k]!.sentenceStart; outer = ruHeadForm(t[k - 1]?.word)) {
      head = outer;
      k--;
    }
    return head.oblique ? t[k] : undefined;
  }
  return plural;
}

export const ruTitleRules: TitleRules = {
  countedHead: (word) => ruHeadForm(word) !== undefined || (word !== undefined && personCompound(word.lower) !== undefined),
  isHeadWord: (lower) => computeRuHeadForm(lower) !== undefined,
  obliqueBefore: (t, i) => prepositionBefore(t, i) || obliqueTitleBefore(t, i) !== undefined,
  addHead: addRuTitleHead,
  matchAt(ctx: TitleContext, h: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): TitleMatch | undefined {
    const t = ctx.tokens;
    const compound = personCompound(t[h]!.lower);
    const found = ruHeadForm(t[h]!.word) ?? homographTitle(t, h, taken) ?? compound?.head;
    if (found === undefined) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h]!.text}» is not a title head`);
      return undefined;
    }
    const head = pluralAfterAdjective(t, h, found);
    if (head.plural && head.oblique && BODY_FORMS.has(t[h - 1]?.lower ?? '')) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h - 1]!.text} ${t[h]!.text}» names a body, not its members`);
      return undefined;
    }
    if (head.adjective && qualifiesNext(t[h]!.lower, t[h + 1])) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h]!.text}» is an adjective of the noun after it`);
      return undefined;
    }
    // "во главе с": an idiom, not a head
    if (t[h]!.lower === 'главе' && t[h - 1]?.lower === 'во') {
      tracer?.declined('titles', t[h - 1]!.start, t[h]!.end, '«во главе» is an idiom, not a title head');
      return undefined;
    }
    let first = h;
    const capitalHead = isCapitalized(t[h]!) && !t[h]!.sentenceStart;
    // «первая женщина-президент»: the adjectives before a person compound are the person's
    for (let adjectives = 0; compound === undefined && first > 0 && !t[first]!.sentenceStart && !taken(first - 1) && adjectives < MAX_ADJECTIVES; adjectives++) {
      const prev = t[first - 1]!;
      // «Чрезвычайный и полномочный посол»: two adjectives of the title joined by «и»
      if (prev.lower === 'и' && first < h && first > 1 && !prev.sentenceStart && !taken(first - 2) && relationalStem(t[first - 2]!, head, capitalHead) !== undefined) {
        first -= 2;
        continue;
      }
      if (!RU_MODIFIERS.has(prev.lower) && relationalStem(prev, head, capitalHead) === undefined) break;
      if (FIRST.has(RU_MODIFIERS.get(prev.lower) ?? '') && !FIRST_RANK_RE.test(t[h]!.lower)) break;
      first -= 1;
    }
    let last = h;
    const honorary = HONORARY_RE.test(t[first - 1]?.lower ?? '') && head.nom !== 'депутат';
    // A conjunction joining two genitives is no word of the chain: «управления пассажирского транспорта и
    // автомобильных дорог Актюбинской области» is as long an owner as one without the second noun.
    let joins = 0;
    let coordinatedFrom: number | undefined;
    for (let k = h + 1; k < t.length && k - h - joins <= MAX_CHAIN; k++) {
      const tok = t[k]!;
      // «народный артист России»: the state that gives an honorary title is part of the award, not the post's owner
      if (honorary && isCapitalized(tok)) break;
      // "Управления предпринимательства и индустриально-инновационного развития": "и" joins two genitives; a title
      // after it is a second post («вице-президент ассоциации, глава комитета»), not more of the owner.
      const joinsGenitives =
        (tok.lower === 'и' || tok.text === ',') &&
        last > h &&
        t[k + 1] !== undefined &&
        !taken(k + 1) &&
        genitiveWord(t[k + 1]!, t[k - 1]) &&
        !isCapitalized(t[k + 1]!) &&
        ruHeadForm(t[k + 1]!.word) === undefined;
      if (joinsGenitives) {
        joins++;
        continue;
      }
      // «акимам Туркестанской, Жамбылской и Алматинской областей»: capitalised adjectives of places coordinated before
      // their one plural noun (the chain gives them back below if no noun follows).
      if ((tok.lower === 'и' || tok.text === ',') && last === k - 1 && last > h && coordinatedPlace(t[last]!, t[k + 1]) && !taken(k + 1)) {
        coordinatedFrom ??= last;
        last = k + 1;
        joins++;
        k++;
        continue;
      }
      if (taken(k) || tok.sentenceStart) break;
      // «директор школы № 12», «больницы №3»: the number names the institution
      if (tok.text === '№' && last === k - 1 && last > h && t[k + 1]?.kind === 'number' && !taken(k + 1)) {
        last = k + 1;
        k += 1;
        continue;
      }
      if (tok.lower === 'по' && last === k - 1) {
        const end = poPhraseEnd(t, k, taken);
        if (end < 0) break;
        last = end;
        k = end;
        continue;
      }
      if (last === h && k === h + 1 && INSTRUMENTAL_OWNERS.has(head.nom)) {
        const end = instrumentalEnd(t, k, taken);
        if (end >= 0) {
          last = end;
          k = end;
          continue;
        }
      }
      if (k === h + 1 && ceremonialAdjective(t, k, taken)) {
        last = k;
        continue;
      }
      // «Аким г. Алматы», «аким с. Кызылжар»: a place-type abbreviation and its dot before the place's name
      if (last === k - 1 && PLACE_ABBREVIATIONS.has(tok.lower) && t[k + 1]?.text === '.' && t[k + 2] !== undefined && isCapitalized(t[k + 2]!) && !isNameStart(k + 2)) {
        last = k + 2;
        break;
      }
      if (last === k - 1 && preposedOwner(tok.lower, head.nom)) {
        const end = placePhraseEnd(ctx, k, taken, isNameStart);
        if (end >= 0) last = end;
        break;
      }
      // «Металлоинвест», "Единой России": a quoted name right after the title or its organisation
      const q = last === k - 1 ? quoteEnd(t, k, taken) : -1;
      if (q >= 0) {
        last = q;
        break;
      }
      // "группы The Prodigy", "корпорации CITIC": a Latin name after the organisation, or after an
      // office ("главы Google"; after a profession it is a stage name: "рэпера PSY")
      if (last === k - 1 && (last > h || !head.occupation) && LATIN_NAME_RE.test(tok.text)) {
        last = k;
        continue;
      }
      // «аким села Ерлан Сейтказы», «канцлером Германии Ангелой Меркель»: a first name after a place
      // noun, or before another capitalised word, begins the holder's name, not the owner's.
      if (isNameStart(k) || (ctx.pack.person.firstName(tok.word) && (SETTLEMENT_GENITIVES.has(t[k - 1]!.lower) || (isCapitalized(tok) && t[k + 1] !== undefined && isCapitalized(t[k + 1]!))))) break;
      const prevLower = t[k - 1]!.lower;
      // «тренером года», «оркестра сезона»: a period's genitive right after a noun names an award or a season, not an
      // owner (after an adjective or a numeral it ends a date inside the title: «художников прошлого века»; the head itself
      // may end like an adjective: «тренером»).
      if (TIME_GENITIVES.has(tok.lower) && tok.text === tok.lower && t[k - 1]!.text === prevLower && (k - 1 === h || !ADJECTIVE_ENDING_RE.test(prevLower))) break;
      const afterAdjective = last === k - 1 && k - 1 > h && GENITIVE_ADJECTIVE_RE.test(prevLower) && ADJECTIVE_ENDING_RE.test(prevLower);
      // "главы МВД полковника": a second profession is a second title, in apposition, unless a plural
      // adjective waits for it as its noun ("лидеров северокавказских боевиков")
      const other = ruHeadForm(tok.word);
      // ("военного округа": an adjectival profession before its noun is an adjective)
      if (other?.occupation && last > h && !(afterAdjective && /(?:ых|их)$/.test(prevLower) && !isCapitalized(t[k - 1]!)) && !(other.adjective && qualifiesNext(tok.lower, t[k + 1]))) break;
      // A genitive adjective is followed by its noun whatever its ending ("автомобильных дорог"), a
      // masculine one even by a noun that ends like a past tense ("Гаагского трибунала").
      const afterGenitiveAdjective =
        afterAdjective && tok.kind === 'word' && tok.text === tok.lower && !STOP.has(tok.lower) && (!VERB_RE.test(tok.lower) || (/(?:ого|его)$/.test(prevLower) && tok.lower.endsWith('а')));
      if (!(genitiveWord(tok, t[k - 1]) || afterGenitiveAdjective)) break;
      last = k;
    }
    // "органов, филиалов партий, высших": a genitive adjective without its noun is no part of the title
    // (a plural noun in -ей after a noun stays: «прав потребителей»)
    while (
      last > h &&
      coordinatedFrom === undefined &&
      GENITIVE_ADJECTIVE_RE.test(t[last]!.lower) &&
      ADJECTIVE_ENDING_RE.test(t[last]!.lower) &&
      !isCapitalized(t[last]!) &&
      !(t[last]!.lower.endsWith('ей') && !ADJECTIVE_ENDING_RE.test(t[last - 1]!.lower))
    )
      last--;
    if (coordinatedFrom !== undefined && isCapitalized(t[last]!)) last = coordinatedFrom;
    while (last > h && (t[last]!.text === ',' || t[last]!.lower === 'и')) last--;
    // «представители заявили», «его сотрудники»: a relation to an organisation, a title only with an owner or a modifier
    if (first === h && last === h && RU_NEED_OWNER.has(head.nom)) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h]!.text}» is a title only with an owner after it or a modifier before it`);
      return undefined;
    }
    const words: string[] = [];
    // A Latin abbreviation keeps its capitals: «CEO компании», not «Ceo».
    const acronym = LATIN_ACRONYM_RE.test(t[h]!.text);
    for (let k = first; k <= last; k++) {
      const w = t[k]!.text;
      if (k === h) words.push(acronym ? w : restoreInitialCase(w, head.nom));
      else if (k < h && t[k]!.lower === 'и') words.push(w);
      else if (k < h) {
        const adjective = RU_MODIFIERS.get(t[k]!.lower) ?? nominativeAdjective(t[k]!, head);
        words.push(capitalHead ? restoreInitialCase(w, adjective) : adjective);
      } else if (k === h + 1 && coordinatedFrom === undefined && !INSTRUMENTAL_OWNERS.has(head.nom) && ceremonialAdjective(t, k, taken)) words.push(nominativeAdjective(t[k]!, head));
      else words.push(w);
    }
    const norm = joinWords(ctx, first, last, words);
    const keep = (acronym && first === h) || (RU_KEEP_CAPITAL.has(head.nom) && first === h && t[h]!.text !== t[h]!.lower && !t[h]!.sentenceStart);
    // NEREL leaves «экс-» out of the span as it does «бывший»; the link rules still read it before the title (former).
    const trim = compound?.trim ?? FORMER_PREFIX_RE.exec(t[first]!.text)?.[0].length ?? 0;
    const lead = compound === undefined ? actingStart(t, first, taken) : first;
    return { first: lead, next: last + 1, norm: t[first]!.sentenceStart && !keep ? lowerFirst(norm) : norm, oblique: head.oblique, plural: head.plural, trim };
  },
};

const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['г', 'с', 'пос']);
const LATIN_ACRONYM_RE = /^[A-Z]{2,}$/;

const restoreInitialCase = (surface: string, nom: string): string => (surface[0] !== surface[0]!.toLowerCase() ? nom[0]!.toUpperCase() + nom.slice(1) : nom);
