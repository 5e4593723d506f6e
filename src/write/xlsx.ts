import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { DocumentRecord } from '../schema/record.js';
import { MENTION_TYPES } from '../schema/contract.js';
import { CSV_COLUMNS, mentionRows, pathCell, type MentionRow } from './csv.js';
import { OFFICIALS_TABLE_COLUMNS, type OfficialsTableRow } from './officials-table.js';

/** A cell as the workbook takes it: numbers stay numbers, dates are ISO text, booleans stay booleans. */
type Cell = string | number | boolean | null;

const OFFICIAL_COLUMNS = ['path', 'id', 'name', 'key', 'position', 'role', 'person_mentions', 'position_mentions'] as const;
const DOCUMENT_COLUMNS = ['path', 'id', 'lang', 'lang_confidence', 'encoding', 'chars', 'title', 'doc_date', 'mentions', ...MENTION_TYPES.map((t) => `${t}_count`), 'officials'];

/** Where a workbook's bytes go: the atomic output (output.ts), or anything else that takes bytes in order. */
interface ByteOutput {
  write(chunk: Uint8Array): Promise<void>;
}

/**
 * A streamed workbook: rows leave as they are added (exceljs's streaming writer, inline strings),
 * through a pass-through stream into the atomic output, so the file is whole or absent.
 */
class StreamedWorkbook {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly piping: Promise<void>;

  constructor(out: ByteOutput) {
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

/** Rows per sheet: a worksheet holds 1,048,576 rows, the header included. */
const MAX_DATA_ROWS = 1_048_575;

/** A sheet that goes on in "name (2)", "name (3)"… when it is full. */
class RollingSheet {
  private sheet: ExcelJS.Worksheet;
  private rows = 0;
  private part = 1;

  constructor(
    private readonly book: StreamedWorkbook,
    private readonly name: string,
    private readonly columns: readonly string[],
    private readonly maxRows = MAX_DATA_ROWS,
  ) {
    this.sheet = book.sheet(name, columns);
  }

  add(cells: Cell[]): void {
    if (this.rows === this.maxRows) {
      this.sheet.commit();
      this.sheet = this.book.sheet(`${this.name} (${++this.part})`, this.columns);
      this.rows = 0;
    }
    this.sheet.addRow(cells).commit();
    this.rows += 1;
  }
}

const cells = (row: MentionRow, columns: readonly string[]): Cell[] => columns.map((c) => (row as Record<string, Cell | undefined>)[c] ?? null);

/**
 * `kzx extract --format xlsx`: three sheets. mentions (the CSV's columns, typed), officials (one
 * row per official of each document) and documents (one row per document with counts by type).
 */
export class XlsxRecordWriter {
  private readonly book: StreamedWorkbook;
  private readonly mentions: RollingSheet;
  private readonly officials: RollingSheet;
  private readonly documents: RollingSheet;

  /** `maxRows`: data rows per sheet before it goes on in another (a parameter for the test). */
  constructor(out: ByteOutput, maxRows = MAX_DATA_ROWS) {
    this.book = new StreamedWorkbook(out);
    this.mentions = new RollingSheet(this.book, 'mentions', CSV_COLUMNS, maxRows);
    this.officials = new RollingSheet(this.book, 'officials', OFFICIAL_COLUMNS, maxRows);
    this.documents = new RollingSheet(this.book, 'documents', DOCUMENT_COLUMNS, maxRows);
  }

  add(rec: DocumentRecord): void {
    for (const row of mentionRows(rec)) this.mentions.add(cells(row, CSV_COLUMNS));
    for (const o of rec.officials) this.officials.add([pathCell(rec.path), rec.id, o.name, o.key, o.position, o.role ?? null, o.mentions.length, o.positionMentions.length]);
    const byType = MENTION_TYPES.map((t) => rec.mentions.filter((m) => m.type === t).length);
    this.documents.add([pathCell(rec.path), rec.id, rec.lang, rec.langConfidence, rec.encoding, rec.chars, rec.title ?? null, rec.date ?? null, rec.mentions.length, ...byType, rec.officials.length]);
  }

  commit(): Promise<void> {
    return this.book.commit();
  }
}

/** `kzx officials --format xlsx`: the officials table in one sheet. */
export async function writeOfficialsXlsx(out: ByteOutput, table: readonly OfficialsTableRow[]): Promise<void> {
  const book = new StreamedWorkbook(out);
  const sheet = new RollingSheet(book, 'officials', OFFICIALS_TABLE_COLUMNS);
  for (const row of table) sheet.add(OFFICIALS_TABLE_COLUMNS.map((c) => row[c] ?? null));
  await book.commit();
}
