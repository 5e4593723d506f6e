import { isCapitalized, type Token } from '../../segment/tokenize.js';
import { isKkGenitive, isKkOblique, voicelessFinal } from './morph.js';
import {
  addKkTitleHead,
  kkHeadForm,
  isKkCompoundRight,
  isKkNamedThing,
  KK_KEEP_CAPITAL,
  KK_NEED_OWNER,
  KK_NAME_ONLY,
  KK_ADMIN_NOUNS as ADMIN_NOUNS,
  KK_MODIFIERS,
  KK_FORMER,
  KK_FORMER_PREFIX_RE,
  KK_ADJECTIVES,
  KK_PLACES,
  KK_DETERMINERS,
  KK_POSTPOSITIONS,
  KK_AFTER_NAME,
  KK_MEMBER_HEADS,
  KK_MEMBER_GROUPS,
  KK_QUANTIFIERS,
  type KkHeadForm,
} from './title-heads.js';
import { kkNameRules } from './person.js';
import { kkNumeralRules } from './numerals.js';
import type { TitleContext, TitleMatch, TitleRules } from '../../extract/position/rules.js';
import { lowerFirst } from '../../extract/position/words.js';
import { tracer } from '../../extract/trace.js';

const MAX_CHAIN = 8;
// Words inside a genitive chain that are not in the genitive: "облыс", "ауданы", "цифрлық", "технологиялар".
const ADJECTIVE_RE = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті|алды|ық|ік)$/;
// Before a title without an owner only true adjectives qualify it ("бас транспорттық прокурор"), not "жылы".
const RELATIVE_ADJECTIVE_RE = /(?:лық|лік|дық|дік|тық|тік)$/;
// "Түркістандағы", "облысындағы": where the organisation is, which a reader leaves out of the title.
const LOCATIVE_ADJECTIVE_RE = /(?:дағы|дегі|тағы|тегі)$/;
// Country names in -стан end like an ablative but are nominative ("Қазақстан"; its ablative is "Қазақстаннан").
const STAN_RE = /стан$/;
// Case endings that take a proper name out of the chain; not the accusative-looking "Алматы", "Сатыбалды".
const NAME_OBLIQUE_RE = /(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ны|ні)$/;
// "өнеркәсібі", "Әкімшілігі": a noun with the third-person possessive takes the noun before it as its owner.
const POSSESSIVE_RE = /(?:ы|і)$/;
// «ұжымына»: the dative after the possessive, which the case endings of morph.ts leave out (names end so: «Дина»).
const POSSESSIVE_DATIVE_RE = /[ыі]н[ае]$/;
// «институты», «комитеті»: the possessive after a stem in т, д or н, which reads like an accusative.
const POSSESSIVE_AFTER_CONSONANT_RE = /[тдн][ыі]$/;
const PLURAL_POSSESSIVE_RE = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і)$/;
const PLURAL_RE = /(?:лар|лер|дар|дер|тар|тер)$/;
const GENITIVE_SUFFIX_RE = /(?:ның|нің|дың|дің|тың|тің)$/;
/** The postposition naming a post's field, which takes a noun phrase in the nominative. */
const FIELD_POSTPOSITION = 'жөніндегі';
const MAX_FIELD_WORDS = 4;
const VERBAL_RE = /(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ып|іп|ла|ле|келе)$/;
// "1-інші", "2-нші": the suffix after a digit and a hyphen makes an ordinal.
const ORDINAL_SUFFIX_RE = /^(?:інші|ыншы|нші|ншы|ші|шы)$/;
// Accusative endings, after a possessive too («нарығын»); an instrumental is governed so too («жұмыспен қамту»), but the
// conjunctions «мен/бен/пен» themselves.
const GOVERNED_RE = /(?:ны|ні|ды|ді|ты|ті|ын|ін|..мен|..бен|..пен)$/;
// «көпбейінді», «білікті»: an adjective of having, which ends as an accusative does.
const HAVING_RE = /(?:ды|ді|ты|ті)$/;
// A verbal noun in -у/-ю: «қорғау», «реттеу», «дамыту».
const VERBAL_NOUN_RE = /[ую]$/;
// A noun with the possessive, maybe then the genitive: «бөлімі», «бөлімінің», «агенттігі».
const POSSESSED_RE = /(?:ы|і|ының|інің|сының|сінің)$/;
// «еңбек сіңірген» ("honoured"): the participle phrase of honorary titles.
const HONOURED = ['еңбек', 'сіңірген'] as const;
const TEMPORARILY = 'уақытша';
const DUTIES = new Set(['міндетін', 'міндеттерін']);
// Punctuation after which a list's or a table's item begins.
const ITEM_OPENERS = new Set([':', ';', '|', '•']);
// A dash opens an item only where it opens the line (a dashed list); inside a sentence it stands before an apposition or a
// clause («Жиынға облыс әкімі – Серік Нұрланов», «… – Аудан әкімі жобаны таныстырды»), as a bracket does.
const DASHES = new Set(['–', '—', '-']);

/**
 * Whether the token at k opens a list's or a table's item; a comma only inside a list a colon opened («Жауапты адамдар:
 * Облыс әкімі …, Аудан әкімінің орынбасары …»), not after a discourse word («Сондай-ақ, Жоғарғы сот төрағасы»).
 */
function opensItem(t: readonly Token[], k: number): boolean {
  if (ITEM_OPENERS.has(t[k]!.text)) return true;
  if (DASHES.has(t[k]!.text)) return t[k]!.sentenceStart;
  if (t[k]!.text !== ',') return false;
  for (let j = k - 1; j >= 0; j--) {
    if (t[j]!.text === ':') return true;
    if (t[j]!.sentenceStart) break;
  }
  return false;
}
// «министрі», «министрлігінің», «вице-министрі»: the words a ministry's name ends in.
const MINISTRY_RE = /^(?:вице-)?министр/;
const QUOTE_CLOSE = new Set(['»', '"', '”']);
const QUOTE_OPEN = new Set(['«', '"', '“']);

/**
 * Whether token `t` belongs to the organisation chain before a title. Genitives, proper names and
 * administrative nouns always do; adjectives and other nominative nouns only right before a
 * genitive ("цифрлық технологиялар басқармасының"), so a sentence's subject stays out.
 */
function chainWord(t: Token, insideNoun: boolean, next: Token | undefined, afterNext?: Token): boolean {
  if (t.kind !== 'word' || KK_DETERMINERS.has(t.lower) || LOCATIVE_ADJECTIVE_RE.test(t.lower)) return false;
  if (isKkGenitive(t.lower)) return true;
  // Before the capital's test: a sentence may open with one («Команда капитаны», though «-да» looks locative)
  if (ADMIN_NOUNS.has(t.lower)) return true;
  if (isCapitalized(t)) {
    // "Сауда және интеграция министрі": a capitalised word coordinated inside a name, whatever it ends in
    if (next?.lower === 'және' || STAN_RE.test(t.lower)) return true;
    // «Қызылорда облысының», «Қарағанды облыстық мәслихаты»: a known place, though it ends as a case form or a verb would
    if (KK_PLACES.has(t.lower) || (next !== undefined && KK_PLACES.has(`${t.lower} ${next.lower}`))) return true;
    // «Делегация Алматы облысының әкімімен»: a sentence's first word before a place's name is the sentence's subject
    if (t.sentenceStart && next !== undefined && (KK_PLACES.has(next.lower) || KK_PLACES.has(`${next.lower} ${afterNext?.lower}`))) return false;
    // A sentence's first word is capitalised whatever it is: a verb or an object there is no name ("Таныстырған", "Хатты"),
    // unless a place noun it owns follows: "Алматы қаласының", "Ақмола облысы" only look accusative or verbal.
    if (t.sentenceStart && (VERBAL_RE.test(t.lower) || isKkOblique(t.lower)) && !namesAPlace(next)) return false;
    // «Фермерлер аудан әкіміне», «Сот қала әкімінің …»: the subject of a sentence whose title is an object
    if (t.sentenceStart && !ADJECTIVE_RE.test(t.lower) && !KK_ADJECTIVES.has(t.lower) && !ownsNext(t, next)) return false;
    return !NAME_OBLIQUE_RE.test(t.lower);
  }
  if (isKkOblique(t.lower) || POSSESSIVE_DATIVE_RE.test(t.lower) || VERBAL_RE.test(t.lower)) return false;
  if (ADJECTIVE_RE.test(t.lower) || KK_ADJECTIVES.has(t.lower)) return true;
  // A bare noun compounds with the noun after it, never with an adjective: «Қазір ардагер облыстық … төрағасы»; a hyphenated
  // adjective begins with that noun («тұрғын үй-коммуналдық»).
  // (A plural possessive only as the first of two joined fields: «Су ресурстары және ирригация министрі».)
  return insideNoun && (!PLURAL_POSSESSIVE_RE.test(t.lower) || next?.lower === 'және') && !(next !== undefined && RELATIVE_ADJECTIVE_RE.test(next.lower) && !next.lower.includes('-'));
}

/**
 * Whether the noun opening a sentence begins the organisation chain before the noun after it: a name runs on
 * into capitalised words («Анкара Хаджы Байрам …», «Иран Ислам …»), and a noun owns a genitive, a possessive,
 * a title head or an adjective after it («Ақмола облысы», «Астана әкіміне», «Кәсіпкерлер палатасы», «Қазақ
 * музыкалық …»); a plural noun is the sentence's subject before anything but its possessed noun («Сенаторлар
 * Қаржы министрінің …», «Тұрғындар ауылдық округ әкімін»).
 */
function ownsNext(t: Token, next: Token | undefined): boolean {
  if (next === undefined || next.kind !== 'word') return false;
  const plural = PLURAL_RE.test(t.lower);
  if (isCapitalized(next)) return !plural;
  return isKkGenitive(next.lower) || POSSESSIVE_RE.test(next.lower) || kkHeadForm(next.word) !== undefined || (!plural && RELATIVE_ADJECTIVE_RE.test(next.lower));
}

/** "облысы", "қаласының": an administrative noun owned by the word before it, which names the place. */
const namesAPlace = (next: Token | undefined): boolean =>
  next !== undefined && ADMIN_NOUNS.has(next.lower.replace(GENITIVE_SUFFIX_RE, '')) && (GENITIVE_SUFFIX_RE.test(next.lower) || POSSESSIVE_RE.test(next.lower));

/** Index of the first token of an ordinal written "1-інші" that ends at `k`, or -1. */
function ordinalStart(t: readonly Token[], k: number): number {
  if (k < 2 || !ORDINAL_SUFFIX_RE.test(t[k]!.lower) || t[k - 1]!.text !== '-' || t[k - 2]!.kind !== 'number') return -1;
  return k - 2;
}

/** Index of the first token of a modifier ("бірінші", "бас", "1-інші") ending at `k`, or -1. */
function modifierStart(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  const tok = t[k]!;
  if (tok.kind === 'word' && !taken(k) && KK_MODIFIERS.has(tok.lower)) return kkNumeralRules.inflected(tok.lower)?.ordinal === true ? numeralWordsBefore(t, k, taken) : k;
  const o = ordinalStart(t, k);
  return o >= 0 && !taken(o) ? o : -1;
}

/** «он бірінші»: the numeral words an ordinal word ends, back from `k`. */
function numeralWordsBefore(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  let first = k;
  while (first > 0 && !t[first]!.sentenceStart && !taken(first - 1) && t[first - 1]!.kind === 'word' && kkNumeralRules.lexicon.words.has(t[first - 1]!.lower)) first--;
  return first;
}

/** Index of the last token of a modifier starting at `k` ("бірінші", "1-інші"), or -1. */
function modifierEnd(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  const tok = t[k];
  if (tok === undefined || taken(k) || tok.sentenceStart) return -1;
  if (tok.kind === 'word' && KK_MODIFIERS.has(tok.lower)) return k;
  return tok.kind === 'number' && ordinalStart(t, k + 2) === k && !taken(k + 2) ? k + 2 : -1;
}

/** Kazakh titles: the organisation chain before the head ("Бородулиха ауданының әкімі", "ҚР Президентінің кеңесшісі"). */
export const kkTitleRules: TitleRules = {
  countedHead: () => false,
  obliqueBefore: () => false,
  addHead: addKkTitleHead,
  matchAt(ctx: TitleContext, h: number, taken: (i: number) => boolean): TitleMatch | undefined {
    const t = ctx.tokens;
    const head = kkHeadForm(t[h]!.word);
    if (head === undefined || (head.plural && !(NOMINATIVE_PLURAL_RE.test(t[h]!.lower) && namesFollow(t, h + 1)))) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, head === undefined ? `«${t[h]!.text}» is not a title head` : `«${t[h]!.text}» is a plural head (a group) with no names after it`);
      return undefined;
    }
    if (KK_AFTER_NAME.has(head.stem)) return afterName(ctx, h, head);
    const owned = head.possessive !== '';
    // "Президент Әкімшілігінің басшысы": a bare head that names the owner of a later title belongs to it
    if (!owned && t[h]!.lower === head.stem) {
      const later = laterTitle(ctx, h, taken);
      if (later !== undefined) return later;
      // "Президент телерадиокешені", "президент сайлауы": the title word is part of a name
      if (t[h + 1] !== undefined && !taken(h + 1) && !t[h + 1]!.sentenceStart && isKkNamedThing(t[h + 1]!.word)) {
        tracer?.declined('titles', t[h]!.start, t[h + 1]!.end, `«${t[h]!.text}» is part of a name here («${t[h + 1]!.text}» follows)`);
        return undefined;
      }
    }
    let last = h;
    let lastForm = head;
    // "әкім орынбасары", "Президент кеңесшісі", "әкімінің бірінші орынбасары": a second head continues the title
    for (;;) {
      const between = isKkGenitive(t[last]!.lower) ? modifierEnd(t, last + 1, taken) : -1;
      const k = (between >= 0 ? between : last) + 1;
      if (t[k] === undefined || taken(k) || t[k]!.sentenceStart) break;
      const next = kkHeadForm(t[k]!.word);
      if (next === undefined || next.plural || !isKkCompoundRight(next.stem)) break;
      last = k;
      lastForm = next;
    }
    const first = owned || last > h ? ownerChainStart(t, h, taken, owned) : modifiersStart(t, h, taken);
    if (first === h && last === h && KK_NEED_OWNER.has(head.stem) && !owned) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h]!.text}» is a title only with an owner before it or a possessive ending`);
      return undefined;
    }
    if (KK_NAME_ONLY.has(lastForm.stem) && !givenNameAt(t, last + 1)) {
      tracer?.declined('titles', t[first]!.start, t[last]!.end, `«${t[last]!.text}» is an occupation, a post only before its holder's name`);
      return undefined;
    }
    if (countedGroup(t, first) || memberOfGroup(t, first, last, lastForm)) {
      tracer?.declined('titles', t[first]!.start, t[last]!.end, `«${t[h]!.text}» names many holders or a member of a group here, not one post`);
      return undefined;
    }
    const match = titleAt(ctx, first, last, lastForm);
    return head.plural ? { ...match, plural: true } : match;
  },
};

/**
 * «Төле бидің», «Наурызбай қажы»: a title after a given name, the title word alone (the name is the person's);
 * not when a place noun follows, as in a place named after the person («Төле би ауданы»).
 */
function afterName(ctx: TitleContext, h: number, head: KkHeadForm): TitleMatch | undefined {
  const t = ctx.tokens;
  const name = t[h - 1];
  const named =
    name !== undefined &&
    !t[h]!.sentenceStart &&
    !isCapitalized(t[h]!) &&
    name.kind === 'word' &&
    isCapitalized(name) &&
    (kkNameRules.firstName(name.word) || kkNameRules.givenNameShape(name.lower)) &&
    !kkNameRules.placeAfter(t[h + 1]?.word);
  if (!named) {
    tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h]!.text}» is a title only right after a given name`);
    return undefined;
  }
  return titleAt(ctx, h, h, head);
}

/** A given name and a capitalised word after it, in the same sentence: the holder named after an occupation. */
function givenNameAt(t: readonly Token[], k: number): boolean {
  const name = t[k];
  const next = t[k + 1];
  return (
    name !== undefined && next !== undefined && name.kind === 'word' && !name.sentenceStart && kkNameRules.firstName(name.word) && next.kind === 'word' && !next.sentenceStart && isCapitalized(next)
  );
}

/**
 * «бес елдің басшысы», «бірнеше өңір жетекшісі», «барлық дәрігер»: a Kazakh noun stays singular after a
 * number, so a title counted so names a group, as a plural title does, and a group is no post.
 */
function countedGroup(t: readonly Token[], first: number): boolean {
  // «бес елдің басшысы»: «елдің» stays out of the chain as a determiner, and the number counts it
  const owner = first > 0 && t[first - 1]!.kind === 'word' && isKkGenitive(t[first - 1]!.lower) ? first - 2 : first - 1;
  const before = t[owner];
  if (before === undefined || t[owner + 1]!.sentenceStart) return false;
  // a number standing alone; «ЖЭО-2 бас директоры», «№ 5 мектеп директоры»: one glued to a name or after a numero sign names
  if (before.kind === 'number') return before.spaceBefore && t[owner - 1]?.text !== '-' && t[owner - 1]?.text !== '№';
  if (before.kind !== 'word') return false;
  const numeral = kkNumeralRules.lexicon.words.get(before.lower);
  return KK_QUANTIFIERS.has(before.lower) || (numeral !== undefined && Number.isInteger(numeral.value) && numeral.value > 1);
}

/** «бизнес өкілі», «ұлттың өкілі»: a member of a class of people, not the post of a representative. */
function memberOfGroup(t: readonly Token[], first: number, last: number, lastForm: KkHeadForm): boolean {
  if (!KK_MEMBER_HEADS.has(lastForm.stem) || first === last) return false;
  const owner = t[last - 1]!.lower;
  return KK_MEMBER_GROUPS.has(owner) || (isKkGenitive(owner) && KK_MEMBER_GROUPS.has(owner.slice(0, -3)));
}

/**
 * Words that may stand between a plural title and the names it lists: «аудан әкімдері: А, Б», «облыс
 * әкімдері, оның ішінде А», and «болып» of an appointment («орынбасарлары болып А мен Б тағайындалды»).
 */
const LIST_LEAD = new Set([':', '–', '—', '-', ',', 'оның', 'соның', 'ішінде', 'болып']);
const MAX_LIST_LEAD = 3;

const VOWEL_END_RE = /[аәеиоөуұүыіэюя]$/;

/** A plural title in the nominative, as a list's head stands: «әкімдері», «министрлер», not «өкілдерінің». */
const NOMINATIVE_PLURAL_RE = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$/;

/** The most words of a second group between «болып» and the names («болып мәслихат депутаттары А мен Б»). */
const MAX_GROUP_WORDS = 4;

/**
 * A plural title is a post only when the people holding it are named right after it (a given name
 * and a surname), or, after «болып», after another group they make («комиссия төрағалары болып
 * мәслихат депутаттары А мен Б сайланды»).
 */
function namesFollow(t: readonly Token[], k: number): boolean {
  let at = k;
  while (at - k < MAX_LIST_LEAD && t[at] !== undefined && LIST_LEAD.has(t[at]!.lower)) at++;
  const isNameWord = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'word' && !tok.sentenceStart && isCapitalized(tok);
  if (isNameWord(t[at]) && isNameWord(t[at + 1])) return true;
  if (at === k || t[at - 1]!.lower !== 'болып') return false;
  for (let j = at; j - at < MAX_GROUP_WORDS && t[j] !== undefined && t[j]!.kind === 'word' && !t[j]!.sentenceStart && !isCapitalized(t[j]!); j++)
    if (kkHeadForm(t[j]!.word)?.plural === true) return isNameWord(t[j + 1]) && isNameWord(t[j + 2]);
  return false;
}

function titleAt(ctx: TitleContext, first: number, last: number, lastForm: KkHeadForm): TitleMatch {
  const t = ctx.tokens;
  // «экс-әкімі»: the prefix says the post is past, as «бұрынғы» does
  const prefix = KK_FORMER_PREFIX_RE.exec(t[last]!.lower)?.[0].length ?? 0;
  const lastLower = t[last]!.lower.slice(prefix);
  const lastText = t[last]!.text.slice(prefix);
  // The possessive after a plural is «-ы/-і» whatever the stem ends in («төрағалары»); alone, after a vowel it is «-сы/-сі» («төрағасы»).
  const possessive = lastForm.plural && lastForm.possessive.length === 1 && VOWEL_END_RE.test(lastForm.stem) ? `с${lastForm.possessive}` : lastForm.possessive;
  // «бастығынан» → «бастығы»: the stem's last consonant voiced before the possessive
  const stemAsWritten = lastLower.startsWith(lastForm.stem) || voicelessFinal(lastLower.slice(0, lastForm.stem.length)) === lastForm.stem;
  // «Бұрынғы облыс әкімі», «министрлігінің бұрынғы вице-министрі»: the past stays in the span, where the linker reads it
  // (`former`), and out of the post an analyst reads
  let lead = first;
  while (lead < last && KK_FORMER.has(t[lead]!.lower)) lead++;
  // «Ауданның бұрынғы әкімі» → «аудан әкімі»: a bare owner takes the genitive only for the word between it and the title;
  // with that word left out it stands unmarked, as in «аудан әкімі», «комитет төрағасы».
  // (Not a possessive owner: «облысының бұрынғы әкімі» keeps its genitive.)
  const ownerStem = t[lead]!.lower.slice(0, -3);
  const bareOwner =
    lead + 1 < last && GENITIVE_SUFFIX_RE.test(t[lead]!.lower) && ADMIN_NOUNS.has(ownerStem) && !/[ыі]$/.test(ownerStem) && t.slice(lead + 1, last).every((x) => KK_FORMER.has(x.lower));
  let norm = '';
  for (let k = lead; k <= last; k++) {
    if (k < last && KK_FORMER.has(t[k]!.lower)) continue;
    const word = k === lead && bareOwner ? t[k]!.text.slice(0, -3) : k < last ? t[k]!.text : stemAsWritten ? lastText.slice(0, lastForm.stem.length) + possessive : lastText;
    norm += (k > lead && t[k]!.spaceBefore ? ' ' : '') + word;
  }
  const head0 = t[lead]!;
  const keep = KK_KEEP_CAPITAL.has(head0.lower.replace(/(?:ның|нің|дың|дің|тың|тің|ы|і|сы|сі)$/, '')) || KK_KEEP_CAPITAL.has(kkHeadForm(head0.word)?.stem ?? '');
  // «Денсаулық сақтау министрлігінің …», «Қаржы вице-министрі»: a ministry's name is written with a capital wherever it stands
  let ministry = false;
  for (let k = lead + 1; k <= last && !ministry; k++) ministry = MINISTRY_RE.test(t[k]!.lower);
  // Only a common word is lowered at a sentence's start: "Қазақстан Президенті" keeps its capital.
  const common =
    !namesAPlace(t[lead + 1]) &&
    !KK_PLACES.has(head0.lower) &&
    !KK_PLACES.has(`${head0.lower} ${t[lead + 1]?.lower}`) &&
    !(ministry && kkHeadForm(head0.word) === undefined && !KK_MODIFIERS.has(head0.lower)) &&
    (kkHeadForm(head0.word) !== undefined ||
      KK_MODIFIERS.has(head0.lower) ||
      KK_ADJECTIVES.has(head0.lower) ||
      ADMIN_NOUNS.has(head0.lower) ||
      ADJECTIVE_RE.test(head0.lower) ||
      (isKkGenitive(head0.lower) && ADMIN_NOUNS.has(head0.lower.slice(0, -3))));
  // A list's or a table's item starts with a capital as a sentence does: «Қатысқандар: Облыс әкімі …, Аудан әкімінің орынбасары …»
  const itemStart = head0.sentenceStart || (lead > 0 && opensItem(t, lead - 1));
  return { first, next: last + 1, norm: itemStart && common && !keep ? lowerFirst(norm) : norm, oblique: false };
}

/** Modifiers before a title without an owner: "Тұңғыш Президент", "бас транспорттық прокурор", "1-інші вице-премьер". */
function modifiersStart(t: readonly Token[], h: number, taken: (i: number) => boolean): number {
  let first = h;
  for (let k = h - 1; k >= 0 && h - k <= MAX_CHAIN && !t[k + 1]!.sentenceStart; k--) {
    const m = modifierStart(t, k, taken);
    if (m >= 0) {
      first = m;
      k = m;
      continue;
    }
    const tok = t[k]!;
    if (tok.lower === FIELD_POSTPOSITION && first === k + 1 && !taken(k)) return fieldStart(t, k, taken);
    // «Облыстық әскери комиссар»: an adjective, capitalised only where the sentence starts
    if (taken(k) || tok.kind !== 'word' || (isCapitalized(tok) && !tok.sentenceStart) || !(RELATIVE_ADJECTIVE_RE.test(tok.lower) || KK_ADJECTIVES.has(tok.lower)) || KK_DETERMINERS.has(tok.lower))
      break;
    first = k;
  }
  return first;
}

/** «цифрлық даму жөніндегі вице-министр»: the nominative noun phrase before the field postposition at `p`, or `p + 1` when there is none. */
function fieldStart(t: readonly Token[], p: number, taken: (i: number) => boolean): number {
  let first = p + 1;
  for (let k = p - 1; k >= 0 && p - k <= MAX_FIELD_WORDS && !t[k + 1]!.sentenceStart; k--) {
    const tok = t[k]!;
    if (taken(k) || tok.kind !== 'word' || KK_DETERMINERS.has(tok.lower) || isKkOblique(tok.lower) || VERBAL_RE.test(tok.lower) || isKkGenitive(tok.lower)) break;
    first = k;
  }
  return first;
}

/** The organisation chain before an owned title ("Бородулиха ауданының әкімі"). */
function ownerChainStart(t: readonly Token[], h: number, taken: (i: number) => boolean, possessive: boolean): number {
  // Whether the noun at `i` has the possessive, which makes the noun before it its owner (not a modifier's «-ы/-і»: «бірінші»)
  const owned = (i: number): boolean => (i === h ? possessive : POSSESSIVE_RE.test(t[i]!.lower) && !isKkGenitive(t[i]!.lower) && !KK_MODIFIERS.has(t[i]!.lower));
  let first = h;
  let seenGenitive = false;
  let seenAnd = false;
  let afterPostposition = false;
  for (let k = h - 1; k >= 0 && h - k <= MAX_CHAIN; k--) {
    const tok = t[k]!;
    if (taken(k) || t[k + 1]!.sentenceStart) break;
    // «басшының міндетін уақытша директордың орынбасары … атқарады»: after the duties «уақытша» is the adverb of the verb
    // ("temporarily"), not the owner's adjective («уақытша комиссияның төрағасы»).
    if (tok.lower === TEMPORARILY && k > 0 && DUTIES.has(t[k - 1]!.lower)) break;
    if (QUOTE_CLOSE.has(tok.text)) {
      let open = k - 1;
      while (open >= 0 && !QUOTE_OPEN.has(t[open]!.text) && k - open < 20 && !t[open + 1]!.sentenceStart) open--;
      if (open < 0 || !QUOTE_OPEN.has(t[open]!.text)) break;
      first = open;
      k = open;
      continue;
    }
    // An ordinal in digits anywhere; a one-word modifier where the chain begins, since it qualifies the title there
    // («бас санитарлық дәрігері», «құрметті докторы»)
    const m = modifierStart(t, k, taken);
    if (m >= 0 && (m < k || first === k + 1)) {
      first = m;
      k = m;
      continue;
    }
    // «№12 мектеп-лицейдің директоры»: the number of a school or a unit names it
    if (first === k + 1 && tok.kind === 'number' && t[k - 1]?.text === '№' && !taken(k - 1)) {
      first = k - 1;
      k--;
      continue;
    }
    // «Қазақстанның еңбек сіңірген қайраткері»: the honorary title's fixed participle
    if (first === k + 1 && tok.lower === HONOURED[1] && t[k - 1]?.lower === HONOURED[0] && !taken(k - 1) && !tok.sentenceStart) {
      first = k - 1;
      k--;
      continue;
    }
    // Past a genitive, nominative words belong to the noun phrase it ends ("энергетика және тұрғын үй-коммуналдық шаруашылық басқармасының").
    const insideNoun = seenGenitive || afterPostposition || t[k + 1]!.lower === 'және' || t[k + 1]!.text === ',' || (first === k + 1 && owned(k + 1));
    // "Индустрия және инфрақұрылымдық даму вице-министрі": "және" inside a capitalised organisation name;
    // "даму, инновациялар және аэроғарыш өнеркәсібі": the last link of a list
    const listed = k > 2 && first < h - 1 && t[k - 2]!.text === ',' && chainWord(t[k - 1]!, true, tok);
    // «туризм және спорт министрі»: two plain nouns naming the field of a possessive head, in lower case mid-sentence
    // «онкология және радиология институты директорының»: so too before an owned noun inside the chain
    const fields =
      first === k + 1 &&
      first < h &&
      owned(first + 1) &&
      t[k - 1]?.kind === 'word' &&
      kkHeadForm(t[k - 1]!.word) === undefined &&
      !PLURAL_RE.test(t[k - 1]!.lower) &&
      chainWord(t[k - 1]!, true, tok) &&
      // (a field, not an owner, after it: «фермерлер мәселелері және аудан әкімі» are two things)
      !(PLURAL_POSSESSIVE_RE.test(t[k - 1]!.lower) && ADMIN_NOUNS.has(t[first]!.lower));
    if (tok.lower === 'және' && k > 0 && first === k + 1 && ((seenGenitive && chainWord(t[k - 1]!, true, tok)) || isCapitalized(t[k - 1]!) || listed || fields) && !t[k]!.sentenceStart) {
      seenAnd = true;
      continue;
    }
    // "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі": a comma in a list that "және" closes
    if (tok.text === ',' && seenAnd && k > 0 && chainWord(t[k - 1]!, true, tok)) continue;
    // "Жемқорлыққа қарсы іс-қимыл агенттігінің": the word a postposition governs, in whatever case
    // «халықаралық мәселелер жөніндегі кеңесшісі», «цифрлық даму жөніндегі вице-министр»: the field a post is in charge of.
    if ((seenGenitive && KK_POSTPOSITIONS.has(tok.lower)) || (tok.lower === FIELD_POSTPOSITION && first === k + 1)) {
      afterPostposition = true;
      first = k;
      continue;
    }
    if (afterPostposition && tok.kind === 'word' && !KK_DETERMINERS.has(tok.lower) && !VERBAL_RE.test(tok.lower)) {
      afterPostposition = false;
      first = k;
      continue;
    }
    afterPostposition = false;
    // "Германияның Қазақстандағы елшісі": a place inside the owner chain, after the owner's genitive
    const placed = isCapitalized(tok) && LOCATIVE_ADJECTIVE_RE.test(tok.lower) && k > 0 && isKkGenitive(t[k - 1]!.lower) && !taken(k - 1);
    // "Елбасы Мәскеу ... ректорымен": a title before another one's owner is the sentence's subject;
    // it owns the next noun only when that noun has the possessive ("Президент Әкімшілігінің")
    const form = kkHeadForm(tok.word);
    if (
      form !== undefined &&
      !isKkGenitive(tok.lower) &&
      tok.lower === form.stem + form.possessive &&
      !(POSSESSIVE_RE.test(t[k + 1]!.lower) || isKkGenitive(t[k + 1]!.lower) || KK_POSTPOSITIONS.has(t[k + 1]!.lower))
    )
      break;
    // «халықты әлеуметтік қорғау министрі», «нарығын реттеу агенттігі», «халықты жұмыспен қамту орталығының»: the objects of
    // a verbal noun inside the name (a capital after it starts the name, and the object is the sentence's: «вирусты Денсаулық
    // сақтау министрі»)
    const governed = first === k + 1 && GOVERNED_RE.test(tok.lower) && !isCapitalized(t[k + 1]!) && (verbalNounAt(t, k + 1, h) || (GOVERNED_RE.test(t[k + 1]!.lower) && verbalNounAt(t, k + 2, h)));
    // «жер қатынастары бөлімінің», «қызмет істері агенттігі»: a plural noun owned inside a name the next noun continues
    const innerPlural = first === k + 1 && insideNoun && PLURAL_POSSESSIVE_RE.test(tok.lower) && !isCapitalized(t[k + 1]!) && POSSESSED_RE.test(t[k + 1]!.lower);
    // «институты директорының»: before an owned noun «-ты/-ды/-ны» is a consonant stem's possessive, not the accusative
    // (not a discourse word that ends so: «– дейді қазіргі облыстық мәслихаттың хатшысы»)
    const izafet = first === k + 1 && owned(k + 1) && !isCapitalized(tok) && POSSESSIVE_AFTER_CONSONANT_RE.test(tok.lower) && !VERBAL_RE.test(tok.lower) && !KK_DETERMINERS.has(tok.lower);
    // «облыстық көпбейінді аурухананың»: between an adjective and the genitive it qualifies, «-ды/-ді» makes an adjective
    // ("having"), not an accusative
    const having = first === k + 1 && k > 0 && !isCapitalized(tok) && HAVING_RE.test(tok.lower) && isKkGenitive(t[k + 1]!.lower) && !taken(k - 1) && RELATIVE_ADJECTIVE_RE.test(t[k - 1]!.lower);
    if (!placed && !governed && !innerPlural && !izafet && !having && !chainWord(tok, insideNoun, t[k + 1], t[k + 2])) break;
    if (isKkGenitive(tok.lower)) seenGenitive = true;
    first = k;
  }
  // A chain never ends on a postposition or a bare comma
  while (first < h && (KK_POSTPOSITIONS.has(t[first]!.lower) || (t[first]!.kind !== 'word' && !QUOTE_OPEN.has(t[first]!.text) && t[first]!.text !== '№' && t[first]!.kind !== 'number'))) first++;
  return first;
}

/** A verbal noun at `k`, or after one adjective there, before the head at `h`: «қорғау», «әлеуметтік қорғау». */
function verbalNounAt(t: readonly Token[], k: number, h: number): boolean {
  const at = k < h - 1 && ADJECTIVE_RE.test(t[k]!.lower) ? k + 1 : k;
  return at < h && t[at]!.kind === 'word' && VERBAL_NOUN_RE.test(t[at]!.lower);
}

/** The title a bare head opens as its owner: "Президент Әкімшілігі басшысының орынбасары", "Президент жанындағы ... вице-ректоры". */
function laterTitle(ctx: TitleContext, h: number, taken: (i: number) => boolean): TitleMatch | undefined {
  const t = ctx.tokens;
  const next = t[h + 1];
  if (next === undefined || taken(h + 1) || next.sentenceStart || next.kind !== 'word' || !(isCapitalized(next) || ADMIN_NOUNS.has(next.lower) || KK_POSTPOSITIONS.has(next.lower))) return undefined;
  for (let k = h + 1; k < t.length && k - h <= MAX_CHAIN; k++) {
    if (taken(k) || t[k]!.sentenceStart || t[k]!.kind !== 'word') return undefined;
    const form = kkHeadForm(t[k]!.word);
    if (form === undefined || form.possessive === '' || form.plural) continue;
    const m = kkTitleRules.matchAt(ctx, k, taken, () => false);
    return m !== undefined && m.first <= h ? m : undefined;
  }
  return undefined;
}
