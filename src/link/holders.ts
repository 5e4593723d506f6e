import type { Mention, PersonMention, PositionMention } from '../schema/record.js';
import { nominativeGender } from '../extract/person/names.js';
import { roleOf } from '../extract/position/heads.js';
import type { CaseCues, LinkCues } from './cues.js';
import { foldYo } from './fold.js';
import { writtenNorm } from './entities.js';
import { acrossPacks } from '../lang/registry.js';
import { unionPattern } from '../lang/pack.js';
import { deferred, withDeferred } from '../lang/deferred.js';
import { ADDRESS_FORMS, RANK_BEFORE_NAME } from '../segment/address.js';

/** A title held by a person, as the text says it. */
export interface HolderLink {
  /** Indices into the document's mentions. */
  readonly position: number;
  readonly person: number;
  readonly former: boolean;
  readonly acting: boolean;
  /** Which layout linked them. */
  readonly how: 'title-name' | 'list' | 'apposition' | 'tenure' | 'post' | 'pronoun' | 'definite' | 'predecessor' | 'owner';
  /** A title linked before whose post this one names again in part («президент» after «президент России»): it joins that post. */
  readonly partOf?: number;
  /** The post is not the title's but its owner's, named inside it («советником президента России Дмитрия Медведева»: президент России). */
  readonly owner?: { readonly norm: string; readonly role: string | undefined };
}

type Entity = PersonMention | PositionMention;

/**
 * A sentence ends at . ! ? … before a capital or a digit (not at an initial's dot: «имени Е. Букетова
 * назначен», nor at a one-letter abbreviation after a word: «Аким г. Алматы», «аким с. Кызылжар»), at
 * a line break, or at a semicolon (list items). Nor at a doubled letter after a year, the plural abbreviation of a
 * span of years (kk «1987–1991 жж. Зайсан ауданының әкімі», ru «в 2010–2014 гг. Иван Петров был …»): it starts or
 * stands inside a clause far more often than it ends one. A unit after a smaller number ends its sentence («калибром 9 мм. 47-летний …»).
 */
const SENTENCE_BREAKS = /(?<!(?:^|[^\p{L}])\p{Lu})(?<![\p{L},][ \u00A0]\p{Ll})(?<!\d{4}[ \u00A0]\1(\p{Ll}))[.!?…]["»”)]*\s+(?=[«"“(]?[\p{Lu}\d])|\n|;/gu;
/** Whether a stretch of text holds a sentence break. One expression with the g flag serves both uses (each costs a compile). */
const hasSentenceBreak = (s: string): boolean => {
  SENTENCE_BREAKS.lastIndex = 0;
  return SENTENCE_BREAKS.test(s);
};
/** How far back `previousSentenceStart` looks. */
const SENTENCE_REACH = 600;
/** Where the sentence before the one that starts at or before `at` begins (at most `SENTENCE_REACH` characters back). */
export function previousSentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  // One character past `at`: a break is known by the capital after it.
  const s = text.slice(from, at + 1);
  let last = 0;
  let previous = 0;
  SENTENCE_BREAKS.lastIndex = 0;
  for (let m = SENTENCE_BREAKS.exec(s); m !== null; m = SENTENCE_BREAKS.exec(s)) {
    previous = last;
    last = m.index + m[0].length;
  }
  return from + previous;
}
/** How far after a name `leftAfter` looks: a few words before the verb of leaving. */
const LEFT_REACH = 80;
const TENURE_AFTER_REACH = 40;
/** A gap that ends a sentence right before the name after it (whose capital the gap does not hold): «… аппарата. Руслан». */
const GAP_ENDS_SENTENCE = /[.!?…]["»”)]*\s+$/u;
/** Variants of a language's tenure pattern, compiled once. */
interface Compiled {
  tenureAll: RegExp;
  tenureAtEnd: RegExp;
  pronoun: RegExp;
  /** A sentence opening with a pronoun: made on its first use (few documents reach it). */
  pronounLead?: RegExp;
}
const COMPILED = new Map<LinkCues, Compiled>();
function compiled(cues: LinkCues): Compiled {
  let c = COMPILED.get(cues);
  if (c === undefined) {
    c = {
      tenureAll: new RegExp(cues.tenure.source, `${cues.tenure.flags}g`),
      tenureAtEnd: new RegExp(`(?:${cues.tenure.source})\\s*$`, cues.tenure.flags),
      pronoun: new RegExp(`(?<!\\p{L})(${[...cues.pronouns.keys()].join('|')})(?!\\p{L})`, 'iu'),
    };
    COMPILED.set(cues, c);
  }
  return c;
}
// A dash or a colon may stand between a title and its name: «аким – Дархан Сатыбалды», «президентов: Альберто Фухимори, …»;
// so may a form of address or a rank, which are no part of the name: "glaciologist Dr. Yevgeny Kovalenko", "Minister of Health Dr. Ali Nurlanov".
const ADDRESS_OR_RANK = `(?:(?:${ADDRESS_FORMS.join('|')})\\.?[ \\t\\u00A0]+|${RANK_BEFORE_NAME}[ \\t\\u00A0]+)`;
const ADJACENT = new RegExp(`^[ \\t\\u00A0]*(?:[–—:-][ \\t\\u00A0]*)?${ADDRESS_OR_RANK}?$`);
/** A gap of one dotted abbreviation (kk «министрінің м.а. Name»), adjacent when the pack reads it as acting: its dot ends no sentence. */
const ABBREVIATION_GAP = /^[ \t\u00A0]*[^\s.]\.[ \t\u00A0]?[^\s.]\.[ \t\u00A0]*$/;
/** Only spaces on one line between two mentions. */
const SPACES = /^[ \t\u00A0]+$/;
const NAME_ASIDE = /^\s*\([^()]{1,90}\)(?=\s*(?:,|[–—]\s))|^[^()]{0,60}\)(?=\s*(?:,|[–—]\s))/u;
// A comma, a parenthesis or a dash opens an apposition; a comma and a dash too («Анна Белова, — депутат»);
// so does a tab, which parts a page's table cells («Анна Белова<TAB>Заместитель председателя»).
const APPOSITION_OPEN = /^\s*(?:,(?:\s*[–—](?=\s))?|\(|[–—-](?=\s)|\t)\s*/;
const TITLE_COMMA = /^[ \t\u00A0]*,[ \t\u00A0]*$/;
// The comma after a title may be followed by a form of address or a rank, no part of the name: "the dean of the faculty, Dr. Aigul
// Bekova,", "The Chief of the General Staff, Lieutenant General X,".
const TITLE_COMMA_ADDRESS = new RegExp(`^[ \\t\\u00A0]*,[ \\t\\u00A0]*${ADDRESS_OR_RANK}?$`);
// A place or party in parentheses may stand between the name and its comma: "Two district akims, X (Khromtau) and Y (Mugalzhar), were …".
const NAME_COMMA = /^\s*(?:\([^()]{0,80}\)\s*)?[,.;]/;
const NAME_COMMA_REACH = 90;
/** A dash before a name, perhaps with its age («— 47-летний», «— 72-х летний»), after a title's dependents. */
const DASH_TO_NAME = /[ \t\u00A0][–—-][ \t\u00A0]+(?:\d+-\p{L}+(?:[ \t\u00A0]+\p{Ll}+)?[ \t\u00A0]+)?$/u;
/** Between a name and the name of the one who holds the title it depends on: a space («заместитель Петрова Иван Сидоров») or a dash («адвокат Петрова — Иван Сидоров»). */
const NAME_TO_NAME = /^(?:[ \t\u00A0]+|[ \t\u00A0]+[–—-][ \t\u00A0]+)$/;
const DOUBLE_POST = /^[ \t\u00A0]+[–—-][ \t\u00A0]+$/;
interface SharedCues {
  /** Two titles of one holder joined by a comma or a conjunction. */
  coordinated: RegExp;
  /** One title after another of one holder: a comma, a conjunction or a dash, after at most a few dependents («полковник ГРУ в отставке, воин-интернационалист»). */
  listContinues: RegExp;
  participleClause: RegExp;
  lastApposition: RegExp;
  feminineName: RegExp;
  masculineName: RegExp;
  surnameNominativeEnd: RegExp;
}
/**
 * The cues of every registered pack that linking reads whatever the document's language (see
 * LinkCues), compiled once per registry. Each is made on its first read, with the packs' cues it
 * unites: a small file reaches few of them, and one made unused costs the parse of its Unicode
 * classes (~0.3 M instructions a class) all the same.
 */
const SHARED = acrossPacks((packs) => {
  const union = (pick: (cues: LinkCues) => RegExp | undefined): RegExp => unionPattern(packs.map((p) => pick(p.link)));
  return withDeferred<SharedCues>({
    coordinated: deferred(() => new RegExp(`^\\s*(?:,|${union((c) => c.titleCoordinator).source})\\s+(?:(?:${union((c) => c.titleModifier).source})\\s+){0,2}$`, 'u')),
    listContinues: deferred(() => new RegExp(`^(?:\\s+[\\p{L}\\d-]+){0,4}\\s*(?:,|${union((c) => c.titleListContinues).source}|—|–|-(?=\\s))`, 'u')),
    participleClause: deferred(() => union((c) => c.participleClause)),
    lastApposition: deferred(() => union((c) => c.lastApposition)),
    feminineName: deferred(() => union((c) => c.feminineName)),
    masculineName: deferred(() => union((c) => c.masculineName)),
    surnameNominativeEnd: deferred(() => union((c) => c.surnameNominativeEnd)),
  });
});
/** How far linking looks: a title's dependents, an apposition chain, a clause with a tenure verb. */
const MAX_DEPENDENTS = 140;
const MAX_CLAUSE = 160;
const MAX_CHAIN = 4;
/** The longest tenure phrase («занимала должность …»), for finding one at the end of a gap. */
const TENURE_REACH = 48;
const MAX_WORDS_AFTER_VERB = 3;
const BEFORE_TITLE = 30;

/**
 * Who holds each title, from the layouts press uses: a title before the name (with its dependents
 * between: «Судья Европейского суда по правам человека от России Дмитрий Дедов»), a name with its
 * title in apposition («Иван Петров, министр финансов», "X, the deputy minister"), through a chain of
 * appositions («Ли Пэн, соратник Цзян Цзэминя, премьер»), a tenure verb («был назначен
 * председателем», "was appointed akim of", kk «облыс әкімі болып тағайындалды»), from a pronoun
 * subject («Он занимал пост президента»), biography lists of posts held one after another, and one
 * plural title before a list of names. Each title is looked at once, against its neighbours within a
 * bounded stretch of text, so the work is linear in the mentions.
 */
export function findHolders(text: string, mentions: readonly Mention[], cues: LinkCues): HolderLink[] {
  const order: number[] = [];
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.type === 'person' || mentions[i]!.type === 'position') order.push(i);
  const at = (q: number): Entity | undefined => (q >= 0 && q < order.length ? (mentions[order[q]!] as Entity) : undefined);
  const links: HolderLink[] = [];
  /** The holder and flags found for the title at each step of `order`, for chains and lists. */
  const holderAt = new Map<number, { person: number; former: boolean }>();
  let lastPerson = -1;
  // Each title's first holder (steps of `order`) and how it was found, for the one the holder replaced.
  const firstHolder: Array<readonly [number, number, HolderLink['how']]> = [];
  const link = (q: number, personQ: number, former: boolean, acting: boolean, how: HolderLink['how']): void => {
    links.push({ position: order[q]!, person: order[personQ]!, former, acting, how });
    if (!holderAt.has(q)) firstHolder.push([q, personQ, how]);
    holderAt.set(q, { person: personQ, former });
  };

  for (let q = 0; q < order.length; q++) {
    const m = at(q)!;
    if (m.type === 'person') {
      lastPerson = q;
      continue;
    }
    const before = clauseBefore(text, m.start, BEFORE_TITLE);
    // «кандидат в президенты Иван Петров»: a post sought is no one's; one to be filled is the name's set off after it.
    if (cues.soughtBefore?.test(before) === true || (cues.vacantBefore?.test(before) === true && !filledBy(text, q, at))) continue;
    // «A әкімінің міндетін B орынбасары Name атқарады»: the duties before B are A's (`dutiesTaken`), B is the acting one's own post.
    const ownAfterDuties = q > 0 && at(q - 1)!.type === 'position' && cues.dutiesTaken?.test(text.slice(at(q - 1)!.end, m.start)) === true;
    // Said before the title, in it, or between it and the name: tested only once a holder is found.
    const stated = (cue: RegExp, between: string): boolean => (!ownAfterDuties && cue.test(before)) || cue.test(m.text) || cue.test(between);
    // For the relatives' check, the words before the first of coordinated titles («дочь писателя, актера и режиссера»).
    let first = q;
    while (first > 0 && q - first < MAX_CHAIN && at(first - 1)!.type === 'position' && SHARED().coordinated.test(text.slice(at(first - 1)!.end, at(first)!.start))) first--;
    const clause = first === q ? before : clauseBefore(text, at(first)!.start, BEFORE_TITLE);
    // Only words outside the mention before count: «представитель дома Романовых князь Дмитрий» is no relative's.
    const prior = at(first - 1);
    const lead = prior !== undefined && prior.end > at(first)!.start - clause.length ? text.slice(prior.end, at(first)!.start) : clause;
    // «На посту директора его сменит Олег Ким»: the subject of the verb of replacing holds the post, a name before the verb held it.
    const taken = successorAfterPost(text, q, at, cues, before);
    if (taken !== undefined) {
      link(q, taken.person, false, stated(cues.acting, ''), 'tenure');
      if (taken.replaced !== undefined) link(q, taken.replaced, true, false, 'predecessor');
      continue;
    }
    const forward = titleBeforeName(text, q, at, cues, lead);
    // «советником президента России Дмитрия Медведева»: a genitive name right after a title whose owner is a post, and
    // not the title's holder, holds the owner's post, whoever holds the title.
    const ownerPost = forward === q + 1 ? undefined : ownerPostHolder(text, q, at, cues);
    if (ownerPost !== undefined) links.push({ position: order[q]!, person: order[q + 1]!, former: false, acting: false, how: 'owner', owner: { norm: ownerPost, role: roleOf(ownerPost) } });
    // «биограф знаменитого инженера Фредерик Олесси»: the stacked title before took the name in its case.
    // Coordinated with the title before it, it is the same name's («Её художественным руководителем и директором стала Анна Белова»).
    if (
      forward !== undefined &&
      holderAt.get(q - 1)?.person === forward &&
      cues.cases !== undefined &&
      inflected(m.text, m.norm) !== nameInflected(at(forward) as PersonMention) &&
      !SHARED().coordinated.test(text.slice(at(q - 1)!.end, m.start))
    )
      continue;
    // A group is held by the names it lists: one name right after it is someone it is said of («адвокатами
    // Стросс-Кана», «врачей Ричард Бах»), unless «один из» makes the group that one's post. A name past a word
    // that opens a list («включая Анну Белову», «таких, как …») is a list of one.
    const more = forward !== undefined ? listAfter(text, forward, at, cues) : [];
    const alone =
      forward !== undefined && cues.isPluralTitle(m) && more.length === 0 && SPACES.test(text.slice(m.end, at(forward)!.start)) && !cues.oneOf?.test(clauseBefore(text, m.start, ONE_OF_REACH));
    // kk «Министр Айдарбек Сапаров … Министр Жолдасбаевқа бақылауды жүктеді»: a bare title opening its clause, of a post
    // someone named before holds, is that holder again, the subject, and the inflected name after it its object; where
    // the title declines with the name (Russian), the cases tell it already.
    if (
      forward !== undefined &&
      cues.cases === undefined &&
      before.trim() === '' &&
      fold(m.text) === fold(m.norm) &&
      nameInflected(at(forward) as PersonMention) &&
      heldBefore(m, links, mentions, (at(forward) as PersonMention).key)
    )
      continue;
    if (forward !== undefined && !alone) {
      // «әкімінің міндетін атқарушы Нұрлан Ахметов»: the flag may stand between the title and the name.
      const between = text.slice(m.end, at(forward)!.start);
      const name = at(forward)!;
      // Of titles coordinated before the name, the words between them open the later one: "the company's chairman, former finance minister X".
      const former =
        stated(cues.former, at(q + 1)!.type === 'position' ? '' : between) ||
        cues.heldBy?.test(between) === true ||
        cues.leftAfter?.test(text.slice(name.end, name.end + LEFT_REACH)) === true ||
        cues.leftBefore?.test(before) === true ||
        (cues.leftFrom?.between.test(between) === true && cues.leftFrom.after.test(text.slice(name.end, name.end + LEFT_REACH)));
      const acting = stated(cues.acting, between);
      // «Иван Петров сменил на посту министра Сергея Сидорова»: the name after held the post before the one named before it.
      const earlier = personBefore(text, q, at);
      const successor = earlier !== undefined && cues.successorBefore?.test(before) === true ? earlier : undefined;
      link(q, forward, former || successor !== undefined, acting, 'title-name');
      if (successor !== undefined) link(q, successor, false, acting, 'tenure');
      // A form that is also a plural («актрисы») is one before a list of names in the nominative («актрисы Анна Белова, Мария Ким и …»).
      if (cues.isPluralTitle(m) || (more.length > 0 && cues.mayBePlural?.(m) === true && !nameInflected(at(forward) as PersonMention))) for (const k of more) link(q, k, former, acting, 'list');
      continue;
    }
    const deputy = actingByDuties(text, q, at, cues, before);
    if (deputy !== undefined) {
      link(q, deputy, false, true, 'tenure');
      continue;
    }
    const object = appointedObject(text, q, at, cues, before);
    if (object !== undefined) {
      link(q, object, false, stated(cues.acting, ''), 'title-name');
      continue;
    }
    const appointees = appointedAcross(text, q, at, cues);
    if (appointees !== undefined) {
      // kk «әкімінің міндетін атқарушы болып …»: the lead before the appointee may say the post is held for the time being.
      const lead = cues.appointedLead?.exec(text.slice(m.end, m.end + APPOINTED_LEAD_REACH))?.[0] ?? '';
      for (const [n, who] of appointees.entries()) link(q, who, false, stated(cues.acting, lead), n === 0 ? 'title-name' : 'list');
      continue;
    }
    // A group («журналисты», «депутатов») is held by the people it lists, never by a name beside it.
    // «один из руководителей компании»: a plural title after «one of» is one person's post, from where «one» stands.
    const one = cues.oneOf?.exec(clauseBefore(text, m.start, ONE_OF_REACH));
    if (cues.isPluralTitle(m) && !one) {
      const listed = listBefore(text, q, at, cues);
      for (const k of listed) link(q, k, stated(cues.former, ''), false, 'list');
      // «Новыми членами правления избраны управляющие директора А и Б»: the group, its tenure verb, then the list.
      const first = listed.length === 0 ? subjectAfterTenure(text, q, at, cues, before) : undefined;
      if (first !== undefined) for (const k of [first, ...listAfter(text, first, at, cues)]) link(q, k, false, stated(cues.acting, ''), 'list');
      // «Суд оправдал трёх журналистов. Среди них Анна Белова и Олег Ким.»: the names in the next sentence.
      const next = listed.length === 0 && first === undefined ? listedNext(text, q, at, cues) : undefined;
      if (next !== undefined) for (const k of [next, ...listAfter(text, next, at, cues)]) link(q, k, false, false, 'list');
      continue;
    }
    const start = one ? m.start - one[0].length : m.start;
    const taker = subjectAfterTenure(text, q, at, cues, before);
    if (taker !== undefined) {
      link(q, taker, false, stated(cues.acting, ''), 'tenure');
      continue;
    }
    const being = subjectAfterBeing(text, q, at, cues, before);
    if (being !== undefined) {
      link(q, being, stated(cues.former, ''), stated(cues.acting, ''), 'tenure');
      continue;
    }
    const back = nameBeforeTitle(text, q, at, cues, holderAt, start);
    if (back !== undefined) {
      link(q, back.person, back.former || stated(cues.former, ''), stated(cues.acting, ''), 'apposition');
      continue;
    }
    const post = byPostNoun(text, q, at, cues, before, holderAt);
    if (post !== undefined) {
      link(q, post.person, post.former || stated(cues.former, ''), stated(cues.acting, ''), 'post');
      continue;
    }
    // Kazakh «2012–2016 жылдары А ауданының әкімі, 2016–2021 жылдары Б қаласының әкімі болып қызмет атқарды»:
    // the posts listed before the one the verb follows are the same holder's, in its tense.
    let listed = q;
    while (
      listed > 0 &&
      q - listed < MAX_CHAIN &&
      at(listed - 1)!.type === 'position' &&
      !holderAt.has(listed - 1) &&
      cues.bioListGap?.test(text.slice(at(listed - 1)!.end, at(listed)!.start)) === true
    )
      listed--;
    const tenure = byTenure(text, q, listed, at, cues, lastPerson, listed === q ? start : at(listed)!.start, holderAt);
    const actingAfter = cues.actingAfter?.test(text.slice(m.end, m.end + LEFT_REACH)) === true;
    if (tenure !== undefined) for (let k = listed; k <= q; k++) link(k, tenure.person, tenure.former || stated(cues.former, ''), actingAfter || stated(cues.acting, ''), tenure.how);
  }
  // «главой назначен Иван Петров вместо 86-летнего Сергея Сидорова»: the one replaced held the post taken before;
  // a title right before its name only describes the one who took something («лидер партии Иван Петров вместо …»).
  // The cheap tests first: each cue is compiled on its first read.
  for (const [q, person, how] of firstHolder) {
    const k = predecessorOf(text, q, person, at, cues, (p) => holderAt.get(p)?.person === person);
    if (k === undefined || (how === 'title-name' && !cues.tenure.test(text.slice(at(q)!.end, at(person)!.start)) && !cues.appointer.test(clauseBefore(text, at(q)!.start, BEFORE_TITLE)))) continue;
    link(q, k, true, false, 'predecessor');
  }
  for (const [q, k] of replacedInNextSentence(text, order, at, links, mentions, cues)) link(q, k, true, false, 'predecessor');
  for (const [q, k, former] of postNamedAgain(text, mentions, order, at, links, cues)) link(q, k, former, false, 'tenure');
  return links;
}

/**
 * «Президентом избран Хасан Рухани. Махмуд Ахмадинеджад занимал этот пост два срока», «Сейчас этот пост занимает X»,
 * «На данную должность назначен X»: the post named again by a demonstrative is the title named last before it, in its
 * sentence or the one before (one person's, not a status); its holder the one name in the nominative there: after the cue
 * with a tenure verb between, else before it in its clause with a verb of holding or leaving between. Not a post sought («претендент на этот пост»). Triples of
 * (title, person, former), steps of `order`.
 */
function postNamedAgain(
  text: string,
  mentions: readonly Mention[],
  order: readonly number[],
  at: (q: number) => Entity | undefined,
  links: readonly HolderLink[],
  cues: LinkCues,
): Array<readonly [number, number, boolean]> {
  const out: Array<readonly [number, number, boolean]> = [];
  const again = cues.postAgain;
  if (again === undefined || cues.cases === undefined) return out;
  let q = 0;
  for (const match of text.matchAll(again.cue)) {
    const c = match.index;
    const end = c + match[0].length;
    while (q < order.length && at(q)!.start < c) q++;
    // q: the first mention after the cue. The sentence around the cue:
    const lead = clauseBefore(text, c, MAX_CLAUSE);
    const start = c - lead.length;
    let title = q - 1;
    while (title >= 0 && at(title)!.type !== 'position') title--;
    const t = at(title) as PositionMention | undefined;
    if (t === undefined || t.start < previousSentenceStart(text, start) || cues.isPluralTitle(t) || cues.unheld?.(t) === true) continue;
    // A verb of replacing before it («Ольга Ким сменила на этом посту Ивана Петрова») is read by `replacedInNextSentence`.
    if (cues.postSought?.test(lead) === true || cues.successorBefore?.test(text.slice(start, end + 1)) === true) continue;
    let holder: number | undefined;
    const after = at(q);
    if (after?.type === 'person' && !nameInflected(after)) {
      const gap = text.slice(end, after.start);
      if (gap.length <= MAX_CLAUSE && !hasSentenceBreak(gap) && (cues.tenure.test(gap) || cues.postTaker?.test(gap) === true) && !cues.otherPerson.test(gap)) holder = q;
    }
    if (holder === undefined) {
      const before: number[] = [];
      for (let k = q - 1; k >= 0 && at(k)!.start >= start; k--) if (at(k)!.type === 'person' && !nameInflected(at(k) as PersonMention)) before.push(k);
      // Within its clause: no comma between («…, члена совета Михаила Юревича, который занимал этот пост» is not the subject's);
      // and the verb before the cue one of holding or leaving the post («Name раскритиковал этот пост» is about another post).
      const between = before.length === 1 ? text.slice(at(before[0]!)!.end, c) : ',';
      const holds = cues.tenure.test(between) || cues.postTaker?.test(between) === true || again.left.test(between);
      if (!between.includes(',') && cues.clauseOpener?.test(between) !== true && holds) holder = before[0];
    }
    if (holder === undefined) continue;
    const key = (at(holder) as PersonMention).key;
    if (links.some((l) => l.position === order[title] && (mentions[l.person] as PersonMention).key === key)) continue;
    const clause = text.slice(start, Math.max(end, at(holder)!.end));
    out.push([title, holder, again.left.test(lead) || cues.pastTenure?.test(clause) === true]);
  }
  return out;
}

/**
 * «На посту директора его сменит Олег Ким», «На посту директора Ивана Петрова сменил Олег Ким»: after a post named first,
 * the name in the nominative after a verb of replacing, and the one replaced, a name in an oblique case right after the title.
 */
function successorAfterPost(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): { person: number; replaced: number | undefined } | undefined {
  // (A language with no «На посту» before the title says it after the one replaced: kk «Бас дәрігер X-тың орнына Y тағайындалды».)
  if (cues.successorAfter === undefined || (cues.postBefore !== undefined && !cues.postBefore.test(before))) return undefined;
  const next = at(q + 1);
  const replaced = next?.type === 'person' && nameInflected(next) && SPACES.test(text.slice(at(q)!.end, next.start)) ? q + 1 : undefined;
  const k = (replaced ?? q) + 1;
  const name = at(k);
  if (name?.type !== 'person' || nameInflected(name) || !cues.successorAfter.test(text.slice(at(k - 1)!.end, name.start))) return undefined;
  // kk «орнына» is "instead of" too («Министр X-тің орнына Y сөз сөйледі»: Y spoke for him): the successor's appointment follows.
  if (cues.appointedVerb !== undefined && !cues.appointedVerb.test(text.slice(name.end, name.end + APPOINTED_VERB_REACH))) return undefined;
  return { person: k, replaced };
}

/** A name set off by a comma or a colon right after a title to be filled: the one who fills it ("named a new chairman, Anna Belova"). */
function filledBy(text: string, q: number, at: (q: number) => Entity | undefined): boolean {
  const next = at(q + 1);
  return next?.type === 'person' && FILLED_GAP.test(text.slice(at(q)!.end, next.start));
}
const FILLED_GAP = /^\s*[,:]\s*$/;

/** How far back the sentence of a pronoun that replaced someone is read, and how far after the name its kk cue («орнына»). */
const REPLACED_LEAD = 120;
const REPLACED_AFTER = 40;
/** The end of the sentence that names the one a pronoun stands for, right before the pronoun's sentence. */
const ANTECEDENT_GAP = /^[^.!?…\n]{0,40}[.!?…]["»”)]*\s+$/u;
/** Nothing but spaces and an opening quote before a sentence's subject. */
const OPENING_ONLY = /^[\s«"“]*$/u;

/**
 * «… назначил председателем правления Тимура Садвакасова. Он сменил на этом посту Галину Воронцову», kk
 * «… лауазымына Ерлан Мұхамеджанов тағайындалды. Ол бұл қызметке Дмитрий Кузнецовтың орнына келді»: a
 * sentence whose subject is a pronoun (or that person named again) names the one replaced (after the
 * cue, or before the kk «орнына»), and the post is the current one of the person the sentence before ends with. Pairs of
 * (title, person replaced), steps of `order`.
 */
function replacedInNextSentence(
  text: string,
  order: readonly number[],
  at: (q: number) => Entity | undefined,
  links: readonly HolderLink[],
  mentions: readonly Mention[],
  cues: LinkCues,
): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  if (cues.predecessor === undefined && cues.predecessorAfter === undefined) return out;
  for (let k = 1; k < order.length; k++) {
    const name = at(k)!;
    if (name.type !== 'person') continue;
    // The antecedent: the last person named, perhaps with titles after it in its sentence ("appointed Oleg Kim chief executive.").
    let j = k - 1;
    while (j > 0 && k - j < MAX_CHAIN && at(j)!.type === 'position') j--;
    const antecedent = at(j)!;
    if (antecedent.type !== 'person' || hasSentenceBreak(text.slice(antecedent.end, at(k - 1)!.end))) continue;
    const lead = clauseBefore(text, name.start, REPLACED_LEAD);
    const cueAfter = cues.predecessorAfter?.test(text.slice(name.end, name.end + REPLACED_AFTER)) === true;
    const cue = (cues.predecessor?.test(lead) === true && (cues.cases === undefined || nameInflected(name))) || cueAfter;
    if (!cue) continue;
    const leadStart = name.start - lead.length;
    // The subject may be the holder named again instead of a pronoun («… назначен Олег Смирнов. … Олег Смирнов сменил на этом
    // посту Ольгу Ким»): its posts named before are the ones meant, when the cue says it was a post («на этом посту»;
    // «Сешнс сменит Арлена Спектера» after «Сенатор Сешнс избран …» may be about another seat).
    const named = at(k - 1)!;
    // (kk «Байжанов … Мырзахметовтің орнына келді»: the cue after the one replaced says it of the subject, whatever stands between.)
    const subject =
      named.type === 'person' &&
      named.start >= leadStart &&
      OPENING_ONLY.test(text.slice(leadStart, named.start)) &&
      (cueAfter || cues.successorBefore?.test(text.slice(named.end, name.start)) === true)
        ? named
        : undefined;
    if (subject === undefined) {
      const pronoun = at(k - 1)!.end <= leadStart && ANTECEDENT_GAP.test(text.slice(at(k - 1)!.end, leadStart)) ? pronounLead(cues).exec(lead) : null;
      if (pronoun === null) continue;
      // «… встретилась с акимом Иваном Петровым. Она сменила …»: «она» is not Petrov; no guess at who else it is.
      const gender = cues.pronouns.get(pronoun[1]!.toLowerCase()) ?? cues.possessivePronouns?.get(pronoun[1]!.toLowerCase());
      if (gender !== undefined && genderOf(antecedent.norm) === (gender === 'm' ? 'f' : 'm')) continue;
    }
    const holder = subject ?? antecedent;
    // The antecedent's post now: its last title before this sentence held and not left, the one it was appointed to
    // when another describes it (kk «директоры қызметіне университеттің доценті Name тағайындалды. Ол … орнын басты»).
    // Keys are the entity's (resolvePersons gives a surname named alone its full name's key).
    const current = links.filter((l) => !l.former && mentions[l.position]!.start < leadStart && (mentions[l.person] as PersonMention).key === holder.key);
    // (or, in English, after the verb that named the holder: "named Timur Bekov chairman of …. Bekov has been its chief operating
    // officer since 2024. He succeeds Y": Y was chairman).
    const appointed = current.filter(
      (l) =>
        cues.appointedLead?.test(text.slice(mentions[l.position]!.end, mentions[l.position]!.end + APPOINTED_LEAD_REACH)) === true ||
        (mentions[l.person]!.end <= mentions[l.position]!.start && cues.appointer.test(clauseBefore(text, mentions[l.person]!.start, APPOINTER_REACH))),
    );
    const held = (appointed.length > 0 ? appointed : current).at(-1);
    if (held !== undefined) out.push([order.indexOf(held.position), k]);
  }
  return out;
}

/** A sentence that opens with one of the language's subject pronouns («Он», «Ол», "He"), captured. */
function pronounLead(cues: LinkCues): RegExp {
  const c = compiled(cues);
  const fronted = cues.beforeSubjectPronoun === undefined ? '' : `(?:${cues.beforeSubjectPronoun})?`;
  c.pronounLead ??= new RegExp(`^[\\s«"“]*${fronted}(${[...cues.pronouns.keys(), ...(cues.possessivePronouns?.keys() ?? [])].join('|')})(?!\\p{L})`, 'iu');
  return c.pronounLead;
}

/** The nearest name before the title in its clause. */
function personBefore(text: string, q: number, at: (q: number) => Entity | undefined): number | undefined {
  for (let k = q - 1; k >= 0 && q - k <= MAX_CHAIN; k--) {
    const gap = text.slice(at(k)!.end, at(q)!.start);
    if (gap.length > MAX_CLAUSE || hasSentenceBreak(gap)) return undefined;
    if (at(k)!.type === 'person') return k;
  }
  return undefined;
}

/**
 * The next name after a title and its holder, when the words before it say the holder replaced that
 * one («…, сменивший на этом посту генерал-майора Сергея Сидорова», ", replacing Anna Belova"): past
 * ranks only, in its sentence, and in Russian in an oblique case («Министра Сидорова сменил Иван
 * Петров» names the successor after the verb).
 */
function predecessorOf(text: string, q: number, personQ: number, at: (q: number) => Entity | undefined, cues: LinkCues, sameHolder: (p: number) => boolean): number | undefined {
  // «Председателем комиссии вместо Сарсенова избрана Анна Белова»: the cue and the one replaced right after the title, its holder
  // later; the cue alone (with words between, «вместо ушедшего в отставку …», NEREL dev links no one: measured, session 31).
  const between = at(q + 1);
  if (personQ > q + 1 && between?.type === 'person' && cues.predecessor !== undefined) {
    const gap = text.slice(at(q)!.end, between.start);
    const cue = cues.predecessor.exec(gap);
    if (cue !== null && gap.slice(0, cue.index).trim() === '' && ONE_WORD.test(cue[0].trim()) && (cues.cases === undefined || nameInflected(between))) return q + 1;
  }
  const from = Math.max(q, personQ);
  let k = from + 1;
  // A later title of the same holder stands nearer the cue, and the one replaced held that one: "X, until now vice minister,
  // was appointed Minister of Health, replacing Y" (Y was no vice minister).
  for (; at(k)?.type === 'position' && k - from < MAX_CHAIN; k++) if (sameHolder(k)) return undefined;
  const name = at(k);
  if (name?.type !== 'person') return undefined;
  const gap = text.slice(at(from)!.end, name.start);
  if (gap.length > MAX_CLAUSE || hasSentenceBreak(gap)) return undefined;
  // kk «… Нұрлан Сейітов Айгүл Бекованың орнына тағайындалды»: the cue after the name, nothing said between.
  if (cues.predecessorAfter?.test(text.slice(name.end, name.end + REPLACED_AFTER)) === true && !cues.verb.test(gap)) return k;
  if (cues.predecessor?.test(gap) !== true) return undefined;
  return cues.cases === undefined || nameInflected(name) ? k : undefined;
}

const ONE_WORD = /^\S+$/u;
const DEFINITE_WINDOW = 400;
const DEFINITE_MAX_WORDS = 3;
/** A topic person is named at least this often, and this many times as often as anyone else. */
const TOPIC_MIN_MENTIONS = 3;
const TOPIC_LEAD = 2;
const TOPIC_MAX_WORDS = 2;

/**
 * A bare title that names no one refers to the one person the text has just been about: linked
 * when the stretch before it names exactly one person and the title opens its sentence ("The akim
 * said…", «61-летняя певица сообщила…», «Аким отметил…»), or when it is the subject of its clause
 * in an article about one person (named three times and twice as often as anyone else: «Несколько
 * дней назад менеджер сдавал тест») and nothing beside it names another: no relative before it
 * («супруга музыканта»), no name after it, no other person earlier in its sentence, no clash of
 * gender. Before both, a title in the nominative that repeats part of a post linked to the person
 * named last, and to no one else («Президент компании Анна Белова … На церемонии президент вручила»),
 * joins that post wherever it stands. Titles that refer back to an official with the same role are
 * linked before this (see officials.ts), so this is the last resort.
 */
export function findDefiniteHolders(text: string, mentions: readonly Mention[], cues: LinkCues, linked: ReadonlySet<number>, holderOf: ReadonlyMap<number, string> = new Map()): HolderLink[] {
  const topic = topicPerson(mentions);
  const links: HolderLink[] = [];
  // The titles linked to the topic person so far, here or before (by their index), and whether it holds any.
  const topicTitles = new Set<number>();
  for (const [k, key] of holderOf) if (key === topic) topicTitles.add(k);
  const recent: number[] = []; // person mentions within the window, oldest first
  let from = 0;
  let topicSeen = -1; // the topic person's last mention so far
  // The words of each title linked before this pass, with its holder's key: made on the first title that asks.
  // With word forms (Kazakh), also the forms of the post's last word, its head: a bare title's last word must be one of them.
  let heldWords: { k: number; key: string; words: Set<string>; head: Set<string> | undefined }[] | undefined;
  // The kinds of post that each holder's posts serve or belong to: made on the first title that asks.
  let ownerKinds: Map<string, Set<string>> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type === 'person') {
      recent.push(i);
      if (m.key === topic) topicSeen = i;
      continue;
    }
    if (m.type !== 'position' || linked.has(i) || cues.isPluralTitle(m) || namesOffice(text, m, cues)) continue;
    while (from < recent.length && mentions[recent[from]!]!.end < m.start - DEFINITE_WINDOW) from++;
    const words = m.text.split(/\s+/).length;
    const lead = text.slice(Math.max(0, m.start - BEFORE_TITLE), m.start);
    const sentence = clauseBefore(text, m.start, BEFORE_TITLE);
    // A post still to be filled is no one's here either ("until the government appoints a new head").
    if (cues.soughtBefore?.test(sentence) === true || cues.vacantBefore?.test(sentence) === true) continue;
    const nominative = !(cues.cases !== undefined && inflected(m.text, m.norm));
    // «Представитель Эрдогана заявил»: a name right after the title is its holder or its dependent, not someone before.
    const named = nameAfter(i);
    // «Президент России Иван Петров … Позднее президент поручил»: part of a post held by the person named last, and by no one else.
    if (nominative && recent.length > 0 && !named) {
      const held = wholeOfPart(m);
      const lastKey = (mentions[recent[recent.length - 1]!] as PersonMention).key;
      if (held !== undefined && holderOf.get(held) === lastKey && !namesOwnerOf(lastKey, m)) {
        links.push({ position: i, person: recent[recent.length - 1]!, former: false, acting: false, how: 'definite', partOf: held });
        continue;
      }
    }
    if (from < recent.length && words <= DEFINITE_MAX_WORDS && nominative) {
      // The title opens its sentence, with only an age or an adjective before it, and one person was named before.
      const opens = !(sentence.length === lead.length && m.start > BEFORE_TITLE) && cues.definiteLead.test(sentence);
      const person = mentions[recent[recent.length - 1]!] as PersonMention;
      let one = opens && !named && !holdsAnotherOfItsKind(person.key, m) && !namesOwnerOf(person.key, m) && !heldByAnother(person.key, m) && !ownedByAnotherBody(person.key, m);
      for (let k = from; k < recent.length && one; k++) one = (mentions[recent[k]!] as PersonMention).key === person.key;
      if (one) {
        links.push({ position: i, person: recent[recent.length - 1]!, former: false, acting: false, how: 'definite' });
        continue;
      }
    }
    // A career list's line, its period and a dash before the title ("2009–2014 – deputy akim of Ekibastuz"): the post of the one the article is about.
    // (A name on the next line is not the title's.) Not a timeline's event, where a word goes on after the title ("2021 – President signed the decree").
    const nameOnLine = named && !text.slice(m.end, mentions[i + 1]!.start).includes('\n');
    const career = topicSeen >= 0 && !nameOnLine ? cues.careerLine?.exec(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start)) : undefined;
    if (career !== undefined && career !== null && !lowercaseWordAfter(text, m.end)) {
      links.push({ position: i, person: topicSeen, former: career[1] === undefined && career[2] === undefined, acting: false, how: 'definite' });
      topicTitles.add(i);
      continue;
    }
    // A possessor title needs a topic person already known to hold some post: «после смерти директора» is not the topic's otherwise.
    if (topicSeen < 0 || words > TOPIC_MAX_WORDS || !(isSubject(m, sentence, cues) || (topicTitles.size > 0 && isPossessor(m, sentence, cues)) || coordinatedWith(i))) continue;
    const person = mentions[topicSeen] as PersonMention;
    const sentenceStart = m.start - sentence.length;
    // «супруга музыканта», «принц и герцогиня», «адвокат Маркива»: someone beside the person; a title
    // coordinated with one linked here is that person's too («со дня рождения артиста, писателя и режиссёра»).
    const prev = mentions[i - 1];
    // «Его адвокат сообщил»: a subject after a possessive is someone beside the person, as a relative's noun is
    // (a predicate is not: «с 2006 года являлся его капитаном»).
    const beside = cues.relatives.test(lastWords(sentence, 2)) || (fold(m.text) === fold(m.norm) && cues.cases?.possessive.test(lastWords(sentence, 1).toLowerCase()) === true);
    if (beside || named || (prev?.type === 'position' && SHARED().coordinated.test(text.slice(prev.end, m.start)) && !coordinatedWith(i))) continue;
    if (cues.cases !== undefined && genderClash(person, m, text, cues.cases)) continue;
    // "the akim" is not the topic person when that person is a deputy akim: it names the principal.
    if (namesOwnerOf(person.key, m)) continue;
    let alone = true;
    for (let k = recent.length - 1; k >= 0 && alone && mentions[recent[k]!]!.start >= sentenceStart; k--) alone = (mentions[recent[k]!] as PersonMention).key === topic;
    if (alone) {
      links.push({ position: i, person: topicSeen, former: false, acting: false, how: 'definite' });
      topicTitles.add(i);
    }
  }
  return links;

  /**
   * A title linked before that holds every word of this one («президент России» for «президент»,
   * «первый заместитель министра» for «заместитель»), when all such titles are one person's (the
   * first of them); none when two people hold such titles.
   */
  function wholeOfPart(m: PositionMention): number | undefined {
    let found: { k: number; key: string } | undefined;
    for (const held of holdingWholes(m)) {
      // A deputy's post holds its principal's words ("deputy akim of the region" … "the akim"), not its post.
      if (namesOwnerOf(held.key, m)) continue;
      if (found === undefined) found = held;
      else if (found.key !== held.key) return undefined;
    }
    return found?.k;
  }

  /** The titles linked before that hold every word of this one (its last word as their head, where words have forms). */
  function holdingWholes(m: PositionMention): { k: number; key: string }[] {
    const forms = cues.titleWordForms ?? ((w: string): readonly string[] => [w]);
    const part = fold(m.norm).split(WORDS).map(forms);
    heldWords ??= [...holderOf].map(([k, key]) => {
      const words = fold((mentions[k] as PositionMention).norm).split(WORDS);
      return { k, key, words: new Set(words.flatMap(forms)), head: cues.titleWordForms === undefined ? undefined : new Set(forms(words[words.length - 1]!)) };
    });
    const within = (wordForms: readonly string[], set: ReadonlySet<string>): boolean => wordForms.some((f) => set.has(f));
    return heldWords.filter((held) => part.every((w) => within(w, held.words)) && (held.head === undefined || within(part[part.length - 1]!, held.head)));
  }

  /**
   * Someone else holds a post this title repeats, and the person does not: «… басқарма төрағасы –
   * ректоры Гүлнар Омарова … облыс әкімі Нұрлыбек Сатыбалдиев … Ректордың алғашқы кездесуі» is the
   * rector's, not the akim's named last.
   */
  function heldByAnother(key: string, m: PositionMention): boolean {
    const holders = holdingWholes(m);
    return holders.length > 0 && holders.every((h) => h.key !== key);
  }

  /** A name right after the title, or after «имени» («Глава Ассоциации имени Людвига ван Бетховена и супруга …»): the title is not the one named before's. */
  function nameAfter(i: number): boolean {
    const next = mentions[i + 1];
    return next?.type === 'person' && (next.start - mentions[i]!.end < 3 || cues.namesakeBefore?.test(text.slice(mentions[i]!.end, next.start)) === true);
  }

  /**
   * The title names whom a post the person holds serves or belongs to, so it is someone else: the post
   * is a deputy's of the title's kind («Вице-министр энергетики X … Министр …», "deputy akim X … the
   * akim"), or words of it name the title's kind while the post has a role of another («Пресс-секретарь
   * акима города X … Аким …», «облыс әкімінің орынбасары X … Әкім», "Adviser to the Prime Minister X
   * … The prime minister"; a post with no role may be headed by that very word: «Президент
   * компании»), and the person holds no post of that kind.
   */
  function namesOwnerOf(key: string, m: PositionMention): boolean {
    if (m.role === undefined) return false;
    ownerKinds ??= ownerKindsByHolder(mentions, holderOf);
    return ownerKinds.get(key)?.has(roleKind(m.role)) === true;
  }

  /**
   * The person already holds a post of the title's kind with another role («Аким района Нурлан
   * Байдаулетов …» then «Аким города поручил»): the title names someone else of that kind.
   */
  function holdsAnotherOfItsKind(key: string, m: PositionMention): boolean {
    if (m.role === undefined) return false;
    const kind = roleKind(m.role);
    for (const [k, holder] of holderOf) {
      if (holder !== key) continue;
      const role = (mentions[k] as PositionMention).role;
      if (role !== undefined && role !== m.role && roleKind(role) === kind) return true;
    }
    return false;
  }

  /**
   * The title opens with the acronym of its body ("The UN Secretary-General", "The KEGOC chairman") and the person holds
   * posts, none of that body: the title names someone else.
   */
  function ownedByAnotherBody(key: string, m: PositionMention): boolean {
    const space = m.text.indexOf(' ');
    const first = space < 0 ? '' : m.text.slice(0, space);
    if (first.length < 2 || first !== first.toUpperCase() || first === first.toLowerCase()) return false;
    let holds = false;
    for (const [k, holder] of holderOf) {
      if (holder !== key) continue;
      if ((mentions[k] as PositionMention).text.includes(first)) return false;
      holds = true;
    }
    return holds;
  }

  /** The title at i, in the genitive, follows, coordinated, a title of the topic person («рождения писателя, поэта и драматурга»); «принц и герцогиня» are two people. */
  function coordinatedWith(i: number): boolean {
    const prev = mentions[i - 1];
    const m = mentions[i] as PositionMention;
    return (
      prev?.type === 'position' &&
      topicTitles.has(i - 1) &&
      cues.genitiveTitle?.test(firstWordOf(m.text)) === true &&
      fold(m.text) !== fold(m.norm) &&
      SHARED().coordinated.test(text.slice(prev.end, m.start))
    );
  }
}

/** A role's kind: «akim/district» and «akim» are both akims. */
const roleKind = (role: string): string => {
  const slash = role.indexOf('/');
  return slash < 0 ? role : role.slice(0, slash);
};

/** Owner phrases inside a post are read up to this many words («премьер-министра», "the prime minister"). */
const OWNER_MAX_WORDS = 3;

/**
 * By holder, the kinds of post their posts with a role serve or belong to (a deputy's principal; the
 * role of one to three words of the post: «акима», "prime minister"), less the kinds they hold.
 */
function ownerKindsByHolder(mentions: readonly Mention[], holderOf: ReadonlyMap<number, string>): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const held = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, kind: string): void => {
    const set = map.get(key);
    if (set === undefined) map.set(key, new Set([kind]));
    else set.add(kind);
  };
  for (const [k, key] of holderOf) {
    const post = mentions[k] as PositionMention;
    if (post.role === undefined) continue;
    add(held, key, roleKind(post.role));
    const principal = principalKind(post.role);
    if (principal !== undefined) add(owners, key, principal);
    const words = fold(post.norm).split(WORDS);
    for (let from = 0; from < words.length; from++)
      for (let to = from + 1; to <= Math.min(words.length, from + OWNER_MAX_WORDS); to++) {
        const role = roleOf(words.slice(from, to).join(' '));
        if (role !== undefined) add(owners, key, roleKind(role));
      }
  }
  for (const [key, kinds] of owners) for (const kind of held.get(key) ?? []) kinds.delete(kind);
  return owners;
}

// The roles of a deputy (src/extract/position/roles.json): «deputy_akim», «first_deputy_prime_minister», «vice_minister».
const DEPUTY_ROLE = /^(?:first_)?(?:deputy|vice)_/;
/** The kind of post a deputy's role serves («deputy_akim/oblast» → akim, «vice_minister» → minister); undefined for a role of no deputy. */
const principalKind = (role: string): string | undefined => {
  const kind = roleKind(role);
  return DEPUTY_ROLE.test(kind) ? kind.replace(DEPUTY_ROLE, '') : undefined;
};

/** How far before a title the noun of its office is looked for («срок полномочий действующего губернатора»). */
const OFFICE_REACH = 40;

/** The title names the office, not someone holding it («выборы президента», "the powers of the akim"): it refers back to no one. */
export function namesOffice(text: string, m: PositionMention, cues: LinkCues): boolean {
  return cues.officeBefore?.test(text.slice(Math.max(0, m.start - OFFICE_REACH), m.start)) === true;
}

/**
 * A title of an occupation (no role) in an oblique case that is no predicate («гибели депутата», «дочь
 * актрисы», «в стиле любого композитора»), two sentences or more after its official was last named, with
 * someone else named since: that official is out of focus, and such a title names someone else or no one
 * (NEREL train: 30 of 31 such links wrong). An office with a role («по поручению Президента», «акима
 * области») still refers back: the press names its one holder by title all through. `since` is the
 * official's last mention, `last` the person named last before the title `i` (indices into `mentions`).
 */
export function outOfFocus(text: string, mentions: readonly Mention[], since: number, last: number, i: number, cues: LinkCues): boolean {
  const m = mentions[i] as PositionMention;
  const cases = cues.cases;
  if (cases === undefined || m.role !== undefined || last === since || !inflected(m.text, m.norm) || cases.predicateInstrumental.test(firstWordOf(m.text))) return false;
  const gap = text.slice(mentions[since]!.end, m.start);
  // Two breaks: with the g flag, the second test goes on from where the first matched.
  SENTENCE_BREAKS.lastIndex = 0;
  return SENTENCE_BREAKS.test(gap) && SENTENCE_BREAKS.test(gap);
}

/** A title in the genitive after a noun of someone's life («со дня рождения писателя»): the person the article is about. */
function isPossessor(m: PositionMention, sentence: string, cues: LinkCues): boolean {
  return cues.possessedBefore !== undefined && cues.genitiveTitle !== undefined && fold(m.text) !== fold(m.norm) && cues.genitiveTitle.test(firstWordOf(m.text)) && cues.possessedBefore.test(sentence);
}

/** The person an article is about: named most often, at least three times and twice as often as the next. */
export function topicPerson(mentions: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'person') counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let top: string | undefined;
  let first = 0;
  let second = 0;
  for (const [key, n] of counts) {
    if (n > first) {
      second = first;
      first = n;
      top = key;
    } else if (n > second) second = n;
  }
  return first >= TOPIC_MIN_MENTIONS && first >= TOPIC_LEAD * second ? top : undefined;
}

/**
 * Russian: the title says the holder is a woman («певица», «герцогиня») or its verb says the
 * holder's gender («тренер пообещал», «менеджер сказала»), and the person's name says otherwise.
 */
function genderClash(person: PersonMention, title: PositionMention, text: string, cases: CaseCues): boolean {
  const gender = genderOf(person.norm);
  if (gender === undefined) return cases.feminineTitle.test(firstWordOf(title.norm));
  const verb = cases.pastVerb.exec(text.slice(title.end, title.end + 40));
  const said = verb === null ? (cases.feminineTitle.test(firstWordOf(title.norm)) ? 'f' : undefined) : verb[1] === undefined ? 'm' : 'f';
  return said !== undefined && said !== gender;
}

/** A title standing as its clause's subject (its nominative), or as the post after a tenure verb («работал инженером»). */
function isSubject(m: PositionMention, sentence: string, cues: LinkCues): boolean {
  if (fold(m.text) === fold(m.norm)) return true;
  return cues.cases?.instrumental.test(firstWordOf(m.text)) === true && tenureTail(sentence, cues) !== undefined;
}

/** "Министр финансов Айгуль Жумабаева", «аким – Дархан Сатыбалды», a title with dependents between. */
function titleBeforeName(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): number | undefined {
  const cases = cues.cases;
  // Titles coordinated before one name («писатель, поэт и журналист Дмитрий Быков») or, in Russian,
  // stacked («главы МВД полковника Игоря Шуневича», «биограф знаменитого инженера Фредерик Олесси»).
  let lastQ = q;
  let stacked = false;
  for (; lastQ - q < MAX_CHAIN && at(lastQ + 1)?.type === 'position'; lastQ++) {
    const gap = text.slice(at(lastQ)!.end, at(lastQ + 1)!.start);
    // «Вице-премьер – министр торговли Серик Жумангарин»: a dash joins two posts of one person.
    if (SHARED().coordinated.test(gap) || DOUBLE_POST.test(gap)) continue;
    // kk «Қорғаныс министрі генерал-полковник Name»: a rank right after a post (a language with cases tells it by them).
    if (cues.rank?.test((at(lastQ + 1) as PositionMention).norm) === true && SPACES.test(gap)) continue;
    if (cases === undefined || !(cases.stacked.test(gap) || stacksPast(gap, at(lastQ) as PositionMention, at(lastQ + 1) as PositionMention, cues, cases))) break;
    stacked = true;
  }
  const title = at(lastQ)! as PositionMention;
  const next = at(lastQ + 1);
  if (next?.type !== 'person') return undefined;
  // Of stacked titles the first holds the name only in the name's case: «биограф знаменитого инженера
  // Фредерик Олесси» is the biographer's name, «главы МВД полковника Игоря Шуневича» both titles'.
  const own = at(q)! as PositionMention;
  // A title that does not decline («замминистра Бобом Уорком») agrees with the name in whatever case it stands.
  const caseless = cases?.caseless?.(title) === true;
  if (stacked && cases?.caseless?.(own) !== true && inflected(own.text, own.norm) !== nameInflected(next)) return undefined;
  const gap = text.slice(title.end, next.start);
  if (cues.ownerBefore?.test(gap) === true) return undefined;
  const introduced = cues.listIntro !== undefined && cues.isPluralTitle(title) && cues.listIntro.test(gap);
  const held = cues.heldBy?.test(gap) === true || cues.takenBy?.test(gap) === true;
  // "The akim of the region, Kumar Aksakalov, held…", "…introduced the new head of the department, Asel Nurlanova.": a name after a comma that closes with a comma or the sentence, unless a relative's.
  // In Russian the two agree in case: «По словам министра, Иван Петров, …» names someone else. A title in the nominative
  // that opens its sentence is the subject's apposition without the closing comma («Профессиональный военный, Младич прошёл …»).
  // A group's names close with a comma after the last of them: "Two businessmen, Timur Bekov and Arman Ismailov, were fined".
  const listed = cues.nameInCommas === true && cues.isPluralTitle(title) ? listAfter(text, lastQ + 1, at, cues) : [];
  const closed = listed.length > 0 ? at(listed[listed.length - 1]!)! : next;
  const inCommas =
    cues.nameInCommas === true &&
    TITLE_COMMA_ADDRESS.test(gap) &&
    (NAME_COMMA.test(text.slice(closed.end, closed.end + NAME_COMMA_REACH)) || (cases !== undefined && !inflected(own.text, own.norm) && opensSentence(text, own, cues))) &&
    !cues.relatives.test(lastWords(before, 3)) &&
    (cases === undefined || caseless || inflected(title.text, title.norm) === nameInflected(next));
  // «Адвокат потерпевшего — Матвей Орлов», «глава республики — 57-летний Иван Петров»: a dash after the title's dependents, perhaps an age.
  const dashed = DASH_TO_NAME.exec(gap);
  const body = dashed === null ? gap : gap.slice(0, dashed.index);
  const actingMark = ABBREVIATION_GAP.test(gap) && cues.acting.test(gap);
  if (!ADJACENT.test(gap) && !actingMark && !introduced && !held && !inCommas) {
    if (!((dashed !== null && body.length === 0) || isDependents(body, cues)) || cues.otherPerson.test(gap)) return undefined;
    // The name after a government heads it; the title's holder may follow («Министр финансов в правительстве Олжаса Бектенова Мадина Абылкасымова»).
    if (cues.governmentBefore?.test(gap) === true) return cases !== undefined ? nameRightAfter(text, lastQ + 1, at, cases, inflected(title.text, title.norm)) : undefined;
  }
  // «согласованным с депутатами маслихата, на эту должность назначен Иван Петров»: a title a preposition governs is no predicate of the subject after the verb.
  if (cases?.governedBefore.test(before) === true && compiled(cues).tenureAtEnd.test(gap.slice(-TENURE_REACH))) return undefined;
  // «сына Рустама Петрова, главы республики, 23-летнего Ивана»: a title set off by commas after a name is that name's apposition
  // (its dependents too, which the title's span may leave out: «главы Татарстана,»), and so is one opened by when it was held:
  // "X, until now first vice minister, replaces Y" (not "X, the chairman of …, Y", which may list Y).
  const prior = at(q - 1);
  const apposed = prior === undefined ? '' : text.slice(prior.end, own.start);
  if (gap.includes(',') && prior?.type === 'person' && (TITLE_COMMA.test(apposed) || (appositionBetween(apposed, cues) && (cues.former.test(apposed) || cues.heldNow?.test(apposed) === true))))
    return undefined;
  // A name right after an opening quote is part of an organisation's («совета «Единой России»).
  if (/[«"“„]\s*$/.test(gap)) return undefined;
  // «ректор университета имени аль-Фараби Жансеит Туймебаев»: the namesake is part of the title; the holder may follow it.
  if (cues.namesakeBefore?.test(gap) === true) return cases !== undefined ? nameRightAfter(text, lastQ + 1, at, cases) : undefined;
  // «Указом Президента Самат Ибраев назначен», «Президент Жарлығымен Самат Ибраев»: the title issued a
  // decree, whose object is a name in the nominative; the issuer's name agrees with the title
  // («Указом Президента Касым-Жомарта Токаева Самат Ибраев назначен»).
  if (cues.decreeBetween?.test(gap) === true) return undefined;
  if (cues.decreeBefore?.test(before) === true) return nameInflected(next) ? lastQ + 1 : undefined;
  // Russian «дочь капитана Ханна», «мать пограничника Светлану»: a name not in the title's genitive is the
  // relative's; «брата президента Джона Кеннеди» names the president. (Past a comma the relative is
  // someone else: «другу Месси, футболисту Лукасу».) Kazakh and English put the relative after the name.
  // Past a predicate dash or a verb the relative is the holder: «Отец — режиссёр Борис Петров», «Отцом стал музыкант Иван Петров».
  const kin = cases !== undefined ? cues.relatives.exec(lastWords(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(' — '), before.lastIndexOf(' – ')) + 1), 3)) : null;
  if (cases !== undefined && kin !== null && !cues.verb.test(kin.input.slice(kin.index + kin[0].length))) {
    // «Сын председателя партии Владимира Жириновского Игорь Лебедев»: the nominative name after the genitive one is the son's.
    // «Сын актрисы Беловой»: a woman's surname alone, in a case that is also the genitive, after a title in the genitive.
    const surname = !/\s/.test(next.text) && cases.feminineOblique?.test(fold(next.text)) === true && inflected(title.text, title.norm) && cases.genitiveWord.test(firstWordOf(title.text));
    return surname || looksGenitive(next, cases) ? lastQ + 1 : undefined;
  }
  // Russian: a title in the nominative and a name in an oblique case is "the deputy OF that person"
  // («первый заместитель Клишаса», «Адвокат Александра Кокорина Андрей Ромашов», «Адвокаты Петрова заявили»):
  // the holder is a name right after, if any. A group's nominative differs from its norm but is no oblique case.
  const nominative = !inflected(title.text, title.norm) || (cues.isPluralTitle(title) && cases?.pluralNominative.test(firstWordOf(title.text)) === true);
  if (cases !== undefined && nominative && !caseless && nameInflected(next)) {
    return nameRightAfter(text, lastQ + 1, at, cases);
  }
  // Russian «был главным советником кампании Бориса Ельцина»: a genitive name after an instrumental title is its dependent;
  // so is a name of no case ending after a predicate whose subject is named before its verb («Анна Попова, работавшая заместителем Онищенко»).
  if (cases?.instrumentalOrAdjective.test(firstWordOf(title.text)) && (looksGenitive(next, cases) || predicateOfNamed(text, q, at, cues, before))) return nameRightAfter(text, lastQ + 1, at, cases);
  // Russian «президент института Пушкина Виталий Костомаров»: of two names in a row, the first is a dependent.
  return (cases !== undefined ? nameRightAfter(text, lastQ + 1, at, cases, inflected(title.text, title.norm)) : undefined) ?? lastQ + 1;
}

/** A title in the instrumental right after a tenure verb («был», «работавшая») whose subject is the name before it in the sentence. */
function predicateOfNamed(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): boolean {
  const prior = at(q - 1);
  if (prior?.type !== 'person' || !compiled(cues).tenureAtEnd.test(before) || cues.cases?.passive?.test(before) === true) return false;
  const gap = text.slice(prior.end, at(q)!.start);
  return gap.length <= MAX_CLAUSE && !hasSentenceBreak(gap);
}

/** A name in the nominative after the words that say it will act in the title's post (`LinkCues.dutiesTaken`). */
function actingByDuties(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): number | undefined {
  // The name may carry its own title right before it («… будет исполнять спикер парламента Олег Ким»).
  const own = at(q + 1)?.type === 'position' && at(q + 2)?.type === 'person' && SPACES.test(text.slice(at(q + 1)!.end, at(q + 2)!.start)) ? 1 : 0;
  const name = at(q + 1 + own);
  if (name?.type !== 'person' || cues.dutiesTaken === undefined || nameInflected(name)) return undefined;
  const taken = cues.dutiesTaken.exec(text.slice(at(q)!.end, at(q + 1)!.start));
  return taken !== null && (taken[1] !== undefined || cues.dutiesOf?.test(before) === true) ? q + 1 + own : undefined;
}

/** The post a title's owner holds (`LinkCues.ownerPost`) when the name right after the title is in the genitive: its holder's. */
function ownerPostHolder(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues): string | undefined {
  const name = at(q + 1);
  if (name?.type !== 'person' || cues.cases === undefined || !SPACES.test(text.slice(at(q)!.end, name.start)) || !looksGenitive(name, cues.cases)) return undefined;
  return cues.ownerPost?.(at(q) as PositionMention);
}

/** Only an age or adjectives stand before the title in its sentence («61-летняя певица», «Бывший прокурор»). */
function opensSentence(text: string, title: PositionMention, cues: LinkCues): boolean {
  const sentence = clauseBefore(text, title.start, BEFORE_TITLE);
  return !(sentence.length === BEFORE_TITLE && title.start > BEFORE_TITLE) && cues.definiteLead.test(sentence.toLowerCase());
}

/**
 * Russian: a rank or a second post after the first post's dependents, in the same case («командующего
 * силами США в Афганистане генерала Джона Аллена», «глава совета вооруженных сил маршал Хусейн
 * Тантави»): both are the name's. No comma, conjunction or verb between («чиновника и бывшего заместителя» are two people's).
 */
function stacksPast(gap: string, title: PositionMention, rank: PositionMention, cues: LinkCues, cases: CaseCues): boolean {
  if (gap.includes(',') || cases.conjunction.test(gap) || !isDependents(gap, cues) || cues.otherPerson.test(gap)) return false;
  // Both in the nominative, or both in the genitive (the case of an object: «сняли подозрения с командующего … генерала»).
  const oblique = inflected(title.text, title.norm);
  return oblique === inflected(rank.text, rank.norm) && (!oblique || (cases.genitiveWord.test(firstWordOf(title.text)) && cases.genitiveWord.test(firstWordOf(rank.text))));
}

/** How far after a title its appointment words («болып», «қызметіне», «міндетін атқарушы болып») are looked for. */
const APPOINTED_LEAD_REACH = 32;
/** How far after a name its appointment verb («тағайындалды») is looked for. */
const APPOINTED_VERB_REACH = 32;

/**
 * Kazakh «Колледж директоры болып бұған дейін … басқарған Жанат Әлиев тағайындалды»: after the words
 * of taking the title, a clause about the appointee may stand before the name, which the appointment
 * verb follows. The holder is the first name after the title in its sentence (titles between belong
 * to that clause and are linked by their own layouts); a plural title's holders are the list of
 * names there, the verb following the last («төрағалары болып мәслихат депутаттары А мен Б сайланды»).
 */
function appointedAcross(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues): number[] | undefined {
  const title = at(q)!;
  if (cues.appointedVerb === undefined || cues.appointedLead?.test(text.slice(title.end, title.end + APPOINTED_LEAD_REACH)) !== true) return undefined;
  for (let k = q + 1; at(k) !== undefined; k++) {
    const m = at(k)!;
    const gap = text.slice(title.end, m.start);
    if (gap.length > MAX_CLAUSE || hasSentenceBreak(gap)) return undefined;
    if (m.type !== 'person') continue;
    const holders = cues.isPluralTitle(title as PositionMention) ? [k, ...listAfter(text, k, at, cues)] : [k];
    const last = at(holders[holders.length - 1]!)!;
    return cues.appointedVerb.test(text.slice(last.end, last.end + APPOINTED_VERB_REACH)) ? holders : undefined;
  }
  return undefined;
}

/**
 * Russian: a post in the instrumental right after a verb of appointing, then its object («назначил
 * министром обороны адмирала Кармен Мелендес», «назначил своим советником Ивана Петрова»): the first
 * name after it, in an oblique case, past at most a rank and the post's dependents.
 */
function appointedObject(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): number | undefined {
  const title = at(q)! as PositionMention;
  const cases = cues.cases;
  if (cases === undefined || !cases.predicateInstrumental.test(firstWordOf(title.text)) || !inflected(title.text, title.norm) || !cues.appointer.test(before)) return undefined;
  // «председателем комиссии сына Ивана Петрова»: a name after a relative's noun is the relative's.
  if (cues.relatives.test(lastWords(title.text, 1))) return undefined;
  for (let k = q + 1; k < q + 1 + MAX_CHAIN; k++) {
    const m = at(k);
    if (m === undefined || !isDependents(text.slice(at(k - 1)!.end, m.start), cues)) return undefined;
    if (m.type === 'person') return nameInflected(m) ? k : undefined;
  }
  return undefined;
}

/** «Томас Шефер (Thomas Schäfer)»: when the name at q is another spelling in parentheses right after a name, that name. */
function spelledBefore(text: string, q: number, at: (q: number) => Entity | undefined): number | undefined {
  const outer = at(q - 1);
  return outer?.type === 'person' && /^\s*\($/.test(text.slice(outer.end, at(q)!.start)) && text[at(q)!.end] === ')' ? q - 1 : undefined;
}

/**
 * The name right after the name at q (only a space between) that the title, not that name, governs:
 * one in the nominative, or, after a title in an oblique case, a name in another case than the
 * genitive one before it («пресс-секретарю экс-президента Билла Клинтона Джо Локхарту»), or a full
 * name after a bare genitive surname («советника Путина Михаила Лесина»: the surname is the owner).
 */
function nameRightAfter(text: string, q: number, at: (q: number) => Entity | undefined, cases: CaseCues, titleOblique = false): number | undefined {
  const name = at(q)! as PersonMention;
  const then = at(q + 1);
  // Past a dash only after a title in the nominative: «сын руководителя ФСБ Николая Петрова — Андрей» names the son.
  if (then?.type !== 'person' || !(titleOblique ? SPACES : NAME_TO_NAME).test(text.slice(name.end, then.start))) return undefined;
  if (!titleOblique) return nameInflected(then) ? undefined : q + 1;
  // After a title in an oblique case the first name is a dependent only in the genitive: «с полпредом Олегом Кимом
  // Иван Петров рассказал» names a new subject after the holder.
  if (!looksGenitive(name, cases)) return undefined;
  return !nameInflected(then) || !looksGenitive(then, cases) || (!name.text.includes(' ') && then.text.includes(' ')) ? q + 1 : undefined;
}

/** The longest stretch before an appointed name that may hold the appointing word and the words before the name («назначил свою супругу»). */
const APPOINTER_REACH = 60;

/**
 * Between the object of an appointing verb and its post: nothing ("appointed X as"), or in Russian
 * agreeing adjectives or a possessive before a post in the instrumental of either gender («назначил
 * Ивана Петрова новым министром», «новой главой», «назначив Петрова его председателем»).
 */
function appointedAs(gap: string, title: PositionMention, cues: LinkCues): boolean {
  // "appointed Ivan Petrov as minister", "elected X as its president", "elected X its president".
  if (/^\s+(?:as\s+(?:(?:the|a|an|its|their|his|her)\s+)?|(?:its|their|his|her)\s+)?$/i.test(gap)) return true;
  const cases = cues.cases;
  if (cases === undefined || !cases.predicateInstrumental.test(firstWordOf(title.text)) || fold(title.text) === fold(title.norm)) return false;
  const words = gap.trim().split(/\s+/);
  return /^\s+\S/.test(gap) && words.length <= 2 && words.every((w) => (cases.predicateInstrumental.test(w) || cases.possessive.test(w)) && w === w.toLowerCase());
}

/** «Иван Петров, министр финансов», "X, the deputy minister", «Ли Пэн, соратник Цзян Цзэминя, премьер», "X (minister)". */
function nameBeforeTitle(
  text: string,
  q: number,
  at: (q: number) => Entity | undefined,
  cues: LinkCues,
  holderAt: ReadonlyMap<number, { person: number; former: boolean }>,
  start: number,
): { person: number; former: boolean } | undefined {
  const title = at(q)! as PositionMention;
  for (let k = q - 1; k >= 0 && q - k <= MAX_CHAIN; k--) {
    const m = at(k)!;
    const gap = text.slice(m.end, start);
    // «Томас Шефер (Thomas Schäfer), министр», «Анна Белова (род. 12 мая 1970) — министр»: the name's other
    // spelling or dates stand between, or close a parenthesis the name stands in («(Anna Belova; род. 1970) — …»).
    const bare = gap.replace(NAME_ASIDE, '');
    if (gap.length > MAX_CLAUSE || hasSentenceBreak(bare)) return undefined;
    const open = APPOSITION_OPEN.exec(bare);
    if (k === q - 1) {
      if (m.type === 'person' && open !== null && cues.appositionFiller.test(gap.slice(gap.length - (open.input.length - open[0].length)))) {
        const holder = spelledBefore(text, k, at) ?? k;
        // An aside in parentheses names in the nominative whatever the name's case («у Ивана Петрова (полузащитник клуба)»).
        // A past participle among the words between says the post is past («Name, ранее работавший заместителем акима»).
        if (agrees(at(holder) as PersonMention, title, cues, gap) || open[0].includes('(')) return { person: holder, former: cues.pastTenure?.test(gap) === true };
      }
      // Nor any name before it: the list goes on past that name.
      if (m.type === 'person' && cues.cases !== undefined && listedAfterGenitive(m as PersonMention, title, cues.cases, gap)) return undefined;
      // «назначил Ивана Петрова министром», "appointed Ivan Petrov as minister".
      if (m.type === 'person' && appointedAs(gap, title, cues) && cues.appointer.test(clauseBefore(text, m.start, APPOINTER_REACH))) return { person: k, former: false };
      // «Олега Кимова назначили тренером», «…, которую в мае избрали председателем»: the object before its verb, told by its
      // case from a subject; not a relative's genitive («Сына Олега Кимова назначили …»).
      if (
        m.type === 'person' &&
        cues.appointedBefore?.test(gap) === true &&
        cues.cases?.predicateInstrumental.test(firstWordOf(title.text)) === true &&
        inflected(title.text, title.norm) &&
        nameInflected(m as PersonMention) &&
        !cues.relatives.test(lastWords(clauseBefore(text, m.start, APPOINTER_REACH), 1))
      )
        return { person: k, former: false };
      // A biography list: «был министром здравоохранения, а затем министром иностранных дел».
      const held = m.type === 'position' ? holderAt.get(k) : undefined;
      if (held !== undefined && SHARED().listContinues.test(gap) && !hasVerbOtherThanTenure(gap, cues)) {
        // "X, a former deputy chairman, was appointed acting head": a tenure verb of its own says by its tense whether this post is past.
        if (cues.tenure.test(gap)) return { person: held.person, former: cues.pastTenure?.test(gap) ?? false };
        return cues.heldNow?.test(gap) === true ? { person: held.person, former: false } : held;
      }
      if (m.type === 'position') return undefined;
    }
    // Further back only through appositions set off by commas or a predicate dash («Кшиштоф Пендерецкий —
    // великий поляк, выдающийся художник»), never across a verb.
    if (m.type !== 'person' || open === null || !/^\s*(?:,|[–—](?=\s))/.test(gap) || cues.verb.test(gap)) continue;
    if (agrees(m, title, cues, gap) && SHARED().lastApposition.test(gap)) return { person: k, former: false };
  }
  return undefined;
}

/**
 * «Сидибе был министром», «Он занимал пост президента», "was appointed akim of", kk «Х облыс әкімі
 * болып тағайындалды»: the subject before a tenure verb holds the title right after it.
 */
function byTenure(
  text: string,
  q: number,
  first: number,
  at: (q: number) => Entity | undefined,
  cues: LinkCues,
  lastPerson: number,
  start: number,
  holderAt: ReadonlyMap<number, { person: number; former: boolean }>,
): { person: number; former: boolean; how: 'tenure' | 'pronoun' } | undefined {
  const title = at(q)! as PositionMention;
  const sentence = clauseBefore(text, start, MAX_CLAUSE);
  // A quote's speaker may be named only after it («"Я работал министром", — сказал Иван Петров»).
  const subject = lastPerson >= 0 ? (at(lastPerson)! as PersonMention) : undefined;
  const sentenceStart = start - sentence.length;
  // A subject named in this sentence, or a subject pronoun (cheap tests first: most titles have neither).
  // "Suleimenov sent him to Beijing, and he served as …": a subject pronoun after an object one of its gender names the object.
  const named = subject !== undefined && subject.end > sentenceStart && !pronounOfObject(text.slice(subject.end, start), cues);
  // «— …я работал заместителем акима», «… басшысы болдым»: the post is the speaker's.
  const firstPerson = !named && (cues.firstPersonBefore?.test(sentence) === true || cues.firstPersonAfter?.test(text.slice(title.end, title.end + FIRST_PERSON_REACH)) === true);
  // With no one named before, only a speaker can hold it (and the long subjectless pattern is not compiled for nothing).
  if (subject === undefined && !firstPerson) return undefined;
  const pronoun = named || firstPerson ? undefined : subjectPronoun(sentence, cues);
  // A pronoun with only a dash after it («Сейчас он — профессор …») is a biography entry too.
  const subjectless = named || firstPerson ? null : (cues.subjectlessTenure?.exec(sentence) ?? null);
  if (!named && pronoun === undefined && subjectless === null && !firstPerson) return undefined;
  // Kazakh puts the verb after the title: «Дархан Сатыбалды облыс әкімі болып тағайындалды».
  // (Reach enough for the acting lead before the verb: « міндетін уақытша атқарушы болып».)
  // A verbless sentence ending on the title, its subject named or a pronoun with no verb after it, says the post is held now.
  const verbless =
    (named || pronoun !== undefined) && cues.zeroCopula?.test(text.slice(title.end, title.end + TENURE_AFTER_REACH)) === true && !cues.verb.test(named ? text.slice(subject!.end, start) : sentence);
  const after = verbless || cues.tenureAfter?.test(text.slice(title.end, title.end + TENURE_AFTER_REACH)) === true;
  // With no subject a verb of holding must follow, not «ретінде» ("as"), which says in what role someone acts («Одан кейін аудан әкімі ретінде жәрмеңкені аралады»).
  const following = text.slice(title.end, title.end + 40);
  if (subjectless !== null && after && !firstPerson && !cues.tenure.test(following) && cues.pastTenure?.test(following) !== true) return undefined;
  // "was appointed adviser to the akim": the verb's title is the first one after it (or the first of a list), not a later one.
  // A title with its own verb after it, in a clause of its own, is one more post of the subject («Name А басшысы болып қызмет атқарды, ал 2022 жылдан бері Б директоры болды»).
  const prior = at(first - 1);
  if (
    prior?.type === 'position' &&
    prior.start > Math.max(subject?.end ?? 0, sentenceStart) &&
    !(after && text.slice(prior.end, at(first)!.start).includes(',')) &&
    !pronounAgain(text.slice(prior.end, at(first)!.start), subject, cues)
  )
    return undefined;
  // A dated biography entry with no verb («В 1996 году — глава МИД»): past when the date is a point or a closed span.
  const dashed = subjectless !== null && (subjectless[3] !== undefined || subjectless[4] !== undefined || subjectless[5] !== undefined);
  // "X, who headed the department": the title is its own verb (its tense is read by the `former` cue).
  const own = cues.titleVerb?.test(title.text) === true;
  const governing = after || dashed || own ? undefined : tenureTail(sentence, cues, title);
  if (!after && !dashed && !own && governing === undefined) return undefined;
  // «признан лучшей актрисой», not «признан виновным в убийстве журналиста»: only adjectives, then the post in the instrumental.
  const cases = cues.cases;
  if (governing !== undefined && cases?.predicateOnly.test(governing.verb) === true) {
    const words = governing.tail.split(/\s+/).filter((w) => w !== '');
    if (!cases.predicateInstrumental.test(firstWordOf(title.text)) || !words.every((w) => cases.predicateInstrumental.test(w))) return undefined;
  }
  // The tense of the verbs that govern the title, in the verb's clause («Был там Иван Петров, являющийся …» is current).
  // A Kazakh entry dated by a closed span of years is past whatever its verb («1978–1985 жылдары … хатшысы болды»).
  const former = dashed
    ? subjectless![3] !== undefined || subjectless![5] !== undefined
    : own
      ? false
      : subjectless?.groups?.closed !== undefined || (cues.pastTenure?.test(after ? following : sentence.slice(sentence.lastIndexOf(',', governing!.at) + 1)) ?? false);
  if (firstPerson) {
    const speaker = speakerOf(text, q, at, cues);
    return speaker === undefined ? undefined : { person: speaker, former, how: 'pronoun' };
  }
  if (subject !== undefined && named) {
    // Russian: the subject of «был назначен» is in the nominative; «имени Пушкина, который стал…» is not it.
    // «Игоря Петрова, который является советником»: a relative clause or a participle about the name makes it the subject in any case.
    const relative = cues.relativeSubject?.exec(text.slice(subject.end, subject.end + RELATIVE_REACH));
    // A participle («являющийся») is said of the word right before it, which must be the name («страны, являющейся …» is not).
    if (governing !== undefined && cues.cases?.participle.test(governing.verb) === true && relative?.[1] === undefined) return undefined;
    return cues.cases !== undefined && nameInflected(subject) && !relative ? undefined : { person: lastPerson, former, how: 'tenure' };
  }
  // No name in this sentence before the title: the pronoun, or the verb with no subject, refers to the last person named (of its gender).
  // Only a language with cases (Russian) says the gender in its past tense; a Kazakh verb says none.
  const gender = pronoun !== undefined ? cues.pronouns.get(pronoun) : dashed || subjectless![2] !== undefined || cues.cases === undefined ? undefined : subjectless![1] !== undefined ? 'f' : 'm';
  const person = antecedentOf(text, lastPerson, at, gender, { subjectless: subjectless !== null, strict: false, until: start }, holderAt, cues);
  return person === undefined ? undefined : { person, former, how: 'pronoun' };
}

/**
 * The one a subject pronoun, or a verb with no subject, stands for: the last person named before `from` (an
 * entity's index) of the pronoun's gender, not an aside in parentheses; a verb with no subject wants a name in the nominative.
 * `strict` (a pronoun read with no verb of holding) passes over a name in an oblique case or of no known gender
 * («… передал обязанности брату Раулю. … он ушёл с поста», «Она должна отказаться от поста» of a country).
 * `until` is where the title starts: an object pronoun between a name and it, before the next mention, makes the name no antecedent.
 */
function antecedentOf(
  text: string,
  from: number,
  at: (q: number) => Entity | undefined,
  gender: 'm' | 'f' | undefined,
  reading: { subjectless: boolean; strict: boolean; until: number },
  holderAt: ReadonlyMap<number, { person: number; former: boolean }>,
  cues: LinkCues,
): number | undefined {
  const { subjectless, strict, until } = reading;
  for (let k = from; k >= 0 && from - k <= MAX_CHAIN; k--) {
    const m = at(k)!;
    // A name in parentheses is an aside, not the subject talked about («… «Менатеп» (которым руководил Олег Ким). В 1996 году — …»).
    if (m.type !== 'person' || (gender !== undefined && genderOf(m.norm) === (gender === 'm' ? 'f' : 'm')) || inParentheses(text, m)) continue;
    if (strict && (genderOf(m.norm) !== gender || nameInflected(m))) continue;
    // "Suleimenov sent him to Beijing, and he served as …": a name with an object pronoun of the pronoun's gender after it
    // (before the next mention) did something to the one the pronoun names.
    const object = cues.objectPronoun;
    if (!subjectless && object !== undefined && gender === object.gender && object.pattern.test(text.slice(m.end, Math.min(until, at(k + 1)?.start ?? until)))) continue;
    // A verb with no subject continues the last sentence's subject, a name in the nominative, not one
    // inside a name or an object («… имени А. С. Пушкина. Был президентом …»); an object named with its own
    // title is passed over («… помогал президенту Путину. С 2008 года — первый заместитель …»).
    // A Kazakh name in the genitive possesses what the sentence is about («Жүсіповтің жұмысы …»): the subject is named before.
    if (subjectless && nameInflected(m)) {
      if (holderAt.get(k - 1)?.person === k || cues.cases === undefined) continue;
      return undefined;
    }
    return subjectOfSentence(text, k, at, gender) ?? k;
  }
  return undefined;
}

/** Whether the gap holds the language's object pronoun of one gender and then a subject pronoun of that gender. */
function pronounOfObject(gap: string, cues: LinkCues): boolean {
  const object = cues.objectPronoun;
  const hit = object?.pattern.exec(gap);
  if (object === undefined || hit === null || hit === undefined) return false;
  const subject = compiled(cues).pronoun.exec(gap.slice(hit.index + hit[0].length));
  return subject !== null && cues.pronouns.get(subject[1]!.toLowerCase()) === object.gender;
}

/** How far around a name its parentheses are looked for. */
const ASIDE_REACH = 120;

/** Whether a mention stands inside parentheses on one line: «(которым руководил Олег Ким)». */
function inParentheses(text: string, m: Entity): boolean {
  const before = text.slice(Math.max(0, m.start - ASIDE_REACH), m.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0 || before.includes('\n', open)) return false;
  const after = text.slice(m.end, m.end + ASIDE_REACH);
  const close = after.indexOf(')');
  return close >= 0 && !after.slice(0, close).includes('(') && !after.slice(0, close).includes('\n');
}

/** How far after a title its verb in the first person is looked for («… департаментінің директоры қызметін атқардым»). */
const FIRST_PERSON_REACH = 60;
/** A line that opens with a dash and asks a question: the text is an interview, whose answers open with a dash too. */
const INTERVIEW_QUESTION = /^[ \t]*[–—-][^\n]*\?[ \t»"”]*$/m;

/**
 * Who says in the first person that a post is theirs: the name that a verb of saying brings in after
 * the quote, in the same paragraph («…, мен аудан әкімінің орынбасары едім, – дейді хатшы Ерлан
 * Ахметжанов», «…, — сказал Иван Петров»); else, in an answer of an interview, the person it names first.
 */
function speakerOf(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues): number | undefined {
  const title = at(q)!;
  const lineEnd = text.indexOf('\n', title.end);
  for (let k = q + 1; at(k) !== undefined && (lineEnd < 0 || at(k)!.start < lineEnd); k++) {
    const m = at(k)!;
    if (m.type === 'person' && cues.speechBefore?.test(text.slice(title.end, m.start)) === true) return cues.cases !== undefined && nameInflected(m) ? undefined : k;
  }
  const lineStart = text.lastIndexOf('\n', title.start) + 1;
  if (!/^[ \t]*[–—-]/.test(text.slice(lineStart, title.start)) || !INTERVIEW_QUESTION.test(text)) return undefined;
  for (let k = 0; at(k) !== undefined; k++) if (at(k)!.type === 'person') return k;
  return undefined;
}

/**
 * The name that opens the sentence of the name at k, in the nominative and of the gender asked, when
 * another: a pronoun or a verb with no subject goes on with the last sentence's subject, not with the
 * last name in it («После университета Хантсмен поступил в Белый дом при президенте Рейгане … Позднее он служил …»).
 */
function subjectOfSentence(text: string, k: number, at: (q: number) => Entity | undefined, gender: 'm' | 'f' | undefined): number | undefined {
  const from = at(k)!.start - clauseBefore(text, at(k)!.start, MAX_CLAUSE).length;
  let first: number | undefined;
  for (let j = k - 1; j >= 0 && at(j)!.start >= from; j--) if (at(j)!.type === 'person') first = j;
  if (first === undefined) return undefined;
  const m = at(first) as PersonMention;
  const lead = text.slice(from, m.start);
  const fits = gender === undefined || genderOf(m.norm) !== (gender === 'm' ? 'f' : 'm');
  // Its subject, not a source set off by a comma («According to John Smith, Ivan Petrov left …»).
  const subject = !/[,(«"]/.test(lead) && lead.trim().split(/\s+/).length <= 3 && !/^\s*[,)]/.test(text.slice(m.end, m.end + 3));
  // A name in an oblique case is no subject in Kazakh either («Бас дәрігер Омаровтың орнына … Сатыбалдиев тағайындалды»).
  return fits && subject && !nameInflected(m) ? first : undefined;
}

/** How far after a name its relative pronoun or participle is looked for. */
const RELATIVE_REACH = 40;
/** The longest «one of» phrase before a plural title («одним из самых влиятельных российских»). */
const ONE_OF_REACH = 80;
/** How far before a post the words saying it is sought are looked for («выдвинул свою кандидатуру на пост»). */
const SOUGHT_REACH = 80;

/**
 * A title after a noun that names the post («освободил Павла Петрова от должности министра», «Иванов,
 * сейчас занимающий пост посла», «на пост мэра назначен Олег Сидоров»): the holder is the name in the
 * nominative after a verb of taking it, else the nearest name before it in the clause, past the
 * titles that name already holds, with no clause opened and no object pronoun between («что на пост …», «назначил его на пост …» are someone else's).
 * Not a post sought («кандидат на пост президента»).
 */
function byPostNoun(
  text: string,
  q: number,
  at: (q: number) => Entity | undefined,
  cues: LinkCues,
  before: string,
  holderAt: ReadonlyMap<number, { person: number; former: boolean }>,
): { person: number; former: boolean } | undefined {
  const frame = cues.postNoun?.exec(before);
  const title = at(q)!;
  const clause = clauseBefore(text, title.start, SOUGHT_REACH);
  if (!frame || cues.postSought?.test(clause) === true) return undefined;
  // Left («от должности»), or held in the past («занимала пост»).
  const former = frame[1] !== undefined || cues.pastTenure?.test(clause) === true;
  // «снял с должности замсекретаря Совбеза Юрия Петрова»: the name right after the title.
  const next = at(q + 1);
  if (next?.type === 'person' && SPACES.test(text.slice(title.end, next.start))) return { person: q + 1, former };
  const taker = cues.postTaker;
  for (let k = q + 1; taker !== undefined && k < q + 1 + MAX_CHAIN; k++) {
    const m = at(k);
    if (m === undefined) break;
    const gap = text.slice(title.end, m.start);
    if (gap.length > MAX_CLAUSE || hasSentenceBreak(gap)) break;
    if (m.type !== 'person') continue;
    if (taker.test(gap) && !nameInflected(m) && !cues.otherPerson.test(gap.slice(gap.search(taker)))) return { person: k, former: false };
    break;
  }
  for (let k = q - 1; k >= 0 && q - k <= MAX_CHAIN; k--) {
    const m = at(k)!;
    const gap = text.slice(m.end, title.start);
    // No one named in the title's sentence: its subject pronoun names the one before («… Иван Петров. Он ушёл с поста министра»),
    // unless a clause opens after the pronoun («Он сказал, что …»: that clause has a subject of its own).
    if (gap.length > MAX_CLAUSE || hasSentenceBreak(gap)) {
      const pronoun = compiled(cues).pronoun.exec(clauseBefore(text, title.start, MAX_CLAUSE));
      if (pronoun === null || cues.clauseOpener?.test(pronoun.input.slice(pronoun.index + pronoun[0].length)) === true) return undefined;
      const person = antecedentOf(text, k, at, cues.pronouns.get(pronoun[1]!.toLowerCase()), { subjectless: false, strict: true, until: title.start }, holderAt, cues);
      return person === undefined ? undefined : { person, former };
    }
    if (cues.clauseOpener?.test(gap) === true) return undefined;
    // «Мелендес, одна из соратниц Чавеса, получила звание адмирала»: a name in an oblique case closing an aside is not the subject,
    // unless a participle or a relative pronoun after the comma makes it one («сестра Таксина Чинавата, занимавшего пост …»).
    if (m.type === 'person' && cues.cases !== undefined && /^\s*,/.test(gap) && nameInflected(m as PersonMention) && !opensClauseOf(gap, cues, cues.cases)) continue;
    if (m.type === 'person') return { person: k, former };
    // «генерал-майора Ивана Петрова на пост …»: a title of the name before it is passed over; any other title is the post's subject.
    if (holderAt.get(k)?.person !== k - 1) return undefined;
  }
  return undefined;
}

/** Within its first two words after the comma, a gap opens a participle's or a relative clause («, сейчас занимающего», «, который»). */
function opensClauseOf(gap: string, cues: LinkCues, cases: CaseCues): boolean {
  const words = gap.replace(/^\s*,\s*/, '').split(WORDS, 2);
  return cues.relativeSubject?.test(gap) === true || words.some((w) => cases.participle.test(w));
}

/**
 * Russian: a post in the instrumental opening its clause, then a tenure verb and its subject («Новым
 * руководителем управления вместо ушедшего на пенсию Серика Абенова стал директор департамента Ержан
 * Кулибаев», «Режиссёром фильма станет лауреат фестиваля Оксана Карасева»): the subject, a name in the
 * nominative after the verb, with at most the name's own title and its dependents between.
 */
function subjectAfterTenure(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): number | undefined {
  const cases = cues.cases;
  const title = at(q)! as PositionMention;
  // The title inflected, opening with a noun or an adjective in the instrumental («директором», «Главным тренером», «Главой», «командующим», «Членами»).
  const opening = cases?.predicateAdverb?.exec(title.text)?.[0].length ?? 0;
  if (cases?.subjectAfterVerb !== true || !cases.predicateInstrumental.test(firstWordOf(title.text.slice(opening))) || fold(title.text) === fold(title.norm)) return undefined;
  // Only agreeing adjectives or a possessive before the title in its clause («Новым», «…, где её»), which a dash may open
  // too («АСТАНА. KAZINFORM – Председателем правления назначен …»).
  const lead = before
    .slice(before.search(/[^,;:–—]*$/u))
    .trim()
    .replace(cases.clauseLink, '');
  const leadWords = lead.length > 0 ? lead.split(/\s+/) : [];
  if (leadWords.length > 2 || !leadWords.every((w) => cases.predicateInstrumental.test(w.toLowerCase()) || cases.possessive.test(w.toLowerCase()))) return undefined;
  const tenure = compiled(cues).tenureAll;
  for (let k = q + 1; k < q + 1 + MAX_CHAIN; k++) {
    const m = at(k);
    if (m === undefined || m.start - title.end > MAX_CLAUSE) return undefined;
    const gap = text.slice(title.end, m.start);
    if (hasSentenceBreak(gap)) return undefined;
    if (m.type !== 'person') continue;
    tenure.lastIndex = 0;
    let afterVerb: string | undefined;
    for (let v = tenure.exec(gap); v !== null; v = tenure.exec(gap)) afterVerb = gap.slice(v.index + v[0].length);
    // A name before the verb is someone else («вместо … Серика Абенова»); after it, the subject in the nominative.
    if (afterVerb === undefined) continue;
    return !nameInflected(m) && !/[,;:()]/.test(afterVerb) && !cues.verb.test(afterVerb) && !cues.otherPerson.test(afterVerb) ? k : undefined;
  }
  return undefined;
}

/**
 * Russian: a title in the instrumental after a participle of being that opens its clause («Будучи игроком клуба, Иван Петров
 * выступал …»): the name in the nominative right after the comma that closes the clause (a bracket may stand between) is its subject.
 */
function subjectAfterBeing(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues, before: string): number | undefined {
  const title = at(q)! as PositionMention;
  const next = at(q + 1);
  if (cues.beingBefore?.test(before) !== true || cues.cases?.predicateInstrumental.test(firstWordOf(title.text)) !== true || next?.type !== 'person') return undefined;
  return !nameInflected(next) && /^\s*(?:\([^()]*\)\s*)?,\s*$/.test(text.slice(title.end, next.start)) ? q + 1 : undefined;
}

/**
 * The words between a tenure verb and the title: at most a few adjectives («был профессиональным
 * дипломатом»), no noun of its own in the instrumental («считался главным наследником предпринимателя»
 * makes the title a dependent). With the verb, whose form byTenure reads.
 */
function tenureTail(sentence: string, cues: LinkCues, title?: PositionMention): { tail: string; verb: string; at: number } | undefined {
  const found = compiled(cues).tenureAll;
  found.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = found.exec(sentence); m !== null; m = found.exec(sentence)) last = m;
  if (last === undefined) return undefined;
  const tail = sentence.slice(last.index + last[0].length);
  // «работал в налоговой службе, а затем главой района»: a place of work, then the post in the instrumental coordinated with it.
  if (title !== undefined && cues.tenureDetour?.test(tail) === true && cues.cases?.predicateInstrumental.test(firstWordOf(title.text)) === true) return { tail, verb: last[0], at: last.index };
  const words = tail.trim().length === 0 ? [] : tail.trim().split(/\s+/);
  const predicate = cues.cases?.instrumental;
  if (words.length > MAX_WORDS_AFTER_VERB || /[,()«»"]/.test(tail) || cues.verb.test(tail)) return undefined;
  // «работала с нынешним мэром», «был в гостях у журналиста»: a preposition governs the title, which is no predicate.
  let governed = words.length;
  while (governed > 0 && isModifier(words[governed - 1]!, cues)) governed--;
  if (governed > 0 && cues.otherPerson.test(` ${words.slice(0, governed).join(' ')} `)) return undefined;
  return predicate !== undefined && words.some((w) => predicate.test(w.toLowerCase())) ? undefined : { tail, verb: last[0], at: last.index };
}

/** A whole word that is an agreeing adjective («нынешним»): the pack's pattern, compiled already for coordinated titles, matched in full. */
function isModifier(word: string, cues: LinkCues): boolean {
  const m = cues.titleModifier?.exec(word);
  return m?.index === 0 && m[0].length === word.length;
}

/**
 * «Анна Белова освобождена от должности: приказом министра она назначена заместителем …»: a subject pronoun after
 * another title, of the named subject's gender, takes the subject up again.
 */
function pronounAgain(gap: string, subject: PersonMention | undefined, cues: LinkCues): boolean {
  const gender = subject === undefined ? undefined : cues.pronouns.get(subjectPronoun(gap, cues) ?? '');
  return gender !== undefined && genderOf(subject!.norm) === gender;
}

function subjectPronoun(sentence: string, cues: LinkCues): string | undefined {
  const found = compiled(cues).pronoun.exec(sentence);
  return found === null ? undefined : found[1]!.toLowerCase();
}

/** Names listed after a plural title: «музыканты A (проект «X»), B и C». */
function listAfter(text: string, first: number, at: (q: number) => Entity | undefined, cues: LinkCues): number[] {
  const out: number[] = [];
  let prev = at(first)!;
  for (let k = first + 1; ; k++) {
    let m = at(k);
    // «Анна Белова (Anna Belova) и Мария Ким»: a name's other spelling in parentheses is no one more.
    if (m?.type === 'person' && spelledBefore(text, k, at) !== undefined) continue;
    // "Deputy ministers: X, until now chairman of …, and Y": a listed name's own title set off by commas stands before the next.
    if (m?.type === 'position' && appositionBetween(text.slice(prev.end, m.start), cues) && at(k + 1)?.type === 'person') {
      prev = m;
      m = at(++k);
    }
    if (m?.type !== 'person' || !cues.listJoin.test(text.slice(prev.end, m.start))) return out;
    out.push(k);
    prev = m;
  }
}

/** A comma and the words that may open a title set off after a name ("X, until now chairman of …"). */
function appositionBetween(gap: string, cues: LinkCues): boolean {
  const comma = gap.indexOf(',');
  return comma >= 0 && gap.slice(0, comma).trim() === '' && cues.appositionFiller.test(gap.slice(comma + 1));
}

/**
 * The first name listed for a plural title in the sentence after it («… трёх журналистов. Среди них
 * были Анна Белова и Олег Ким»): the title is the last group of its sentence and the name opens the
 * list right after the intro (a name with a title of its own before it is that title's).
 */
function listedNext(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues): number | undefined {
  if (cues.listNextSentence === undefined) return undefined;
  const title = at(q)!;
  for (let k = q + 1; ; k++) {
    const m = at(k);
    if (m === undefined || m.start - title.end > MAX_CLAUSE) return undefined;
    if (m.type === 'position') {
      if (cues.isPluralTitle(m)) return undefined;
      continue;
    }
    const gap = text.slice(title.end, m.start);
    const intro = cues.listNextSentence.exec(gap);
    return intro !== null && !hasSentenceBreak(gap.slice(0, intro.index)) ? k : undefined;
  }
}

/** The names listed right before a plural title that closes the list («Пикассо, Дали, Ван Гога и других художников»), last first. */
function listBefore(text: string, q: number, at: (q: number) => Entity | undefined, cues: LinkCues): number[] {
  const out: number[] = [];
  const last = at(q - 1);
  if (cues.listBefore === undefined || last?.type !== 'person' || !cues.listBefore.test(text.slice(last.end, at(q)!.start))) return out;
  out.push(q - 1);
  for (let k = q - 2; k >= 0; k--) {
    const m = at(k)!;
    if (m.type === 'person' && spelledBefore(text, k + 1, at) === k) continue;
    if (m.type !== 'person' || !cues.listJoin.test(text.slice(m.end, at(out[out.length - 1]!)!.start))) break;
    out.push(k);
  }
  return out;
}

/**
 * Only a title's dependents between it and the name: no clause break, comma, dash, verb or relative;
 * a tenure verb may close them («Пост генерального директора занимал Раис Ханнанов», «Главой назначен…»).
 */
function isDependents(gap: string, cues: LinkCues): boolean {
  if (gap.length > MAX_DEPENDENTS || hasSentenceBreak(gap) || GAP_ENDS_SENTENCE.test(gap)) return false;
  // Russian word order lets the subject follow its verb; English does not ("The president appointed X").
  // Looked for in the last characters only: an end-anchored pattern would be tried at every position.
  const from = Math.max(0, gap.length - TENURE_REACH);
  const tenure = cues.cases?.subjectAfterVerb === true ? compiled(cues).tenureAtEnd.exec(gap.slice(from)) : null;
  const outside = (tenure !== null ? gap.slice(0, beforeMark(gap, from + tenure.index, from)) : gap).replace(/«[^«»]*»|"[^"]*"|\([^()]*\)/g, ' ');
  // Commas may stand inside the dependents («по надзору в сфере связи, информационных технологий…»),
  // not right before the name («X – аким города, Алия Каримова – его заместитель»).
  // Nor a participle's clause after the title («дизайнера, совместно работающего с Анной»).
  if (/:|\s[–—-]\s|,\s*$/.test(outside) || SHARED().participleClause.test(outside)) return false;
  return !cues.verb.test(outside) && !cues.relatives.test(outside);
}

/**
 * Where the text before a word found at `at` ends, without the non-letter right before the word
 * («секретарь, был назначен»: the comma goes with the verb's clause); `start` is where the search
 * began, before which nothing is taken off.
 */
function beforeMark(text: string, at: number, start: number): number {
  if (at <= start) return at;
  return at - (at - 2 >= start && (text.codePointAt(at - 2) ?? 0) > 0xffff ? 2 : 1);
}

function hasVerbOtherThanTenure(gap: string, cues: LinkCues): boolean {
  return cues.verb.test(gap.replace(compiled(cues).tenureAll, ' '));
}

/**
 * Russian case agreement in apposition: a name in an oblique case («Цзян Цзэминя») is not the subject
 * of a nominative title after it. A name that looks nominative may be indeclinable, so it agrees.
 */
function agrees(person: PersonMention, title: PositionMention, cues: LinkCues, gap: string): boolean {
  if (cues.cases === undefined) return true;
  return inflected(title.text, title.norm) ? !listedAfterGenitive(person, title, cues.cases, gap) : !nameInflected(person);
}

/**
 * «… у Михаила Ковалева, художником у Фёдора Петрова»: a genitive name and a title in the instrumental set off by a bare comma
 * are two members of a list, not an apposition (a participle between makes the title its predicate: «Назарбаева, ставшего президентом»).
 */
const listedAfterGenitive = (person: PersonMention, title: PositionMention, cases: CaseCues, gap: string): boolean =>
  /^\s*,\s*$/.test(gap) && cases.predicateInstrumental.test(firstWordOf(title.text)) && looksGenitive(person, cases);

/**
 * A Russian name in the genitive: inflected, and its first inflected word ends as a genitive does
 * (Джона, Марины; «Ким Чен Ына», whose first words do not decline).
 */
const looksGenitive = (p: PersonMention, cases: CaseCues): boolean => nameInflected(p) && cases.genitiveName.test(firstInflectedWord(p));
const firstInflectedWord = (p: PersonMention): string => {
  const words = fold(p.text).split(NAME_PARTS);
  const nominative = new Set(fold(writtenNorm(p)).split(NAME_PARTS));
  return words.find((w) => w.length > 0 && !nominative.has(w)) ?? words[words.length - 1] ?? '';
};
const firstWordOf = (s: string): string => s.slice(0, s.search(/\s|$/)).toLowerCase();
const fold = (s: string): string => foldYo(s.toLowerCase());
/**
 * Written in another form than its nominative (the text is inflected). Word by word: a person's norm
 * is its entity's full name (entities.ts), so «Юрий Бондарев» beside the norm «Юрий Васильевич
 * Бондарев», or «Дж. Коми» beside «Джеймс Коми», is not inflected; «Бондарева» is.
 */
export const inflected = (text: string, norm: string): boolean => {
  const written = fold(text);
  const nominative = fold(norm);
  if (written === nominative) return false;
  const words = new Set(nominative.split(NAME_PARTS));
  // «экс-глава» beside the norm «глава»: a prefix the norm leaves out is no case ending.
  return written.split(NAME_PARTS).some((w) => w.length > 2 && !words.has(w) && !words.has(w.slice(w.indexOf('-') + 1)));
};
const NAME_PARTS = /[\s.]+/u;
const WORDS = /\s+/;
/**
 * A name written in an oblique case: judged against the nominative read for this mention, not its
 * entity's (which may come from another, misread form: «Сэмюэль Адамс» beside «Сэмюэл Адамс»), or by
 * its surname as the entity's with a case ending («Эрдогана», «Беловой»), where extraction could not
 * decline a surname alone.
 */
/** Whether an earlier link gives the post of `title` (its role, else its words) to someone other than `key`. */
function heldBefore(title: PositionMention, links: readonly HolderLink[], mentions: readonly Mention[], key: string): boolean {
  return links.some((l) => {
    const p = mentions[l.position] as PositionMention;
    const same = title.role !== undefined ? p.role === title.role : fold(p.norm) === fold(title.norm);
    return same && !l.former && (mentions[l.person] as PersonMention).key !== key;
  });
}

const nameInflected = (p: PersonMention): boolean => inflected(p.text, writtenNorm(p)) || surnameDeclined(p.text, p.norm);
const surnameDeclined = (text: string, norm: string): boolean => {
  const written = lastWordOf(fold(text));
  const nominative = lastWordOf(fold(norm));
  const stem = nominative.replace(SHARED().surnameNominativeEnd, '');
  return written !== nominative && stem.length > 2 && written.startsWith(stem) && written.length - stem.length <= 3;
};
const lastWordOf = (s: string): string => s.slice(s.search(/[^\s.]+$/u));

/** Whether the first character after `from` on its line, past spaces, is a lowercase letter: a word the text goes on with. */
function lowercaseWordAfter(text: string, from: number): boolean {
  let k = from;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const ch = text[k];
  return ch !== undefined && ch !== ch.toUpperCase();
}

/**
 * The stretch of text before `end` in the same sentence, at most `max` characters. Read with the
 * character at `end`, since a sentence break is known by the capital after it («… ВС РФ. Начальником»).
 */
function clauseBefore(text: string, end: number, max: number): string {
  const sentence = lastSentence(text.slice(Math.max(0, end - max), end + 1));
  return end < text.length ? sentence.slice(0, -1) : sentence;
}

function lastSentence(s: string): string {
  let from = 0;
  const all = SENTENCE_BREAKS;
  all.lastIndex = 0;
  for (let m = all.exec(s); m !== null; m = all.exec(s)) from = m.index + m[0].length;
  return s.slice(from);
}

function lastWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/);
  return words.slice(-n).join(' ');
}

/** The first-name lexicon's gender, else the ending of a woman's or a man's surname or patronymic in any registered language. Unknown otherwise. */
function genderOf(norm: string): 'm' | 'f' | undefined {
  const lower = norm.toLowerCase();
  const known = nominativeGender(lower.slice(0, lower.search(/\s|$/)));
  if (known !== undefined) return known;
  const shared = SHARED();
  if (shared.feminineName.test(lower)) return 'f';
  if (shared.masculineName.test(lower)) return 'm';
  return undefined;
}
