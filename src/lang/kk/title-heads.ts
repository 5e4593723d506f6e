import kk from './heads.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import { kkStems, stemGate, voicelessFinal } from './morph.js';
import { wordQuestion, type Word } from '../../segment/word.js';

const KK_HEADS = new Set(kk.heads);
const KK_COMPOUND_RIGHT = new Set(kk.compoundRight);
/** Heads that are ordinary words without an owner: "басшы" (a leader) is a title only as "X басшысы". */
export const KK_NEED_OWNER: ReadonlySet<string> = new Set(kk.needOwner);
/**
 * Occupations that are a post only beside the name of the one who holds it: «станцияның инженері Виктор
 * Шульц», not «болашақ инженер» or «полиция қызметкері» said of anyone.
 */
export const KK_NAME_ONLY: ReadonlySet<string> = new Set(kk.nameOnly);
export const KK_KEEP_CAPITAL: ReadonlySet<string> = new Set(kk.keepCapital);
/** Nouns of the administrative chain that may stand in the nominative: "облыс әкімі", "Жаңасемей ауданы". */
export const KK_ADMIN_NOUNS: ReadonlySet<string> = new Set(kk.adminNouns);
/** Words that qualify a title from before without owning it: "Тұңғыш Президент", "бас прокурор", "бірінші орынбасары". */
export const KK_MODIFIERS: ReadonlySet<string> = new Set(kk.modifiers);
/** «бұрынғы», «экс-»: a post's past, which the linker reads as `former`; a reader leaves it out of the post's wording. */
export const KK_FORMER: ReadonlySet<string> = new Set(kk.former);
// «экс-министр», «экс-әкімі»: the prefix glued to the head by a hyphen.
export const KK_FORMER_PREFIX_RE = new RegExp(`^(?:${kk.former.join('|')})-`);
/** Adjectives with no adjective's ending that qualify a title or its owner: «әскери комиссар», «жоғары білім министрі». */
export const KK_ADJECTIVES: ReadonlySet<string> = new Set(kk.adjectives);
/** Kazakhstan's regions, cities and districts (lowercase; a name of two words with its space): never a verb or a case form. */
export const KK_PLACES: ReadonlySet<string> = new Set(places.places);
/** Discourse words, pronouns and possessives a reader leaves out of a title: "Сондай-ақ", "еліміздің". */
export const KK_DETERMINERS: ReadonlySet<string> = new Set(kk.determiners);
/** Postpositions inside an organisation's name: "Әйелдер істері бойынша", "Жемқорлыққа қарсы". */
export const KK_POSTPOSITIONS: ReadonlySet<string> = new Set(kk.postpositions);
const KK_NAMED_THINGS: ReadonlySet<string> = new Set(kk.namedThings);
/** Titles that follow a given name and only there: "Төле би", "Наурызбай қажы", "Иса пайғамбар" ("би" alone is a dance). */
export const KK_AFTER_NAME: ReadonlySet<string> = new Set(kk.afterName);
/** Heads that name a member of a group rather than a post when the group owns them: "бизнес өкілі", "ұлт өкілі". */
export const KK_MEMBER_HEADS: ReadonlySet<string> = new Set(kk.memberHeads);
/** The groups: "бизнес", "ұлт", "билік". */
export const KK_MEMBER_GROUPS: ReadonlySet<string> = new Set(kk.memberGroups);
/** Words that count a noun as many ("бірнеше өңір жетекшісі", "барлық дәрігер"): a Kazakh noun stays singular after them. */
export const KK_QUANTIFIERS: ReadonlySet<string> = new Set(kk.quantifiers);
// A plural, then the third-person possessive: the ending of a compound's second noun («сайлауы», «мектептері»).
const COMPOUND_POSSESSIVE = /^(?:[лдт][ае]р)?с?[ыі]/;
/**
 * "Президент телерадиокешені", "президент сайлауы": a noun a bare title word names, so the title is no
 * post. The noun carries the third-person possessive of the compound (-ы, -і, -сы, -сі, before a case
 * ending or after a plural); a bare noun begins the next phrase («Әкім мектеп ұжымын құттықтады»).
 */
export const isKkNamedThing: (word: Word | undefined) => boolean = wordQuestion(
  (lower) => kkStems(lower, 3).some((s) => COMPOUND_POSSESSIVE.test(s.ending) && (KK_NAMED_THINGS.has(s.stem) || KK_NAMED_THINGS.has(voicelessFinal(s.stem)))),
  false,
);

export interface KkHeadForm {
  readonly stem: string;
  /** Third-person possessive kept in the nominative ("әкімі"), empty when absent or 1st/2nd person. */
  readonly possessive: string;
  readonly plural: boolean;
}

const POSSESSIVE_3 = ['сы', 'сі', 'ы', 'і'];
// After a two-letter head the similative ending mostly makes another word: «бидай» (wheat) is no «би» + «-дай».
const SIMILATIVE_END_RE = /(?:дай|дей|тай|тей|ша|ше)$/;

/**
 * "әкімінің" → stem әкім, possessive і; "басшысына" → басшы + сы; "Президентіміз" → президент.
 * Asked for every word of a Kazakh text, and again by the chain rules: answered once per word form.
 */
export const kkHeadForm: (word: Word | undefined) => KkHeadForm | undefined = wordQuestion(computeKkHeadForm, undefined);

let KK_HEAD_START = stemGate(KK_HEADS);
// The shortest head ("би") sets how short a stem the endings may leave.
let KK_MIN_HEAD = shortest(KK_HEADS);

function computeKkHeadForm(written: string): KkHeadForm | undefined {
  // «экс-әкімі»: the head after the prefix (titleAt leaves the prefix out of the norm)
  const lower = written.replace(KK_FORMER_PREFIX_RE, '');
  if (!KK_HEAD_START(lower)) return undefined;
  for (const { stem: found, ending } of kkStems(lower, KK_MIN_HEAD)) {
    // "бастығы": the stem as written before a vowel ending, "бастық" as listed
    const stem = KK_HEADS.has(found) ? found : voicelessFinal(found);
    if (!KK_HEADS.has(stem) || (stem.length < 3 && SIMILATIVE_END_RE.test(ending))) continue;
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

/** User lexicons: a Kazakh title head (a stem). */
export function addKkTitleHead(head: string): void {
  KK_HEADS.add(head);
  KK_HEAD_START = stemGate(KK_HEADS);
  KK_MIN_HEAD = shortest(KK_HEADS);
}

function shortest(words: ReadonlySet<string>): number {
  let min = Infinity;
  for (const w of words) min = Math.min(min, w.length);
  return min;
}
