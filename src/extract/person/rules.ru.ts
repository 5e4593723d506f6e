import type { NameRules } from './index.js';
import { nominativeGender, isKnownFirstNameForm, type Gender } from './names.js';
import { memoByWord } from '../../segment/word-memo.js';
import { wordQuestion } from '../../segment/word.js';

/** Words after a capitalised word that make it a place or organisation ("области Абай" aside). */
const NOT_PERSON_AFTER = new Set([
  'область', 'области', 'областью', 'район', 'района', 'районе', 'город', 'города', 'улица', 'улицы', 'улице', 'проспект', 'проспекта',
  'университет', 'университета', 'университете', 'премия', 'премии', 'сельский', 'сельского', 'округ', 'округа', 'озеро', 'озера', 'река', 'реки',
]);

interface FirstReading {
  readonly nom: string;
  readonly gender: Gender;
  readonly oblique: boolean;
}

const MALE_OBLIQUE: ReadonlyArray<[string, string]> = [['ом', ''], ['ем', 'й'], ['а', ''], ['у', ''], ['е', ''], ['я', 'й'], ['ю', 'й'], ['ы', 'а'], ['и', 'я']];
const FEMALE_OBLIQUE: ReadonlyArray<[string, string]> = [['ой', 'а'], ['ою', 'а'], ['ей', 'я'], ['ы', 'а'], ['е', 'а'], ['у', 'а'], ['и', 'я'], ['ю', 'я'], ['и', 'ь']];

/** Every nominative a Russian first-name form can come from: "Берика" → Берик (m, oblique), "Малика" → Малика (f) or Малик (m, oblique). */
const firstReadings: (lower: string) => FirstReading[] = memoByWord(readFirstName);

function readFirstName(lower: string): FirstReading[] {
  const out: FirstReading[] = [];
  const g = nominativeGender(lower);
  if (g !== undefined) out.push({ nom: lower, gender: g, oblique: false });
  for (const [table, gender] of [[MALE_OBLIQUE, 'm'], [FEMALE_OBLIQUE, 'f']] as const) {
    for (const [suffix, replacement] of table) {
      if (!lower.endsWith(suffix)) continue;
      const nom = lower.slice(0, -suffix.length) + replacement;
      if (nominativeGender(nom) === gender) out.push({ nom, gender, oblique: true });
    }
  }
  return out;
}

const SURNAME_MALE_OBLIQUE: ReadonlyArray<[RegExp, string]> = [
  [/(ов|ев|ёв|ин|ын)(а|у|ым|е)$/, '$1'],
  [/(ск|цк)(ого|ому|им|ом)$/, '$1ий'],
  [/([ауоеиэ])(я|ю|ем|е)$/, '$1й'],
  [/([бвгджзклмнпрстфхцчшщ])(а|у|ом|е)$/, '$1'],
];
const SURNAME_FEMALE_OBLIQUE: ReadonlyArray<[RegExp, string]> = [
  [/(ов|ев|ёв|ин|ын)(ой|у)$/, '$1а'],
  [/(ск|цк)(ой|ую)$/, '$1ая'],
];

function surnameNominative(word: string, gender: Gender | undefined, oblique: boolean): string {
  if (!oblique || gender === undefined) return word;
  const table = gender === 'm' ? SURNAME_MALE_OBLIQUE : SURNAME_FEMALE_OBLIQUE;
  const lower = word.toLowerCase();
  for (const [re, rep] of table) {
    if (re.test(lower)) {
      return restoreCase(word, lower.replace(re, rep));
    }
  }
  return word;
}

/** Copy the letter case of `model` onto `lower` position by position ("КАРТАБАЯ", "картабай" → "КАРТАБАЙ"). */
function restoreCase(model: string, lower: string): string {
  // Most names are capitalised ("Берика"): with no capital after the first letter, only that letter's case is copied.
  const tail = model.slice(1);
  if (tail === tail.toLowerCase()) {
    const head = model.charAt(0);
    return head !== head.toLowerCase() && lower.length > 0 ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  }
  let out = '';
  for (let k = 0; k < lower.length; k++) {
    const m = model[k];
    out += m !== undefined && m !== m.toLowerCase() ? lower[k]!.toUpperCase() : lower[k]!;
  }
  return out;
}

export const ruNameRules: NameRules = {
  firstName: wordQuestion((lower) => isKnownFirstNameForm(lower) || firstReadings(lower).length > 0, false),
  normalize(words, roles, hint) {
    const firstIdx = roles.indexOf('first');
    const readings = firstIdx >= 0 ? firstReadings(words[firstIdx]!.toLowerCase()) : [];
    // Prefer the oblique reading in an oblique context ("советника … Малика Отарбаева"), else the nominative one.
    const reading = readings.find((r) => r.oblique === (hint === 'oblique')) ?? readings[0];
    const oblique = reading?.oblique ?? hint === 'oblique';
    const gender = reading?.gender ?? (hint === 'oblique' ? 'm' : undefined);
    // Pushed onto a literal rather than mapped: optimised Array#map returns a holey array, the other
    // languages a packed one, and the caller was deoptimised by the difference.
    const nominative: string[] = [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (roles[k] === 'first' && reading !== undefined) nominative.push(restoreCase(w, reading.nom));
      else if (roles[k] === 'surname') nominative.push(surnameNominative(w, gender, oblique));
      else if (roles[k] === 'patronymic' && oblique) nominative.push(w.replace(/(ович|евич|ич)(а|у|ем|е)$/, '$1').replace(/(овн|евн|ичн)(ы|е|у|ой)$/, '$1а'));
      else nominative.push(w);
    }
    return nominative;
  },
  notPersonAfter: NOT_PERSON_AFTER,
};

