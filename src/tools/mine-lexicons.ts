/**
 * Mines general lexicons from the NEREL train split (brat standoff), which its README allows:
 * first names (first word of two-word PERSON spans) and profession head words (PROFESSION spans).
 * Usage: node dist/tools/mine-lexicons.js ../shared/corpora/nerel-train
 * Writes src/lang/ru/first-names.nerel.json and src/lang/ru/heads.nerel.json.
 *
 * A profession is kept as its nominative with a declension class (see position/declension.ts):
 * a word form seen in a span is a lemma when it looks like a nominative and its generated forms
 * were seen at least MIN_COUNT times in all, so "журналистам" counts for "журналист" and the
 * extractor reads every case and number of it, not only the forms the corpus happened to use.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreesWith, declensionOf, ruForms, type Declension } from '../lang/ru/declension.js';

const MIN_COUNT = 2;
// A rarer head is kept when its nominative was seen and NEREL marks most of the word's uses in the corpus
// ("керамист", seen once, and marked there): a word that is mostly something else ("туристов") is marked seldom.
// (A lemma guessed from one oblique form is too often wrong: "главамь", "ведущ".)
const MIN_SHARE = 0.5;
// Spans often open with an adjective ("американских дипломатов"); keep nouns only.
// Words NEREL tags as professions in some sentences but that are mostly something else: groups,
// pronouns, the noun of a title phrase ("исполняющий обязанности", "командующий войсками"), "папа".
const NOT_HEADS = new Set([
  'её',
  'его',
  'временно',
  'защита',
  'звезд',
  'звезды',
  'звезда',
  'модель',
  'модели',
  'инвесторов',
  'участники',
  'участников',
  'член',
  'члены',
  'членов',
  'сторонники',
  'сторонников',
  'жители',
  'жителей',
  'граждане',
  'граждан',
  'люди',
  'людей',
  'население',
  'обязанности',
  'войсками',
  'войск',
  'папа',
  'глава',
  'кадр',
  'кадры',
  'команда',
  'персонал',
  'руководство',
  'состав',
  'власть',
  'власти',
  'полиция',
  'армия',
  'правительство',
  'график',
  'гость',
  'пара',
  'мама',
  'отец',
  'мать',
  'сын',
  'дочь',
  'брат',
  'сестра',
  'жена',
  'муж',
  'вдова',
  'друг',
  'герой',
  'героиня',
  'автор',
  'лицо',
  'лица',
  'совет',
  'фонд',
  'комитет',
  'телеканал',
  'округ',
  'отделение',
  'подразделение',
  'степень',
  'банк',
  'квн',
  'государство',
  'в',
  'группа',
  'голова',
  'коллектив',
  'семья',
  'клан',
  // statuses a person has, not work they do
  'кандидат',
  'наследник',
  'наследница',
  'пенсионер',
  'пассажир',
  'болельщик',
  'беженец',
  // a partner in a deal or a coalition, seldom one's work (NEREL marks 1 of 20)
  'партнер',
  'партнёр',
  // the noun after an adjectival profession, which the head finder takes for the head ("ведущий телепрограмм")
  'телепрограмм',
  'стендап',
]);
// "замминистра", "замглавы": abbreviated compounds that do not decline.
const INDECLINABLE_RE = /^зам(?:главы|гендиректора|директора|министра|начальника|председателя|прокурора|секретаря)$/;
// A hard-class nominative does not end like an oblique case ("членом", "парламентариев") or in a
// cluster that only a feminine stem leaves ("журналистк", "певиц").
const NOT_HARD_NOMINATIVE_RE = /(?:ом|ём|ем|ам|ям|ов|ев|ах|ях|[бвгджзйклмнпрстфхцчшщ][кц]|иц|сс|сл)$/;
// Feminine and common-gender titles in -а: "певица", "актриса", "журналистка", "королева", "аятолла".
const A_NOMINATIVE_RE = /(?:ица|иса|есса|[тн]ка|ина|ева|ова|лла|иха|уга)$/;
// In -я only "судья" and "-иня" ("герцогиня"); "подразделения" is a genitive.
const YA_NOMINATIVE_RE = /(?:ья|иня)$/;
const SOFT_NOMINATIVE_RE = /[бвгджзклмнпрстфхцчшщ]ь$/;
const ADJECTIVE_RE = /(?:ий|ый|ой|ая|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$/;
// Adjectival nouns ("полицейские", "нападающий", "телеведущая") are told by the endings no noun has;
// the stem before the ending, with the masculine ending, is the nominative.
const ADJECTIVAL_FORM_RE = /(?:ий|ый|ая|яя|ые|ие|ого|его|ому|ему|ых|их|ыми|ими|ую|юю)$/;
const ADJECTIVE_ENDING_RE = /(?:ыми|ими|ого|его|ому|ему|ий|ый|ая|яя|ые|ие|ую|юю|ых|их)$/;
// "муфтий", "парламентарий" are nouns; an adjective in -ий has a velar, hushing or н stem ("полицейский", "ведущий").
const NOUN_IN_II_RE = /[^кгхжшщчн]ий$/;
const SOFT_ADJECTIVE_RE = /(?:яя|его|ему|ие|их|ими|юю|ий)$/;
const dir = process.argv[2] ?? '../shared/corpora/nerel-train';
const firstNames = new Map<string, number>();
const headForms = new Map<string, number>();
// An adjectival profession seen alone in a span: as a noun, or before a noun it agrees with ("президентских выборах").
const adjectiveAsNoun = new Map<string, number>();
const adjectiveAsAdjective = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
/** Every lowercase word form of the corpus texts, counted: the uses a head's marked uses are a share of. */
const textForms = new Map<string, number>();

for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann'))) {
  const doc = readFileSync(join(dir, file.replace(/\.ann$/, '.txt')), 'utf8');
  for (const w of doc.toLowerCase().match(/[а-яё]+(?:-[а-яё]+)*/g) ?? []) bump(textForms, w);
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const [, label, text] = line.split('\t');
    if (label === undefined || text === undefined) continue;
    const words = text.split(/\s+/);
    if (label.startsWith('PERSON ') && words.length === 2 && /^[А-ЯЁ][а-яё]+$/.test(words[0]!) && /^[А-ЯЁ]/.test(words[1]!)) bump(firstNames, words[0]!);
    if (!label.startsWith('PROFESSION ')) continue;
    // The head is the first word that is not an adjective: "главный тренер", "министр финансов".
    const head = words.map((w) => w.toLowerCase()).find((w) => !ADJECTIVE_RE.test(w));
    if (head !== undefined && /^[а-яё]+(?:-[а-яё]+)*$/.test(head) && !NOT_HEADS.has(head)) bump(headForms, head);
    const only = words.length === 1 ? words[0]!.toLowerCase() : '';
    if (/^[а-яё]+$/.test(only) && ADJECTIVAL_FORM_RE.test(only) && !NOUN_IN_II_RE.test(only)) {
      const next = /^\s+([а-яё]{4,})/.exec(doc.slice(Number(label.split(' ')[2]), Number(label.split(' ')[2]) + 40))?.[1];
      bump(next !== undefined && agreesWith(only, next) ? adjectiveAsAdjective : adjectiveAsNoun, adjectiveNominative(only));
    }
  }
}

/** "полицейских" → "полицейский", "учёных" → "учёный". */
function adjectiveNominative(form: string): string {
  const stem = form.slice(0, ADJECTIVE_ENDING_RE.exec(form)!.index);
  return stem + (/[кгхжшщч]$/.test(stem) || SOFT_ADJECTIVE_RE.test(form) ? 'ий' : 'ый');
}

/** The nominatives a word form can belong to: the form itself, or its stem with a class's nominative ending. */
function candidates(form: string): Array<[string, Declension]> {
  if (INDECLINABLE_RE.test(form)) return [[form, 'indecl']];
  const out: Array<[string, Declension]> = [];
  const self = declensionOf(form);
  if (self !== undefined) out.push([form, self]);
  for (const [decl, nomEnding] of NOMINATIVE_ENDINGS) {
    for (const cut of [1, 2, 3, 4]) {
      if (form.length - cut < 3) break;
      const nom = form.slice(0, -cut) + nomEnding;
      if (declensionOf(nom) === decl && ruForms(nom, decl).some((f) => f.form === form && f.oblique)) out.push([nom, decl]);
    }
  }
  // "послом" → "посол": a vowel that drops before the last consonant, kept when the nominative was seen
  for (const cut of [1, 2, 3]) {
    const stem = form.slice(0, -cut);
    for (const vowel of ['о', 'е']) {
      const nom = stem.slice(0, -1) + vowel + stem.slice(-1);
      if (stem.length >= 3 && /[бвгджзклмнпрстфхцчшщ]{2}$/.test(stem) && headForms.has(nom) && ruForms(nom, 'fleeting').some((f) => f.form === form && f.oblique)) out.push([nom, 'fleeting']);
    }
  }
  return out.filter(
    ([nom, decl]) =>
      nom.length >= 4 &&
      !NOT_HEADS.has(`${nom}а`) &&
      (decl !== 'hard' || !NOT_HARD_NOMINATIVE_RE.test(nom) || nom === 'имам') &&
      (decl !== 'a' || A_NOMINATIVE_RE.test(nom)) &&
      (decl !== 'ya' || YA_NOMINATIVE_RE.test(nom)) &&
      (decl !== 'soft' || SOFT_NOMINATIVE_RE.test(nom)),
  );
}
const NOMINATIVE_ENDINGS: ReadonlyArray<[Declension, string]> = [
  ['hard', ''],
  ['soft', 'ь'],
  ['a', 'а'],
  ['ya', 'я'],
  ['ets', 'ец'],
];

/**
 * Each seen form goes to the candidate nominative whose forms were seen most often in all; a
 * nominative is kept when the forms it gathers were seen MIN_COUNT times and it was itself seen or
 * gathers two forms ("журналист", "журналистам" → журналист; "министра" goes to "министр").
 */
function lemmas(): Map<string, Declension> {
  const score = new Map<string, number>();
  const classOf = new Map<string, Declension>();
  for (const form of headForms.keys()) {
    if (candidates(form).some(([nom]) => NOT_HEADS.has(nom))) continue;
    for (const [nom, decl] of candidates(form)) {
      // a nominative with a fleeting vowel ("посол") also looks hard; its oblique forms tell
      if ((classOf.has(nom) && !(decl === 'fleeting' && classOf.get(nom) === 'hard')) || NOT_HEADS.has(nom) || /(?:ство|ства)$/.test(nom)) continue;
      classOf.set(nom, decl);
      score.set(
        nom,
        ruForms(nom, decl).reduce((n, f) => n + (headForms.get(f.form) ?? 0), 0),
      );
    }
  }
  const gathered = new Map<string, { count: number; forms: number }>();
  for (const [form, n] of headForms) {
    let best: string | undefined;
    for (const [nom] of candidates(form)) {
      if (!score.has(nom)) continue;
      // A form that is itself a nominative belongs to itself ("актриса" is no genitive of "актрис").
      if (nom === form) {
        best = nom;
        break;
      }
      if (best === undefined || score.get(nom)! > score.get(best)!) best = nom;
    }
    if (best === undefined) continue;
    const g = gathered.get(best) ?? { count: 0, forms: 0 };
    gathered.set(best, { count: g.count + n, forms: g.forms + 1 });
  }
  const out = new Map<string, Declension>();
  const rare = new Set<string>();
  for (const [nom, g] of gathered) {
    if (g.count >= MIN_COUNT && (headForms.has(nom) || g.forms >= 2)) out.set(nom, classOf.get(nom)!);
    else if (headForms.has(nom) && markedMostly(nom, classOf.get(nom)!, g.count)) rare.add(nom);
  }
  // a rare "nominative" that is an oblique form of a kept head is that head; one in -ок, -ек whose singular in -ка
  // is in the text is its genitive plural ("активисток", "нянечек")
  const oblique = new Set(
    [...out].flatMap(([nom, decl]) =>
      ruForms(nom, decl)
        .filter((f) => f.oblique)
        .map((f) => f.form),
    ),
  );
  const pluralOfKa = (nom: string): boolean => /[ое]к$/.test(nom) && textForms.has(`${nom.slice(0, -2)}ка`);
  for (const nom of rare) if (!oblique.has(nom) && !pluralOfKa(nom)) out.set(nom, classOf.get(nom)!);
  // "актрис" is the genitive plural of "актриса"; "-йец" is no Russian nominative ("бойцы" is of "боец").
  // "солисток" read with a fleeting vowel (its forms would hold "солистка") is a form of another lemma, not one of its own.
  for (const [nom, decl] of [...out]) if (out.has(`${nom}а`) || nom.endsWith('йец') || (decl === 'fleeting' && ruForms(nom, decl).some((f) => f.oblique && out.has(f.form)))) out.delete(nom);
  // An adjectival noun is kept when NEREL names it as a noun MIN_COUNT times and more often than as an adjective.
  for (const [nom, n] of adjectiveAsNoun) if (n >= MIN_COUNT && n > (adjectiveAsAdjective.get(nom) ?? 0) && !out.has(nom)) out.set(nom, 'adj');
  return out;
}

/** Whether the marked uses of a head are at least MIN_SHARE of all uses of its forms in the corpus. */
function markedMostly(nom: string, decl: Declension, marked: number): boolean {
  const uses = new Set(ruForms(nom, decl).map((f) => f.form));
  let all = 0;
  for (const form of uses) all += textForms.get(form) ?? 0;
  return marked >= MIN_SHARE * all;
}

const keep = (m: Map<string, number>): string[] =>
  [...m]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([w]) => w)
    .sort((a, b) => a.localeCompare(b, 'ru'));
const heads = Object.fromEntries([...lemmas()].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync('src/lang/ru/first-names.nerel.json', `${JSON.stringify(keep(firstNames), null, 0).replace(/","/g, '",\n"')}\n`);
writeFileSync('src/lang/ru/heads.nerel.json', `${JSON.stringify(heads, null, 0).replace(/","/g, '",\n"')}\n`);
console.error(`first names: ${keep(firstNames).length}, profession heads: ${Object.keys(heads).length}`);
