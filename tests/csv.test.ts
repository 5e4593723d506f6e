import { expect, it } from 'vitest';
import { csvRows, neutralizeCell } from '../src/write/csv.js';
import type { DocumentRecord } from '../src/schema/record.js';

it('neutralises cells that spreadsheets would run as formulas', () => {
  for (const s of ['=SUM(A1)', '+7', '-1', '@cmd', '\tx', '\rx']) expect(neutralizeCell(s)).toBe(`'${s}`);
  expect(neutralizeCell('Берик Уали')).toBe('Берик Уали');
});

it('neutralises mention text in CSV rows', () => {
  const rec: DocumentRecord = {
    path: '=evil.txt', id: '0123456789abcdef', lang: 'ru', langConfidence: 1, encoding: 'utf-8', chars: 20,
    mentions: [{ type: 'number', start: 0, end: 3, text: '-12', value: -12 }], officials: [],
  };
  const row = csvRows(rec);
  expect(row.startsWith("'=evil.txt")).toBe(true);
  expect(row).toContain("'-12");
});
