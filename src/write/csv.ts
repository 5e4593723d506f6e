import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Mention } from '../schema/record.js';

export const CSV_COLUMNS = ['path', 'id', 'lang', 'type', 'text', 'norm', 'value', 'value_to', 'unit_or_currency', 'qualifier', 'start', 'end', 'official_name', 'official_position'] as const;

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

/** One row per mention; person and position rows carry the official they belong to. */
export function csvRows(rec: DocumentRecord): string {
  const officialOf = new Map<number, { name: string; position: string }>();
  for (const o of rec.officials) for (const k of [...o.mentions, ...o.positionMentions]) officialOf.set(k, { name: o.name, position: o.position });
  const rows = rec.mentions.map((m, i) => {
    const off = officialOf.get(i);
    const [value, valueTo] = valueCells(m);
    const cells = [rec.path, rec.id, rec.lang, m.type, m.text, normOf(m), value, valueTo, unitOf(m), 'qualifier' in m ? (m.qualifier ?? '') : '', String(m.start), String(m.end), off?.name ?? '', off?.position ?? ''];
    return cells.map(neutralizeCell);
  });
  return rows.length === 0 ? '' : stringify(rows);
}

function valueCells(m: Mention): [string, string] {
  if (!('value' in m) || m.value === undefined) return ['', ''];
  if (typeof m.value === 'object') return [String(m.value.from), String(m.value.to)];
  return [String(m.value), ''];
}

const normOf = (m: Mention): string => ('norm' in m ? m.norm : '');
const unitOf = (m: Mention): string => (m.type === 'money' ? m.currency : m.type === 'number' ? (m.unit ?? '') : '');
