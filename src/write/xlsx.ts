import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DocumentRecord } from '../schema/record.js';
import { MENTION_TYPES } from '../schema/contract.js';
import { CSV_COLUMNS, mentionRows, type MentionRow } from './csv.js';
import type { AtomicOutput } from './output.js';
import { OFFICIALS_TABLE_COLUMNS, type OfficialsTableRow } from './officials-table.js';

/** A cell as the workbook takes it: numbers stay numbers, dates are ISO text, booleans stay booleans. */
type Cell = string | number | boolean | null;

const OFFICIAL_COLUMNS = ['path', 'id', 'name', 'key', 'position', 'role', 'person_mentions', 'position_mentions'] as const;
const DOCUMENT_COLUMNS = ['path', 'id', 'lang', 'lang_confidence', 'encoding', 'chars', 'title', 'doc_date', 'mentions', ...MENTION_TYPES.map((t) => `${t}_count`), 'officials'];

/**
 * A streamed workbook: rows leave as they are added (exceljs's streaming writer, inline strings),
 * through a pass-through stream into the atomic output, so the file is whole or absent.
 */
class StreamedWorkbook {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly piping: Promise<void>;

  constructor(out: AtomicOutput) {
    const stream = new PassThrough();
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    this.piping = (async () => {
      for await (const chunk of stream) await out.write(chunk as Buffer);
    })();
  }

  /** A sheet with a bold header row that stays in view while scrolling. */
  sheet(name: string, columns: readonly string[]): ExcelJS.Worksheet {
    const ws = this.book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(10, c.length + 2) }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    return ws;
  }

  async commit(): Promise<void> {
    await this.book.commit();
    await this.piping;
  }
}

const cells = (row: MentionRow, columns: readonly string[]): Cell[] =>
  columns.map((c) => (row as Record<string, Cell | undefined>)[c] ?? null);

/**
 * `kzx extract --format xlsx`: three sheets. mentions (the CSV's columns, typed), officials (one
 * row per official of each document) and documents (one row per document with counts by type).
 */
export class XlsxRecordWriter {
  private readonly book: StreamedWorkbook;
  private readonly mentions: ExcelJS.Worksheet;
  private readonly officials: ExcelJS.Worksheet;
  private readonly documents: ExcelJS.Worksheet;

  constructor(out: AtomicOutput) {
    this.book = new StreamedWorkbook(out);
    this.mentions = this.book.sheet('mentions', CSV_COLUMNS);
    this.officials = this.book.sheet('officials', OFFICIAL_COLUMNS);
    this.documents = this.book.sheet('documents', DOCUMENT_COLUMNS);
  }

  add(rec: DocumentRecord): void {
    for (const row of mentionRows(rec)) this.mentions.addRow(cells(row, CSV_COLUMNS)).commit();
    for (const o of rec.officials) {
      this.officials.addRow([rec.path, rec.id, o.name, o.key, o.position, o.role ?? null, o.mentions.length, o.positionMentions.length]).commit();
    }
    const byType = MENTION_TYPES.map((t) => rec.mentions.filter((m) => m.type === t).length);
    this.documents.addRow([rec.path, rec.id, rec.lang, rec.langConfidence, rec.encoding, rec.chars, rec.title ?? null, rec.date ?? null, rec.mentions.length, ...byType, rec.officials.length]).commit();
  }

  commit(): Promise<void> {
    return this.book.commit();
  }
}

/** `kzx officials --format xlsx`: the officials table in one sheet. */
export async function writeOfficialsXlsx(out: AtomicOutput, table: readonly OfficialsTableRow[]): Promise<void> {
  const book = new StreamedWorkbook(out);
  const ws = book.sheet('officials', OFFICIALS_TABLE_COLUMNS);
  for (const row of table) ws.addRow(OFFICIALS_TABLE_COLUMNS.map((c) => row[c] ?? null)).commit();
  await book.commit();
}
