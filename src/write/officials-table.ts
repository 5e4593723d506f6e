import type { CorpusOfficial } from '../link/corpus.js';

export const OFFICIALS_TABLE_COLUMNS = [
  'key',
  'names_kk',
  'names_ru',
  'names_en',
  'role',
  'positions',
  'documents',
  'first_date',
  'last_date',
  'former',
  'acting',
  'person_documents',
  'person_mentions',
] as const;
export type OfficialsTableRow = Record<(typeof OFFICIALS_TABLE_COLUMNS)[number], string | number | boolean | undefined>;

/**
 * `kzx officials` as a table: one row per person and post (a post is its canonical role, or its
 * wording when it has none), with the documents it was seen in counted and its first and last
 * article dates, so no cell lists them all; the post's wordings are capped by the index.
 */
export function officialsTable(rows: readonly CorpusOfficial[]): OfficialsTableRow[] {
  const table: OfficialsTableRow[] = [];
  for (const r of rows) {
    for (const p of r.posts) {
      table.push({
        key: r.key,
        names_kk: (r.names.kk ?? []).join('; '),
        names_ru: (r.names.ru ?? []).join('; '),
        names_en: (r.names.en ?? []).join('; '),
        role: p.role,
        positions: p.positions.join('; '),
        documents: p.documents,
        first_date: p.first,
        last_date: p.last,
        former: p.former === true,
        acting: p.acting === true,
        person_documents: r.documents,
        person_mentions: r.mentions,
      });
    }
  }
  return table;
}
