import type { NameRules } from '../../extract/person/index.js';
import { allFirstNames, NOT_NAMES } from '../../extract/person/names.js';
import { simplifyLatin, transliterate } from '../../link/translit.js';
import { personKey } from '../../link/keys.js';
import { wordQuestion } from '../../segment/word.js';

/**
 * English spellings write Kazakh "қ" as "k" or "kh" (Bakhyt = Бақыт, Alikhan = Әлихан), and "х" as
 * "kh": names are compared with both folded to "k".
 */
const latinKey = (lower: string): string => simplifyLatin(lower).replace(/h/g, 'k');

/**
 * Latin spellings of the first-name lexicon, compared in simplified form ("Kassym" = "Касым"),
 * less the names that are also common words: "Akim" is the title here.
 */
const LATIN_FIRST_NAMES = new Set([...allFirstNames()].filter((n) => !NOT_NAMES.has(n.toLowerCase())).map((n) => latinKey(transliterate(n))));

/** User lexicons (src/lexicon/install.ts): first names added to the lexicon, in Latin spelling too; never-names taken out. */
export function addLatinFirstNames(names: readonly string[], notNames: readonly string[]): void {
  for (const n of names) LATIN_FIRST_NAMES.add(latinKey(transliterate(n.toLowerCase())));
  for (const n of notNames) LATIN_FIRST_NAMES.delete(latinKey(transliterate(n.toLowerCase())));
}
// Kazakh given names end in these elements (-bek, -bay, -khan, -zhan, -gul, -nur, -bolat), known or not: "Aidarbek".
const KAZAKH_GIVEN_NAME_RE = /^[a-z]{2,}(?:bek|bay|khan|zhan|gul|nur|bolat)$/;
const NOT_GIVEN_NAMES = new Set(['uzbek']);
const SURE_SURNAME_RE = /^[a-z-]{3,}(?:ov|ev|yev|ova|eva|yeva|uly|kyzy)['’]s$/;
const LATIN_SURNAME_RE = /(?:ov|ev|yev|in|ova|eva|yeva|ina|uly|kyzy|enko|sky|skaya)$/;
// An English possessive is not part of the name: "Smailov's", "Nazarbayev’s".
const POSSESSIVE_RE = /['’]s$/;
const EN_PLACE_AFTER = new Set(['region', 'district', 'city', 'street', 'university', 'avenue', 'oblast', 'lake', 'river']);

/** English articles spell Kazakh and Russian names in Latin letters. */
export const enNameRules: NameRules = {
  firstName: wordQuestion((lower) => /^[a-z]/.test(lower) && (LATIN_FIRST_NAMES.has(latinKey(lower)) || (KAZAKH_GIVEN_NAME_RE.test(lower) && !NOT_GIVEN_NAMES.has(lower))), false),
  // The possessive is not part of the name: "Smailov's" → Smailov.
  normalize: (words) => words.map((w) => w.replace(POSSESSIVE_RE, '')),
  placeAfter: wordQuestion((lower) => EN_PLACE_AFTER.has(lower), false),
  inflected: () => false,
  regionBefore: () => false,
  placeBefore: () => false,
  // Given names come first in English: "Bakhyt Nurbek" is a name and a surname.
  firstNameAsSurname: true,
  surnameShape: (t) => LATIN_SURNAME_RE.test(t.lower.replace(POSSESSIVE_RE, '')),
  givenNameShape: () => false,
  // A possessive on a surname's shape opens sentences of English news ("Bektenov's government").
  nameAtSentenceStart: (lower) => SURE_SURNAME_RE.test(lower),
  mayBeCommonWord: () => true,
  caseFormOf: () => false,
  laterForm: (lower, names) => (POSSESSIVE_RE.test(lower) ? names.get(personKey(lower.replace(POSSESSIVE_RE, ''))) : undefined),
  nameHint: (_t, _first, _next, _obliqueBefore, seen) => ({ oblique: undefined, gender: undefined, seen }),
  readsCapitalisedForms: false,
  loneNamesRecur: false,
  mononymsAfterTitles: false,
  namesAround: false,
  foreignNames: false,
  kinBefore: undefined,
  instrumentalNoun: undefined,
  actsAsPerson: () => false,
  placePrepositions: new Set(),
  vocativeAt: () => false,
  nameParticles: ['von', 'van', 'de', 'di', 'da', 'der', 'del', 'ibn', 'bin', 'al'],
};
