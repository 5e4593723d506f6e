import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { PersonMention } from '../../schema/record.js';
import { isAllCaps, isCapitalized, isCyrillic, type Token } from '../../segment/tokenize.js';
import { NAME_HONORIFICS } from '../../segment/address.js';
import { personKey } from '../../link/keys.js';
import { titleCase } from '../../link/fold.js';
import { acrossPacks, registeredPacks } from '../../lang/registry.js';
import { unionPattern, unionSet } from '../../lang/pack.js';
import { isAlsoCommonWord, NOT_NAMES } from './names.js';
import { wordFor, wordQuestion } from '../../segment/word.js';
import { tracer } from '../trace.js';
import type { NameHint, NameRole, NameRules } from './rules.js';

const SURNAME_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.surnamePattern)));
const PATRONYMIC_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.patronymicPattern)));
const isPatronymic = (rules: NameRules, lower: string): boolean => PATRONYMIC_RE().test(lower) || rules.ownPatronymicPattern?.test(lower) === true;
const NAME_PARTICLES = acrossPacks((packs) => unionSet(packs.map((p) => p.person.nameParticles)));
const DOTTED_ABBREVIATIONS = acrossPacks((packs) => unionSet(packs.map((p) => p.person.dottedAbbreviations)));
const BODY_HEAD_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.bodyHeadPattern)));
const INFLECTED_COMMON_NOUN_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.commonNounPattern)));
const PLACE_GENITIVE_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.placeGenitivePattern)));
const ADJECTIVE_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.adjectivePattern)));
const ADJECTIVE_BEFORE_NOUN_RE = acrossPacks((packs) => unionPattern(packs.map((p) => p.person.adjectiveBeforeNounPattern)));
const PLACE_HONORIFICS = acrossPacks((packs) => unionSet(packs.map((p) => p.person.placeHonorifics)));
const PLACE_LIST_GLUE = acrossPacks((packs) => unionSet([[','], ...packs.map((p) => p.person.placeListConjunctions)]));
const NO_CONJUNCTIONS: ReadonlySet<string> = new Set();

const ABBREVIATION_MAX = 5;
const INITIAL_RE = /^\p{Lu}$/u;
/** One capital letter, or a pack's initial of two letters (Russian «Дж.» for J). */
const isInitial = (text: string, rules: NameRules): boolean => INITIAL_RE.test(text) || rules.digraphInitials?.has(text) === true;
const MIN_SURNAME_LEN = 5;
// Known non-names in any case of any language: "Киевке", "Алматыдан", "Украинаның", "Украины", "Франции".
const isNotName = wordQuestion((lower) => {
  if (NOT_NAMES.has(lower)) return true;
  for (const pack of registeredPacks()) if (pack.person.caseFormOf(lower, NOT_NAMES)) return true;
  return false;
}, false);

// A title word of any registered language ("Президента") is no name word.
const isTitleWord = wordQuestion((lower) => {
  for (const pack of registeredPacks()) if (pack.position.isHeadWord?.(lower) === true) return true;
  return false;
}, false);

function isNameWord(t: Token | undefined): t is Token {
  return t !== undefined && isCapitalized(t) && !isNotName(t.word) && t.text.length > 1 && !abbreviationCompound(t.text);
}

/**
 * An abbreviation or a Latin word joined by a hyphen to a lowercase Cyrillic noun is a common noun, capitalised only by
 * its first part: «VPN-сервисов», «IT-предприниматель», «ТВ-каналов», «Telegram-канале» (not «Буша-младшего»).
 */
function abbreviationCompound(text: string): boolean {
  const hyphen = text.indexOf('-');
  if (hyphen < 2) return false;
  const head = text.slice(0, hyphen);
  const tail = text.slice(hyphen + 1);
  return tail === tail.toLowerCase() && isCyrillic(tail) && (head === head.toUpperCase() || !isCyrillic(head));
}

/** A capitalised word that can be part of a name: not all capitals, not an adjective, not a place's genitive. */
const isPlainName = (t: Token): boolean =>
  isCapitalized(t) && !isAllCaps(t) && !ADJECTIVE_RE().test(t.lower) && !PLACE_GENITIVE_RE().test(t.lower) && t.text.length > 1 && !isNotName(t.word) && !isTitleWord(t.word);

/**
 * A Cyrillic word that its place alone may make a surname (before a first name and a patronymic, after «имени»): no
 * abbreviation in capitals, title word or place's genitive. Unlike isPlainName, an adjective's ending is no bar («Ким», «Цой»).
 */
const mayBeSurnameByPlace = (t: Token): boolean => !isAllCaps(t) && isCyrillic(t.text) && !isTitleWord(t.word) && !PLACE_GENITIVE_RE().test(t.lower);

/**
 * A capitalised word that may be a name in a case form its ending alone does not show (the foreign names of
 * obliqueForeignName, a given name before a known surname): no title, body, abbreviation or known non-name.
 */
const caseFormNameWord = (t: Token | undefined): t is Token => isNameWord(t) && !isAllCaps(t) && !isTitleWord(t.word) && !BODY_HEAD_RE().test(t.lower);

const surnameLike = (t: Token, rules: NameRules): boolean => t.text.length >= MIN_SURNAME_LEN && rules.surnameShape(t);

export interface PersonOptions {
  /** The name starting at this token follows an oblique-case title or preposition ("советника … Малика Отарбаева"). */
  obliqueBefore(i: number): boolean;
}

/** People: first name + surname, initials + surname, bylines, lone surnames and first names. */
export function extractPersons(ctx: ExtractContext, taken: (i: number) => boolean, opts: PersonOptions): PersonMention[] {
  const rules = ctx.pack.person;
  const t = ctx.tokens;
  // Capitalised mid-sentence somewhere: then a sentence-initial occurrence is a name too ("Токаев отметил").
  const midSentence = new Set<string>();
  for (const tok of t) if (!tok.sentenceStart && isCapitalized(tok)) midSentence.add(tok.lower);
  const seen = capitalisedForms(ctx);
  const out: PersonMention[] = [];
  for (let i = 0; i < t.length; i++) {
    if (taken(i)) {
      if (isCapitalized(t[i]!)) tracer?.declined('persons', t[i]!.start, t[i]!.end, `«${t[i]!.text}» was claimed by an earlier stage`);
      continue;
    }
    const m = matchAt(ctx, rules, i, taken, midSentence);
    if (m === undefined) continue;
    extendTail(t, rules, m, taken);
    surnameAfterWrap(ctx, rules, m, taken);
    const after = t[m.next];
    const quoted = quotedTitle(t, m.first, m.next);
    if (quoted || (m.idx.length === 1 && (rules.regionBefore(t[m.first - 1]?.word) || (capitalisedAdjectiveBefore(t, m.first) && !SURNAME_RE().test(t[m.first]!.lower))))) {
      tracer?.declined(
        'persons',
        t[m.first]!.start,
        t[m.next - 1]!.end,
        quoted ? 'a name opening a short quotation is the title of a work, brand or body' : `«${t[m.first - 1]!.text}» before one word makes it the name of a region, place or body`,
      );
      i = m.next - 1;
      continue;
    }
    // A name with a case ending is not a place's modifier, which stays bare ("Абайдың ескерткіштері" is Abai's); a name whose
    // own last word is a body's noun names the body ("Kairat Logistics").
    const lastIsBody = m.idx.length > 1 && isCapitalized(t[m.next - 1]!) && rules.placeAfter(t[m.next - 1]!.word);
    if (lastIsBody || (after !== undefined && placeAhead(t, m.next, rules, m.idx.length === 1) && !rules.inflected(t[m.next - 1]!.word))) {
      const why = lastIsBody ? 'its last word is a place or body noun: a place or body named after someone' : 'a place noun after it makes it a place or body named after someone';
      tracer?.declined('persons', t[m.first]!.start, t[m.next - 1]!.end, why);
      i = m.next - 1;
      continue;
    }
    // A lone first name listed with a known place is a team or place named so: «Футболисты Астаны и Кайрата».
    if (m.idx.length === 1 && m.roles[0] === 'first' && listedWithPlace(t, rules, m.first, m.next)) {
      tracer?.declined('persons', t[m.first]!.start, t[m.first]!.end, 'a lone first name listed with a place names a team or place');
      i = m.next - 1;
      continue;
    }
    // A lone surname form only a nominative has, where an oblique title or a preposition governs it, is a plural
    // genitive («директора Центров», «председателем Совета Министров»): a man's surname would decline there.
    if (m.idx.length === 1 && m.roles[0] === 'surname' && rules.nominativeOnly?.(t[m.first]!.lower) === true && opts.obliqueBefore(m.first)) {
      tracer?.declined('persons', t[m.first]!.start, t[m.first]!.end, 'a nominative surname form where an oblique case is governed');
      i = m.next - 1;
      continue;
    }
    const norm = nominativeName(t, rules, m.idx, m.roles, rules.nameHint(t, m.first, m.next, opts.obliqueBefore, seen));
    if (namesRegion(ctx, m.first, m.next, norm)) {
      i = m.next - 1;
      continue;
    }
    // The particle goes into the span, not the norm, which names the person as the surname alone does.
    out.push(personMention(ctx, m.idx.length === 1 && particleBefore(t, rules, taken, m.first) ? m.first - 1 : m.first, m.next, norm));
    i = m.next - 1;
    // A lone capitalised word listed right after a name is a name too: "Луиса Суареса, Неймара и Жерара Пике".
    let listed = rules.namesAround ? m.next : -1;
    const conjunctions = rules.nameListConjunctions ?? NO_CONJUNCTIONS;
    while (
      listed >= 0 &&
      (t[listed]?.text === ',' || conjunctions.has(t[listed]?.text ?? '')) &&
      !taken(listed + 1) &&
      t[listed + 1] !== undefined &&
      isPlainName(t[listed + 1]!) &&
      isCyrillic(t[listed + 1]!.text) &&
      !t[listed + 1]!.sentenceStart &&
      !rules.firstName(t[listed + 1]!.word) &&
      !(t[listed + 2] !== undefined && isCapitalized(t[listed + 2]!) && !t[listed + 2]!.sentenceStart)
    ) {
      const w = listed + 1;
      out.push(personMention(ctx, w, w + 1, nominativeName(t, rules, [w], ['surname'], rules.nameHint(t, w, w + 1, opts.obliqueBefore, seen))));
      i = w;
      listed = w + 1;
    }
    if (listed !== m.next && listed >= 0) continue;
    // The name in the original Latin spelling in parentheses after it: "Брендт Кристенсен (Brendt Christensen)".
    const latinEnd = rules.namesAround ? latinNameInParentheses(t, m.next, taken) : -1;
    if (latinEnd > 0) {
      out.push(personMention(ctx, m.next + 1, latinEnd, ctx.text.slice(t[m.next + 1]!.start, t[latinEnd - 1]!.end)));
      i = latinEnd;
    }
  }
  return [...out, ...laterSurnames(ctx, rules, out, taken)].sort((a, b) => a.start - b.start);
}

const LINE_WRAP_RE = /^[ \t]*\r?\n[ \t]*$/;

/**
 * A surname on the next line after a first name (and patronymic) that ends a line of running text: a page's text wraps
 * lines inside a sentence («министр Ерлан⏎Карин.», «с Татьяной⏎Волковой и …»). Only one line break, a lowercase word
 * before the name on its line, a surname's shape, and the sentence going on after the surname on the next: a caption or
 * list line holding a name alone keeps its names apart, and a line opening with another capitalised word («Фото …») is no
 * surname's. An East Asian name is whole without one («Ли Джэён⏎Южнокорейский суд …», a headline over its text).
 */
function surnameAfterWrap(ctx: ExtractContext, rules: NameRules, m: NameMatch, taken: (i: number) => boolean): void {
  const t = ctx.tokens;
  const last = m.roles[m.roles.length - 1];
  const sur = t[m.next];
  const after = t[m.next + 1];
  if ((last !== 'first' && last !== 'patronymic') || sur === undefined || !sur.sentenceStart || taken(m.next) || after === undefined || after.sentenceStart) return;
  if (m.roles[0] === 'family' || !isNameWord(sur) || !surnameLike(sur, rules) || isCyrillic(sur.text) !== isCyrillic(t[m.first]!.text)) return;
  if (!LINE_WRAP_RE.test(ctx.text.slice(t[m.next - 1]!.end, sur.start))) return;
  let k = m.first - 1;
  while (k >= 0 && !t[k]!.sentenceStart && !isLowerWord(t[k])) k--;
  if (k < 0 || !isLowerWord(t[k])) return;
  m.idx.push(m.next);
  m.roles.push('surname');
  m.next += 1;
}

/**
 * The name in the nominative from the tokens of its words: initials with their dots, all-capital
 * words in title case. (Apart from the loop over tokens: closures over a match inside that loop
 * would cost an allocation per token.)
 */
function nominativeName(t: readonly Token[], rules: NameRules, idx: readonly number[], roles: readonly NameRole[], hint: NameHint): string {
  // Loops and pushes onto literals, never map: optimised Array#map returns holey arrays and the
  // interpreter packed ones, and every new kind of array met here deoptimised extractPersons, the
  // largest function V8 compiles for us.
  const words: string[] = [];
  for (const k of idx) words.push(t[k]!.text);
  const nominative = rules.normalize(words, roles, hint);
  let name = '';
  for (let n = 0; n < nominative.length; n++) {
    const w = nominative[n]!;
    const hyphenated = roles[n] === 'initial' && t[idx[n]! - 1]?.text === '-';
    name += (n === 0 ? '' : hyphenated ? '-' : ' ') + (roles[n] === 'initial' ? `${w}.` : roles[n] !== 'particle' && isAllCaps(t[idx[n]!]!) ? titleCase(w) : w);
  }
  // Given name first, whatever the order of the text: "Абдыгалиулы Берика" → Берик Абдыгалиулы.
  if (roles[0] === 'surname' && roles.length > 1) {
    const space = name.indexOf(' ');
    name = `${name.slice(space + 1)} ${name.slice(0, space)}`;
  }
  return name;
}

/**
 * A full name in an oblique case right after a region's noun names the region after its namesake when the pack says so
 * (`NameRules.regionNamedAfter`): «в районе Магжана Жумабаева», «Аким района Габита Мусрепова Ерлан Сапаров».
 */
function namesRegion(ctx: ExtractContext, first: number, next: number, norm: string): boolean {
  const t = ctx.tokens;
  const rules = ctx.pack.person;
  if (next - first < 2 || !rules.regionBefore(t[first - 1]?.word) || norm === ctx.text.slice(t[first]!.start, t[next - 1]!.end) || rules.regionNamedAfter?.(t, first) !== true) return false;
  tracer?.declined('persons', t[first]!.start, t[next - 1]!.end, `a name in the genitive after «${t[first - 1]!.text}» names the place`);
  return true;
}

/** Capitalised word forms of the document (they tell a Russian surname's gender), for the name rules that read them. */
function capitalisedForms(ctx: ExtractContext): ((lower: string) => boolean) | undefined {
  if (!ctx.pack.person.readsCapitalisedForms) return undefined;
  const forms = new Set<string>();
  for (const tok of ctx.tokens) if (isCapitalized(tok)) forms.add(tok.lower);
  return (lower) => forms.has(lower);
}

function personMention(ctx: ExtractContext, first: number, next: number, norm: string): PersonMention {
  const { start, end, text } = spanOf(ctx, first, next);
  // A name already in the nominative keeps one string for its text and its norm, not two.
  return { type: 'person', start, end, text, norm: norm === text ? text : norm, key: personKey(norm) };
}

/**
 * A surname met in a full name is a person wherever else it stands alone in the document, in any
 * case and spelling ("Барак Обама" … "Обамы", "Смайылов" … "Смаилов", "Smailov's"); so is the first
 * name of a full name ("Кайсар Нурланов" … "Кайсар").
 */
export function laterSurnames(ctx: ExtractContext, rules: NameRules, found: readonly PersonMention[], taken: (i: number) => boolean): PersonMention[] {
  // Keyed by the spelling-insensitive key of the word (link/keys.ts), valued by the word as the full name writes it.
  const names = new Map<string, string>();
  // First names of full names, when known as first names: matched as they are written ("Андреа" is not "Андрей").
  const firstNames = new Map<string, string>();
  // The words of the full names, by their surname's key: the nominative of a given name met later in a case form.
  const fullNames = new Map<string, readonly string[]>();
  for (const p of found) {
    const words = p.norm.split(' ');
    if (/\.$/.test(words[0]!) || (words.length < 2 && (!rules.loneNamesRecur || words[0]!.length < 4))) continue;
    // Not a regnal number or an article-joined part: "Бенедикт XVI" recurs as Бенедикт, «Рашид Салех аль-Энези» as Салех.
    const last = words[words.length - 1]!;
    const surname = words[words.length - (words.length > 1 && (ROMAN_RE.test(last) || rules.nameTail?.(wordFor(last.toLowerCase())) === true) ? 2 : 1)]!;
    if (surname.length >= 3) names.set(personKey(surname), surname);
    if (words.length >= 2) fullNames.set(personKey(surname), words);
    if (words.length >= 2 && words[0]!.length >= 4 && rules.firstName(wordFor(words[0]!.toLowerCase()))) firstNames.set(personKey(words[0]!), words[0]!);
  }
  if (names.size === 0 && firstNames.size === 0) return [];
  const t = ctx.tokens;
  const out: PersonMention[] = [];
  // `found` is in text order: walk it alongside the tokens to skip those already inside a name.
  let f = 0;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    while (f < found.length && found[f]!.end <= tok.start) f++;
    const inside = f < found.length && found[f]!.start <= tok.start;
    if (inside || taken(i) || !isCapitalized(tok) || isAllCaps(tok)) continue;
    const key = personKey(tok.lower);
    const exact = names.get(key);
    const declined = exact === undefined ? rules.laterForm(tok.lower, names) : undefined;
    const base = exact ?? declined ?? firstNames.get(key);
    // Not a place named after the person, nor the title of a work, team or firm a short quotation opens («альбом «Жанна»»).
    // «области Абай» is a region's name, which stands in the nominative; a surname declined there is the person («Акиму Жамбылской области Сеитову»).
    if (base === undefined || placeAhead(t, i + 1, rules) || rules.placeBefore(t[i - 1]?.word) || (declined === undefined && rules.regionBefore(t[i - 1]?.word)) || quotedTitle(t, i, i + 1)) continue;
    if (declined !== undefined && rules.adjectivalSurname?.test(declined.toLowerCase()) === true && epithetForm(t, i, rules)) continue;
    // With its regnal number, as the full name had it: "Кигели V".
    const regnal = isRegnal(t, i + 1) && !taken(i + 1);
    const full = fullNames.get(personKey(base));
    // A spelling in Latin letters is its own nominative, as the original spelling in parentheses is («Larry King»).
    const latin = !isCyrillic(tok.text);
    // The first name of the same full name right before it, found alone as well: one mention («Larry King» after «Ларри Кинг»).
    const given = out[out.length - 1];
    if (!regnal && given !== undefined && full !== undefined && given.end === t[i - 1]!.end && given.start === t[i - 1]!.start && tok.spaceBefore && personKey(given.norm) === personKey(full[0]!)) {
      out[out.length - 1] = personMention(ctx, i - 1, i + 1, latin ? `${t[i - 1]!.text} ${tok.text}` : full.join(' '));
      continue;
    }
    // The person's given name before it in a case form that reads like an adjective's or a place's («Октавии Спенсер»,
    // «Хосепа Гвардиолы», «Ибрагимом Бакрауи»), which no name rule takes alone.
    if (
      !regnal &&
      (exact ?? declined) !== undefined &&
      !rules.firstName(tok.word) &&
      rules.foreignNames &&
      givenBefore(t, rules, taken, i) &&
      !(f > 0 && found[f - 1]!.end > t[i - 1]!.start) &&
      !(given !== undefined && given.end > t[i - 1]!.start) &&
      !names.has(personKey(t[i - 1]!.lower))
    ) {
      const first = full !== undefined && t[i - 1]!.text.startsWith(full[0]!.slice(0, -1)) ? full[0]! : rules.normalize([t[i - 1]!.text, tok.text], ['first', 'surname'], {})[0]!;
      out.push(personMention(ctx, i - 1, i + 1, latin ? `${t[i - 1]!.text} ${tok.text}` : `${first} ${base}`));
      continue;
    }
    out.push(personMention(ctx, particleBefore(t, rules, taken, i) ? i - 1 : i, regnal ? i + 2 : i + 1, regnal ? `${base} ${t[i + 1]!.text}` : base));
  }
  return out;
}

/**
 * A later form of a surname that declines as an adjective, that is a title's epithet or an adjective before its noun, not
 * the person named so before («Папы Римского», «Патриархом Болгарским» after «Максим Болгарский», «Тамбовского областного
 * диспансера»): a capitalised word right before it that is no given name («Анны Политковской» is her), or a lowercase
 * adjective right after it.
 */
function epithetForm(t: readonly Token[], i: number, rules: NameRules): boolean {
  const tok = t[i]!;
  const before = t[i - 1];
  const after = t[i + 1];
  return (
    (before !== undefined && !tok.sentenceStart && !before.sentenceStart && isCapitalized(before) && !rules.firstName(before.word)) ||
    (after !== undefined && isLowerWord(after) && ADJECTIVE_RE().test(after.lower))
  );
}

/**
 * Whether the capitalised word before token i, in its sentence, may be a given name in any case form: not a title, place,
 * body, adjective before its noun or known non-name («министра Ирана Зарифа», «Нобелевской Обамы»).
 */
function givenBefore(t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, i: number): boolean {
  const before = t[i - 1];
  const tok = t[i]!;
  return (
    before !== undefined &&
    !tok.sentenceStart &&
    tok.spaceBefore &&
    !taken(i - 1) &&
    caseFormNameWord(before) &&
    !before.sentenceStart &&
    // Both Cyrillic, or both Latin name words: «(Steve Irwin)» in Russian text after «Стив Ирвин».
    ((isCyrillic(before.text) && isCyrillic(tok.text)) || (LATIN_NAME_WORD_RE.test(before.text) && LATIN_NAME_WORD_RE.test(tok.text))) &&
    before.text.length >= 3 &&
    !ADJECTIVE_BEFORE_NOUN_RE().test(before.lower) &&
    // Of an adjective's endings, only a name's instrumental («Ибрагимом», «Яффой»): not «Болгарским», «Кембриджских».
    (!ADJECTIVE_RE().test(before.lower) || rules.givenCaseForm?.(before.lower) === true) &&
    // Not the title of a work, law or body a quotation opens («Закон Яровой», «Клан Сопрано»).
    !opensQuotation(t, i - 1) &&
    !rules.placeBefore(t[i - 2]?.word) &&
    !rules.regionBefore(t[i - 2]?.word) &&
    !rules.placePrepositions.has(t[i - 2]?.lower ?? '')
  );
}

/**
 * Names right after a title need no lexicon: "Облыс әкімі Дархан Сатыбалдының", "аким … Асаин Байханов".
 * `starts` are token indices right after a position mention.
 */
export function extractNamesAfterTitles(
  ctx: ExtractContext,
  taken: (i: number) => boolean,
  starts: readonly number[],
  opts: PersonOptions,
  titleRole: (i: number) => string | undefined = () => undefined,
): PersonMention[] {
  const rules = ctx.pack.person;
  const t = ctx.tokens;
  const out: PersonMention[] = [];
  const seen = starts.length > 0 ? capitalisedForms(ctx) : undefined;
  const titleCaseLines = new Map<number, boolean>();
  for (const i of starts) {
    let k = i;
    while (k < t.length && k - i < 3 && !taken(k) && isNameWord(t[k]) && isCyrillic(t[k]!.text) === ctx.pack.cyrillic && (k === i || !t[k]!.sentenceStart) && !rules.placeAfter(t[k]!.word)) k++;
    // One word is too weak in general ("аким области Абай"), but a Russian title of a person (not of a
    // region) before one plain capitalised word names a mononym ("Император Акихито", "Папа Франциск").
    // Not a word opening the next sentence or line after a title that ends one («… директор фонда\n\nПо сообщению …»).
    // Nor a word that a title's place or unit names («хранителя острова Кенгуру», «прокурор района Морено»; a surname
    // stays: «губернатор области Иванов»), or a place preposition governs («расстрелянных под Катынью»), nor the first
    // part of a compound («Средне- и Западноевропейский»).
    const single =
      k - i === 1 &&
      (rules.mononymsAfterTitles || rules.mononymAfterTitle?.(t[i]!.word) === true) &&
      !t[i]!.sentenceStart &&
      isPlainName(t[i]!) &&
      // A form of address opens the name after it, and is none ("glaciologist Dr. Yevgeny Kovalenko").
      !NAME_HONORIFICS.has(t[i]!.lower) &&
      !titleRole(i)?.startsWith('akim') &&
      (t[k]?.kind !== 'word' || t[k]!.text === t[k]!.lower) &&
      !(t[k]?.text === '-' && !t[k]!.spaceBefore) &&
      !rules.placeBefore(t[i - 1]?.word) &&
      !(rules.regionBefore(t[i - 1]?.word) && !surnameLike(t[i]!, rules)) &&
      !rules.placePrepositions.has(t[i - 1]?.lower ?? '');
    if ((k - i < 2 && !single) || placeAhead(t, k, rules, k - i === 1)) continue;
    // An English headline in title case capitalises its verbs and nouns ("Kazakh President Meets Uzbek Counterpart"):
    // no name there that the lexicon does not know. (Cyrillic headlines are in sentence case.)
    if (!ctx.pack.cyrillic && inTitleCaseLine(ctx, i, titleCaseLines)) continue;
    const idx = Array.from({ length: k - i }, (_, n) => i + n);
    const m: NameMatch = { first: i, next: k, idx, roles: rolesByPosition(idx.length) };
    extendTail(t, rules, m, taken, true);
    k = m.next;
    const norm = nominativeName(t, rules, m.idx, m.roles, rules.nameHint(t, i, k, opts.obliqueBefore, seen));
    if (namesRegion(ctx, i, k, norm)) continue;
    out.push(personMention(ctx, i, k, norm));
    // Its original Latin spelling in parentheses: «сэра Бернарда Хогана-Хау (Bernard Hogan-Howe)».
    const latinEnd = rules.namesAround && ctx.pack.cyrillic ? latinNameInParentheses(t, k, taken) : -1;
    if (latinEnd > 0) out.push(personMention(ctx, k + 1, latinEnd, ctx.text.slice(t[k + 1]!.start, t[latinEnd - 1]!.end)));
  }
  return out;
}

const MAX_NAME_BEFORE_TITLE = 3;
// Words before capitalised words that make them a body's or place's name, not a person's: "a Dublin Group,", "of Central Asia,".
const NOT_NAME_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'of', 'from', 'to']);
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  ...['in', 'at', 'on', 'by', 'for', 'from', 'with', 'to', 'after', 'before', 'during', 'since', 'until', 'under', 'despite', 'unlike', 'like', 'near', 'among', 'between'],
  ...['and', 'but', 'or', 'if', 'when', 'while', 'as', 'although', 'though', 'because', 'meanwhile', 'however', 'also', 'then', 'dear', 'the', 'this', 'that'],
]);

/**
 * A name set off by a comma before its title needs no lexicon either, in text whose pack says so
 * (LinkCues.nameInCommas): "Wael Sawan, the chief executive of Shell, said", "received Odile
 * Renaud-Basso, President of the EBRD,". `commas` are the indices of such commas. Two or three
 * Latin capitalised words of no title, place or known non-name, the whole run of capitals before
 * the comma, and not after an article or a place preposition ("the Astana Hub,", "in Central Asia,").
 */
export function extractNamesBeforeTitles(ctx: ExtractContext, taken: (i: number) => boolean, commas: readonly number[], opts: PersonOptions): PersonMention[] {
  const rules = ctx.pack.person;
  const t = ctx.tokens;
  const out: PersonMention[] = [];
  const titleCaseLines = new Map<number, boolean>();
  for (const c of commas) {
    let first = c;
    while (first > 0 && c - first < MAX_NAME_BEFORE_TITLE + 1) {
      const tok = t[first - 1]!;
      // "Halyk Bank, a co-owner of the plant,": a body's word ends no person's name.
      if (taken(first - 1) || !isPlainName(tok) || isCyrillic(tok.text) || !LATIN_NAME_WORD_RE.test(tok.text) || BODY_HEAD_RE().test(tok.lower)) break;
      first -= 1;
      if (tok.sentenceStart) break;
    }
    const count = c - first;
    const before = t[first - 1];
    if (count < 2 || count > MAX_NAME_BEFORE_TITLE || rules.inflected(t[c - 1]!.word)) continue;
    if (!t[first]!.sentenceStart && before !== undefined && (isCapitalized(before) || rules.placePrepositions.has(before.lower) || NOT_NAME_LEADS.has(before.lower))) continue;
    // A capitalised preposition or conjunction opening the sentence is no given name: "In Almaty, the city's akim,".
    if (SENTENCE_OPENERS.has(t[first]!.lower)) continue;
    if (inTitleCaseLine(ctx, first, titleCaseLines)) continue;
    const idx = Array.from({ length: count }, (_, n) => first + n);
    out.push(personMention(ctx, first, c, nominativeName(t, rules, idx, rolesByPosition(count), rules.nameHint(t, first, c, opts.obliqueBefore, undefined))));
  }
  return out;
}

/** Words this long are capitalised in a title-case line ("Meets", not "in"); most of them are in one ("Talks With China" or "Talks with China"). */
const TITLE_CASE_MIN_LETTERS = 4;
const TITLE_CASE_SHARE = 0.75;
const SENTENCE_END_RE = /[.!?…]["'”’»)]*\s*$/;

/**
 * Whether token i stands on a headline in title case: a line with no full stop at its end, most of whose longer words
 * are capitalised. `verdicts` keeps each line's answer by where it starts, for the other titles on it.
 */
function inTitleCaseLine(ctx: ExtractContext, i: number, verdicts: Map<number, boolean>): boolean {
  const t = ctx.tokens;
  const lineStart = ctx.text.lastIndexOf('\n', t[i]!.start) + 1;
  const known = verdicts.get(lineStart);
  if (known !== undefined) return known;
  const newline = ctx.text.indexOf('\n', t[i]!.start);
  const lineEnd = newline < 0 ? ctx.text.length : newline;
  let verdict = false;
  if (!SENTENCE_END_RE.test(ctx.text.slice(Math.max(lineStart, lineEnd - 4), lineEnd))) {
    let first = i;
    while (first > 0 && t[first - 1]!.start >= lineStart) first--;
    let words = 0;
    let capitalised = 0;
    for (let k = first; k < t.length && t[k]!.end <= lineEnd; k++) {
      if (t[k]!.kind !== 'word' || t[k]!.text.length < TITLE_CASE_MIN_LETTERS) continue;
      words++;
      if (isCapitalized(t[k]!)) capitalised++;
    }
    verdict = capitalised >= TITLE_CASE_SHARE * words;
  }
  verdicts.set(lineStart, verdict);
  return verdict;
}

const KIN_LIST_DEPTH = 4;

/** Token i follows a kinship noun or an age ("сын Гидеон", "два сына — Теодор", "69-летнего Гарсию"), or is listed after such a name ("Лара и Кассиа"). */
function introducedAsPerson(t: readonly Token[], kin: RegExp, conjunctions: ReadonlySet<string>, i: number, depth: number): boolean {
  const before = t[i - 1];
  if (before === undefined) return false;
  if (before.kind === 'word' && kin.test(before.text)) return true;
  // "Mr. Tokayev": an abbreviation's dot between.
  if (before.text === '.' && t[i - 2]?.kind === 'word' && t[i - 2]!.end === before.start && kin.test(t[i - 2]!.text)) return true;
  if (before.text === '—' && t[i - 2]?.kind === 'word' && kin.test(t[i - 2]!.text)) return true;
  return depth > 0 && (before.text === ',' || conjunctions.has(before.text)) && t[i - 2] !== undefined && isCapitalized(t[i - 2]!) && introducedAsPerson(t, kin, conjunctions, i - 2, depth - 1);
}

const MAX_LATIN_NAME_WORDS = 5;
// A Latin name word, with capitals inside or hyphenated parts: "Larry", "McAfee", "Díaz-Canel", "O'Neil".
const LATIN_NAME_WORD_RE = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’]+(?:-?[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’]+)*$/;
// Lowercase particles inside a Latin name: "Christian von Boetticher", "Meijer de Haan".
const LATIN_NAME_PARTICLES = new Set(['de', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'dos', 'das', 'bin', 'ibn', 'ben']);
// What may end a Latin name: "Ken Cockrel Jr.", "Theodoros II".
const LATIN_NAME_SUFFIX_RE = /^(?:Jr|Sr|II|III|IV)$/;

/**
 * End (exclusive) of a Latin name filling the parentheses that open at k ("Брендт Кристенсен (Brendt Christensen)"), or -1:
 * capitalised words with initials and particles inside ("John S. Pistole", "Jost de Jager") and a suffix at the end.
 */
function latinNameInParentheses(t: readonly Token[], k: number, taken: (i: number) => boolean): number {
  if (t[k]?.text !== '(') return -1;
  let e = k + 1;
  let words = 0;
  while (e < t.length && words < MAX_LATIN_NAME_WORDS && !taken(e) && t[e]!.kind === 'word') {
    const w = t[e]!.text;
    if (LATIN_NAME_WORD_RE.test(w)) e++;
    else if (words > 0 && INITIAL_RE.test(w) && !isCyrillic(w) && t[e + 1]?.text === '.') e += 2;
    else if (words > 0 && LATIN_NAME_PARTICLES.has(w) && LATIN_NAME_WORD_RE.test(t[e + 1]?.text ?? '')) e += 2;
    else break;
    words++;
  }
  if (words > 0 && LATIN_NAME_SUFFIX_RE.test(t[e]?.text ?? '')) e++;
  const close = t[e]?.text === '.' ? e + 1 : e;
  return words > 0 && t[close]?.text === ')' ? e : -1;
}

const OPENING_QUOTES = new Set(['«', '“', '„', '"']);
const CLOSING_QUOTES = new Set(['»', '”', '“', '"']);
// A name in quotes with at most this many tokens after it before the quote closes is a title.
const QUOTED_TITLE_TAIL = 4;

/** Whether a quotation mark opens right before token k: a straight one only when it touches k (`"Газпрома" Станислав` closes). */
const opensQuotation = (t: readonly Token[], k: number): boolean => OPENING_QUOTES.has(t[k - 1]?.text ?? '') && !(t[k - 1]!.text === '"' && t[k]!.spaceBefore);

/** A name that opens a short quotation is the title of a work, brand or body: «Томирис», «Абай жолы», «Алтай балы». */
function quotedTitle(t: readonly Token[], first: number, next: number): boolean {
  if (!opensQuotation(t, first)) return false;
  for (let k = next; k < t.length && k - next <= QUOTED_TITLE_TAIL; k++) {
    if (CLOSING_QUOTES.has(t[k]!.text)) return true;
    if (t[k]!.sentenceStart) return false;
  }
  return false;
}

/** A capitalised adjective before one capitalised word makes them a name of a place or body: "Ұлттық Ұлан", "Нижнем Новгороде". */
const capitalisedAdjectiveBefore = (t: readonly Token[], first: number): boolean => {
  const before = t[first - 1];
  return before !== undefined && before.kind === 'word' && isCapitalized(before) && ADJECTIVE_RE().test(before.lower) && !t[first]!.sentenceStart;
};

// Words that may stand between a one-word name and the place noun that makes it a place: an honorific
// ("Өтеген батыр кенті", "Төле би ауданы", "Киров су қоймасы") and, for one word, a list of such names
// ("Махамбет, Индер және Исатай аудандары", "Байтұрсынов пен Қонаев көшелері"). A full name is not
// looked past a comma or another name: "Айдар Ибраев пен Жаңасемей ауданы", bylines ending in a region.
const PLACE_LOOKAHEAD = 8;

/** Whether the tokens from k on make the capitalised word(s) before them a place or body named after someone. */
function placeAhead(t: readonly Token[], k: number, rules: NameRules, oneWord = true): boolean {
  const honorifics = PLACE_HONORIFICS();
  const glue = PLACE_LIST_GLUE();
  for (let n = 0; n < PLACE_LOOKAHEAD && k < t.length; n++, k++) {
    const tok = t[k]!;
    if (rules.placeAfter(tok.word)) return true;
    if (honorifics.has(tok.lower)) continue;
    // Past a list's comma or conjunction and the capitalised word after it.
    if (!oneWord || !glue.has(tok.lower) || !isCapitalized(t[k + 1] ?? tok) || t[k + 1]!.sentenceStart) return false;
    k++;
  }
  return false;
}

/**
 * Whether a conjunction joins tokens [first, next) to a known place mid-sentence on either side («Астаны и Кайрата»,
 * «Кайрата и Астаны»); not a comma, which also ends a clause («сборной России и Португалии, Юрий приезжал»).
 */
function listedWithPlace(t: readonly Token[], rules: NameRules, first: number, next: number): boolean {
  const glue = rules.nameListConjunctions ?? NO_CONJUNCTIONS;
  const placeAt = (k: number): boolean => {
    const tok = t[k];
    return tok !== undefined && tok.kind === 'word' && !tok.sentenceStart && isCapitalized(tok) && isNotName(tok.word);
  };
  return (glue.has(t[first - 1]?.lower ?? '') && placeAt(first - 2)) || (glue.has(t[next]?.lower ?? '') && placeAt(next + 1));
}

const isLowerWord = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'word' && tok.text === tok.lower;
const ROMAN_RE = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/**
 * A regnal number after a name ("Бенедикт XVI", "Charles III"): a Roman numeral standing apart, not an
 * initial («Иван I. Петров» has a surname after its dot inside the sentence).
 */
const isRegnal = (t: readonly Token[], k: number): boolean => {
  const tok = t[k];
  if (tok === undefined || tok.kind !== 'word' || !tok.spaceBefore) return false;
  const c = tok.text.charCodeAt(0);
  // I, V, X: the first character decides for nearly every word before the expression runs.
  if ((c !== 73 && c !== 86 && c !== 88) || !ROMAN_RE.test(tok.text)) return false;
  const after = t[k + 2];
  return !(t[k + 1]?.text === '.' && after !== undefined && isCapitalized(after) && !after.sentenceStart);
};

/**
 * An initial with its dot at k, in the script of the name before it (the dot of one before it opens no sentence); the
 * second may follow the first's dot without a space («Токаевым К.К.»).
 */
const initialsAt = (t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, k: number, cyrillic: boolean, second: boolean): boolean =>
  t[k] !== undefined &&
  !taken(k) &&
  (!t[k]!.sentenceStart || t[k - 1]?.text === '.') &&
  (t[k]!.spaceBefore || second) &&
  isInitial(t[k]!.text, rules) &&
  isCyrillic(t[k]!.text) === cyrillic &&
  t[k + 1]?.text === '.';

/** How many initials (at most two) follow a surname from k; none when a capitalised word after them is their surname («Портрет А. П. Остроумовой»). */
function trailingInitials(t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, k: number, cyrillic: boolean): number {
  let n = 0;
  while (n < 2 && initialsAt(t, rules, taken, k + 2 * n, cyrillic, n > 0)) n++;
  return n > 0 && isNameWord(t[k + 2 * n]) && t[k + 2 * n]!.spaceBefore && isCyrillic(t[k + 2 * n]!.text) === cyrillic ? 0 : n;
}

/**
 * A name goes on through a regnal number and an article-joined last part: "Бенедикта XVI", "Абу Мусаб аз-Заркауи".
 * `afterTitle`: a title stands before it, so one word is a name already and goes on through its particles too («шейх Хамад
 * бен Джасем Аль Тани»); without one, a lone word before «де» may be a body's or a work's name.
 */
function extendTail(t: readonly Token[], rules: NameRules, m: NameMatch, taken: (i: number) => boolean, afterTitle = false): void {
  // Initials after a lone surname, as in documents: «губернатора Михальчука И. Ф.».
  if (m.roles.length === 1 && m.roles[0] === 'surname') {
    for (let n = trailingInitials(t, rules, taken, m.next, isCyrillic(t[m.first]!.text)); n > 0; n--) {
      m.idx.push(m.next);
      m.roles.push('initial');
      m.next += 2;
    }
  }
  // A name of two words or more goes on through its particles, each with the name word after it: «Хамад бен Халифа Аль
  // Тани», «Кристина Фернандес де Киршнер»; past a word between two particles too («ибн Абдель Азиз Аль Сауд»).
  while (m.idx.length >= (afterTitle ? 1 : 2)) {
    const between = m.roles.includes('particle') && particleNameAt(t, taken, m.next) && particleAt(t, taken, m.next + 1) ? 1 : 0;
    const k = m.next + between;
    if (!particleAt(t, taken, k)) break;
    // A whole name before a particle that is also the language's «and» ends there: «Асқар Тоқаев бен Болат Ахметов» are two.
    if (m.idx.length >= 2 && rules.placeListConjunctions?.includes(t[k]!.text) === true) break;
    // One word before a particle is the given name, not a surname put first.
    if (m.idx.length === 1) m.roles[0] = 'first';
    for (let n = m.next; n <= k + 1; n++) {
      m.idx.push(n);
      m.roles.push(n === k ? 'particle' : 'surname');
    }
    m.next = k + 2;
  }
  // A second surname after the particle's, ending the name: «Антониу Мануэл ди Оливейра Гутерреш», «Эузебиу да Силва Феррейра»
  // (NEREL train 3 of 3 whole). Not after a particle that is also the language's «and» (Kazakh «бен»: «Асқар бен Болат Серіков»).
  const particle = m.roles.length >= 2 && m.roles[m.roles.length - 2] === 'particle' ? t[m.idx[m.idx.length - 2]!]!.text : undefined;
  if (
    particle !== undefined &&
    m.roles[m.roles.length - 1] === 'surname' &&
    rules.placeListConjunctions?.includes(particle) !== true &&
    particleNameAt(t, taken, m.next) &&
    !(isNameWord(t[m.next + 1]) && t[m.next + 1]!.spaceBefore)
  ) {
    m.idx.push(m.next);
    m.roles.push('surname');
    m.next++;
  }
  // «Сабах аль-Ахмед аль-Джабер ас-Сабах»: as many as there are.
  while (isFree(t, taken, m.next) && t[m.next]!.spaceBefore && rules.nameTail?.(t[m.next]!.word) === true) {
    m.idx.push(m.next);
    m.roles.push('particle');
    m.next++;
  }
  // «Асқар Ұзақбай ұлы»: the patronymic's noun after a father's given name, bare (not a surname's shape: «Тоқаев ұлы тұлға»
  // calls him great).
  const last = t[m.idx[m.idx.length - 1]!]!;
  if (
    m.idx.length >= 2 &&
    m.next === m.idx[m.idx.length - 1]! + 1 &&
    isFree(t, taken, m.next) &&
    t[m.next]!.spaceBefore &&
    rules.patronymicApart?.(t[m.next]!.word) === true &&
    !rules.inflected(last.word) &&
    !rules.surnameShape(last)
  ) {
    m.idx.push(m.next);
    m.roles.push('patronymic');
    m.next++;
  }
  if (isFree(t, taken, m.next) && isRegnal(t, m.next)) {
    m.idx.push(m.next);
    m.roles.push('particle');
    m.next++;
    // A name word after the number is the monarch's too: «Карл XVI Густав», «Йюхи V Мусинги» (NEREL train 5 of 5 whole).
    const after = t[m.next];
    // In Latin script only a known given name: "Under Peter I Russia became …", "Louis XIV France" name a country after him.
    const cyrillic = isCyrillic(t[m.first]!.text);
    if (isFree(t, taken, m.next) && isPlainName(after!) && after!.spaceBefore && isCyrillic(after!.text) === cyrillic && (cyrillic || rules.firstName(after!.word))) {
      m.idx.push(m.next);
      m.roles.push('surname');
      m.next++;
    }
  }
}

/** A name word at k in the sentence by `isName`, free, in the script of the word before it. */
const nameWordAt = (t: readonly Token[], taken: (i: number) => boolean, k: number, isName: (tok: Token) => boolean): boolean =>
  isFree(t, taken, k) && isName(t[k]!) && t[k]!.spaceBefore && isCyrillic(t[k]!.text) === isCyrillic(t[k - 1]!.text);

/** A plain capitalised name word at k in the sentence, free, in the script of the word before it. */
const particleNameAt = (t: readonly Token[], taken: (i: number) => boolean, k: number): boolean => nameWordAt(t, taken, k, isPlainName);

/**
 * A free name particle at k with a name word after it («бен Халифа», «Аль Тани»): after a particle an adjective's ending is
 * a name's too («бен Джасем»).
 */
const particleAt = (t: readonly Token[], taken: (i: number) => boolean, k: number): boolean => isFree(t, taken, k) && NAME_PARTICLES().has(t[k]!.text) && nameWordAt(t, taken, k + 1, caseFormNameWord);

/**
 * A lowercase name particle right before a lone name word at i is the name's: «фон Беттихер», «де Ниро» (NEREL train 5 of 5
 * take it in, none leaves it out). Only the document language's own particles: Kazakh «да», «де» (also) close the word
 * before them.
 */
const particleBefore = (t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, i: number): boolean => {
  const p = t[i - 1];
  return p !== undefined && !taken(i - 1) && t[i]!.spaceBefore && p.text === p.lower && rules.nameParticles?.includes(p.text) === true;
};

/**
 * A known first name at k: after an unknown word opening a sentence and a surname, it makes the surname the first word of a
 * name written surname first («Бұйрық Сапаров Марат Ержанұлына»: the order goes to Sapar Marat), not the unknown word's.
 */
const firstNameAt = (t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, k: number): boolean => isFree(t, taken, k) && isNameWord(t[k]) && rules.firstName(t[k]!.word);

/** Roles of name words known only by their order: "Name Surname", "Name Middle Surname", a lone surname. */
function rolesByPosition(count: number): NameRole[] {
  return Array.from({ length: count }, (_, n): NameRole => (n === count - 1 ? 'surname' : n === 0 ? 'first' : 'patronymic'));
}

interface NameMatch {
  first: number;
  next: number;
  /** Token indices of the name words (initials without their dots). */
  idx: number[];
  roles: NameRole[];
}

/**
 * Whether the first name at k is the surname of the first name at i: not when it is the first name of a surname after
 * it («Петра Андрея Волкова») or the one at i names a region («области Абай Берик Уали»), nor when the two stand in
 * different cases («Марины Дмитрий»).
 */
function firstAsSurname(t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, i: number, k: number): boolean {
  const after = t[k + 1];
  if (isNameWord(after) && isFree(t, taken, k + 1) && (surnameLike(after, rules) || rules.regionBefore(t[i - 1]?.word))) return false;
  // Without a test of agreement, a first name with a case ending is the whole name ("Сапарға Жанар …": to Sapar).
  return rules.firstNamesAgree?.(t[i]!.lower, t[k]!.lower) ?? !rules.inflected(t[i]!.word);
}

/** A capitalised word before a first name that is no place or body in the genitive, by its ending («Ларс Питер Хансен»). */
const nominativeForeignFirst = (rules: NameRules, tok: Token): boolean => isPlainName(tok) && !INFLECTED_COMMON_NOUN_RE().test(tok.lower) && rules.nominativeForeignFirst?.(tok.lower) === true;

/** Token k exists, is not taken, and continues the sentence. */
const isFree = (t: readonly Token[], taken: (i: number) => boolean, k: number): boolean => !taken(k) && !(t[k]?.sentenceStart ?? true);

function matchAt(ctx: ExtractContext, rules: NameRules, i: number, taken: (i: number) => boolean, midSentence: ReadonlySet<string>): NameMatch | undefined {
  const t = ctx.tokens;
  const tok = t[i]!;
  if (!isCapitalized(tok)) return undefined;
  // Initials: "Д. Ускумбаева", "Д.ҚАЗИХАН", "Н. Ә. Назарбаев"
  if (isInitial(tok.text, rules) && t[i + 1]?.text === '.') {
    const abbreviation = (a: number): boolean => DOTTED_ABBREVIATIONS().has(`${t[a]?.text ?? ''}.${t[a + 2]?.text ?? ''}`) && t[a + 3]?.text === '.';
    if (abbreviation(i) || (t[i - 1]?.text === '.' && abbreviation(i - 2))) {
      tracer?.declined('persons', tok.start, t[i + 1]!.end, 'a letter of an abbreviation written with dots, not an initial');
      return undefined;
    }
    const idx = [i];
    let k = i + 2;
    // «К.-Ж. Токаев»: the initials of a hyphenated first name.
    if (t[k]?.text === '-' && !t[k]!.spaceBefore && isInitial(t[k + 1]?.text ?? '', rules) && t[k + 2]?.text === '.') k += 1;
    if (isInitial(t[k]?.text ?? '', rules) && t[k + 1]?.text === '.') {
      idx.push(k);
      k += 2;
    }
    const sur = t[k];
    // The initials and the surname in one script: «группе E. Следующий» is a list letter.
    if (isNameWord(sur) && !taken(k) && sur.text.length > 2 && isCyrillic(tok.text) === isCyrillic(sur.text)) {
      return { first: i, next: k + 1, idx: [...idx, k], roles: [...idx.map((): NameRole => 'initial'), 'surname'] };
    }
    tracer?.declined('persons', tok.start, t[k - 1]!.end, 'initials with no free surname after them');
    return undefined;
  }
  if (tok.text.length > 1 && isNotName(tok.word)) {
    tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» is never a name (built-in list of words that are not names)`);
    return undefined;
  }
  if (!isNameWord(tok)) return undefined;
  // A short word in capitals before a capitalised word is an abbreviation, not a name: «ведущий КВН Масляков», «главы РЖД Якунина».
  const next1 = t[i + 1];
  if (isAllCaps(tok) && tok.text.length <= ABBREVIATION_MAX && next1 !== undefined && isCapitalized(next1) && !isAllCaps(next1) && !rules.firstName(tok.word)) {
    tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» in capitals before a name is an abbreviation`);
    return undefined;
  }
  // «округа Чарльз» is a place, but a unit's noun may end a title before a full name: «командующий войсками округа Александр
  // Постников», «акиме села Серике Омарове»; and a street or square named after a person with a given name and surname
  // names that person («на улице Динмухамеда Кунаева»).
  const before = t[i - 1]?.word;
  if (rules.placeBefore(before) && !(isNameWord(next1) && !next1.sentenceStart && surnameLike(next1, rules) && (rules.regionBefore(before) || rules.firstName(tok.word)))) {
    tracer?.declined('persons', tok.start, tok.end, `«${t[i - 1]!.text}» before it makes it a place`);
    return undefined;
  }
  // A Kazakh news anchor addressing a reporter: "Қайырлы күн, Бірлік!", "Сағыныш, сіз эфирдесіз".
  if (rules.vocativeAt(t, i) && !isAllCaps(tok)) return { first: i, next: i + 1, idx: [i], roles: ['first'] };
  // A capitalised word before two initials is a surname, as documents write it: «Михальчука И. Ф.» (extendTail adds them);
  // an adjective's ending is no bar there («у Ким Н. В.», «Цой С. М.»).
  if ((isPlainName(tok) || (isCapitalized(tok) && tok.text.length > 1 && mayBeSurnameByPlace(tok) && !isNotName(tok.word))) && trailingInitials(t, rules, taken, i + 1, isCyrillic(tok.text)) === 2)
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  // Before a first name and a patronymic, a capitalised word of any shape is the surname put first, as lists and court
  // reports write Korean, German and other surnames: «Ким Олег Викторович», «Шмидтом Андреем Викторовичем». Not a first
  // name, which is another person («Отец Максима Игорь Сергеевич»), unless an East Asian family name; opening a sentence,
  // only a surname's shape («Сегодня Ерлан Маратович» is no name). An adjective's ending is no bar («Ким», «Цой»).
  if (
    isNameWord(t[i + 2]) &&
    (isPatronymic(rules, t[i + 2]!.lower) || rules.surnamedPatronymic?.test(t[i + 2]!.lower) === true) &&
    isNameWord(next1) &&
    isFree(t, taken, i + 1) &&
    isFree(t, taken, i + 2) &&
    rules.firstName(next1.word) &&
    mayBeSurnameByPlace(tok) &&
    // Not a place or body before a full name: «в Косово Оливер Иванович», «города Орска Юрий Васильевич Бондарев».
    !rules.placePrepositions.has(t[i - 1]?.lower ?? '') &&
    !BODY_HEAD_RE().test(tok.lower) &&
    rules.surnameFirstAgrees?.(tok.lower, t[i + 2]!.lower) !== false &&
    !(isNameWord(t[i + 3]) && !t[i + 3]!.sentenceStart) &&
    (rules.familyFirst?.(tok.word) === true || (!rules.firstName(tok.word) && (!tok.sentenceStart || rules.surnameShape(tok))))
  )
    return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['surname', 'first', 'patronymic'] };
  // Before a patronymic made of a known father's name, a capitalised word outside the lexicon is a first name, whatever its
  // shape («Кулян Ахметовны», «Меиржана Ахметовича»: a surname never stands there; «Верховной» is no patronymic), with the
  // surname after them if any («Володимир Борисович Гройсман»).
  // A Turkic father's name between two such words is one too, when a surname's shape follows («Дауренбек Тлеубергенулы
  // Мухамеджанов»); alone after a word it is that person's surname («Әсел Нұрланқызы»), which the rules below read.
  const surnameAfterTurkic = t[i + 2];
  if (
    isPlainName(tok) &&
    !rules.firstName(tok.word) &&
    isNameWord(next1) &&
    isFree(t, taken, i + 1) &&
    rules.surnamedPatronymic?.test(next1.lower) === true &&
    isNameWord(surnameAfterTurkic) &&
    !surnameAfterTurkic.sentenceStart &&
    isFree(t, taken, i + 2) &&
    surnameLike(surnameAfterTurkic, rules)
  )
    return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['first', 'patronymic', 'surname'] };
  if (isPlainName(tok) && !rules.firstName(tok.word) && isNameWord(next1) && isFree(t, taken, i + 1) && rules.patronymicOfKnownName?.(next1.lower) === true) {
    const sur = t[i + 2];
    if (isNameWord(sur) && isFree(t, taken, i + 2) && (surnameLike(sur, rules) || (isPlainName(sur) && !rules.firstName(sur.word))))
      return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['first', 'patronymic', 'surname'] };
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'patronymic'] };
  }
  if (rules.familyFirst?.(tok.word) === true && !isAllCaps(tok)) {
    const family = familyName(t, rules, taken, i);
    if (family !== undefined) return family;
  }
  if (rules.firstName(tok.word)) {
    const idx = [i];
    const roles: NameRole[] = ['first'];
    let k = i + 1;
    // A Turkic father's name counts only before a surname («Айгерим Нурланкызы Абенова»; «Айгерим Нурланкызы» is her surname).
    if (
      isNameWord(t[k]) &&
      isFree(t, taken, k) &&
      (isPatronymic(rules, t[k]!.lower) || (rules.surnamedPatronymic?.test(t[k]!.lower) === true && isNameWord(t[k + 1]) && isFree(t, taken, k + 1) && surnameLike(t[k + 1]!, rules)))
    ) {
      idx.push(k);
      roles.push('patronymic');
      k += 1;
    }
    // Nobiliary and Arabic particles belong to the name: "Людвиг ван Бетховен", "Шарль де Голль", "Абдалла ибн Саид", two of
    // them too: «Урсула фон дер Ляйен», "Johannes van der Meer".
    const listed = rules.listingEnclitics?.has(t[k]?.text ?? '') === true && rules.listingEnclitics.has(t[k + 2]?.text ?? '');
    const particles = NAME_PARTICLES().has(t[k]?.text ?? '') && !listed ? (NAME_PARTICLES().has(t[k + 1]?.text ?? '') ? 2 : 1) : 0;
    if (particles > 0 && isNameWord(t[k + particles]) && isFree(t, taken, k) && isFree(t, taken, k + particles - 1) && isFree(t, taken, k + particles)) {
      for (let p = 0; p < particles; p++) {
        idx.push(k);
        roles.push('particle');
        k += 1;
      }
    }
    // A regnal number is no surname: extendTail takes it and the name after it («Карл XVI Густав»).
    const sur = isRegnal(t, k) ? undefined : t[k];
    if (roles[roles.length - 1] === 'patronymic' && rules.shapedSurnameAfterPatronymic === true) {
      if (isNameWord(sur) && isFree(t, taken, k) && surnameLike(sur, rules)) {
        idx.push(k);
        roles.push('surname');
        k += 1;
      }
    } else if (
      roles[roles.length - 1] === 'particle' ||
      (isNameWord(sur) && isFree(t, taken, k) && (!rules.firstName(sur.word) || (rules.firstNameAsSurname && firstAsSurname(t, rules, taken, i, k)))) ||
      (isNameWord(sur) && isFree(t, taken, k) && surnameLike(sur, rules))
    ) {
      idx.push(k);
      roles.push('surname');
      k += 1;
      // A foreign name of three words: the word read as the surname is a middle name when a plain capitalised word follows
      // and it has no surname's shape itself («Реджеп Тайип Эрдоган», «Хосе Луис Бонет»).
      // (Nouns in the instrumental end like adjectives in the prepositional: «с Реджепом Тайипом Эрдоганом».)
      const third = t[k];
      const instrumental = (x: Token | undefined): boolean => x !== undefined && rules.instrumentalNoun?.test(x.lower) === true && isCapitalized(x) && !isNotName(x.word) && !isTitleWord(x.word);
      const allInstrumental = instrumental(tok) && instrumental(sur) && instrumental(third);
      if (
        roles.length === 2 &&
        (isPlainName(sur!) || allInstrumental) &&
        !surnameLike(sur!, rules) &&
        isNameWord(third) &&
        (rules.foreignNames || rules.threeWordsByCase?.(sur!.word, third.word) === true) &&
        // A first name in another case starts the next name: «Бориса Березовского Екатерина»; so does one with a
        // capitalised word after it («врач Хиллари Клинтон Лиза Бардек»).
        (!rules.firstName(third.word) || ((rules.firstNamesAgree?.(tok.lower, third.lower) ?? true) && !isNameWord(t[k + 1]))) &&
        isFree(t, taken, k) &&
        (isPlainName(third) || allInstrumental) &&
        third.spaceBefore &&
        isCyrillic(third.text) &&
        !placeAhead(t, k + 1, rules, false)
      ) {
        roles[1] = 'patronymic';
        idx.push(k);
        roles.push('surname');
        k += 1;
      }
    } else if (isNameWord(sur) && isFree(t, taken, k) && isAllCaps(sur)) {
      idx.push(k);
      roles.push('surname');
      k += 1;
    }
    // A lone first name before the capitalised head of a body's name is part of that name: "Иран Ислам Республикасы", "Абай Университеті";
    // so it is before a capitalised word that is never a name ("Kazakhstan Temir Zholy", the railway).
    if (idx.length === 1 && t[k] !== undefined && isCapitalized(t[k]!) && !t[k]!.sentenceStart && (BODY_HEAD_RE().test(t[k]!.lower) || isNotName(t[k]!.word))) {
      tracer?.declined('persons', tok.start, tok.end, `a lone first name before «${t[k]!.text}» is part of the name of a body`);
      return undefined;
    }
    // A lone first name after a place preposition is a place: «на Алтае», «в Исе».
    if (idx.length === 1 && rules.placePrepositions.has(t[i - 1]?.lower ?? '')) {
      tracer?.declined('persons', tok.start, tok.end, `a lone first name after the place preposition «${t[i - 1]!.text}»`);
      return undefined;
    }
    // A lone first name at a sentence start is too often an ordinary word ("Бақыт", "Вера"); Kazakh
    // names with a case ending ("Абайдың") or outside the list of such words are names, as is one after «им.» (no sentence start).
    if (idx.length === 1 && tok.sentenceStart && rules.mayBeCommonWord(tok.lower) && !isRegnal(t, k) && rules.namesakeAbbreviated?.(t, i) !== true) {
      tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» is a common word at sentence start (a first name alone there is not taken)`);
      return undefined;
    }
    return { first: i, next: k, idx, roles };
  }
  const next = t[i + 1];
  const nextIsFirst = isNameWord(next) && isFree(t, taken, i + 1) && rules.firstName(next.word);
  const patronymicAfter = isNameWord(t[i + 2]) && isFree(t, taken, i + 2) && isPatronymic(rules, t[i + 2]!.lower);
  // A surname after the patronymic closes a full name there, and the word before is another's («Адвокат Сыздыкова Инна
  // Сергеевна Мирошниченко»: the client's genitive).
  const surnameAfterPatronymic = patronymicAfter && isNameWord(t[i + 3]) && !t[i + 3]!.sentenceStart && isFree(t, taken, i + 3) && !rules.firstName(t[i + 3]!.word);
  // (Not before a surname: then the first name starts the next name, "Института Пушкина Виталий Костомаров".) Before a
  // first name and a patronymic, a surname in any case: «Освободить Касенову Алию Жомартовну».
  if (
    nextIsFirst &&
    !surnameAfterPatronymic &&
    tok.text.length >= MIN_SURNAME_LEN &&
    ((SURNAME_RE().test(tok.lower) && !(isNameWord(t[i + 2]) && isFree(t, taken, i + 2) && !patronymicAfter)) || (patronymicAfter && rules.surnameShape(tok)))
  ) {
    // Surname first, as in lists and documents: "Иванов Иван Иванович", "Абдыгалиулы Берика".
    if (patronymicAfter) return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['surname', 'first', 'patronymic'] };
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['surname', 'first'] };
  }
  // A capitalised genitive before a first name and a surname is not part of the name: "Австралии Кевин Радд". A foreign
  // first name ending in a consonant is no genitive, and three words make the name: «Тоомас Хендрик Ильвес».
  if (nextIsFirst && isNameWord(t[i + 2]) && isFree(t, taken, i + 2) && !(rules.foreignNames && nominativeForeignFirst(rules, tok))) return undefined;
  // Two or three capitalised words inside a sentence, none of them an adjective or a known non-name: a foreign name ("Лионель Месси", "Ким Чен Ын").
  // Kazakh writes organisations and places the same way ("Нұр Отан", "Біріккен Ұлттар Ұйымы"), so not every language has it.
  if (
    rules.foreignNames &&
    !tok.sentenceStart &&
    !rules.placePrepositions.has(t[i - 1]?.lower ?? '') &&
    isPlainName(tok) &&
    // «Мать Тереза», «Отец Александр»: a kinship noun, capitalised as a title, introduces the name.
    rules.kinBefore?.test(tok.lower) !== true &&
    // «Университета Питтсбурга», «Организация Договора»: a body's capitalised head names the body, not a person.
    !BODY_HEAD_RE().test(tok.lower) &&
    isNameWord(next) &&
    isFree(t, taken, i + 1) &&
    isPlainName(next) &&
    next.spaceBefore &&
    isCyrillic(tok.text) &&
    isCyrillic(next.text) &&
    rules.unknownFirstBefore?.(tok.lower, next.lower) !== false
  ) {
    let k = i + 2;
    if (isNameWord(t[k]) && isFree(t, taken, k) && isPlainName(t[k]!) && isCyrillic(t[k]!.text)) k++;
    // (After a word, as a title: «губернатор Техаса», «Губернатор Техаса» opening a sentence.)
    if (k - i === 3 && t[i - 1]?.kind === 'word' && (isLowerWord(t[i - 1]) || t[i - 1]!.sentenceStart) && rules.ownerGenitive?.(tok.lower, next.lower) === true) {
      tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» is a place or body in the genitive before the name «${next.text} ${t[i + 2]!.text}»`);
      return undefined;
    }
    if (!placeAhead(t, k, rules, false)) {
      const idx = k - i === 2 ? [i, i + 1] : [i, i + 1, i + 2];
      return { first: i, next: k, idx, roles: rolesByPosition(idx.length) };
    }
  }
  // A foreign name whose words end like an adjective's or a place's case forms, in agreeing cases: «Милы Кунис», «Джейкоба Зумы».
  if (
    rules.foreignNames &&
    !tok.sentenceStart &&
    !rules.placePrepositions.has(t[i - 1]?.lower ?? '') &&
    caseFormNameWord(tok) &&
    !capitalisedAdjectiveBefore(t, i) &&
    !ADJECTIVE_BEFORE_NOUN_RE().test(tok.lower) &&
    !opensQuotation(t, i) &&
    caseFormNameWord(next) &&
    isFree(t, taken, i + 1) &&
    next.spaceBefore &&
    isCyrillic(tok.text) &&
    isCyrillic(next.text) &&
    rules.obliqueForeignName?.(tok.lower, next.lower) === true &&
    !isNameWord(t[i + 2]) &&
    !placeAhead(t, i + 2, rules, false)
  ) {
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'surname'] };
  }
  // The one capitalised word after «имени» is the namesake, whatever its shape: «НИИ имени Склифосовского», «имени Аль-Фараби»,
  // «им. Репина» (whose dot the tokenizer took for a sentence's end); but not a noun with a body's or an abstract noun's
  // genitive ending («имени Конституции», «имени Дружбы», «имени Единства»).
  if (
    ((rules.namesakeBefore?.has(t[i - 1]?.lower ?? '') === true && !tok.sentenceStart) || rules.namesakeAbbreviated?.(t, i) === true) &&
    mayBeSurnameByPlace(tok) &&
    !(isNameWord(next) && !next.sentenceStart) &&
    !NAME_PARTICLES().has(next?.text ?? '')
  )
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  // A family named by its surname after a plural kinship noun: «супруги Ивановы», «братьев Кличко», «семье Романовых»; not
  // one opening a short quotation, a work's title («Братья Карамазовы»).
  if (
    rules.familyBefore?.has(t[i - 1]?.lower ?? '') === true &&
    !quotedTitle(t, i - 1, i + 1) &&
    !tok.sentenceStart &&
    isCapitalized(tok) &&
    !isAllCaps(tok) &&
    isCyrillic(tok.text) &&
    rules.familySurname?.test(tok.lower) === true &&
    !(isNameWord(next) && !next.sentenceStart)
  )
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  // A capitalised word a kinship noun or an age introduces, and the names listed after it: "две дочери Лара и Кассиа", "69-летнего Гарсию".
  const kin = rules.kinBefore;
  if (kin !== undefined && !tok.sentenceStart && isPlainName(tok) && introducedAsPerson(t, kin, rules.nameListConjunctions ?? NO_CONJUNCTIONS, i, KIN_LIST_DEPTH)) {
    // The second word may end like a place's genitive when it has a surname's shape: «әріптесім Дәуренбек Бақдәулетұлы».
    const two = isNameWord(next) && isFree(t, taken, i + 1) && (isPlainName(next) || surnameLike(next, rules)) && next.spaceBefore;
    return two ? { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'surname'] } : { first: i, next: i + 1, idx: [i], roles: ['first'] };
  }
  // Two capitalised nouns in the instrumental are a first name and a surname ("с Саймоном Бреннером"): adjectives end in -ым/-им there.
  // After a place preposition they are adjectives in the prepositional case («в Новом Городском театре»).
  const instrumental = rules.instrumentalNoun;
  if (
    instrumental !== undefined &&
    !tok.sentenceStart &&
    !rules.placePrepositions.has(t[i - 1]?.lower ?? '') &&
    instrumental.test(tok.lower) &&
    isNameWord(next) &&
    isFree(t, taken, i + 1) &&
    instrumental.test(next.lower) &&
    isCyrillic(tok.text) &&
    isCyrillic(next.text) &&
    !isNotName(next.word)
  ) {
    // A third one is the surname and the second a middle name: «с Реджепом Тайипом Эрдоганом».
    const third = t[i + 2];
    if (isNameWord(third) && isFree(t, taken, i + 2) && third.spaceBefore && instrumental.test(third.lower) && isCyrillic(third.text) && !isNotName(third.word))
      return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['first', 'patronymic', 'surname'] };
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'surname'] };
  }
  // A foreign first name and surname joined by a particle: "Людвига ван Бетховена", "Шарля де Голля"; either may end like
  // an adjective there («Тамим бен Хамад», «Хамад бен Джасем»).
  if (rules.foreignNames && !tok.sentenceStart && caseFormNameWord(tok) && isCyrillic(tok.text) && particleAt(t, taken, i + 1)) {
    return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['first', 'particle', 'surname'] };
  }
  // A capitalised word that acts ("Мадонна сообщила", "Мхитарян провел") is a person.
  if (
    next !== undefined &&
    next.kind === 'word' &&
    next.text === next.lower &&
    rules.actsAsPerson(tok.lower, next.lower, t[i - 1]) &&
    (!tok.sentenceStart || midSentence.has(tok.lower)) &&
    isPlainName(tok) &&
    isCyrillic(tok.text) &&
    !rules.placePrepositions.has(t[i - 1]?.lower ?? '')
  ) {
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  }
  // An unknown first name before a surname: "Асаин Байханов", "Жаслан Мадиев"; at a sentence start
  // only a name that is also a common word ("Бірлік Берікұлы") or that the text capitalises mid-sentence
  // too, not any capitalised word ("Кеше Тоқаев").
  // A Kazakh given name is known by its last element even outside the lexicon ("Сәдібек", "Нұржан"): then any surname follows.
  if (
    isNameWord(next) &&
    isFree(t, taken, i + 1) &&
    (surnameLike(next, rules) || (rules.givenNameShape(tok.lower) && isPlainName(next))) &&
    isCyrillic(tok.text) === isCyrillic(next.text) &&
    (!tok.sentenceStart || isAlsoCommonWord(tok.lower) || midSentence.has(tok.lower) || (rules.givenAtSentenceStart?.(tok.lower, next.lower) === true && !firstNameAt(t, rules, taken, i + 2))) &&
    !INFLECTED_COMMON_NOUN_RE().test(tok.lower) &&
    // "President Tokayev": a title before a surname is no first name, nor is a form of address ("Ms Bekova").
    !isTitleWord(tok.word) &&
    rules.kinBefore?.test(tok.text) !== true &&
    rules.unknownFirstBefore?.(tok.lower, next.lower) !== false &&
    // «Жиын Қонаевта өтті»: a town in the case that names it, after a word opening the sentence.
    rules.placeCase?.(next.word) !== true
  ) {
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'surname'] };
  }
  // Inside a Latin-script sentence, an unknown capitalised word before a known first name is a given name and that first
  // name its surname ("spokesperson Tammy Bruce", "Senator Elizabeth Warren" when only Warren is known); Cyrillic text
  // reads unknown names by their shape instead. A word that makes the next one a place is none ("San Diego").
  if (
    !tok.sentenceStart &&
    !isCyrillic(tok.text) &&
    isPlainName(tok) &&
    !rules.placeBefore(tok.word) &&
    isNameWord(next) &&
    isFree(t, taken, i + 1) &&
    next.spaceBefore &&
    !isCyrillic(next.text) &&
    rules.firstName(next.word)
  ) {
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'surname'] };
  }
  if (surnameLike(tok, rules)) {
    // A lone surname-like word opening a sentence ("Инвесторов у нас немало") needs the same word capitalised mid-sentence elsewhere.
    // In Kazakh a case ending shows a name at a sentence start ("Тоқаевтың"), but only on a surname's sure shape, not on -ин/-ина/-аулы ("Карантинге", "Санаулы").
    if (tok.sentenceStart && !midSentence.has(tok.lower) && !rules.nameAtSentenceStart(tok.lower)) {
      tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» has a surname's shape but opens a sentence and is not capitalised anywhere else`);
      return undefined;
    }
    if (rules.placePrepositions.has(t[i - 1]?.lower ?? '') && !rules.inflected(tok.word) && rules.personAttributive?.(t[i + 1]?.word) !== true) {
      tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» follows the place preposition «${t[i - 1]!.text}»`);
      return undefined;
    }
    if (rules.placeCase?.(tok.word) === true) {
      tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» alone, in this case, names a place after its namesake`);
      return undefined;
    }
    // A capitalised word before it that cannot be its given name makes both one name of a body or place: «Лигу Чемпионов».
    const before = t[i - 1];
    if (!tok.sentenceStart && before !== undefined && isCapitalized(before) && rules.bodyWordBefore?.(before.lower, tok.lower) === true) {
      tracer?.declined('persons', tok.start, tok.end, `«${before.text}» before it is no given name of it: they name a body or place`);
      return undefined;
    }
    // "Михайловский театр", "Российская Федерация": an adjective before its noun; any adjective's form before a place's
    // genitive («Новой Зеландии», «Единой России»).
    const after = t[i + 1];
    if (
      after?.kind === 'word' &&
      !after.sentenceStart &&
      (ADJECTIVE_BEFORE_NOUN_RE().test(tok.lower) || (ADJECTIVE_RE().test(tok.lower) && isCapitalized(after) && PLACE_GENITIVE_RE().test(after.lower)))
    ) {
      tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» is an adjective before its noun`);
      return undefined;
    }
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  }
  // A capitalised word before an article-joined part is an Arabic name: «Айман аль-Завахири» (extendTail adds the part).
  if (isPlainName(tok) && isCyrillic(tok.text) && isFree(t, taken, i + 1) && t[i + 1]!.spaceBefore && rules.nameTail?.(t[i + 1]!.word) === true)
    return { first: i, next: i + 1, idx: [i], roles: ['first'] };
  // A capitalised word with a regnal number is a monarch's or a patriarch's name: "Кигели V", "Шенуды III".
  // Not a numbered part of something: «Эпизод VIII», «Этап II».
  if (isPlainName(tok) && isCyrillic(tok.text) && isFree(t, taken, i + 1) && isRegnal(t, i + 1) && rules.numberedNoun?.(tok.word) !== true)
    return { first: i, next: i + 1, idx: [i], roles: ['first'] };
  tracer?.declined('persons', tok.start, tok.end, `«${tok.text}» is not a known first name, has no surname shape and no name pattern around it`);
  return undefined;
}

// A syllable of an East Asian given name: "Чен", "Чжэ", "Чхоль"; with its case ending on the last one: "Ына", "Ином", "Чжина".
const SYLLABLE_MAX = 5;
const LAST_SYLLABLE_MAX = 6;
const FAMILY_SYLLABLES = 2;

/** "Ким Чен Ын", "Пан Ги Мун", "Ким Ён Чжина": the family name at i and one or two short syllables, with no further name word. */
function familyName(t: readonly Token[], rules: NameRules, taken: (i: number) => boolean, i: number): NameMatch | undefined {
  let k = i + 1;
  // Any ending («Ином» looks like an adjective), but not a surname's shape: «Ким Ильин» is a Russian first name and surname.
  while (
    k - i <= FAMILY_SYLLABLES &&
    isFree(t, taken, k) &&
    isNameWord(t[k]) &&
    !isAllCaps(t[k]!) &&
    !isTitleWord(t[k]!.word) &&
    t[k]!.spaceBefore &&
    isCyrillic(t[k]!.text) &&
    t[k]!.text.length <= LAST_SYLLABLE_MAX &&
    !surnameLike(t[k]!, rules)
  )
    k++;
  // A last syllable of one letter, not an initial: «Ли Куан Ю».
  if (k - i <= FAMILY_SYLLABLES && isFree(t, taken, k) && t[k]!.spaceBefore && INITIAL_RE.test(t[k]!.text) && isCyrillic(t[k]!.text) && t[k + 1]?.text !== '.') k++;
  // Every syllable short but the last, and no capitalised word after it: "Ли Харви Освальд" is no Korean name.
  if (k === i + 1 || (isNameWord(t[k]) && !t[k]!.sentenceStart && isCyrillic(t[k]!.text))) return undefined;
  for (let n = i + 1; n < k - 1; n++) if (t[n]!.text.length > SYLLABLE_MAX) return undefined;
  const idx: number[] = [i];
  const roles: NameRole[] = ['family'];
  for (let n = i + 1; n < k; n++) {
    idx.push(n);
    roles.push('first');
  }
  return { first: i, next: k, idx, roles };
}
