import type { PersonMention } from '../schema/record.js';
import { personKey } from './keys.js';
import { nominativeGender, type Gender } from '../extract/person/names.js';
import { acrossPacks } from '../lang/registry.js';
import { unionPattern } from '../lang/pack.js';

/** One person of a document: the fullest name the document gives, and the keys of its first name and surname. */
interface Entity {
  norm: string;
  words: number;
  readonly first: string;
  readonly surname: string;
  /** Start of its latest full mention so far, while walking the text (nearest antecedent wins). */
  lastSeen: number;
  /** The gender of its first name when the first-name lexicon knows it in this form. */
  readonly gender: Gender | undefined;
  /** Whether `norm` is written as it stands in the text, a form the extraction read as nominative. */
  written: boolean;
}

/** A patronymic's ending in any registered language («Бериккалиевич», «Төлегенұлы»; see LinkCues.patronymic). */
const PATRONYMIC = acrossPacks((packs) => unionPattern(packs.map((p) => p.link.patronymic)));
// One letter, or two where a script writes one sound with two («Дж.» for J).
const INITIAL_RE = /^\p{L}\p{Ll}?\.$/u;
// A name in Latin letters in parentheses right after a name in Cyrillic is its spelling in the original: "Брендт Кристенсен (Brendt Christensen)".
const PARENTHESIS_GAP = /^\s*\(\s*$/;

/** The nominative extraction read for a mention itself, kept when resolution gives it its entity's name. */
const WRITTEN = new WeakMap<PersonMention, string>();
/** A person mention's own nominative («Сэмюэль Адамс»), even after resolution named it by its entity («Сэмюэл Адамс», read from «Сэмюэлем Адамсом»). */
export const writtenNorm = (p: PersonMention): string => WRITTEN.get(p) ?? p.norm;

const wordsOf = (norm: string): string[] => norm.split(' ');
const isFull = (words: readonly string[]): boolean => words.length >= 2 && !INITIAL_RE.test(words[0]!);
/** The key of one name word: Kazakh, Russian and Latin spellings agree (Смайылов = Смаилов = Smailov). */
const wordKey = (word: string): string => personKey(word);

/**
 * One person is one entity per document: a full name, the same name inflected or spelt in other
 * letters, its surname alone, its initials with the surname, and its first name alone all carry the
 * entity's full nominative name as `norm` and its `key` ("Д. Ускумбаева" → Дамеш Ускумбаева; a lone
 * "Кайсар" → Кайсар Нурланов). A partial mention goes to the nearest entity before it that fits
 * (namesakes with different first names stay apart), else to the first one after it.
 * Mutates `persons`, which are in text order.
 */
export function resolvePersons(text: string, persons: PersonMention[]): void {
  const entities: Entity[] = [];
  const entityOf: Array<Entity | undefined> = [];
  const byName = new Map<string, Entity>();
  for (const p of persons) {
    const words = wordsOf(p.norm);
    if (!isFull(words)) {
      entityOf.push(undefined);
      continue;
    }
    const first = wordKey(words[0]!);
    const surname = wordKey(words[words.length - 1]!);
    const id = `${first} ${surname}`;
    // The same name in a case the extraction could not read ("Майкла Джексона" beside "Майкл Джексон") is
    // the same entity, unless the first names are two known names of different genders (Александр, Александра).
    const gender = nominativeGender(words[0]!.toLowerCase());
    let e = byName.get(id) ?? entities.find((x) => sameStem(x.first, first) && sameStem(x.surname, surname) && (gender === undefined || x.gender === undefined || x.gender === gender));
    const written = p.norm === p.text;
    if (e === undefined) {
      e = { norm: p.norm, words: words.length, first, surname, gender, lastSeen: p.start, written };
      byName.set(id, e);
      entities.push(e);
    } else if (words.length > e.words || (words.length === e.words && (written !== e.written ? written : p.norm.length < e.norm.length))) {
      // The fuller name is the entity's ("Иван Петрович Иванов" after "Иван Иванов"); of two forms, the one
      // the text writes in the nominative («Ирина Яровая», not «Ярова» read off «Ирины Яровой»), else the
      // shorter, as a nominative is shorter than the oblique cases in Russian and Kazakh.
      e.norm = p.norm;
      e.words = words.length;
      e.written = written;
    }
    entityOf.push(e);
  }
  // A first name with the patronymic («Тимур Бериккалиевич,», «Серік Төлегенұлы» addressed in an interview) is
  // the full name that has both, when one does: its last word is no surname. Else it is the one full name of that
  // first name the text gives without a patronymic («Дархан Ахметов» … «Дархан Серикович, …»).
  const fuller = new Map<Entity, Entity>();
  for (const e of entities) {
    if (e.words !== 2 || !PATRONYMIC().test(e.norm)) continue;
    const x = entities.find((f) => f.words >= 3 && f.first === e.first && sameStem(wordKey(wordsOf(f.norm)[1]!), e.surname)) ?? onlyFullName(entities, e);
    if (x !== undefined) fuller.set(e, x);
  }
  if (fuller.size > 0) {
    for (let i = 0; i < entityOf.length; i++) entityOf[i] = fuller.get(entityOf[i]!) ?? entityOf[i];
    entities.splice(0, entities.length, ...entities.filter((e) => !fuller.has(e)));
  }
  for (let i = 1; i < persons.length; i++) {
    const prev = persons[i - 1]!;
    const p = persons[i]!;
    if (entityOf[i - 1] !== undefined && /[a-z]/i.test(p.text[0]!) && !/[a-z]/i.test(prev.text[0]!) && PARENTHESIS_GAP.test(text.slice(prev.end, p.start))) {
      entityOf[i] = entityOf[i - 1];
    }
  }
  if (entities.length === 0) return;
  // Partial mentions, walking the text so that the nearest entity before a mention is known.
  const seenSoFar: Entity[] = [];
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    const known = entityOf[i];
    if (known !== undefined) {
      known.lastSeen = p.start;
      if (!seenSoFar.includes(known)) seenSoFar.push(known);
      continue;
    }
    const e = partialMatch(wordsOf(p.norm), seenSoFar) ?? partialMatch(wordsOf(p.norm), entities);
    if (e !== undefined) entityOf[i] = e;
  }
  for (let i = 0; i < persons.length; i++) {
    const e = entityOf[i];
    if (e === undefined) continue;
    const p = persons[i]!;
    if (p.norm !== e.norm) WRITTEN.set(p, p.norm);
    p.norm = e.norm;
    p.key = personKey(e.norm);
  }
}

/** The one entity of two words, its last no patronymic, with the first name of `e`; undefined when none or several. */
function onlyFullName(entities: readonly Entity[], e: Entity): Entity | undefined {
  const same = entities.filter((f) => f !== e && f.first === e.first && f.words === 2 && !PATRONYMIC().test(f.norm));
  return same.length === 1 ? same[0] : undefined;
}

/**
 * The entity a surname alone, initials with a surname, or a first name alone refers to, among
 * `candidates` (latest seen first): the surname must agree, and the initial with the first name.
 */
function partialMatch(words: readonly string[], candidates: readonly Entity[]): Entity | undefined {
  const last = wordKey(words[words.length - 1]!);
  const initial = words.length > 1 && INITIAL_RE.test(words[0]!) ? wordKey(words[0]!.slice(0, -1)) : undefined;
  let best: Entity | undefined;
  let inflected: Entity | undefined;
  for (const e of candidates) {
    if (initial !== undefined && !e.first.startsWith(initial)) continue;
    if (e.surname === last) {
      if (best === undefined || e.lastSeen > best.lastSeen) best = e;
    } else if (best === undefined && sameStem(e.surname, last) && (inflected === undefined || e.lastSeen > inflected.lastSeen)) inflected = e;
  }
  if (best !== undefined || words.length > 1) return best ?? inflected;
  if (inflected !== undefined) return inflected;
  // A first name alone: only when one entity has it.
  let only: Entity | undefined;
  for (const e of candidates) {
    if (e.first !== last) continue;
    if (only !== undefined && only !== e) return undefined;
    only = e;
  }
  return only;
}

/**
 * Two keys of one surname in different cases or genders, where extraction could not tell the form
 * ("Маркива" beside Маркив, "Бакыновой" beside Бакынова, "Сатыбалдының" beside Сатыбалды): one is the
 * other with at most two letters cut and at most three added.
 */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && a.length - common <= 2 && b.length - common <= 3 && common >= Math.min(a.length, b.length) - 2;
}
