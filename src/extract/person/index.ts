import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { PersonMention } from '../../schema/record.js';
import { isAllCaps, isCapitalized, isCyrillic, type Token } from '../../segment/tokenize.js';
import { personKey } from '../../link/keys.js';
import { ruHeadForm } from '../position/heads.js';
import { titleCase } from '../../link/fold.js';
import { kkNameRules, kkNominative } from './rules.kk.js';
import { ruNameRules } from './rules.ru.js';
import { enNameRules } from './rules.en.js';
import { isAlsoCommonWord, NOT_NAMES } from './names.js';
import { wordQuestion, type Word } from '../../segment/word.js';
import { byLang } from '../../lang/by-lang.js';

export type NameRole = 'first' | 'patronymic' | 'surname' | 'initial';
export type NameRoleHint = 'oblique' | 'unknown';

export interface NameRules {
  /** Whether the word is a first name in one of its case forms (answered once per word form: see segment/word.ts). */
  firstName(word: Word | undefined): boolean;
  /** Nominative form of the name words, given their roles. */
  normalize(words: readonly string[], roles: readonly NameRole[], hint: NameRoleHint): string[];
  /** Lowercase words after a capitalised word that make it a place or organisation. */
  notPersonAfter: ReadonlySet<string>;
}

export const personRules = byLang<NameRules>({ kk: kkNameRules, ru: ruNameRules, en: enNameRules });
const SURNAME_RE = /(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая|енко|баев|баева|беков|бекова)$|^\S{4,}(?:ұлы|улы|қызы|кызы)$/;
const SURNAME_KK_CASE_RE = /(?:ов|ев|ин|ова|ева|ина|ұлы|улы|қызы|кызы)(?:тың|тің|ның|нің|дың|дің|қа|ке|ға|ге|ты|ті|ны|ні|та|те|да|де|тан|тен|нан|нен|пен|бен|мен)$/;
const SURNAME_RU_CASE_RE = /(?:ов|ев|ин)(?:а|у|ым|ой|е)$|(?:ова|ева|ина)$/;
const PATRONYMIC_RE = /(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ы|ой)?$/;
const LATIN_SURNAME_RE = /(?:ov|ev|yev|in|ova|eva|yeva|ina|uly|kyzy|enko|sky|skaya)$/;
const INITIAL_RE = /^\p{Lu}$/u;
const MIN_SURNAME_LEN = 5;
// Past-tense verbs of people ("сообщила", "провел", "отрёкся"), not neuter ("сообщило").
const PAST_VERB_RE = /^(?:[а-яё]{2,}(?:ил|ал|ял|ел|ёл|ул|ыл|ла|лся|лась|ался|ался)|был|была)$/;
// Capitalised actors that are places or bodies: countries in -ия, collectives in -ство/-ция/-ние.
const NOT_ACTOR_RE = /(?:ия|ство|ция|ние|ение|ура|ата)$/;
// Plural and case forms that a first name does not take in front of a surname ("Журналистер Назарбаевпен").
const INFLECTED_COMMON_NOUN_RE = /(?:лар|лер|дар|дер|тар|тер|ами|ями|ов|ей)$/;
// A lone surname-like word after these prepositions is a place ("в Ростове").
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'через', 'по']);

const isNotName = wordQuestion((lower) => NOT_NAMES.has(lower), false);

function isNameWord(t: Token | undefined): t is Token {
  return t !== undefined && isCapitalized(t) && !isNotName(t.word) && t.text.length > 1;
}

// Country and organisation names in the genitive before a name ("Великобритании Борис Джонсон", "Египта").
const PLACE_GENITIVE_RE = /(?:ии|ции|ства|стана|ании|ины|ы)$/;
// Adjectives and adjective-like proper nouns ("Северная", "Михайловский", "Облыстық") are not names.
const ADJECTIVE_RE = /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ом|ем|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ское|ская|ский|ской)$/;
/** A capitalised word that can be part of a name: not all capitals, not an adjective. */
const isPlainName = (t: Token): boolean => isCapitalized(t) && !isAllCaps(t) && !ADJECTIVE_RE.test(t.lower) && !PLACE_GENITIVE_RE.test(t.lower) && t.text.length > 1 && !isNotName(t.word) && ruHeadForm(t.word) === undefined;

function surnameLike(t: Token, lang: ExtractContext['lang']): boolean {
  if (t.text.length < MIN_SURNAME_LEN) return false;
  if (lang === 'en') return LATIN_SURNAME_RE.test(t.lower);
  return isCyrillic(t.text) && (SURNAME_RE.test(t.lower) || (lang === 'kk' ? SURNAME_KK_CASE_RE : SURNAME_RU_CASE_RE).test(t.lower));
}

export interface PersonOptions {
  /** The name starting at this token follows an oblique-case title or preposition ("советника … Малика Отарбаева"). */
  obliqueBefore(i: number): boolean;
}

/** People: first name + surname, initials + surname, bylines, lone surnames and first names. */
export function extractPersons(ctx: ExtractContext, taken: (i: number) => boolean, opts: PersonOptions): PersonMention[] {
  const rules = personRules(ctx.lang);
  const t = ctx.tokens;
  // Capitalised mid-sentence somewhere: then a sentence-initial occurrence is a name too ("Токаев отметил").
  const midSentence = new Set<string>();
  for (const tok of t) if (!tok.sentenceStart && isCapitalized(tok)) midSentence.add(tok.lower);
  const out: PersonMention[] = [];
  for (let i = 0; i < t.length; i++) {
    if (taken(i)) continue;
    const m = matchAt(ctx, rules, i, taken, midSentence);
    if (m === undefined) continue;
    const after = t[m.next];
    if (m.idx.length === 1 && after !== undefined && rules.notPersonAfter.has(after.lower)) {
      i = m.next - 1;
      continue;
    }
    const norm = nominativeName(t, rules, m.idx, m.roles, opts.obliqueBefore(m.first) ? 'oblique' : 'unknown');
    out.push(personMention(ctx, m.first, m.next, norm));
    i = m.next - 1;
  }
  return [...out, ...laterSurnames(ctx, rules, out, taken)].sort((a, b) => a.start - b.start);
}

/**
 * The name in the nominative from the tokens of its words: initials with their dots, all-capital
 * words in title case. (Apart from the loop over tokens: closures over a match inside that loop
 * would cost an allocation per token.)
 */
function nominativeName(t: readonly Token[], rules: NameRules, idx: readonly number[], roles: readonly NameRole[], hint: NameRoleHint): string {
  // Loops and pushes onto literals, never map: optimised Array#map returns holey arrays and the
  // interpreter packed ones, and every new kind of array met here deoptimised extractPersons, the
  // largest function V8 compiles for us.
  const words: string[] = [];
  for (const k of idx) words.push(t[k]!.text);
  const nominative = rules.normalize(words, roles, hint);
  let name = '';
  for (let n = 0; n < nominative.length; n++) {
    const w = nominative[n]!;
    name += (n > 0 ? ' ' : '') + (roles[n] === 'initial' ? `${w}.` : isAllCaps(t[idx[n]!]!) ? titleCase(w) : w);
  }
  return name;
}

function personMention(ctx: ExtractContext, first: number, next: number, norm: string): PersonMention {
  const { start, end, text } = spanOf(ctx, first, next);
  // A name already in the nominative keeps one string for its text and its norm, not two.
  return { type: 'person', start, end, text, norm: norm === text ? text : norm, key: personKey(norm) };
}

const RU_SURNAME_CASES = ['', 'а', 'у', 'ом', 'ым', 'е', 'ой', 'ы', 'ой', 'ою', 'ы'];

/**
 * A surname met in a full name is a person wherever else it stands alone in the document, in any
 * case ("Барак Обама" … "Обамы", "Лионель Месси" … "Месси").
 */
export function laterSurnames(ctx: ExtractContext, rules: NameRules, found: readonly PersonMention[], taken: (i: number) => boolean): PersonMention[] {
  const surnames = new Map<string, string>();
  for (const p of found) {
    const words = p.norm.split(' ');
    if (/\.$/.test(words[0]!) || words.length < 2 && (ctx.lang !== 'ru' || words[0]!.length < 4)) continue;
    const surname = words[words.length - 1]!;
    if (surname.length >= 3) surnames.set(surname.toLowerCase(), surname);
  }
  if (surnames.size === 0) return [];
  const t = ctx.tokens;
  const out: PersonMention[] = [];
  // `found` is in text order: walk it alongside the tokens to skip those already inside a name.
  let f = 0;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    while (f < found.length && found[f]!.end <= tok.start) f++;
    const inside = f < found.length && found[f]!.start <= tok.start;
    if (inside || taken(i) || !isCapitalized(tok)) continue;
    const base = baseSurname(tok.lower, surnames, ctx.lang);
    if (base === undefined || rules.notPersonAfter.has(t[i + 1]?.lower ?? '')) continue;
    out.push(personMention(ctx, i, i + 1, base));
  }
  return out;
}

function baseSurname(lower: string, surnames: ReadonlyMap<string, string>, lang: ExtractContext['lang']): string | undefined {
  const exact = surnames.get(lower);
  if (exact !== undefined) return exact;
  if (lang === 'kk') return surnames.get(kkNominative(lower));
  for (const ending of RU_SURNAME_CASES) {
    if (ending === '' || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    const hit = surnames.get(stem) ?? surnames.get(`${stem}а`) ?? surnames.get(`${stem}я`) ?? surnames.get(`${stem}й`);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * Names right after a title need no lexicon: "Облыс әкімі Дархан Сатыбалдының", "аким … Асаин Байханов".
 * `starts` are token indices right after a position mention.
 */
export function extractNamesAfterTitles(ctx: ExtractContext, taken: (i: number) => boolean, starts: readonly number[], opts: PersonOptions, titleRole: (i: number) => string | undefined = () => undefined): PersonMention[] {
  const rules = personRules(ctx.lang);
  const t = ctx.tokens;
  const out: PersonMention[] = [];
  for (const i of starts) {
    let k = i;
    while (k < t.length && k - i < 3 && !taken(k) && isNameWord(t[k]) && isCyrillic(t[k]!.text) && (k === i || !t[k]!.sentenceStart) && !rules.notPersonAfter.has(t[k]!.lower)) k++;
    // One word is too weak in general ("аким области Абай"), but a Russian title of a person (not of a
    // region) before one plain capitalised word names a mononym ("Император Акихито", "Папа Франциск").
    const single = k - i === 1 && ctx.lang === 'ru' && isPlainName(t[i]!) && !titleRole(i)?.startsWith('akim') && (t[k]?.kind !== 'word' || t[k]!.text === t[k]!.lower);
    if ((k - i < 2 && !single) || rules.notPersonAfter.has(t[k]?.lower ?? '')) continue;
    const idx = Array.from({ length: k - i }, (_, n) => i + n);
    const norm = nominativeName(t, rules, idx, rolesByPosition(idx.length), opts.obliqueBefore(i) ? 'oblique' : 'unknown');
    out.push(personMention(ctx, i, k, norm));
  }
  return out;
}

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

/** Token k exists, is not taken, and continues the sentence. */
const isFree = (t: readonly Token[], taken: (i: number) => boolean, k: number): boolean => !taken(k) && !(t[k]?.sentenceStart ?? true);

function matchAt(ctx: ExtractContext, rules: NameRules, i: number, taken: (i: number) => boolean, midSentence: ReadonlySet<string>): NameMatch | undefined {
  const t = ctx.tokens;
  const tok = t[i]!;
  if (!isCapitalized(tok)) return undefined;
  // Initials: "Д. Ускумбаева", "Д.ҚАЗИХАН", "Н. Ә. Назарбаев"
  if (INITIAL_RE.test(tok.text) && t[i + 1]?.text === '.') {
    const idx = [i];
    let k = i + 2;
    if (INITIAL_RE.test(t[k]?.text ?? '') && t[k + 1]?.text === '.') {
      idx.push(k);
      k += 2;
    }
    const sur = t[k];
    if (isNameWord(sur) && !taken(k) && sur.text.length > 2) {
      return { first: i, next: k + 1, idx: [...idx, k], roles: [...idx.map((): NameRole => 'initial'), 'surname'] };
    }
    return undefined;
  }
  if (!isNameWord(tok)) return undefined;
  if (rules.firstName(tok.word)) {
    const idx = [i];
    const roles: NameRole[] = ['first'];
    let k = i + 1;
    if (isNameWord(t[k]) && isFree(t, taken, k) && PATRONYMIC_RE.test(t[k]!.lower)) {
      idx.push(k);
      roles.push('patronymic');
      k += 1;
    }
    const sur = t[k];
    if (isNameWord(sur) && isFree(t, taken, k) && !rules.firstName(sur.word) || isNameWord(sur) && isFree(t, taken, k) && surnameLike(sur, ctx.lang)) {
      idx.push(k);
      roles.push('surname');
      k += 1;
    } else if (isNameWord(sur) && isFree(t, taken, k) && isAllCaps(sur)) {
      idx.push(k);
      roles.push('surname');
      k += 1;
    }
    // A lone first name at a sentence start is too often an ordinary word ("Бақыт", "Вера"); Kazakh
    // names with a case ending ("Абайдың") or outside the list of such words are names.
    if (idx.length === 1 && tok.sentenceStart && (ctx.lang !== 'kk' || isAlsoCommonWord(kkNominative(tok.lower)) || isAlsoCommonWord(tok.lower))) return undefined;
    return { first: i, next: k, idx, roles };
  }
  const next = t[i + 1];
  // Two or three capitalised words inside a sentence, none of them an adjective or a known non-name: a foreign name ("Лионель Месси", "Ким Чен Ын").
  // Kazakh writes organisations and places the same way ("Нұр Отан", "Біріккен Ұлттар Ұйымы"), so this is for Russian only.
  if (ctx.lang === 'ru' && !tok.sentenceStart && !PLACE_PREPOSITIONS.has(t[i - 1]?.lower ?? '') && isPlainName(tok) && isNameWord(next) && isFree(t, taken, i + 1) && isPlainName(next) && next.spaceBefore && isCyrillic(tok.text) && isCyrillic(next.text)) {
    let k = i + 2;
    if (isNameWord(t[k]) && isFree(t, taken, k) && isPlainName(t[k]!) && isCyrillic(t[k]!.text)) k++;
    if (!rules.notPersonAfter.has(t[k]?.lower ?? '')) {
      const idx = k - i === 2 ? [i, i + 1] : [i, i + 1, i + 2];
      return { first: i, next: k, idx, roles: rolesByPosition(idx.length) };
    }
  }
  // A Russian capitalised word that acts ("Мадонна сообщила", "Мхитарян провел") is a person.
  if (ctx.lang === 'ru' && (!tok.sentenceStart || midSentence.has(tok.lower)) && isPlainName(tok) && !NOT_ACTOR_RE.test(tok.lower) && isCyrillic(tok.text) && next !== undefined && next.kind === 'word' && next.text === next.lower && PAST_VERB_RE.test(next.lower) && !PLACE_PREPOSITIONS.has(t[i - 1]?.lower ?? '')) {
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  }
  // An unknown first name before a surname: "Асаин Байханов", "Жаслан Мадиев"

  if (isNameWord(next) && isFree(t, taken, i + 1) && surnameLike(next, ctx.lang) && isCyrillic(tok.text) === isCyrillic(next.text) && !tok.sentenceStart && !INFLECTED_COMMON_NOUN_RE.test(tok.lower)) {
    return { first: i, next: i + 2, idx: [i, i + 1], roles: ['first', 'surname'] };
  }
  if (surnameLike(tok, ctx.lang)) {
    // Formal Russian order: "Иванов Иван Иванович"
    if (isNameWord(t[i + 1]) && isFree(t, taken, i + 1) && rules.firstName(t[i + 1]!.word) && isNameWord(t[i + 2]) && PATRONYMIC_RE.test(t[i + 2]!.lower)) {
      return { first: i, next: i + 3, idx: [i, i + 1, i + 2], roles: ['surname', 'first', 'patronymic'] };
    }
    // A lone surname-like word opening a sentence ("Инвесторов у нас немало") needs the same word capitalised mid-sentence elsewhere.
    if (tok.sentenceStart && !midSentence.has(tok.lower) && ctx.lang !== 'kk') return undefined;
    if (PLACE_PREPOSITIONS.has(t[i - 1]?.lower ?? '') && ctx.lang !== 'kk') return undefined;
    // "Михайловский театр", "Российская Федерация": an adjective before its noun
    if (/(?:ск|цк)(?:ий|ая|ое|ой|ого|ую)$/.test(tok.lower) && (t[i + 1]?.kind === 'word' && !t[i + 1]!.sentenceStart)) return undefined;
    return { first: i, next: i + 1, idx: [i], roles: ['surname'] };
  }
  return undefined;
}
