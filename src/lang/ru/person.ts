import type { NameHint, NameRole, NameRules } from '../../extract/person/index.js';
import { CYRILLIC_SURNAME_RE, KK_GIVEN_NAME_RE, nominativeGender, isKnownFirstNameForm, type Gender } from '../../extract/person/names.js';
import { personKey } from '../../link/keys.js';
import { isCyrillic, type Token } from '../../segment/tokenize.js';
import { memoByWord } from '../../segment/word-memo.js';
import { wordQuestion } from '../../segment/word.js';

/** Words after a capitalised word that make it a place or organisation ("области Абай" aside). */
const NOT_PERSON_AFTER = new Set([
  'область', 'области', 'областью', 'район', 'района', 'районе', 'город', 'города', 'улица', 'улицы', 'улице', 'проспект', 'проспекта',
  'университет', 'университета', 'университете', 'премия', 'премии', 'сельский', 'сельского', 'округ', 'округа', 'озеро', 'озера', 'река', 'реки',
]);
// Lowercase words before a capitalised word that make it a place: "на улице Лётчиков", "остров Сахалин", "округа Чарльз", "в парке Лесоводов".
// Units whose name follows them: "области Абай", "района Байзак" (a full name after them is a person: "аким района Ерлан Сапаров").
const REGION_BEFORE_RE = /^(?:област|район|округ|город|регион)/;
const PLACE_BEFORE_RE = /^(?:улиц|проспект|переул|бульвар|площад|парк|остров|округ|сел[оаеу]$|посёл[оке]|посел[оке]|деревн|станци|аэропорт|местност)/;

interface FirstReading {
  readonly nom: string;
  readonly gender: Gender;
  readonly oblique: boolean;
}

const MALE_OBLIQUE: ReadonlyArray<[string, string]> = [['ом', ''], ['ем', 'й'], ['ем', 'ь'], ['а', ''], ['у', ''], ['е', ''], ['е', 'ь'], ['я', 'й'], ['я', 'ь'], ['ю', 'й'], ['ю', 'ь'], ['ы', 'а'], ['и', 'я']];
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

/**
 * Case and gender of a Russian name as a bit set of the four readings: bit (f ? 2 : 0) + (oblique ? 1 : 0).
 * Each piece of evidence allows some readings; evidence that contradicts all the others is ignored.
 */
const M_NOM = 1;
const M_OBL = 2;
const F_NOM = 4;
const F_OBL = 8;
const ANY = 15;
const bitOf = (gender: Gender, oblique: boolean): number => (gender === 'f' ? 4 : 1) << (oblique ? 1 : 0);

// What a surname's ending allows: "-ова" is a woman's nominative or a man's genitive, "-ову" a man's dative or a woman's accusative.
const SURNAME_READINGS: ReadonlyArray<[RegExp, number]> = [
  [/(?:ов|ев|ёв|ин|ын)$/, M_NOM],
  [/(?:ов|ев|ёв|ин|ын)а$/, F_NOM | M_OBL],
  [/(?:ов|ев|ёв|ин|ын)у$/, M_OBL | F_OBL],
  [/(?:ов|ев|ёв|ин|ын)(?:ым|ом|е)$/, M_OBL],
  [/(?:ов|ев|ёв|ин|ын)(?:ой|ою)$/, F_OBL],
  [/(?:ск|цк)ий$/, M_NOM],
  [/(?:ск|цк)ая$/, F_NOM],
  [/(?:ск|цк)(?:ого|ому|им|ом)$/, M_OBL],
  [/(?:ск|цк)(?:ой|ую|ою)$/, F_OBL],
  // «Буша-младшего»: an adjective after a double surname's hyphen says the case.
  [/-\p{L}+(?:ого|его|ому|ему)$/u, M_OBL],
  // A man's surname ending in a consonant declines ("Картабая" from Картабай, "Бреннером" from Бреннер); a woman's does not.
  [/[бвгджзклмнпрстфхцчшщ](?:ом|ем)$/, M_OBL],
  [/[бвгджзйклмнпрстфхцчшщ]$/, M_NOM | F_NOM | F_OBL],
];

function surnameReadings(lower: string): number {
  for (const [re, bits] of SURNAME_READINGS) if (re.test(lower)) return bits;
  return ANY;
}

// Names that do not decline: a woman's ending in a consonant (Айгерим, Дамеш, Нургуль), a man's ending in a vowel other than -а/-я (Сатыбалды).
const INDECLINABLE_F_RE = /[бвгджзйклмнпрстфхцчшщь]$/;
const INDECLINABLE_M_RE = /[еиоуыэю]$/;

function firstNameBits(readings: readonly FirstReading[]): number {
  let bits = 0;
  for (const r of readings) {
    bits |= bitOf(r.gender, r.oblique);
    if (!r.oblique && (r.gender === 'f' ? INDECLINABLE_F_RE : INDECLINABLE_M_RE).test(r.nom)) bits |= bitOf(r.gender, true);
  }
  return bits === 0 ? ANY : bits;
}

const PATRONYMIC_OBLIQUE = /(?:ович|евич)(?:а|у|ем|е)$|(?:овн|евн|ичн)(?:ы|е|у|ой)$/;
// A woman's first name outside the lexicon, in an oblique case of the -а/-я declension: «Зухрой», «Мадины», «Натальей».
const FEMALE_FIRST_OBLIQUE = /(ой|ою|ей|ы|у|ю)$/;
const FEMALE_FIRST_NOMINATIVE: Readonly<Record<string, string>> = { ой: 'а', ою: 'а', ей: 'я', ы: 'а', у: 'а', ю: 'я' };
// "младшего", "старшего": an adjective after a double surname's hyphen.
const ADJECTIVE_PART = /(?:ого|его|ому|ему|им|ым)$/;

/** The surname and first name a reading gives: what the document is searched for. */
function nominativeUnder(words: readonly string[], roles: readonly NameRole[], readings: readonly FirstReading[], gender: Gender, oblique: boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const reading = roles[k] === 'first' ? readings.find((r) => r.gender === gender && r.oblique === oblique) : undefined;
    if (reading !== undefined) out.push(restoreCase(w, reading.nom));
    // «Елизаветы Петровны», «Ивана Денисовича»: a patronymic wherever it stands.
    else if (oblique && PATRONYMIC_OBLIQUE.test(w)) out.push(w.replace(/(ович|евич|ич)(а|у|ем|е)$/, '$1').replace(/(овн|евн|ичн)(ы|е|у|ой)$/, '$1а'));
    // A first name outside the lexicon declines like a man's surname in a consonant ("Саймоном" → Саймон,
    // "Людвига" → Людвиг), a woman's like a noun in -а («Зухрой» → Зухра); so does a foreign middle name («Исмаила Мохамеда»).
    else if ((roles[k] === 'first' && readings.length === 0) || roles[k] === 'patronymic') out.push(gender === 'm' ? surnameNominative(w, gender, oblique) : oblique ? restoreCase(w, w.toLowerCase().replace(FEMALE_FIRST_OBLIQUE, (_, e: string) => FEMALE_FIRST_NOMINATIVE[e] ?? e)) : w);
    // «Юркову-Данелия», «Буша-младшего»: each part of a double surname in its case.
    else if (roles[k] === 'surname') out.push(w.includes('-') ? w.split('-').map((part, n) => (n > 0 && oblique && ADJECTIVE_PART.test(part) ? part.replace(ADJECTIVE_PART, 'ий') : surnameNominative(part, gender, oblique))).join('-') : surnameNominative(w, gender, oblique));
    else out.push(w);
  }
  return out;
}

/** Keep the readings the evidence allows, unless it allows none of those left. */
const narrow = (bits: number, evidence: number): number => ((bits & evidence) !== 0 ? bits & evidence : bits);

// Preference among readings nothing tells apart: the nominative, then a man.
const PREFERENCE: ReadonlyArray<[Gender, boolean]> = [['m', false], ['f', false], ['m', true], ['f', true]];

const SURNAME_CASE_RE = /(?:ов|ев|ин)(?:а|у|ым|ой|е)$|(?:ова|ева|ина)$/;
// Past-tense verbs of people ("сообщила", "провел", "отрёкся"), not neuter ("сообщило").
const PAST_VERB_RE = /^(?:[а-яё]{2,}(?:ил|ал|ял|ел|ёл|ул|ыл|ла|лся|лась|ался|ался)|был|была)$/;
// Capitalised actors that are places or bodies: countries in -ия, collectives in -ство/-ция/-ние.
const NOT_ACTOR_RE = /(?:ия|ство|ция|ние|ение|ура|ата)$/;
// Known non-names in any case: "Украины", "Франции".
const OBLIQUE_TO_NOMINATIVE: ReadonlyArray<[RegExp, string]> = [[/(?:ии|ию|ией|ие)$/, 'ия'], [/[ыиеуо]й?$/, 'а'], [/(?:а|у|е|ом)$/, '']];
const SURNAME_CASES = ['', 'а', 'у', 'ом', 'ым', 'е', 'ой', 'ы', 'ой', 'ою', 'ы'];

// Words right before a name that agree with it in case and gender: "45-летнего", "известной", "бывшую", "27-летняя".
const AGREEING_BEFORE: ReadonlyArray<[RegExp, boolean, Gender]> = [
  [/^[а-яё]{2,}(?:ого|его|ому|ему)$/, true, 'm'],
  [/^[а-яё]*(?:летней|вшей|щей|ной|ской)$/, true, 'f'],
  [/^[а-яё]{2,}(?:ую|юю)$/, true, 'f'],
  [/^[а-яё]*летний$/, false, 'm'],
  [/^[а-яё]*летняя$/, false, 'f'],
];
const FEMININE_VERB_RE = /(?:ла|лась)$/;
const SPEECH_DASH = new Set(['—', '–', '-', ',']);
const isLowerWord = (tok: Token | undefined): tok is Token => tok !== undefined && tok.kind === 'word' && tok.text === tok.lower;

/** Case and gender evidence around the name in tokens [first, next): an oblique title or preposition before it, an agreeing word, a verb. */
function nameHint(t: readonly Token[], first: number, next: number, obliqueBefore: (i: number) => boolean, seen: ((lower: string) => boolean) | undefined): NameHint {
  // One literal shape whatever the evidence (see nominativeName in extract/person on V8's hidden classes).
  const hint = (oblique: boolean | undefined, gender: Gender | undefined): NameHint => ({ oblique, gender, seen });
  // "имени" (named after) takes the genitive: "Ассоциация имени Людвига ван Бетховена".
  if (obliqueBefore(first) || t[first - 1]?.lower === 'имени') return hint(true, undefined);
  const before = t[first - 1];
  if (isLowerWord(before) && !t[first]!.sentenceStart) {
    for (const [re, oblique, gender] of AGREEING_BEFORE) if (re.test(before.lower)) return hint(oblique, gender);
    // "— сказала Ж. Нурмурадкызы": a speech verb after a quotation has the name for its subject.
    if (PAST_VERB_RE.test(before.lower) && SPEECH_DASH.has(t[first - 2]?.text ?? '')) return hint(false, FEMININE_VERB_RE.test(before.lower) ? 'f' : 'm');
  }
  const after = t[next];
  if (isLowerWord(after) && PAST_VERB_RE.test(after.lower)) return hint(false, FEMININE_VERB_RE.test(after.lower) ? 'f' : 'm');
  return hint(undefined, undefined);
}

export const ruNameRules: NameRules = {
  firstName: wordQuestion((lower) => isKnownFirstNameForm(lower) || firstReadings(lower).length > 0, false),
  normalize(words, roles, hint) {
    const firstIdx = roles.indexOf('first');
    const readings = firstIdx >= 0 ? firstReadings(words[firstIdx]!.toLowerCase()) : [];
    const surnameIdx = roles.lastIndexOf('surname');
    let bits = ANY;
    // The forms themselves, then the words that agree with the name, then the other mentions of the document.
    if (surnameIdx >= 0) bits = narrow(bits, surnameReadings(words[surnameIdx]!.toLowerCase()));
    if (firstIdx >= 0) bits = narrow(bits, firstNameBits(readings));
    if (hint.oblique !== undefined) bits = narrow(bits, hint.oblique ? M_OBL | F_OBL : M_NOM | F_NOM);
    if (hint.gender !== undefined) bits = narrow(bits, hint.gender === 'm' ? M_NOM | M_OBL : F_NOM | F_OBL);
    if (hint.seen !== undefined && (bits & (bits - 1)) !== 0) bits = narrow(bits, seenReadings(words, roles, readings, bits, hint.seen));
    for (const [gender, oblique] of PREFERENCE) {
      if ((bits & bitOf(gender, oblique)) !== 0) return nominativeUnder(words, roles, readings, gender, oblique);
    }
    return [...words];
  },
  placeAfter: wordQuestion((lower) => NOT_PERSON_AFTER.has(lower), false),
  inflected: () => false,
  placeBefore: wordQuestion((lower) => PLACE_BEFORE_RE.test(lower), false),
  // Russian writes the surname first as often as last: two first names are no full name by themselves.
  firstNameAsSurname: false,
  regionBefore: wordQuestion((lower) => REGION_BEFORE_RE.test(lower), false),
  surnameShape: (t) => isCyrillic(t.text) && (CYRILLIC_SURNAME_RE.test(t.lower) || SURNAME_CASE_RE.test(t.lower)),
  givenNameShape: (lower) => KK_GIVEN_NAME_RE.test(lower),
  nameAtSentenceStart: () => false,
  mayBeCommonWord: () => true,
  caseFormOf(lower, known) {
    for (const [re, ending] of OBLIQUE_TO_NOMINATIVE) if (re.test(lower) && known.has(lower.replace(re, ending))) return true;
    return false;
  },
  laterForm(lower, names) {
    for (const ending of SURNAME_CASES) {
      if (ending === '' || !lower.endsWith(ending)) continue;
      const stem = lower.slice(0, -ending.length);
      const hit = names.get(personKey(stem)) ?? names.get(personKey(`${stem}а`)) ?? names.get(personKey(`${stem}я`)) ?? names.get(personKey(`${stem}й`));
      if (hit !== undefined) return hit;
    }
    return undefined;
  },
  nameHint,
  readsCapitalisedForms: true,
  loneNamesRecur: true,
  mononymsAfterTitles: true,
  namesAround: true,
  foreignNames: true,
  // Kinship nouns and age adjectives: what follows them capitalised is a person.
  kinBefore: /^(?:сын|сына|сыну|сыном|сыновья|сыновей|дочь|дочери|дочерью|дочерей|брат|брата|брату|братом|братья|сестра|сестры|сестре|сестру|сестрой|жена|жены|жене|жену|женой|муж|мужа|мужу|мужем|супруг|супруга|супруги|супруге|супругу|супругой|мать|матери|отец|отца|отцу|внук|внука|внучка|внучки|племянник|племянница|вдова|вдовы|[а-яё]*летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их))$/,
  // Adjectives end in -ым/-им there.
  instrumentalNoun: /^[а-яё-]{2,}[бвгджзклмнпрстфхцшщ](?:ом|ем)$/,
  actsAsPerson: (lower, nextLower) => !NOT_ACTOR_RE.test(lower) && PAST_VERB_RE.test(nextLower),
  // A lone surname-like word after these prepositions is a place ("в Ростове").
  placePrepositions: new Set(['в', 'во', 'на', 'из', 'под', 'через', 'по']),
  vocativeAt: () => false,
};

/** Readings whose nominative surname or first name the document writes elsewhere ("Слободина" where the text also says "Слободин"). */
function seenReadings(words: readonly string[], roles: readonly NameRole[], readings: readonly FirstReading[], bits: number, seen: (lower: string) => boolean): number {
  let out = 0;
  for (const [gender, oblique] of PREFERENCE) {
    const bit = bitOf(gender, oblique);
    if ((bits & bit) === 0) continue;
    const nominative = nominativeUnder(words, roles, readings, gender, oblique);
    for (let k = 0; k < words.length; k++) {
      const form = nominative[k]!.toLowerCase();
      if (roles[k] !== 'initial' && form !== words[k]!.toLowerCase() && seen(form)) out |= bit;
    }
  }
  return out;
}
