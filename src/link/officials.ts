import type { LinkCues } from './cues.js';
import type { Mention, Official, PersonMention } from '../schema/record.js';
import { resolvePersons } from './entities.js';
import { findDefiniteHolders, findHolders, namesOffice, outOfFocus, previousSentenceStart, topicPerson, type HolderLink } from './holders.js';
import { findHeadlineHolders } from './headline.js';

/** One person holding one post: the unit of `officials` (a person with two posts has two). */
interface Draft {
  key: string;
  name: string;
  position: string;
  /** The named owners of the post (see `namedOwners`). */
  owners: string[];
  role?: string;
  former: boolean;
  acting: boolean;
  mentions: number[];
  positionMentions: number[];
}

/**
 * The named owners in a post's wording: its capitalised words, lowercased («Федоров ауданының әкімі» → федоров; «аким
 * Карагандинской области» → карагандинской; a norm starts in lower case unless a name starts it).
 */
const namedOwners = (norm: string): string[] =>
  norm
    .split(' ')
    .filter((w) => w !== w.toLowerCase() && w[0] !== w[0]!.toLowerCase())
    .map((w) => w.toLowerCase());
// Two spellings of one owner differ in their endings only («Шымкента», «Шымкент»; «Караганды», «Карагандинской»): the shorter
// less its last two letters (three at least) begins the longer. «Каракиянского» and «Каратальского» are two districts.
const sameOwner = (a: string, b: string): boolean => {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter.slice(0, Math.max(3, shorter.length - 2)));
};
/** One post of a role, unless both wordings name their owners and no owner is the same (two districts' akim: two posts). */
const samePost = (a: readonly string[], b: readonly string[]): boolean => a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => sameOwner(x, y)));

// Asked several times of every person mention: the Unicode regular expression runs only when there is an initial's dot.
const isPartial = (norm: string): boolean => !norm.includes(' ') || (norm.includes('.') && /^\p{L}\.(?: \p{L}\.)? /u.test(norm));

/**
 * Officials: people who hold a position in the document, one entry per person and post. Who holds
 * a title is read from the layout around it (see holders.ts); later mentions of the same person (by
 * key, surname or initials) and titles that refer back ("аким области отметил") join that official.
 * Person mentions are first resolved to the document's entities (see entities.ts; mutates `mentions`).
 */
export function linkOfficials(text: string, mentions: Mention[], cues: LinkCues): Official[] {
  resolvePersons(
    text,
    mentions.filter((m): m is PersonMention => m.type === 'person'),
  );
  const drafts = new Map<string, Draft[]>();
  const byPerson = new Map<string, Draft[]>();
  const paired = new Set<number>();
  const add = (l: HolderLink): void => {
    const holder = mentions[l.person] as PersonMention;
    const title = mentions[l.partOf ?? l.position]!;
    if (title.type !== 'position' || (l.owner === undefined && cues.unheld?.(title) === true)) return;
    // An owner's post named inside the title is that post, in the title's mention.
    const { norm, role } = l.owner ?? title;
    const post = `${holder.key}\u0000${role ?? norm.toLowerCase()}`;
    const owners = role === undefined ? [] : namedOwners(norm);
    const ofRole = drafts.get(post);
    let d = ofRole?.find((o) => samePost(o.owners, owners));
    // «аким области» first, «аким Карагандинской области» after: the post now has its owner's name.
    if (d !== undefined && d.owners.length === 0) d.owners = owners;
    if (d === undefined) {
      d = {
        key: holder.key,
        name: holder.norm,
        owners,
        // A bare generic body owning the post («Басқарма басшысы») is the one the text named just before, in full.
        position: (l.owner === undefined ? cues.fullBodyPost?.(text.slice(previousSentenceStart(text, title.start), title.start), norm) : undefined) ?? norm,
        ...(role !== undefined ? { role } : {}),
        former: l.former,
        acting: l.acting,
        mentions: [],
        positionMentions: [],
      };
      if (ofRole === undefined) drafts.set(post, [d]);
      else ofRole.push(d);
      const list = byPerson.get(holder.key);
      if (list === undefined) byPerson.set(holder.key, [d]);
      else list.push(d);
    }
    // Said once to be current, the post is current (a title that names it again in part says nothing of that).
    if (l.partOf === undefined) {
      d.former &&= l.former;
      d.acting &&= l.acting;
    }
    d.positionMentions.push(l.position);
    // The title itself may still want its holder.
    if (l.owner === undefined) paired.add(l.position);
  };
  const links = findHolders(text, mentions, cues);
  for (const l of links) add(l);
  if (cues.pronounReplaced !== undefined) for (const l of replacedByPronoun(text, mentions, links, cues)) add(l);
  attachReferringTitles(text, mentions, [...drafts.values()].flat(), paired, cues);
  const holderOf = new Map<number, string>();
  for (const d of [...drafts.values()].flat()) for (const k of d.positionMentions) holderOf.set(k, d.key);
  for (const l of findDefiniteHolders(text, mentions, cues, paired, holderOf)) add(l);
  for (const l of findHeadlineHolders(text, mentions, cues, paired, (key) => byPerson.has(key))) add(l);
  if (cues.pronounDeputy !== undefined) ownDeputies(text, mentions, byPerson, cues.pronounDeputy);
  // Every mention of a person who holds a position joins each of their posts.
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    for (const d of byPerson.get(m.key) ?? []) {
      d.mentions.push(i);
      if (isPartial(d.name) && !isPartial(m.norm)) d.name = m.norm;
    }
  });
  // Pushed onto a literal: an array literal learns the kind of its elements, so even an empty list
  // has the map of a full one (an empty mapped array has another, and it deoptimised the validator).
  const out: Official[] = [];
  // "… appointed X its managing director. The new managing director …": a bare wording of a post joins the same holder's
  // fuller one, after the linking, so that a title referring back still finds the bare wording.
  const merged = new Set<Draft>();
  for (const list of byPerson.values())
    for (const d of list) {
      if (d.role !== undefined) continue;
      const prefix = `${d.position.toLowerCase()} `;
      const fuller = list.find((o) => o !== d && !merged.has(o) && o.position.toLowerCase().startsWith(prefix));
      if (fuller === undefined) continue;
      fuller.positionMentions.push(...d.positionMentions);
      fuller.former &&= d.former;
      fuller.acting &&= d.acting;
      merged.add(d);
    }
  const sorted = [...drafts.values()]
    .flat()
    .filter((d) => !merged.has(d))
    .sort((a, b) => a.mentions[0]! - b.mentions[0]! || a.positionMentions[0]! - b.positionMentions[0]!);
  for (const d of sorted) {
    const positionMentions = [...new Set(d.positionMentions)].sort((a, b) => a - b);
    // Literals with every field in place, not conditional spreads: each then has one hidden class of its own (see ../extract/context.ts).
    const o: Official =
      d.role !== undefined
        ? { name: d.name, key: d.key, position: d.position, role: d.role, mentions: d.mentions, positionMentions }
        : { name: d.name, key: d.key, position: d.position, mentions: d.mentions, positionMentions };
    if (d.former) o.former = true;
    if (d.acting) o.acting = true;
    out.push(o);
  }
  return out;
}

/**
 * Titles that refer back ("аким области отметил"): the nearest official mentioned before with the
 * same role or wording. One linear pass. A title before every mention of its official is not taken
 * by the first one after it: such a title is a headline's («Премьер-министр Грузии подал в
 * отставку»), which repeats a post the text links anyway, or a generic one («выборы президента»,
 * «Адвокат Насира заявил» before another lawyer is named); on NEREL train 7 of 117 such links
 * were right. Nor is a title that names the office itself («выборы президента», «полномочия мэра»; `officeBefore`).
 */
function attachReferringTitles(text: string, mentions: readonly Mention[], drafts: readonly Draft[], paired: Set<number>, cues: LinkCues): void {
  // Keys are made once per official, not at every step of the pass.
  const draftKeys = new Map<Draft, string[]>();
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    // One who only acts for the holder («исполняет обязанности президента»): a bare «президент» later is the holder.
    if (d.acting) continue;
    draftKeys.set(d, titleMatchKeys(d.role, d.position));
    const list = byKey.get(d.key);
    if (list === undefined) byKey.set(d.key, [d]);
    else list.push(d);
  }
  // No official holds a position: no title can refer back to one (a dump of names and figures).
  if (draftKeys.size === 0) return;
  const last = new Map<string, Draft>();
  // Each official's last mention, and the last person mention of all (by index).
  const lastOf = new Map<string, number>();
  let lastPerson = -1;
  const topic = topicPerson(mentions);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type === 'person') {
      lastOf.set(m.key, i);
      lastPerson = i;
      const holders = byKey.get(m.key);
      if (holders !== undefined) for (const h of holders) for (const k of draftKeys.get(h)!) last.set(k, h);
      continue;
    }
    if (m.type !== 'position' || m.plural === true || paired.has(i) || last.size === 0) continue;
    if (namesOffice(text, m, cues)) continue;
    for (const k of titleMatchKeys(m.role, m.norm)) {
      const found = last.get(k);
      if (found === undefined) continue;
      // The person the article is about is never out of focus («… сообщила его жена Анна Белова. … у режиссёра»).
      if (found.key !== topic && outOfFocus(text, mentions, lastOf.get(found.key)!, lastPerson, i, cues)) break;
      found.positionMentions.push(i);
      paired.add(i);
      break;
    }
  }
}

/**
 * What a title is matched by: its wording, then its role when it has one. The wording first, so that
 * of two akims of regions «Аким Костанайской области добавил» goes to the one who holds those words.
 */
const titleMatchKeys = (role: string | undefined, wording: string): string[] => [`norm:${wording.toLowerCase()}`, ...(role !== undefined ? [`role:${role}`] : [])];

/**
 * A bare deputy's post whose owner a possessive pronoun gives («Аким области Ерлан Беков … Его заместитель Асхат
 * Сеитов»): the pronoun is the person named last before it, in its sentence or the one before, and the deputy's post
 * is that person's when they hold one post in the text («заместитель акима области»). Two posts, or none, leave it bare.
 */
function ownDeputies(text: string, mentions: readonly Mention[], byPerson: ReadonlyMap<string, Draft[]>, deputy: NonNullable<LinkCues['pronounDeputy']>): void {
  for (const drafts of byPerson.values())
    for (const d of drafts) {
      // A deputy's remit stays after the owner put in: «заместитель по вопросам ЖКХ» → «заместитель акима Темиртау по вопросам ЖКХ».
      const remit = deputy.remit?.exec(d.position);
      const bare = remit === undefined || remit === null ? d.position : d.position.slice(0, remit.index);
      if (!deputy.norms.has(bare.toLowerCase())) continue;
      const at = Math.min(...d.positionMentions);
      const title = mentions[at]!;
      const before = mentions[at - 1];
      let owner: PersonMention | undefined = before?.type === 'person' && before.key !== d.key && deputy.possessor?.test(text.slice(before.start, title.start)) === true ? before : undefined;
      if (owner === undefined && !deputy.pronoun.test(text.slice(Math.max(0, title.start - 12), title.start))) continue;
      const from = previousSentenceStart(text, title.start);
      for (let i = at - 1; i >= 0 && owner === undefined && mentions[i]!.start >= from; i--) {
        const m = mentions[i]!;
        if (m.type === 'person' && m.key !== d.key) owner = m;
      }
      const posts = owner === undefined ? undefined : byPerson.get(owner.key);
      if (posts?.length !== 1 || deputy.norms.has(posts[0]!.position.toLowerCase())) continue;
      const owned = deputy.post(posts[0]!.position, bare);
      if (owned !== undefined) d.position = owned + d.position.slice(bare.length);
    }
}

/**
 * kk «Ерлан Сұлтанов зейнетке шықты. Оның орнына департамент директоры болып Қанат Әлімжанов тағайындалды»: the
 * post a holder took in place of the one the pronoun stands for, the person named last before it in the sentence
 * before, is that person's former post (the title's own words say it is taken: `appointedLead`).
 */
function replacedByPronoun(text: string, mentions: readonly Mention[], links: readonly HolderLink[], cues: LinkCues): HolderLink[] {
  const out: HolderLink[] = [];
  for (const l of links) {
    const title = mentions[l.position]!;
    if (l.owner !== undefined || l.partOf !== undefined || cues.pronounReplaced?.test(text.slice(Math.max(0, title.start - 16), title.start)) !== true) continue;
    // «Оның орнына» is "for him" too («Оның орнына орынбасары жиынды өткізді»): only a post taken («… болып Name тағайындалды») was his.
    if (cues.appointedLead?.test(text.slice(title.end, title.end + 32)) !== true) continue;
    const from = previousSentenceStart(text, title.start);
    for (let i = l.position - 1; i >= 0 && mentions[i]!.start >= from; i--) {
      const m = mentions[i]!;
      if (m.type !== 'person') continue;
      if (m.key !== (mentions[l.person] as PersonMention).key) out.push({ position: l.position, person: i, former: true, acting: false, how: 'predecessor' });
      break;
    }
  }
  return out;
}
