/**
 * Kazakh inflection stripping. Endings stack as [plural][possessive][case]; we generate every
 * combination once and try them longest first, so lexicon lookups see "мыңнан" as "мың".
 */

const PLURAL = ['', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const POSSESSIVE = ['', 'ы', 'і', 'сы', 'сі', 'ымыз', 'іміз', 'мыз', 'міз', 'ың', 'ің', 'ң', 'ыңыз', 'іңіз', 'ңыз', 'ңіз', 'м', 'ым', 'ім'];
const CASE = [
  '',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'а',
  'е',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'н',
  'да',
  'де',
  'та',
  'те',
  'нда',
  'нде',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'ымен',
  'імен',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'ндағы',
  'ндегі',
  'ша',
  'ше',
  'дай',
  'дей',
  'тай',
  'тей',
];

const AFTER_POSSESSIVE_ONLY = new Set(['н', 'а', 'е', 'на', 'не']);

/**
 * Every ending sequence (plural, possessive, case), and the longest one's length. Made on first use:
 * ~6,700 strings cost several milliseconds of a start-up that a document without Kazakh never needs.
 */
let endings: { readonly set: ReadonlySet<string>; readonly longest: number } | undefined;
function kkEndings(): { readonly set: ReadonlySet<string>; readonly longest: number } {
  if (endings === undefined) {
    const set = new Set<string>();
    let longest = 0;
    for (const p of PLURAL)
      for (const s of POSSESSIVE)
        for (const c of CASE) {
          // Bare "-н", "-а", "-е" are case endings only after a possessive ("ауданын", "әкіміне").
          if (s === '' && AFTER_POSSESSIVE_ONLY.has(c)) continue;
          const ending = p + s + c;
          set.add(ending);
          longest = Math.max(longest, ending.length);
        }
    set.delete('');
    endings = { set, longest };
  }
  return endings;
}

export const isKazakhEnding = (s: string): boolean => kkEndings().set.has(s);

export interface Stem {
  readonly stem: string;
  readonly ending: string;
}

/**
 * Whether a word may have one of these stems: it begins with the first two letters of one (the
 * whole of a one-letter stem). Stemming tries every ending the word could have, a slice and a set
 * lookup each; most words are ruled out by this one lookup first.
 */
export function stemGate(stems: Iterable<string>): (word: string) => boolean {
  const starts = new Set<string>();
  let oneLetter = false;
  for (const stem of stems) {
    starts.add(stem.slice(0, 2));
    oneLetter ||= stem.length < 2;
  }
  return (word) => starts.has(word.slice(0, 2)) || (oneLetter && starts.has(word.slice(0, 1)));
}

/** Candidate stems of a lowercase word, the word itself first, then from the longest ending to the shortest. */
export function kkStems(word: string, minStem = 2): Stem[] {
  const out: Stem[] = [{ stem: word, ending: '' }];
  const { set, longest } = kkEndings();
  // Look up each suffix of the word (at most `longest` of them) instead of scanning every ending.
  for (let cut = Math.max(minStem, word.length - longest); cut < word.length; cut++) {
    const ending = word.slice(cut);
    if (set.has(ending)) out.push({ stem: word.slice(0, cut), ending });
  }
  return out;
}

const GENITIVE_RE = /(?:ның|нің|дың|дің|тың|тің)$/;
const OBLIQUE_RE = /(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ды|ді|ты|ті|ны|ні)$/;
// A final к, қ, п voices before a vowel ending ("әріптестік" → "әріптестігінің", "кітап" → "кітабы").
const VOICED_FINAL: ReadonlyMap<string, string> = new Map([
  ['к', 'г'],
  ['қ', 'ғ'],
  ['п', 'б'],
]);
const VOICELESS_FINAL: ReadonlyMap<string, string> = new Map([...VOICED_FINAL].map(([voiceless, voiced]) => [voiced, voiceless]));
/** The stem with its final consonant voiced, as before a vowel ending; undefined when it has no voiced form. */
export function voicedFinal(stem: string): string | undefined {
  const voiced = VOICED_FINAL.get(stem.slice(-1));
  return voiced === undefined ? undefined : stem.slice(0, -1) + voiced;
}
/** A stem cut before a vowel ending with its final г, ғ, б back to к, қ, п; any other stem as it is. */
export function voicelessFinal(stem: string): string {
  const voiceless = VOICELESS_FINAL.get(stem.slice(-1));
  return voiceless === undefined ? stem : stem.slice(0, -1) + voiceless;
}

export const isKkGenitive = (lower: string): boolean => GENITIVE_RE.test(lower);
export const isKkOblique = (lower: string): boolean => OBLIQUE_RE.test(lower);
