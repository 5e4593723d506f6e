import { headlineEnd } from '../clean/header.js';
import type { Mention, PersonMention, PositionMention } from '../schema/record.js';
import type { LinkCues } from './cues.js';
import { type HolderLink, inflected } from './holders.js';
import { foldYo } from './fold.js';

/** A sentence's end inside running text, counted between the lead's title and the name. */
const FULL_STOP = /[.!?…]["»”)]*\s/g;
/** A title in quotes is a work's name (the film «Директор»), not a post. */
const QUOTES = new Set(['«', '"', '“']);
const SPACES = /\s+/;
/** How far before the lead's title a word saying it is a former post is looked for («бывший», "former"). */
const FORMER_REACH = 30;
/** The last sentence end in a stretch and what follows it: the lead title's own sentence starts after it. */
const LAST_SENTENCE = /[.!?…][^.!?…]*$/;

/**
 * A headline that names no one, over a lead that tells of its post again without a name and names
 * the holder in that sentence or the next (««Тобыл» жаңа бас бапкерді таныстырды» / «… жаңа бас
 * бапкермен келісімшартқа қол қойды. Командаға … Андрей Тихонов жетекшілік етеді.»; «В Омске
 * задержан программист» / «… в аэропорту задержан программист из Омска. По данным следствия,
 * 29-летний Олег Кравцов …»): the lead's title is held by the first person named after the headline, when the text
 * gives that person no post. The headline's own title stays unlinked, as NEREL leaves it (on train it
 * links 18 of 194 titles of headlines with no name); the pair is the lead title's.
 */
export function findHeadlineHolders(text: string, mentions: readonly Mention[], cues: LinkCues, linked: ReadonlySet<number>, holdsPost: (key: string) => boolean): HolderLink[] {
  const end = headlineEnd(text);
  if (end === undefined) return [];
  const titles: number[] = [];
  let first = -1;
  for (let i = 0; i < mentions.length && first < 0; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person') {
      const free = m.type === 'position' && !linked.has(i) && !cues.isPluralTitle(m) && cues.unheld?.(m) !== true;
      if (m.start < end && free && !QUOTES.has(text.charAt(m.start - 1))) titles.push(i);
    } else if (m.start < end) return [];
    else first = i;
  }
  if (titles.length === 0 || first < 0) return [];
  const person = mentions[first] as PersonMention;
  if (holdsPost(person.key)) return [];
  const links: HolderLink[] = [];
  const taken = new Set<number>();
  for (const i of titles) {
    const title = mentions[i] as PositionMention;
    const words = wordsOf(title.norm, cues);
    // The same post: the same role, or for a title with none, every word of the headline's among the lead title's («директор» in «Зауыттың жаңа директоры»).
    const same = (m: Mention): boolean => {
      if (m.type !== 'position') return false;
      if (title.role !== undefined) return m.role === title.role;
      const held = new Set(wordsOf(m.norm, cues).flat());
      return words.every((forms) => forms.some((f) => held.has(f)));
    };
    let lead = -1;
    for (let k = i + 1; k < first && lead < 0; k++) if (mentions[k]!.start >= end && !linked.has(k) && !taken.has(k) && same(mentions[k]!)) lead = k;
    if (lead < 0) continue;
    const leadTitle = mentions[lead] as PositionMention;
    // Where titles decline, the lead's title is its sentence's subject («задержан программист»), not a possessor («решение президента»).
    if (cues.cases !== undefined && inflected(leadTitle.text, leadTitle.norm)) continue;
    // «Бывший директор завода ушёл на пенсию. Вчера Олег Кравцов …»: the lead tells of the one who left, not of the name after it.
    const said = text.slice(Math.max(end, leadTitle.start - FORMER_REACH), leadTitle.end);
    if (cues.former.test(said.slice(said.search(LAST_SENTENCE) + 1))) continue;
    // The name in the lead title's sentence or the next.
    if ((text.slice(leadTitle.end, person.start).match(FULL_STOP)?.length ?? 0) > 1) continue;
    taken.add(lead);
    links.push({ position: lead, person: first, former: false, acting: false, how: 'definite' });
  }
  return links;
}

/** A title's words, lower-cased, each with the forms it stands for where words take endings (Kazakh stems). */
function wordsOf(norm: string, cues: LinkCues): (readonly string[])[] {
  const words = foldYo(norm.toLowerCase()).split(SPACES);
  return words.map((w) => cues.titleWordForms?.(w) ?? [w]);
}
