import type { Mention, Official, PersonMention } from '../schema/record.js';
import { resolvePersons } from './entities.js';

const TITLE_BEFORE_NAME_GAP = /^[ \t\u00A0]{1,2}$/;
const NAME_BEFORE_TITLE_GAP = /^\s*[,–—-]\s*$/;

interface Draft {
  key: string;
  name: string;
  position?: string;
  role?: string;
  mentions: number[];
  positionMentions: number[];
}

// Asked several times of every person mention: the Unicode regular expression runs only when there is an initial's dot.
const isPartial = (norm: string): boolean => !norm.includes(' ') || (norm.includes('.') && /^\p{L}\.(?: \p{L}\.)? /u.test(norm));

/**
 * Officials: people who hold a position in the document. A title right before a name (or, in
 * Russian, right after it behind a comma) pairs them; later mentions of the same person (by key,
 * surname or initials) and titles that refer back ("аким области отметил") join that official.
 * Person mentions are first resolved to the document's entities (see entities.ts; mutates `mentions`).
 */
export function linkOfficials(text: string, mentions: Mention[]): Official[] {
  resolvePersons(text, mentions.filter((m): m is PersonMention => m.type === 'person'));
  const drafts = new Map<string, Draft>();
  const paired = new Set<number>();
  const draftFor = (p: PersonMention): Draft => {
    let d = drafts.get(p.key);
    if (d === undefined) {
      d = { key: p.key, name: p.norm, mentions: [], positionMentions: [] };
      drafts.set(p.key, d);
    }
    if (isPartial(d.name) && !isPartial(p.norm)) d.name = p.norm;
    return d;
  };
  mentions.forEach((m, i) => {
    if (m.type !== 'position') return;
    const after = mentions[i + 1];
    const before = mentions[i - 1];
    let holder: PersonMention | undefined;
    if (after?.type === 'person' && TITLE_BEFORE_NAME_GAP.test(text.slice(m.end, after.start))) holder = after;
    else if (before?.type === 'person' && NAME_BEFORE_TITLE_GAP.test(text.slice(before.end, m.start))) holder = before;
    if (holder === undefined) return;
    const d = draftFor(holder);
    d.positionMentions.push(i);
    d.position ??= m.norm;
    d.role ??= m.role;
    paired.add(i);
  });
  // Every mention of a person who holds a position joins that official.
  mentions.forEach((m, i) => {
    if (m.type === 'person') drafts.get(m.key)?.mentions.push(i);
  });
  const officials = [...drafts.values()].filter((d) => d.mentions.length > 0);
  attachReferringTitles(mentions, drafts, paired);
  // Pushed onto a literal: an array literal learns the kind of its elements, so even an empty list
  // has the map of a full one (an empty mapped array has another, and it deoptimised the validator).
  const out: Official[] = [];
  for (const d of officials.sort((a, b) => a.mentions[0]! - b.mentions[0]!)) {
    if (d.position === undefined) continue;
    const positionMentions = d.positionMentions.sort((a, b) => a - b);
    // Two literals, not a conditional spread: each then has one hidden class of its own (see ../extract/context.ts).
    out.push(d.role !== undefined
      ? { name: d.name, key: d.key, position: d.position, role: d.role, mentions: d.mentions, positionMentions }
      : { name: d.name, key: d.key, position: d.position, mentions: d.mentions, positionMentions });
  }
  return out;
}

/**
 * Titles that refer back ("аким области отметил"): the nearest official mentioned before with the
 * same role or wording, else the first one after. Two linear passes, one each way.
 */
function attachReferringTitles(mentions: readonly Mention[], drafts: ReadonlyMap<string, Draft>, paired: ReadonlySet<number>): void {
  // Keys are made once per official and once per title, not at every step of both passes.
  const draftKeys = new Map<Draft, string[]>();
  for (const d of drafts.values()) if (d.position !== undefined) draftKeys.set(d, titleMatchKeys(d.role, d.position));
  // No official holds a position: no title can refer back to one (a dump of names and figures).
  if (draftKeys.size === 0) return;
  // Pushed one by one: Array#map's result array takes one of several maps, and a new one met later
  // deoptimised both sweeps.
  const titleKeys: Array<string[] | undefined> = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    titleKeys.push(m.type === 'position' && !paired.has(i) ? titleMatchKeys(m.role, m.norm) : undefined);
  }
  const pending = new Map<number, Draft>();
  const sweep = (from: number, to: number, step: 1 | -1, overwrite: boolean): void => {
    const last = new Map<string, Draft>();
    for (let i = from; i !== to; i += step) {
      const m = mentions[i]!;
      const holder = m.type === 'person' ? drafts.get(m.key) : undefined;
      const holderKeys = holder !== undefined ? draftKeys.get(holder) : undefined;
      if (holderKeys !== undefined) for (const k of holderKeys) last.set(k, holder!);
      const keys = titleKeys[i];
      if (keys === undefined || (!overwrite && pending.has(i))) continue;
      for (const k of keys) {
        const found = last.get(k);
        if (found === undefined) continue;
        pending.set(i, found);
        break;
      }
    }
  };
  sweep(0, mentions.length, 1, true);
  sweep(mentions.length - 1, -1, -1, false);
  for (const [i, d] of [...pending].sort((a, b) => a[0] - b[0])) d.positionMentions.push(i);
}

/** What a title is matched by: its role when it has one, then its wording. */
const titleMatchKeys = (role: string | undefined, wording: string): string[] => [...(role !== undefined ? [`role:${role}`] : []), `norm:${wording.toLowerCase()}`];
