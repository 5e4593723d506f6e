import type { NameRules } from '../../extract/person/index.js';
import { nominativeGender, isKnownFirstNameForm } from '../../extract/person/names.js';
import { wordQuestion } from '../../segment/word.js';

// Case endings a name takes in Kazakh, longest first; possessive forms do not occur on names.
const NAME_ENDINGS = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'нда', 'нде', 'ға', 'ге', 'қа', 'ке', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'да', 'де', 'та', 'те', 'ға'];
const MIN_STEM = 3;

/**
 * Words after a capitalised word that make it a place, body or event rather than a person: a place
 * noun with its possessive, in any number and case ("ауданы", "аудандарының", "аулында", "кентіне",
 * "көшелеріндегі", "ескерткіші"), and a few other heads.
 */
const PLACE_NOUN_RE = /^(?:аудан|ауыл|аул|кент|көше|даңғыл|қала|облыс|округ|алаң|өзен|көл|тау|шағынаудан|аурухана|мектеб|мектеп|стационар|бекет|ескерткіш|орталығ|орталық|сыйлығ|университет|театр|мешіт|саябағ|көпір|әуежай|шатқал|түбег|қойма|мемлекет|кешен|жол|өңір|министрліг)(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)(?:н|ның|нің|на|не|нда|нде|ндағы|ндегі|нан|нен|мен)?$|^(?:атындағы|күні|қоры|қорының)$/;
const isPlaceAfter = wordQuestion((lower) => PLACE_NOUN_RE.test(lower), false);

// The accusative after a consonant is also how many names end (Сатыбалды, Бекболды): it is
// stripped only from a stem that is surely a name, a surname's shape, a known first name, or a stem
// in -и/-у, which takes the endings that follow a consonant (Тоқаевты, Берікті, Уәлиді).
const ACCUSATIVE_AFTER_CONSONANT = new Set(['ды', 'ді', 'ты', 'ті']);
const ACCUSATIVE_STEM_RE = /(?:ов|ев|ин|ова|ева|ина|[иу])$/;

/** Strip one case ending from a Kazakh name word unless the word is itself a known name. */
export function kkNominative(word: string): string {
  const lower = word.toLowerCase();
  if (nominativeGender(lower) !== undefined) return word;
  for (const ending of NAME_ENDINGS) {
    if (lower.length - ending.length < MIN_STEM || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (ACCUSATIVE_AFTER_CONSONANT.has(ending) && !ACCUSATIVE_STEM_RE.test(stem) && nominativeGender(stem) === undefined) return word;
    return word.slice(0, -ending.length);
  }
  return word;
}

// A case ending shows a name at a sentence start ("Тоқаевтың"), but only on a surname's sure shape, not on -ин/-ина/-аулы ("Карантинге", "Санаулы").
const SURE_SURNAME_RE = /(?:ов|ев|ова|ева|ұлы|қызы)(?:тың|тің|ның|нің|дың|дің|қа|ке|ға|ге|ты|ті|ны|ні|та|те|да|де|тан|тен|нан|нен|пен|бен|мен)?$/;

export const kkNameRules: NameRules = {
  firstName: wordQuestion((lower) => {
    if (isKnownFirstNameForm(lower)) return true;
    const stem = kkNominative(lower);
    return stem !== lower && nominativeGender(stem) !== undefined;
  }, false),
  normalize(words) {
    // Only the last word of a Kazakh name phrase carries the case ending.
    const out = [...words];
    out[out.length - 1] = kkNominative(out[out.length - 1]!);
    return out;
  },
  placeAfter: isPlaceAfter,
  inflected: wordQuestion((lower) => kkNominative(lower) !== lower, false),
  regionBefore: () => false,
  placeBefore: () => false,
  // Kazakh writes the surname first as often as last: two first names are no full name by themselves.
  firstNameAsSurname: false,
  sureSurname: wordQuestion((lower) => SURE_SURNAME_RE.test(lower), false),
};
