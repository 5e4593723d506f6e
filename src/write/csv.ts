import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Mention } from '../schema/record.js';

/**
 * The mention table shared by CSV and the workbook. Each column holds one kind of value, so a
 * spreadsheet can pivot it: numbers only in `value`/`value_to` (with `.` decimals, never in
 * exponent form), ISO dates only in `date_value`, text everywhere else.
 */
export const CSV_COLUMNS = [
  'path',
  'id',
  'lang',
  'title',
  'doc_date',
  'type',
  'text',
  'norm',
  'key',
  'role',
  'value',
  'value_to',
  'date_value',
  'relative',
  'unit',
  'currency',
  'qualifier',
  'start',
  'end',
  'official_name',
  'official_key',
  'official_position',
  'official_role',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The columns whose cells are numbers (or empty); every other cell is text, or a boolean for `relative`. */
export const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set(['value', 'value_to', 'start', 'end']);

/** One row: a cell per column; `undefined` is an empty cell. */
export type MentionRow = { [C in CsvColumn]?: string | number | boolean };

/**
 * Spreadsheets run a cell as a formula when it starts with = + - @ or their fullwidth forms
 * (＝ ＋ － ＠), also after spaces and invisible characters (NBSP, zero-width space, BOM), and a
 * spreadsheet that splits on ; or tab runs what follows one ("x;=HYPERLINK(…)"). An apostrophe
 * before the formula character makes each of them text; a cell starting with tab or CR gets one too.
 */
const BLANKS = '\\s\\u00a0\\u180e\\u200b-\\u200f\\u2060\\ufeff';
const FORMULA = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20';
const FORMULA_START_RE = new RegExp(`^[\\t\\r]|^[${BLANKS}]*[${FORMULA}]`);
const FORMULA_AFTER_SEPARATOR_RE = new RegExp(`([;\\t][${BLANKS}]*)(?=[${FORMULA}])`, 'g');
export const neutralizeCell = (s: string): string => {
  const inner = s.replace(FORMULA_AFTER_SEPARATOR_RE, "$1'");
  return FORMULA_START_RE.test(inner) ? `'${inner}` : inner;
};

export function csvHeader(bom: boolean): string {
  return (bom ? '\ufeff' : '') + stringify([[...CSV_COLUMNS]]);
}

/**
 * A path as a spreadsheet cell holds it: a spreadsheet cell is UTF-8 text, so each byte of a file
 * name that is not UTF-8 (carried as U+DC80–U+DCFF, see read/fs-path.ts) is written \xNN as on
 * stderr, and a backslash is doubled so that the cell maps back to exactly one name.
 */
export const pathCell = (path: string): string => path.replace(/[\\\udc80-\udcff]/gu, (ch) => (ch === '\\' ? '\\\\' : `\\x${(ch.charCodeAt(0) - 0xdc00).toString(16)}`));

/**
 * One row per mention, or one row with an empty type for a document without mentions (so row
 * counts add up to the documents). Person and position rows carry the official they belong to.
 */
export function mentionRows(rec: DocumentRecord): MentionRow[] {
  const doc: MentionRow = { path: pathCell(rec.path), id: rec.id, lang: rec.lang, title: rec.title, doc_date: rec.date };
  if (rec.mentions.length === 0) return [doc];
  const officialOf = new Map<number, DocumentRecord['officials'][number]>();
  for (const o of rec.officials) for (const k of [...o.mentions, ...o.positionMentions]) officialOf.set(k, o);
  return rec.mentions.map((m, i) => {
    const off = officialOf.get(i);
    return {
      ...doc,
      type: m.type,
      text: m.text,
      ...typeCells(m),
      start: m.start,
      end: m.end,
      official_name: off?.name,
      official_key: off?.key,
      official_position: off?.position,
      official_role: off?.role,
    };
  });
}

function typeCells(m: Mention): MentionRow {
  switch (m.type) {
    case 'person':
      return { norm: m.norm, key: m.key };
    case 'position':
      return { norm: m.norm, role: m.role };
    case 'project':
      return { norm: m.norm };
    case 'date':
      return { date_value: m.value, relative: m.relative ?? false };
    case 'money':
      return { ...valueCells(m.value), currency: m.currency, qualifier: m.qualifier };
    case 'number':
      return { ...valueCells(m.value), unit: m.unit, qualifier: m.qualifier };
    case 'percent':
      return { ...valueCells(m.value), qualifier: m.qualifier };
  }
}

const valueCells = (v: number | { from: number; to: number }): MentionRow => (typeof v === 'number' ? { value: v } : { value: v.from, value_to: v.to });

/** A number as a spreadsheet in any locale reads it: `.` decimals, no exponent (2.5e22 → 25000000000000000000000). */
export function plainNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  // The shortest digits that give back the number, with the point moved by the exponent.
  const [, sign, first, rest = '', exp] = m;
  const digits = first! + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return sign + digits + '0'.repeat(point - digits.length);
}

/** CSV text of a row: numbers written plainly; text neutralised (numbers are ours, never formulas). */
function csvCell(v: string | number | boolean | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return neutralizeCell(v);
}

export function csvRows(rec: DocumentRecord): string {
  return stringify(mentionRows(rec).map((row) => CSV_COLUMNS.map((c) => csvCell(row[c]))));
}
