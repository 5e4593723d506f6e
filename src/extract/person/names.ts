import kk from '../../lang/kk/first-names.json' with { type: 'json' };
import ru from '../../lang/ru/first-names.json' with { type: 'json' };
import mined from '../../lang/ru/first-names.nerel.json' with { type: 'json' };
import { foldKazakh } from '../../link/fold.js';
import { softenedL } from '../../lang/kk/spelling.js';
import notNames from './not-names.json' with { type: 'json' };

export type Gender = 'm' | 'f';

/** Nominative first names (lowercase) with gender: Kazakh spellings, their Russian spellings, Russian names. */
const NOMINATIVE = new Map<string, Gender>();
const addAll = (names: readonly string[], g: Gender): void => {
  for (const n of names) {
    const lower = n.toLowerCase();
    NOMINATIVE.set(lower, g);
    NOMINATIVE.set(foldKazakh(lower), g); // Берік → берик, as Russian texts spell Kazakh names
    // Russian spelling softens the Kazakh "гүл" (flower) before a consonant or at the end: Нұргүл → Нургуль, Гүлнар → Гульнар.
    const soft = softenedL(lower);
    if (soft !== lower) NOMINATIVE.set(foldKazakh(soft), g);
  }
};
addAll(kk.male, 'm');
addAll(kk.female, 'f');
addAll(ru.male, 'm');
addAll(ru.female, 'f');

/** Russian names of either gender ("Саша", "Женя", "Валя"): the surname, a verb or an adjective tells which. */
const SHARED = new Set(ru.shared.map((w) => w.toLowerCase()));
const BOTH: readonly Gender[] = ['m', 'f'];
const MALE: readonly Gender[] = ['m'];
const FEMALE: readonly Gender[] = ['f'];
const NEITHER: readonly Gender[] = [];

/** Names that are also ordinary words ("Бақыт" = happiness): alone at a sentence start they are words. */
const ALSO_COMMON = new Set(kk.alsoCommonWords.map((w) => w.toLowerCase()));
export const isAlsoCommonWord = (lower: string): boolean => ALSO_COMMON.has(lower);

/** First-name forms seen in NEREL (any case, any gender): detection only. */
const SEEN_FORMS = new Set(mined.map((w) => w.toLowerCase()));

/** The gender of a nominative first name, undefined for a name outside the lexicon or one of either gender. */
export const nominativeGender = (lower: string): Gender | undefined => NOMINATIVE.get(lower);
/** Every gender a nominative first name may have: one, both for a shared name, none outside the lexicon. */
export const nominativeGenders = (lower: string): readonly Gender[] => {
  if (SHARED.has(lower)) return BOTH;
  const g = NOMINATIVE.get(lower);
  return g === undefined ? NEITHER : g === 'm' ? MALE : FEMALE;
};
export const isKnownFirstNameForm = (lower: string): boolean => NOMINATIVE.has(lower) || SHARED.has(lower) || SEEN_FORMS.has(lower);
export const allFirstNames = (): Iterable<string> => [...NOMINATIVE.keys(), ...SHARED];

/** Capitalised words that are not names: places, months, titles ("Аким" is also a first name, but in the news the title). */
export const NOT_NAMES: ReadonlySet<string> = new Set(notNames.map((w) => w.toLowerCase()));

/** User lexicons (src/lexicon/install.ts): more first names, and words that are never names. */
export function addFirstNames(male: readonly string[], female: readonly string[]): void {
  addAll(male, 'm');
  addAll(female, 'f');
}
export const addNotNames = (words: readonly string[]): void => {
  for (const w of words) (NOT_NAMES as Set<string>).add(w.toLowerCase());
};
