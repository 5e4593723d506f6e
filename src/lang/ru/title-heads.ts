import ru from './heads.json' with { type: 'json' };
import mined from './heads.nerel.json' with { type: 'json' };
import { wordQuestion, type Word } from '../../segment/word.js';
import { DECLENSIONS, ruForms, type Declension } from './declension.js';
import { oneOf } from '../lexicon-check.js';
import { foldYo } from '../../link/fold.js';

/** Russian title word forms → nominative, whether the form is oblique or plural, and whether it names an occupation rather than an office. */
export interface RuHeadForm {
  readonly nom: string;
  readonly oblique: boolean;
  readonly plural: boolean;
  /** A profession or rank mined from NEREL ("журналист", "полковник"), not an office of lang/ru/heads.json. */
  readonly occupation: boolean;
  /** An adjective used as a noun ("полицейский", "ведущая"): before a noun that agrees with it, it is that noun's adjective. */
  readonly adjective: boolean;
  /** A head that does not decline («замминистра», «атташе»): its form tells no case. */
  readonly indeclinable: boolean;
}

// Forms that are mostly another word: "политика" (politics), "премьера" (a first night). Their
// title readings are taken only where the context tells (see homographHeadForm).
const RU_HOMOGRAPHS: ReadonlySet<string> = new Set(ru.homographs);

/**
 * A title head and, once a word has asked for it, its forms. The forms of all ~540 heads (~6,000)
 * are not made when the module loads: that cost every run ~6 ms and, on another thread, ~10 ms of
 * optimising compilation, before the first document. A word is read by the few heads whose
 * nominative it can be a form of: every form of a head begins with its nominative but for the last
 * two letters (the longest any declension class cuts), so heads are found by that beginning.
 */
interface Head {
  readonly nom: string;
  readonly decl: Declension;
  readonly occupation: boolean;
  /** Its precedence: where two heads share a form, the earlier one's reading is the form's. */
  readonly rank: number;
  /** The nominative without its last two letters, «ё» read as «е»: every form (so read) begins with it. */
  readonly stem: string;
  forms: Map<string, RuHeadForm> | undefined;
}
const HEADS: Head[] = [];
// Heads by the first STEM_KEY letters of their stem; the few with a shorter stem («мэр») apart.
const STEM_KEY = 3;
const HEADS_BY_STEM = new Map<string, Head[]>();
const SHORT_STEM_HEADS: Head[] = [];

function addHead(nom: string, decl: Declension, occupation: boolean): void {
  const stem = foldYo(nom.slice(0, Math.max(0, nom.length - 2)));
  const head: Head = { nom, decl, occupation, rank: HEADS.length, stem, forms: undefined };
  HEADS.push(head);
  if (stem.length < STEM_KEY) SHORT_STEM_HEADS.push(head);
  else {
    const key = stem.slice(0, STEM_KEY);
    const list = HEADS_BY_STEM.get(key);
    if (list === undefined) HEADS_BY_STEM.set(key, [head]);
    else list.push(head);
  }
}

/** A head's forms, each with its reading; the first reading of a form stands. */
function formsOf(head: Head): Map<string, RuHeadForm> {
  if (head.forms !== undefined) return head.forms;
  const forms = new Map<string, RuHeadForm>();
  const { nom, decl, occupation } = head;
  const adjective = decl === 'adj';
  const indeclinable = decl === 'indecl';
  // A form and, when it has «ё», its spelling with «е» («шахтёра» / «шахтера»).
  const add = (form: string, reading: RuHeadForm): void => {
    if (!forms.has(form)) forms.set(form, reading);
    if (form.includes('ё')) add(foldYo(form), reading);
  };
  for (const f of ruForms(nom, decl)) add(f.form, { nom, oblique: f.oblique, plural: f.plural, occupation, adjective, indeclinable });
  // "ведущая", "телеведущей": an adjectival noun has a feminine of its own, whose nominative is its norm
  if (adjective) {
    const stem = nom.slice(0, -2);
    const fem = `${stem}ая`;
    add(fem, { nom: fem, oblique: false, plural: false, occupation, adjective, indeclinable });
    for (const e of FEMININE_OBLIQUE) add(stem + e, { nom: fem, oblique: true, plural: false, occupation, adjective, indeclinable });
  }
  head.forms = forms;
  return forms;
}
const FEMININE_OBLIQUE = ['ой', 'ей', 'ую'];

/**
 * The reading of a form of any head, homograph or not: that of the first head, in rank, that has
 * the form. Asked once per word form (the answer is kept with the word, see ruHeadForm).
 */
function formReading(form: string): RuHeadForm | undefined {
  const folded = form.includes('ё') ? foldYo(form) : form;
  const best = { reading: undefined as RuHeadForm | undefined, rank: HEADS.length };
  if (folded.length >= STEM_KEY) readFrom(HEADS_BY_STEM.get(folded.slice(0, STEM_KEY)), form, folded, best);
  readFrom(SHORT_STEM_HEADS, form, folded, best);
  return best.reading;
}

/** The first head of `heads` (in rank order) that has the form, if it ranks before the best so far. */
function readFrom(heads: readonly Head[] | undefined, form: string, folded: string, best: { reading: RuHeadForm | undefined; rank: number }): void {
  if (heads === undefined) return;
  for (const head of heads) {
    if (head.rank >= best.rank) return;
    if (!folded.startsWith(head.stem)) continue;
    const reading = formsOf(head).get(form);
    if (reading !== undefined) {
      best.reading = reading;
      best.rank = head.rank;
      return;
    }
  }
}
/** The title reading of a form that is no homograph. */
const titleForm = (form: string): RuHeadForm | undefined => (RU_HOMOGRAPHS.has(form) ? undefined : formReading(form));

// Offices, and the professions and ranks among the hand-written heads ("журналист", "генерал").
const RU_OCCUPATIONS: ReadonlySet<string> = new Set(ru.occupations);
for (const [nom, decl] of Object.entries(ru.heads)) addHead(nom, oneOf(DECLENSIONS, decl, 'ru/heads.json'), RU_OCCUPATIONS.has(nom));
// Professions and ranks mined from NEREL train (src/tools/mine-lexicons.ts), in every case and number.
for (const [nom, decl] of Object.entries(mined)) addHead(nom, oneOf(DECLENSIONS, decl, 'ru/heads.nerel.json'), true);
/** A title head from a user lexicon: an office, in every case and number. */
const addRuHead = (nom: string, decl: Declension): void => addHead(nom, decl, false);

/** A head's genitive singular («аким» → «акима», «посол» → «посла»), for the post it owns; undefined for a word no head is, or an adjective. */
export function ruHeadGenitive(nom: string): string | undefined {
  const stem = foldYo(nom.slice(0, Math.max(0, nom.length - 2)));
  const head = (stem.length < STEM_KEY ? SHORT_STEM_HEADS : HEADS_BY_STEM.get(stem.slice(0, STEM_KEY)))?.find((h) => h.nom === nom);
  if (head === undefined || head.decl === 'adj') return undefined;
  return head.decl === 'indecl' ? nom : ruForms(nom, head.decl)[1]?.form;
}

/** The title-head reading of a Russian word, kept with the word (see segment/word.ts). */
export const ruHeadForm: (word: Word | undefined) => RuHeadForm | undefined = wordQuestion(computeRuHeadForm, undefined);

/** The title reading of a homograph ("премьера", "политика"), or of one after a prefix that only titles take ("экс-премьера"). */
export function homographHeadForm(lower: string): RuHeadForm | undefined {
  const prefixed = RU_TITLE_PREFIX_RE.exec(lower);
  const form = prefixed === null ? lower : lower.slice(prefixed[0].length);
  return RU_HOMOGRAPHS.has(form) ? formReading(form) : undefined;
}

const RU_COMPOUND_PREFIXES: ReadonlySet<string> = new Set(ru.compoundPrefixes);
// "экс-президента", "вице-губернатора": a prefix before a title leaves the title's reading.
const RU_TITLE_PREFIX_RE = /^(?:экс|вице|и\.о|врио)-/;

/** A title word, or a hyphenated compound that opens with one ("врач-реаниматолог", "журналиста-расследователя") or a prefix before one. */
export function computeRuHeadForm(lower: string): RuHeadForm | undefined {
  // «королём», «вождём»: a stressed ending the forms spell with «е»
  const whole = titleForm(lower) ?? (lower.includes('ё') ? titleForm(foldYo(lower)) : undefined);
  // «премьер-лиги»: a compound that names a thing, listed among the homographs
  if (whole !== undefined || !lower.includes('-') || RU_HOMOGRAPHS.has(lower)) return whole;
  const prefixed = RU_TITLE_PREFIX_RE.exec(lower);
  if (prefixed !== null) return titleForm(lower.slice(prefixed[0].length));
  const first = lower.slice(0, lower.indexOf('-'));
  // «поп-певица», «веб-разработчик»: a genre or a medium before the title says what kind; the title is the second part
  if (RU_COMPOUND_PREFIXES.has(first)) {
    const second = titleForm(lower.slice(first.length + 1));
    return second === undefined ? undefined : { ...second, nom: `${first}-${second.nom}`, occupation: true };
  }
  const head = titleForm(first);
  // the second part names the speciality, so the compound is an occupation whatever its head
  return head === undefined
    ? undefined
    : {
        nom: head.nom + lower.slice(lower.indexOf('-')).replace(/(?:а|я|у|ю|ом|ем|е|ы|и|ов|ей|ам|ям|ами|ями|ах|ях)$/, ''),
        oblique: head.oblique,
        plural: head.plural,
        occupation: true,
        adjective: head.adjective,
        indeclinable: head.indeclinable,
      };
}
export const RU_MODIFIERS: ReadonlyMap<string, string> = new Map(Object.entries(ru.modifiers));
export const RU_KEEP_CAPITAL: ReadonlySet<string> = new Set(ru.keepCapital);
/** Heads that name a status, not a post (wealth, study): see ruLinkCues.unheld. */
export const RU_STATUSES: ReadonlySet<string> = new Set(ru.statuses);
/** Heads of a membership («член», «представитель») and the stems of the owners that make it one, not a post («партии», «блока», «семьи»). */
export const RU_MEMBER_HEADS: ReadonlySet<string> = new Set(ru.memberHeads);
export const RU_MEMBERSHIP_OWNERS: readonly string[] = ru.membershipOwners;
/** Stems of adjectives that say when or how well, not what post: "бывший", "известный", "наш". */
export const RU_NOT_MODIFIERS: ReadonlySet<string> = new Set(ru.notModifiers);
/** Stems of adjectives that are part of an occupation's name ("главный редактор", "художественный руководитель"); a nationality is not. */
export const RU_FUNCTIONAL_ADJECTIVES: ReadonlySet<string> = new Set(ru.functionalAdjectives);

/** User lexicons (src/lexicon/install.ts): a Russian title head, declined like the built-in heads. */
export const addRuTitleHead = (head: string, declension: Declension | undefined): void => addRuHead(head, declension ?? 'hard');
