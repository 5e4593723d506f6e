/**
 * The row of a blind table of name mentions, in any language (tests/ru-name-forms-blind*.table.ts,
 * tests/kk-name-forms-blind.table.ts): a sentence of the news, the name as written, its expected
 * nominative full name and the person's gender.
 */
import type { Gender } from '../../src/extract/person/names.js';

/** A row's gender, or 'none' for words that look like a name but name no person (norm ''). */
export type RowGender = Gender | 'none';

export interface BlindRow {
  readonly type: string;
  readonly gender: RowGender;
  readonly text: string;
  readonly written: string;
  readonly norm: string;
}

export type Row = readonly [type: string, gender: RowGender, text: string, written: string, norm: string];

/** A table's rows as records. */
export const blindRows = (rows: readonly Row[]): readonly BlindRow[] => rows.map(([type, gender, text, written, norm]) => ({ type, gender, text, written, norm }));
