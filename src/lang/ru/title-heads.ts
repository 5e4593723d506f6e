import ru from './heads.json' with { type: 'json' };
import mined from './heads.nerel.json' with { type: 'json' };
import { wordQuestion, type Word } from '../../segment/word.js';
import { DECLENSIONS, ruForms, type Declension } from './declension.js';
import { oneOf } from '../lexicon-check.js';

/** Russian title word forms → nominative, whether the form is oblique or plural, and whether it names an occupation rather than an office. */
export interface RuHeadForm {
  readonly nom: string;
  readonly oblique: boolean;
  readonly plural: boolean;
  /** A profession or rank mined from NEREL ("журналист", "полковник"), not an office of lang/ru/heads.json. */
  readonly occupation: boolean;
  /** An adjective used as a noun ("полицейский", "ведущая"): before a noun that agrees with it, it is that noun's adjective. */
  readonly adjective: boolean;
}

const RU_FORMS = new Map<string, RuHeadForm>();
// Forms that are mostly another word: "политика" (politics), "премьера" (a first night).
const RU_HOMOGRAPHS: ReadonlySet<string> = new Set(ru.homographs);
/** Their title readings, taken only where the context tells (see homographHeadForm). */
const HOMOGRAPH_FORMS = new Map<string, RuHeadForm>();
function addForms(nom: string, decl: Declension, occupation: boolean): void {
  const adjective = decl === 'adj';
  for (const f of ruForms(nom, decl)) add(f.form, { nom, oblique: f.oblique, plural: f.plural, occupation, adjective });
  // "ведущая", "телеведущей": an adjectival noun has a feminine of its own, whose nominative is its norm
  if (adjective) {
    const stem = nom.slice(0, -2);
    const fem = `${stem}ая`;
    add(fem, { nom: fem, oblique: false, plural: false, occupation, adjective });
    for (const e of FEMININE_OBLIQUE) add(stem + e, { nom: fem, oblique: true, plural: false, occupation, adjective });
  }
}
const FEMININE_OBLIQUE = ['ой', 'ей', 'ую'];
/** A form and, when it has «ё», its spelling with «е» («шахтёра» / «шахтера»). */
function add(form: string, reading: RuHeadForm): void {
  const forms = RU_HOMOGRAPHS.has(form) ? HOMOGRAPH_FORMS : RU_FORMS;
  if (!forms.has(form)) forms.set(form, reading);
  if (form.includes('ё')) add(form.replaceAll('ё', 'е'), reading);
}
// Offices, and the professions and ranks among the hand-written heads ("журналист", "генерал").
const RU_OCCUPATIONS: ReadonlySet<string> = new Set(ru.occupations);
for (const [nom, decl] of Object.entries(ru.heads)) addForms(nom, oneOf(DECLENSIONS, decl, 'ru/heads.json'), RU_OCCUPATIONS.has(nom));
// Professions and ranks mined from NEREL train (src/tools/mine-lexicons.ts), in every case and number.
for (const [nom, decl] of Object.entries(mined)) addForms(nom, oneOf(DECLENSIONS, decl, 'ru/heads.nerel.json'), true);
/** A title head from a user lexicon: an office, in every case and number. */
const addRuHead = (nom: string, decl: Declension): void => addForms(nom, decl, false);

/** The title-head reading of a Russian word, kept with the word (see segment/word.ts). */
export const ruHeadForm: (word: Word | undefined) => RuHeadForm | undefined = wordQuestion(computeRuHeadForm, undefined);

/** The title reading of a homograph ("премьера", "политика"), or of one after a prefix that only titles take ("экс-премьера"). */
export function homographHeadForm(lower: string): RuHeadForm | undefined {
  const prefixed = RU_TITLE_PREFIX_RE.exec(lower);
  return HOMOGRAPH_FORMS.get(prefixed === null ? lower : lower.slice(prefixed[0].length));
}

// "экс-президента", "вице-губернатора": a prefix before a title leaves the title's reading.
const RU_TITLE_PREFIX_RE = /^(?:экс|вице|и\.о|врио)-/;

/** A title word, or a hyphenated compound that opens with one ("врач-реаниматолог", "журналиста-расследователя") or a prefix before one. */
export function computeRuHeadForm(lower: string): RuHeadForm | undefined {
  // «королём», «вождём»: a stressed ending the forms spell with «е»
  const whole = RU_FORMS.get(lower) ?? (lower.includes('ё') ? RU_FORMS.get(lower.replaceAll('ё', 'е')) : undefined);
  // «премьер-лиги»: a compound that names a thing, listed among the homographs
  if (whole !== undefined || !lower.includes('-') || RU_HOMOGRAPHS.has(lower)) return whole;
  const prefixed = RU_TITLE_PREFIX_RE.exec(lower);
  if (prefixed !== null) return RU_FORMS.get(lower.slice(prefixed[0].length));
  const head = RU_FORMS.get(lower.slice(0, lower.indexOf('-')));
  // the second part names the speciality, so the compound is an occupation whatever its head
  return head === undefined
    ? undefined
    : {
        nom: head.nom + lower.slice(lower.indexOf('-')).replace(/(?:а|я|у|ю|ом|ем|е|ы|и|ов|ей|ам|ям|ами|ями|ах|ях)$/, ''),
        oblique: head.oblique,
        plural: head.plural,
        occupation: true,
        adjective: head.adjective,
      };
}
export const RU_MODIFIERS: ReadonlyMap<string, string> = new Map(Object.entries(ru.modifiers));
export const RU_KEEP_CAPITAL: ReadonlySet<string> = new Set(ru.keepCapital);
/** Stems of adjectives that say when or how well, not what post: "бывший", "известный", "наш". */
export const RU_NOT_MODIFIERS: ReadonlySet<string> = new Set(ru.notModifiers);
/** Stems of adjectives that are part of an occupation's name ("главный редактор", "художественный руководитель"); a nationality is not. */
export const RU_FUNCTIONAL_ADJECTIVES: ReadonlySet<string> = new Set(ru.functionalAdjectives);

/** User lexicons (src/lexicon/install.ts): a Russian title head, declined like the built-in heads. */
export const addRuTitleHead = (head: string, declension: Declension | undefined): void => addRuHead(head, declension ?? 'hard');
