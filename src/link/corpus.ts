import type { DocumentRecord } from '../schema/record.js';

/** One person over a whole corpus: names as written per language, roles and where each was seen. */
export interface CorpusOfficial {
  key: string;
  names: Record<string, string[]>;
  roles: string[];
  positions: Array<{ position: string; role?: string; path: string; date?: string; lang: string }>;
  documents: number;
  mentions: number;
}

/**
 * Aggregates officials across documents by person key. Memory grows with the number of distinct
 * people, not with the corpus. A surname-only key ("tokaev") joins the one full name that has that
 * surname, when exactly one does.
 */
export class OfficialsIndex {
  private readonly byKey = new Map<string, CorpusOfficial>();
  private readonly personDocs = new Map<string, { names: Map<string, Set<string>>; documents: number; mentions: number }>();

  add(rec: DocumentRecord): void {
    const seenHere = new Set<string>();
    for (const m of rec.mentions) {
      if (m.type !== 'person') continue;
      let p = this.personDocs.get(m.key);
      if (p === undefined) this.personDocs.set(m.key, (p = { names: new Map(), documents: 0, mentions: 0 }));
      p.mentions += 1;
      if (!seenHere.has(m.key)) p.documents += 1;
      seenHere.add(m.key);
      if (!/\p{L}\./u.test(m.norm)) {
        const set = p.names.get(rec.lang) ?? new Set<string>();
        set.add(m.norm);
        p.names.set(rec.lang, set);
      }
    }
    for (const o of rec.officials) {
      let row = this.byKey.get(o.key);
      if (row === undefined) this.byKey.set(o.key, (row = { key: o.key, names: {}, roles: [], positions: [], documents: 0, mentions: 0 }));
      if (o.role !== undefined && !row.roles.includes(o.role)) row.roles.push(o.role);
      row.positions.push({ position: o.position, ...(o.role ? { role: o.role } : {}), path: rec.path, ...(rec.date ? { date: rec.date } : {}), lang: rec.lang });
    }
  }

  rows(): CorpusOfficial[] {
    const fullBySurname = new Map<string, string[]>();
    for (const key of this.personDocs.keys()) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      for (const w of words) fullBySurname.set(w, [...(fullBySurname.get(w) ?? []), key]);
    }
    const target = (key: string): string => {
      if (key.includes(' ')) return key;
      const full = fullBySurname.get(key);
      return full !== undefined && full.length === 1 ? full[0]! : key;
    };
    const merged = new Map<string, CorpusOfficial>();
    for (const row of this.byKey.values()) {
      const k = target(row.key);
      const into = merged.get(k) ?? { key: k, names: {}, roles: [], positions: [], documents: 0, mentions: 0 };
      for (const r of row.roles) if (!into.roles.includes(r)) into.roles.push(r);
      into.positions.push(...row.positions);
      merged.set(k, into);
    }
    for (const [key, p] of this.personDocs) {
      const row = merged.get(target(key));
      if (row === undefined) continue;
      row.documents += p.documents;
      row.mentions += p.mentions;
      for (const [lang, names] of p.names) row.names[lang] = [...new Set([...(row.names[lang] ?? []), ...names])].sort();
    }
    return [...merged.values()].sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  }
}
