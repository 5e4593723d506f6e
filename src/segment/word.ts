/**
 * One entry per distinct lowercase word form, shared by every token of that form. The rules ask
 * each word many questions (is it a month, a numeral, a title head, the first word of a
 * programme…); a question's answer is kept in the word's entry, so a token costs one hash lookup,
 * made when it is tokenized, however many rules read it. Hash lookups by string had been
 * the largest single cost of extraction (a sixth of it, over several tables per word).
 */
export interface Word {
  readonly lower: string;
  /** One bit per question whose answer is its usual one (`none`): most words are no month, numeral or title. */
  usual: number;
  /** The other answers, by question; made for the few words that have one. */
  answers: unknown[] | undefined;
}

// An answer of undefined where the usual one is something else (an unasked slot reads undefined).
const UNDEFINED: unique symbol = Symbol('undefined');
// The usual answers of the first questions are bits of a small integer; each pack adds questions
// (src/lang/pack.ts, perPack), and the questions past these keep a usual answer in `answers` as USUAL.
const USUAL_BITS = 30;
const USUAL: unique symbol = Symbol('usual');
let questions = 0;
/** How many word questions have been made (tests check that they can outgrow the bits of `usual`). */
export const questionCount = (): number => questions;

/**
 * A question about words, answered once per word form by `answer` (a pure function of the lowercase
 * form). `none` is its usual answer, and the answer for tokens that are not words (no entry).
 * Answers are kept so that an entry costs a few bytes for most words: a bit for a usual answer, an
 * array only for a word with another (every entry is old-generation garbage once the table is
 * emptied, and a slot array for each had doubled the peak memory on a realistic vocabulary).
 */
export function wordQuestion<T>(answer: (lower: string) => T, none: T): (word: Word | undefined) => T {
  const slot = questions++;
  if (slot >= USUAL_BITS) return unboundedQuestion(slot, answer, none);
  const bit = 1 << slot;
  return (word) => {
    if (word === undefined || (word.usual & bit) !== 0) return none;
    const known = word.answers?.[slot];
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as T;
    const value = answer(word.lower);
    if (value === none) word.usual |= bit;
    else (word.answers ??= new Array<unknown>(questions).fill(undefined))[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

/** A question past the bits of `usual`: its usual answer is kept as USUAL in the word's answers (a few bytes more a word). */
function unboundedQuestion<T>(slot: number, answer: (lower: string) => T, none: T): (word: Word | undefined) => T {
  return (word) => {
    if (word === undefined) return none;
    const known = word.answers?.[slot];
    if (known !== undefined) return (known === USUAL ? none : known === UNDEFINED ? undefined : known) as T;
    const value = answer(word.lower);
    (word.answers ??= new Array<unknown>(questions).fill(undefined))[slot] = value === none ? USUAL : value === undefined ? UNDEFINED : value;
    return value;
  };
}

/**
 * The table of entries: open addressing over a hash of the lowercase form, in a typed array of
 * slots, each an entry's id and the high bits of its form's hash in one int. The tokenizer finds a word's entry
 * straight from the text: no string is made for a word already met, no hash is computed by V8, and
 * a probe reads one cache line of the slots, and an entry only when the hash bits agree (with a
 * realistic vocabulary a Map of 50,000 strings missed the cache at nearly every lookup; the probe
 * is still half of the tokenizer's time). Emptied when it fills, which keeps memory flat however
 * large the corpus; tokens already made keep their entries.
 */
const SLOTS = 1 << 18;
const SLOT_MASK = SLOTS - 1;
// At most 38% of the slots in use: probe chains stay short. News in Kazakh and Russian has hundreds
// of thousands of word forms (the bench corpus: 396,000 in 4.1 million words); 100,000 entries
// instead of 50,000 cost ~10 MB and cut --jobs 1 time by 8% there.
const MAX_WORDS = 100_000;
/**
 * Slot k: its entry's id in the low ID_BITS (0: empty) and the high bits of its form's hash above
 * them; the low bits of the hash are the slot's own. One int per slot keeps the table at 1 MB.
 * A zeroed typed array costs nothing at start-up; an array of 262,144 undefined took 7 ms to fill.
 */
const slots = new Int32Array(SLOTS);
// Ids run to MAX_WORDS: 100,000 < 2^17.
const ID_BITS = 17;
const ID_MASK = (1 << ID_BITS) - 1;
/** The slot of an entry: its id under its hash's high bits. */
const slotValue = (hash: number, id: number): number => (hash & ~ID_MASK) | id;
/** Entries by id, 1 to wordCount; id 0 is never given, and ids past wordCount hold NO_ENTRY once the table has been emptied. */
const NO_ENTRY: Word = { lower: '', usual: 0, answers: undefined };
const entries: Word[] = [NO_ENTRY];
let wordCount = 0;

/**
 * Lowercase of each UTF-16 unit below 0x800, for the units whose lowercase is one unit of the same
 * block (ASCII and Cyrillic, taken from String#toLowerCase); every other unit maps to itself. Read
 * as `LOWER_UNIT[unit & LOWER_UNIT_MASK]`: only words all in ASCII or all in Cyrillic are found by
 * the hash of their units, so what a higher unit reads does not matter, and a table of all 65,536
 * units cost every start ~1.5 ms to fill and as much again to optimise the loop that filled it.
 */
export const LOWER_UNIT_MASK = 0x7ff;
export const LOWER_UNIT = new Uint16Array(LOWER_UNIT_MASK + 1);
for (let code = 0; code < LOWER_UNIT.length; code++) LOWER_UNIT[code] = code;
for (const [from, to] of [
  [0, 0x80],
  [0x400, 0x500],
] as const) {
  for (let code = from; code < to; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1 && lower.charCodeAt(0) >= from && lower.charCodeAt(0) < to) LOWER_UNIT[code] = lower.charCodeAt(0);
  }
}

/** The hash of a lowercase form (FNV-1a): start from WORD_HASH_SEED and feed each UTF-16 unit of the form. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const hashUnit = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

/**
 * The entry of the word text[start, end), all in ASCII or all in the Cyrillic block, whose
 * lowercase units hash to `hash`; `hasUpper`: it has a capital letter.
 */
export function wordAt(text: string, start: number, end: number, hash: number, hasUpper: boolean): Word {
  const length = end - start;
  // The step to the next slot comes first, so that every lookup runs it (see firstSlot).
  for (let slot = firstSlot(hash); ; ) {
    slot = (slot + 1) & SLOT_MASK;
    const value = slots[slot]!;
    if (value === 0) return addWord(slot, hash, hasUpper ? text.slice(start, end).toLowerCase() : text.slice(start, end));
    if (((value ^ hash) & ~ID_MASK) === 0) {
      const word = entries[value & ID_MASK]!;
      if (word.lower.length === length && spells(word.lower, text, start)) return word;
    }
  }
}

/**
 * The slot before a hash's own: probes step before they look. A step taken only on a collision
 * has no type feedback until the first one, which came after the tokenizer was optimised and threw
 * its code away (`--trace-deopt`: "Insufficient type feedback for binary operation", session 21).
 */
const firstSlot = (hash: number): number => (hash & SLOT_MASK) - 1;

/** Whether `lower` is the lowercase of the text at `start`. */
function spells(lower: string, text: string, start: number): boolean {
  for (let k = 0; k < lower.length; k++) if (lower.charCodeAt(k) !== LOWER_UNIT[text.charCodeAt(start + k) & LOWER_UNIT_MASK]) return false;
  return true;
}

/** The entry of a lowercase word form (any script). */
export function wordFor(lower: string): Word {
  let hash = WORD_HASH_SEED;
  for (let k = 0; k < lower.length; k++) hash = hashUnit(hash, lower.charCodeAt(k));
  for (let slot = firstSlot(hash); ; ) {
    slot = (slot + 1) & SLOT_MASK;
    const value = slots[slot]!;
    if (value === 0) return addWord(slot, hash, lower);
    if (((value ^ hash) & ~ID_MASK) === 0 && entries[value & ID_MASK]!.lower === lower) return entries[value & ID_MASK]!;
  }
}

/** Forget every entry and its answers: user lexicons (src/lexicon/install.ts) change what the rules answer. */
export function forgetWords(): void {
  // Each pack registered at start-up asks for this: an empty table is left untouched (clearing 2 MB makes every page resident).
  if (wordCount === 0) return;
  slots.fill(0);
  entries.fill(NO_ENTRY);
  wordCount = 0;
}

/**
 * The form as a string of its own. V8 makes a slice of 13 or more units a view into the whole
 * string, so an entry made from a document's text kept the document alive as long as the entry
 * stayed in the table (tokenizing 3,000 bench documents left 21 MB of heap with such views and 15 MB
 * without). Joining a space and cutting it off copies the units into a new string.
 */
const detached = (form: string): string => (form.length < 13 ? form : `${form} `.slice(0, -1));

/** A new entry at `free`, the empty slot that the lookup for it ended at. */
function addWord(free: number, hash: number, lower: string): Word {
  // Emptied when full, without a branch of its own: every new word runs the fill, over no slots
  // until the table is full, so that V8 has its type feedback when it optimises the tokenizer,
  // into which this is inlined. An emptying first met 100,000 words in threw that code away
  // (`--trace-deopt`: "Insufficient type feedback", session 21).
  const full = wordCount >= MAX_WORDS;
  slots.fill(0, 0, full ? SLOTS : 0);
  entries.fill(NO_ENTRY, 0, full ? entries.length : 0);
  const slot = full ? hash & SLOT_MASK : free;
  const id = full ? 1 : wordCount + 1;
  // An object literal, not a class instance: V8 tracks where literals are made, sees that nearly
  // all entries outlive a young-generation collection, and then makes them in the old generation
  // at once. Copying entries out of the young generation had been most of its collections' work
  // (scavenge pauses over the bench corpus with one job: 460–510 → 325–370 ms).
  const word: Word = { lower: detached(lower), usual: 0, answers: undefined };
  slots[slot] = slotValue(hash, id);
  entries[id] = word;
  wordCount = id;
  return word;
}
