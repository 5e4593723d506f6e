import type { NameRules } from '../../extract/person/rules.js';
import { allFirstNames, NOT_NAMES } from '../../extract/person/names.js';
import { simplifyLatin, transliterate } from '../../link/translit.js';
import { personKey } from '../../link/keys.js';
import { wordQuestion } from '../../segment/word.js';
import { ADDRESS_FORMS } from '../../segment/address.js';
import english from './first-names.json' with { type: 'json' };

/**
 * English spellings write Kazakh "қ" as "k" or "kh" (Bakhyt = Бақыт, Alikhan = Әлихан), and "х" as
 * "kh": names are compared with both folded to "k".
 */
const latinKey = (lower: string): string => simplifyLatin(lower).replace(/h/g, 'k');

/**
 * Latin spellings of the first-name lexicon, compared in simplified form ("Kassym" = "Касым"),
 * less the names that are also common words: "Akim" is the title here. Transliterated on the first
 * English name asked about, not at load (~10 ms of every run's start-up, whatever the language);
 * the names are taken at load, so user lexicons installed before then change it as they did.
 */
const BASE_FIRST_NAMES = [...allFirstNames()].filter((n) => !NOT_NAMES.has(n.toLowerCase()));
let latinFirstNames: Set<string> | undefined;
/** User lexicons' edits made before the set was built, replayed in order when it is. */
const pendingEdits: Array<readonly [names: readonly string[], notNames: readonly string[]]> = [];

function applyEdit(set: Set<string>, names: readonly string[], notNames: readonly string[]): void {
  for (const n of names) set.add(latinKey(transliterate(n.toLowerCase())));
  for (const n of notNames) set.delete(latinKey(transliterate(n.toLowerCase())));
}

function latinFirstNameSet(): Set<string> {
  if (latinFirstNames === undefined) {
    latinFirstNames = new Set(BASE_FIRST_NAMES.map((n) => latinKey(transliterate(n))));
    for (const [names, notNames] of pendingEdits) applyEdit(latinFirstNames, names, notNames);
    pendingEdits.length = 0;
  }
  return latinFirstNames;
}

/** User lexicons (src/lexicon/install.ts): first names added to the lexicon, in Latin spelling too; never-names taken out. */
export function addLatinFirstNames(names: readonly string[], notNames: readonly string[]): void {
  if (latinFirstNames === undefined) pendingEdits.push([names, notNames]);
  else applyEdit(latinFirstNames, names, notNames);
}
/**
 * Given names of English and other European press (John, Mary, Olaf), and the Japanese, Nordic, Arabic, Turkish and
 * Indian ones it writes in Latin letters (Hiroshi, Annika, Khalid, Mehmet), which the Kazakh and Russian lexicons
 * do not spell this way: without them a name after a title's owner was read as more of the owner
 * ("Chairman of the Board Mary Johnson"). Names that are also common words or places (Mark, Grace, Jordan) are left out.
 */
const ENGLISH_FIRST_NAMES: ReadonlySet<string> = new Set([...english.male, ...english.female].map((n) => n.toLowerCase()).filter((n) => !NOT_NAMES.has(n)));
// Kazakh given names end in these elements (-bek, -bay, -khan, -zhan, -gul, -nur, -bolat), known or not: "Aidarbek".
const KAZAKH_GIVEN_NAME_RE = /^[a-z]{2,}(?:bek|bay|khan|zhan|gul|nur|bolat)$/;
// Words spelled as a given name that English news mostly writes for something else: nationality adjectives ("Uzbek" by
// its -bek, "German" for Герман: "German Chancellor" is no person) and a capital ("Sofia" for София).
const NOT_GIVEN_NAMES = new Set(['uzbek', 'german', 'sofia']);
const SURE_SURNAME_RE = /^[a-z-]{3,}(?:ov|ev|yev|ova|eva|yeva|uly|kyzy)['’]s$/;
const LATIN_SURNAME_RE = /(?:ov|ev|yev|in|ova|eva|yeva|ina|uly|kyzy|enko|sky|skaya)$/;
// An English possessive is not part of the name: "Smailov's", "Nazarbayev’s".
const POSSESSIVE_RE = /['’]s$/;
// Words that open a place's name before a given name: "San Diego", "Santa Barbara", "Saint Lucia", "Port Louis".
const EN_PLACE_BEFORE = new Set(['san', 'santa', 'santo', 'sao', 'são', 'saint', 'sainte', 'port', 'fort', 'lake', 'mount', 'cape']);
// Nouns of a leader's time or circle: a surname before one is a person's even after "the" ("the Tokayev reforms", "the Putin administration").
const EN_PERSON_ATTRIBUTIVE = new Set(['administration', 'cabinet', 'presidency', 'regime', 'era', 'family', 'reforms', 'doctrine']);
/**
 * The last word of a company named after a given name or a place ("Kairat Logistics", "Aisha Bibi Agro"), which is no
 * surname: the person rules take the name for the company's, and the English post rules read it as a company's name.
 * Not "steel" or "sugar", surnames too (David Steel, Alan Sugar).
 */
export const COMPANY_LAST_WORDS: readonly string[] = ['holdings', 'logistics', 'services', 'agro', 'motors', 'foods', 'textiles', 'trading'];
// Nouns after a name that make it a place's or a body's ("Abai street", "Altyn Grain Group").
const EN_PLACE_AFTER = new Set(['region', 'district', 'city', 'street', 'university', 'avenue', 'oblast', 'lake', 'river', 'group', 'holding', ...COMPANY_LAST_WORDS]);

/** English articles spell Kazakh and Russian names in Latin letters. */
export const enNameRules: NameRules = {
  firstName: wordQuestion(
    (lower) => /^[a-z]/.test(lower) && !NOT_GIVEN_NAMES.has(lower) && (ENGLISH_FIRST_NAMES.has(lower) || latinFirstNameSet().has(latinKey(lower)) || KAZAKH_GIVEN_NAME_RE.test(lower)),
    false,
  ),
  // The possessive is not part of the name: "Smailov's" → Smailov.
  normalize: (words) => words.map((w) => w.replace(POSSESSIVE_RE, '')),
  placeAfter: wordQuestion((lower) => EN_PLACE_AFTER.has(lower), false),
  // The possessive is English's one case ending: "in Tokayev's speech" is his, not a place.
  inflected: wordQuestion((lower) => POSSESSIVE_RE.test(lower), false),
  regionBefore: () => false,
  placeBefore: wordQuestion((lower) => EN_PLACE_BEFORE.has(lower), false),
  // Given names come first in English: "Bakhyt Nurbek" is a name and a surname.
  firstNameAsSurname: true,
  surnameShape: (t) => LATIN_SURNAME_RE.test(t.lower.replace(POSSESSIVE_RE, '')),
  givenNameShape: () => false,
  // A possessive on a surname's shape opens sentences of English news ("Bektenov's government").
  nameAtSentenceStart: (lower) => SURE_SURNAME_RE.test(lower),
  mayBeCommonWord: () => true,
  // A possessive is the one case form: "the Kremlin's decision", "Berlin's mayor".
  caseFormOf: (lower, known) => POSSESSIVE_RE.test(lower) && known.has(lower.replace(POSSESSIVE_RE, '')),
  laterForm: (lower, names) => (POSSESSIVE_RE.test(lower) ? names.get(personKey(lower.replace(POSSESSIVE_RE, ''))) : undefined),
  nameHint: (_t, _first, _next, _obliqueBefore, seen) => ({ oblique: undefined, gender: undefined, seen }),
  readsCapitalisedForms: false,
  loneNamesRecur: false,
  mononymsAfterTitles: true,
  namesAround: false,
  foreignNames: false,
  // Forms of address introduce a name, whatever its shape: "Mr. Tokayev said", "Ms Bekova" (segment/address.ts).
  kinBefore: new RegExp(`^(?:${ADDRESS_FORMS.join('|')})$`),
  instrumentalNoun: undefined,
  actsAsPerson: () => false,
  // A lone surname-like word after these is a place or a body ("in Berlin", "the Kremlin", "near Dublin"); a possessive is a person's.
  placePrepositions: new Set(['in', 'at', 'near', 'the']),
  // The last word of a company's or a body's name: "Halyk Bank, a co-owner of the plant," names no person.
  bodyHeadPattern:
    /^(?:bank|group|holding|holdings|fund|company|corporation|corp|capital|energy|motor|motors|international|media|partners|airlines|airways|invest|resources|mining|foundation|university|institute|agency|ministry|association|union|exchange|ltd|inc|plc|llp|jsc)$/,
  personAttributive: wordQuestion((lower) => EN_PERSON_ATTRIBUTIVE.has(lower), false),
  vocativeAt: () => false,
  dottedAbbreviations: new Set(['U.S', 'U.K', 'U.N', 'E.U', 'D.C']),
  // A father's name between a given name and a surname, Russian or Kazakh, in Latin letters: "Gulnara Serikovna Abdrakhmanova",
  // "Askar Beisenbekuly Tulegenov". Only before a surname's shape: "Roman Abramovich" and "Daniyar Sadykuly" end in a surname.
  surnamedPatronymic: /^[a-z]{3,}(?:ovich|evich|ovna|evna|ichna|uly|kyzy)$/,
  // English puts the given name first: a capitalised word before a given name and a patronymic is no surname put first.
  surnameFirstAgrees: () => false,
  nameParticles: ['von', 'van', 'de', 'di', 'da', 'der', 'del', 'ibn', 'bin', 'al', 'Al'],
};
