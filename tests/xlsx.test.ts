import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { kzx } from './helpers/run.js';
import { CSV_COLUMNS } from '../src/write/csv.js';
import { OFFICIALS_TABLE_COLUMNS } from '../src/write/officials-table.js';
import type { DocumentRecord } from '../src/schema/record.js';

const FIXTURES = 'fixtures/articles';

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** A sheet as objects keyed by its header, with the cells' values as exceljs reads them back. */
function table(ws: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Array<Record<string, ExcelJS.CellValue>> = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

describe('--format xlsx', () => {
  it('writes three sheets with typed cells, a frozen header and Cyrillic intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-xlsx-'));
    const file = join(dir, 'out.xlsx');
    expect(kzx(['extract', FIXTURES, '--format', 'xlsx', '-o', file, '--quiet']).status).toBe(0);
    const json = JSON.parse(kzx(['extract', FIXTURES, '--quiet']).stdout) as DocumentRecord[];
    const book = await readBook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['mentions', 'officials', 'documents']);
    for (const ws of book.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const mentions = table(book.getWorksheet('mentions')!);
    expect(Object.keys(mentions[0]!)).toEqual([...CSV_COLUMNS]);
    const all = json.flatMap((d) => d.mentions.map((m) => ({ d, m })));
    expect(mentions).toHaveLength(json.reduce((n, d) => n + Math.max(1, d.mentions.length), 0));
    const withType = mentions.filter((r) => r.type !== null);
    expect(withType).toHaveLength(all.length);
    withType.forEach((row, i) => {
      const { d, m } = all[i]!;
      expect(row.path).toBe(d.path);
      expect(row.text).toBe(m.text);
      expect(typeof row.start).toBe('number');
      if (m.type === 'money' || m.type === 'number' || m.type === 'percent') {
        expect(row.value).toBe(typeof m.value === 'number' ? m.value : m.value.from);
      } else expect(row.value).toBeNull();
      if (m.type === 'date') {
        expect(row.date_value).toBe(m.value ?? null);
        expect(typeof row.relative).toBe('boolean');
      }
    });
    // Cyrillic, Kazakh letters included, read back as written.
    expect(withType.some((r) => typeof r.text === 'string' && /[әіңғүұқөһ]/i.test(r.text))).toBe(true);

    const officials = table(book.getWorksheet('officials')!);
    expect(officials).toHaveLength(json.reduce((n, d) => n + d.officials.length, 0));
    expect(officials[0]).toMatchObject({ name: json.flatMap((d) => d.officials)[0]!.name });
    const documents = table(book.getWorksheet('documents')!);
    expect(documents.map((r) => r.path)).toEqual(json.map((d) => d.path));
    expect(documents.map((r) => r.mentions)).toEqual(json.map((d) => d.mentions.length));
    expect(documents.map((r) => r.doc_date)).toEqual(json.map((d) => d.date ?? null));
    expect(documents.map((r) => r.money_count)).toEqual(json.map((d) => d.mentions.filter((m) => m.type === 'money').length));
  });

  it('goes on in another sheet when one is full', async () => {
    const { XlsxRecordWriter } = await import('../src/write/xlsx.js');
    const { AtomicOutput } = await import('../src/write/output.js');
    const file = join(mkdtempSync(join(tmpdir(), 'kzx-xlsx-')), 'rolled.xlsx');
    const out = new AtomicOutput(file);
    const writer = new XlsxRecordWriter(out, 2);
    const records = JSON.parse(kzx(['extract', 'fixtures/multilingual', '--quiet']).stdout) as DocumentRecord[];
    for (const r of records) writer.add(r);
    await writer.commit();
    await out.commit();
    const book = await readBook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['mentions', 'documents', 'documents (2)', 'mentions (2)']));
    expect(table(book.getWorksheet('documents')!)).toHaveLength(2);
    expect(table(book.getWorksheet('documents (2)')!).map((r) => r.path)).toEqual([records[2]!.path]);
    const mentionSheets = book.worksheets.filter((w) => w.name.startsWith('mentions'));
    expect(mentionSheets.reduce((n, w) => n + table(w).length, 0)).toBe(records.reduce((n, r) => n + r.mentions.length, 0));
  });

  it('kzx officials writes one row per person and post, as CSV or a workbook', async () => {
    const csv = kzx(['officials', 'fixtures/multilingual', '--format', 'csv', '--quiet']).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe(OFFICIALS_TABLE_COLUMNS.join(','));
    const uali = csv.filter((l) => l.startsWith('berik oali,'));
    expect(uali).toEqual(['berik oali,Берік Уәли,Берик Уали,Berik Uali,akim/oblast,akim of the region; облыс әкімі; аким области,3,2026-02-10,2026-02-12,false,false,3,4']);

    const file = join(mkdtempSync(join(tmpdir(), 'kzx-xlsx-')), 'officials.xlsx');
    expect(kzx(['officials', 'fixtures/multilingual', '--format', 'xlsx', '-o', file, '--quiet']).status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const rows = table((await readBook(file)).getWorksheet('officials')!);
    expect(rows).toHaveLength(csv.length - 1);
    expect(rows.find((r) => r.key === 'berik oali')).toMatchObject({ names_ru: 'Берик Уали', role: 'akim/oblast', documents: 3, first_date: '2026-02-10', former: false, person_mentions: 4 });
  });
});
