import type { Mention, Official } from '../../schema/record.js';
import { withOffsetsMapped } from '../../schema/record-helpers.js';
import { toLatin, type CyrillicReading } from './latin.js';

/**
 * Mentions and officials extracted from the Cyrillic reading of a Kazakh Latin text, pointed back
 * at the Latin text: offsets mapped, `text` the Latin slice, and the words an analyst reads (names,
 * titles, project names, counted nouns) in the document's own alphabet. A norm that is the
 * mention's text unchanged is the Latin slice itself; one the rules changed (a name put in the
 * nominative) is spelled in Latin from its Cyrillic form. What identifies or measures stays as the
 * Cyrillic spelling gives it: person keys, roles, values, currencies, date values.
 */
export function mentionsInLatin(mentions: readonly Mention[], officials: readonly Official[], reading: CyrillicReading, latin: string): { mentions: Mention[]; officials: Official[] } {
  const { latinAt: at, variant } = reading;
  const spell = (norm: string, m: Mention): string => (norm === m.text ? latin.slice(at[m.start]!, at[m.end]!) : toLatin(norm, variant));
  const mapped = mentions.map((m): Mention => {
    const moved = { ...withOffsetsMapped(m, at), text: latin.slice(at[m.start]!, at[m.end]!) };
    switch (moved.type) {
      case 'person':
      case 'position':
      case 'project':
        return { ...moved, norm: spell(moved.norm, m) };
      case 'number':
        return moved.unit !== undefined ? { ...moved, unit: toLatin(moved.unit, variant) } : moved;
      default:
        return moved;
    }
  });
  const normOf = new Map<string, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type === 'person' || m.type === 'position') normOf.set(m.norm, (mapped[i] as typeof m).norm);
  }
  const officialsInLatin = officials.map((o) => ({ ...o, name: normOf.get(o.name) ?? toLatin(o.name, variant), position: normOf.get(o.position) ?? toLatin(o.position, variant) }));
  return { mentions: mapped, officials: officialsInLatin };
}
