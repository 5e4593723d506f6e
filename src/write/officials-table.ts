import type { CorpusOfficial } from '../link/corpus.js';

export const OFFICIALS_TABLE_COLUMNS = ['key', 'names_kk', 'names_ru', 'names_en', 'position', 'role', 'lang', 'documents', 'first_date', 'last_date', 'first_path', 'person_documents', 'person_mentions'] as const;
export type OfficialsTableRow = Record<(typeof OFFICIALS_TABLE_COLUMNS)[number], string | number | undefined>;

/**
 * `kzx officials` as a table: one row per person and post (the position as written), with the
 * documents it was seen in counted and its first and last article dates, so no cell lists them all.
 */
export function officialsTable(rows: readonly CorpusOfficial[]): OfficialsTableRow[] {
  const table: OfficialsTableRow[] = [];
  for (const r of rows) {
    const posts = new Map<string, CorpusOfficial['positions']>();
    for (const p of r.positions) posts.set(p.position, [...(posts.get(p.position) ?? []), p]);
    for (const [position, seen] of posts) {
      const dates = seen.flatMap((p) => (p.date !== undefined ? [p.date] : [])).sort();
      table.push({
        key: r.key,
        names_kk: (r.names.kk ?? []).join('; '),
        names_ru: (r.names.ru ?? []).join('; '),
        names_en: (r.names.en ?? []).join('; '),
        position,
        role: seen.find((p) => p.role !== undefined)?.role,
        lang: seen[0]!.lang,
        documents: new Set(seen.map((p) => p.path)).size,
        first_date: dates[0],
        last_date: dates.at(-1),
        first_path: seen[0]!.path,
        person_documents: r.documents,
        person_mentions: r.mentions,
      });
    }
  }
  return table;
}
