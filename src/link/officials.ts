import type { Mention, Official, PersonMention, PositionMention } from '../schema/record.js';

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

const surnameOf = (norm: string): string => norm.split(' ').at(-1)!.toLowerCase();
const isPartial = (norm: string): boolean => !norm.includes(' ') || /^\p{L}\.(?: \p{L}\.)? /u.test(norm);

/**
 * Officials: people who hold a position in the document. A title right before a name (or, in
 * Russian, right after it behind a comma) pairs them; later mentions of the same person (by key,
 * surname or initials) and titles that refer back ("аким области отметил") join that official.
 * Person keys of initials and surname-only mentions are resolved to the full name when the
 * document gives it (mutates `mentions`).
 */
export function linkOfficials(text: string, mentions: Mention[]): Official[] {
  const persons = mentions.map((m, i) => [m, i] as const).filter((p): p is readonly [PersonMention, number] => p[0].type === 'person');
  resolvePartialNames(persons.map(([m]) => m));
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
  for (const [p, i] of persons) drafts.get(p.key)?.mentions.push(i);
  const officials = [...drafts.values()].filter((d) => d.mentions.length > 0);
  // Titles that refer back: the nearest official before (else after) with the same role or wording.
  mentions.forEach((m, i) => {
    if (m.type !== 'position' || paired.has(i)) return;
    const holder = nearestHolder(mentions, officials, m, i);
    holder?.positionMentions.push(i);
  });
  return officials
    .filter((d): d is Draft & { position: string } => d.position !== undefined)
    .sort((a, b) => a.mentions[0]! - b.mentions[0]!)
    .map((d) => ({
      name: d.name,
      key: d.key,
      position: d.position,
      ...(d.role !== undefined ? { role: d.role } : {}),
      mentions: d.mentions,
      positionMentions: d.positionMentions.sort((a, b) => a - b),
    }));
}

function nearestHolder(mentions: readonly Mention[], officials: readonly Draft[], m: PositionMention, i: number): Draft | undefined {
  const same = officials.filter((d) => (m.role !== undefined && d.role === m.role) || (d.position !== undefined && d.position.toLowerCase() === m.norm.toLowerCase()));
  if (same.length === 0) return undefined;
  const distance = (d: Draft): number => {
    const before = d.mentions.filter((k) => k < i);
    return before.length > 0 ? i - before[before.length - 1]! : mentions.length + (d.mentions[0]! - i);
  };
  return same.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/** "Д. Ускумбаева" and a lone "Ускумбаева" take the key of "Дамеш Ускумбаева" when the document names her in full. */
function resolvePartialNames(persons: PersonMention[]): void {
  const full = persons.filter((p) => !isPartial(p.norm));
  for (const p of persons) {
    if (!isPartial(p.norm)) continue;
    const surname = surnameOf(p.norm);
    const initial = /^(\p{L})\./u.exec(p.norm)?.[1]?.toLowerCase();
    const match = full.find((f) => surnameOf(f.norm) === surname && (initial === undefined || f.norm[0]!.toLowerCase() === initial))
      ?? full.find((f) => p.norm.includes(' ') ? false : f.norm.split(' ')[0]!.toLowerCase() === surname);
    if (match !== undefined) p.key = match.key;
  }
}
