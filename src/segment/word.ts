/**
 * One entry per distinct lowercase word form, shared by every token of that form. The rules ask
 * each word many questions (is it a month, a numeral, a title head, the first word of a
 * programme…); a question's answer is kept in a slot of the word's entry, so a token costs one hash
 * lookup, made when it is tokenized, however many rules read it. Hash lookups by string had been
 * the largest single cost of extraction (a sixth of it, over several tables per word).
 */
export class Word {
  readonly answers: unknown[] = new Array<unknown>(MAX_QUESTIONS).fill(UNASKED);
  constructor(readonly lower: string) {}
}

const UNASKED: unique symbol = Symbol('unasked');
// Questions are registered when the rule modules load; a few spare slots, and an error past them.
const MAX_QUESTIONS = 16;
let questions = 0;

/**
 * A question about words, answered once per word form by `answer` (a pure function of the lowercase
 * form). Tokens that are not words have no entry and get `none`.
 */
export function wordQuestion<T>(answer: (lower: string) => T, none: T): (word: Word | undefined) => T {
  const slot = questions++;
  if (slot >= MAX_QUESTIONS) throw new Error(`more than ${MAX_QUESTIONS} word questions: raise MAX_QUESTIONS in segment/word.ts`);
  return (word) => {
    if (word === undefined) return none;
    const known = word.answers[slot];
    if (known !== UNASKED) return known as T;
    const value = answer(word.lower);
    word.answers[slot] = value;
    return value;
  };
}

/**
 * News vocabulary is Zipfian, so most words are found; the table is emptied when it fills, which
 * keeps memory flat however large the corpus (tokens already made keep their entries).
 */
const WORDS = new Map<string, Word>();
const MAX_WORDS = 50_000;

/** The shared entry of a lowercase word form. */
export function wordFor(lower: string): Word {
  let word = WORDS.get(lower);
  if (word === undefined) {
    if (WORDS.size >= MAX_WORDS) WORDS.clear();
    word = new Word(lower);
    WORDS.set(lower, word);
  }
  return word;
}
