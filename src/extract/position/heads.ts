import kk from '../../lang/kk/heads.json' with { type: 'json' };
import ru from '../../lang/ru/heads.json' with { type: 'json' };
import mined from '../../lang/ru/heads.nerel.json' with { type: 'json' };
import roles from './roles.json' with { type: 'json' };
import { kkStems, stemGate } from '../../segment/morph-kk.js';
import { memoByWord } from '../../segment/word-memo.js';
import { wordQuestion, type Word } from '../../segment/word.js';
import { foldKazakh } from '../../link/fold.js';
import { DECLENSIONS, ruForms, type Declension } from './declension.js';
import { oneOf } from '../../lang/lexicon-check.js';

/** Russian title word forms → nominative, whether the form is oblique or plural, and whether it names an occupation rather than an office. */
export interface RuHeadForm {
  readonly nom: string;
  readonly oblique: boolean;
  readonly plural: boolean;
  /** A profession or rank mined from NEREL ("журналист", "полковник"), not an office of lang/ru/heads.json. */
  readonly occupation: boolean;
}

const RU_FORMS = new Map<string, RuHeadForm>();
// Forms that are mostly another word: "политика" (politics), "премьера" (a first night).
const RU_HOMOGRAPHS: ReadonlySet<string> = new Set(ru.homographs);
function addForms(nom: string, decl: Declension, occupation: boolean): void {
  for (const f of ruForms(nom, decl)) {
    if (!RU_FORMS.has(f.form) && !RU_HOMOGRAPHS.has(f.form)) RU_FORMS.set(f.form, { nom, oblique: f.oblique, plural: f.plural, occupation });
  }
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

// "экс-президента", "вице-губернатора": a prefix before a title leaves the title's reading.
const RU_TITLE_PREFIX_RE = /^(?:экс|вице|и\.о|врио)-/;

/** A title word, or a hyphenated compound that opens with one ("врач-реаниматолог", "журналиста-расследователя") or a prefix before one. */
function computeRuHeadForm(lower: string): RuHeadForm | undefined {
  const whole = RU_FORMS.get(lower);
  if (whole !== undefined || !lower.includes('-')) return whole;
  const prefixed = RU_TITLE_PREFIX_RE.exec(lower);
  if (prefixed !== null) return RU_FORMS.get(lower.slice(prefixed[0].length));
  const head = RU_FORMS.get(lower.slice(0, lower.indexOf('-')));
  // the second part names the speciality, so the compound is an occupation whatever its head
  return head === undefined
    ? undefined
    : { nom: head.nom + lower.slice(lower.indexOf('-')).replace(/(?:а|я|у|ю|ом|ем|е|ы|и|ов|ей|ам|ям|ами|ями|ах|ях)$/, ''), oblique: head.oblique, plural: head.plural, occupation: true };
}
export const RU_MODIFIERS: ReadonlyMap<string, string> = new Map(Object.entries(ru.modifiers));
export const RU_KEEP_CAPITAL: ReadonlySet<string> = new Set(ru.keepCapital);
/** Stems of adjectives that say when or how well, not what post: "бывший", "известный", "наш". */
export const RU_NOT_MODIFIERS: ReadonlySet<string> = new Set(ru.notModifiers);
/** Stems of adjectives that are part of an occupation's name ("главный редактор", "художественный руководитель"); a nationality is not. */
export const RU_FUNCTIONAL_ADJECTIVES: ReadonlySet<string> = new Set(ru.functionalAdjectives);

const KK_HEADS = new Set(kk.heads);
const KK_COMPOUND_RIGHT = new Set(kk.compoundRight);
/** Heads that are ordinary words without an owner: "басшы" (a leader) is a title only as "X басшысы". */
export const KK_NEED_OWNER: ReadonlySet<string> = new Set(kk.needOwner);
export const KK_KEEP_CAPITAL: ReadonlySet<string> = new Set(kk.keepCapital);
/** Nouns of the administrative chain that may stand in the nominative: "облыс әкімі", "Жаңасемей ауданы". */
export const KK_ADMIN_NOUNS: ReadonlySet<string> = new Set(kk.adminNouns);
/** Words that qualify a title from before without owning it: "Тұңғыш Президент", "бас прокурор", "бірінші орынбасары". */
export const KK_MODIFIERS: ReadonlySet<string> = new Set(kk.modifiers);
/** Discourse words, pronouns and possessives a reader leaves out of a title: "Сондай-ақ", "еліміздің". */
export const KK_DETERMINERS: ReadonlySet<string> = new Set(kk.determiners);
/** Postpositions inside an organisation's name: "Әйелдер істері бойынша", "Жемқорлыққа қарсы". */
export const KK_POSTPOSITIONS: ReadonlySet<string> = new Set(kk.postpositions);
const KK_NAMED_THINGS: ReadonlySet<string> = new Set(kk.namedThings);
/** "Президент телерадиокешені", "президент сайлауы": a noun a bare title word names, so the title is no post. */
export const isKkNamedThing: (word: Word | undefined) => boolean = wordQuestion((lower) => kkStems(lower, 3).some((s) => KK_NAMED_THINGS.has(s.stem) || KK_NAMED_THINGS.has(unvoiced(s.stem))), false);
// A final к, қ, п voices before a vowel ending: "әкімшілік" → "әкімшілігі", "кубок" → "кубогы".
const unvoiced = (stem: string): string => stem.replace(/[гғб]$/, (c) => (c === 'г' ? 'к' : c === 'ғ' ? 'қ' : 'п'));

export interface KkHeadForm {
  readonly stem: string;
  /** Third-person possessive kept in the nominative ("әкімі"), empty when absent or 1st/2nd person. */
  readonly possessive: string;
  readonly plural: boolean;
}

const POSSESSIVE_3 = ['сы', 'сі', 'ы', 'і'];

/**
 * "әкімінің" → stem әкім, possessive і; "басшысына" → басшы + сы; "Президентіміз" → президент.
 * Asked for every word of a Kazakh text, and again by the chain rules: answered once per word form.
 */
export const kkHeadForm: (word: Word | undefined) => KkHeadForm | undefined = wordQuestion(computeKkHeadForm, undefined);

let KK_HEAD_START = stemGate(KK_HEADS);

function computeKkHeadForm(lower: string): KkHeadForm | undefined {
  if (!KK_HEAD_START(lower)) return undefined;
  for (const { stem, ending } of kkStems(lower, 3)) {
    if (!KK_HEADS.has(stem)) continue;
    const plural = /^(?:лар|лер|дар|дер|тар|тер)/.test(ending);
    // "әкімдері": the possessive comes after the plural
    const after = plural ? ending.slice(3) : ending;
    // "әкімімен", "Президентімен": the instrumental after the possessive, not a first person "-ім"
    const possessive = POSSESSIVE_3.find((p) => after.startsWith(p) && (!after.startsWith(`${p}м`) || after === `${p}мен`)) ?? '';
    return { stem, possessive, plural };
  }
  return undefined;
}
export const isKkCompoundRight = (stem: string): boolean => KK_COMPOUND_RIGHT.has(stem);

const ROLE_RULES = roles.map((r) => ({ role: r.role, re: new RegExp(r.pattern) }));

/** User lexicons (src/lexicon/install.ts): a Russian title head, declined like the built-in heads. */
export const addRuTitleHead = (head: string, declension: Declension | undefined): void => addRuHead(head, declension ?? 'hard');

/** User lexicons: a Kazakh title head (a stem). */
export function addKkTitleHead(head: string): void {
  KK_HEADS.add(head);
  KK_HEAD_START = stemGate(KK_HEADS);
}

/** User lexicons: a role for positions whose norm has this head (lowercase); the user's roles come first. */
export function addTitleRole(head: string, role: string): void {
  const folded = foldKazakh(head)
    .replace(/ё/g, 'е')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  ROLE_RULES.unshift({ role, re: new RegExp(`(?:^|\\s)${folded}\\S*`) });
}

/**
 * Canonical role of a nominative position, the same for "аким области" and "облыс әкімі".
 * Titles recur across articles ("облыс әкімі"), so the answer is remembered per title.
 */
export const roleOf: (norm: string) => string | undefined = memoByWord(computeRole);

function computeRole(norm: string): string | undefined {
  const folded = foldKazakh(norm.toLowerCase())
    .replace(/ё/g, 'е')
    .replace(/[«»"“”]/g, '');
  return ROLE_RULES.find((r) => r.re.test(folded))?.role;
}
