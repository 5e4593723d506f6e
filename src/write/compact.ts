import type { OutputRecord } from '../schema/record.js';

/** A record reduced to what a reviewer checks: each mention as "type | text | value or norm", and the officials. */
export function compactRecord(rec: OutputRecord): unknown {
  if ('error' in rec) return rec;
  return {
    lang: rec.lang,
    ...(rec.title ? { title: rec.title } : {}),
    ...(rec.date ? { date: rec.date } : {}),
    mentions: rec.mentions.map((m) => {
      const detail =
        'value' in m
          ? JSON.stringify(m.value ?? null) +
            ('currency' in m ? ` ${m.currency}` : '') +
            ('unit' in m && m.unit ? ` ${m.unit}` : '') +
            ('qualifier' in m && m.qualifier ? ` (${m.qualifier})` : '') +
            ('relation' in m && m.relation ? ` [${m.relation}]` : '')
          : 'norm' in m
            ? m.norm + ('role' in m && m.role ? ` [${m.role}]` : '')
            : '';
      return `${m.type} | ${m.text} | ${detail}`;
    }),
    officials: rec.officials.map((o) => `${o.name} — ${o.position}${o.role ? ` [${o.role}]` : ''}${o.former ? ' (former)' : ''}${o.acting ? ' (acting)' : ''}`),
  };
}
