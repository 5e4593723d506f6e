import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, csvHeader, csvRows, neutralizeCell, NUMERIC_COLUMNS, plainNumber } from '../src/write/csv.js';
import { parseCsv } from './helpers/run.js';
import type { DocumentRecord } from '../src/schema/record.js';

it('neutralises cells that spreadsheets would run as formulas', () => {
  for (const s of ['=SUM(A1)', '+7', '-1', '@cmd', '\tx', '\rx']) expect(neutralizeCell(s)).toBe(`'${s}`);
  expect(neutralizeCell('Берик Уали')).toBe('Берик Уали');
});

it('neutralises mention text in CSV rows', () => {
  const rec: DocumentRecord = {
    path: '=evil.txt',
    id: '0123456789abcdef',
    lang: 'ru',
    langConfidence: 1,
    encoding: 'utf-8',
    chars: 20,
    mentions: [{ type: 'number', start: 0, end: 3, text: '-12', value: -12 }],
    officials: [],
  };
  const row = csvRows(rec);
  expect(row.startsWith("'=evil.txt")).toBe(true);
  expect(row).toContain("'-12");
});

describe('every spelling a spreadsheet may evaluate is neutralised', () => {
  it.each([
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋7', "'＋7"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    [' =1+2', "' =1+2"],
    ['\u00a0=1+2', "'\u00a0=1+2"],
    ['\u200b=1+2', "'\u200b=1+2"],
    ['\ufeff=1+2', "'\ufeff=1+2"],
    ['\n=1+2', "'\n=1+2"],
    ['x;=HYPERLINK("http://evil","go")', 'x;\'=HYPERLINK("http://evil","go")'],
    ['x\t ＠cmd', "x\t '＠cmd"],
    ['5 млн тенге', '5 млн тенге'],
    ['2020-2025', '2020-2025'],
  ])('%j → %j', (cell, expected) => expect(neutralizeCell(cell)).toBe(expected));

  // After neutralising, no formula character starts the cell or follows ; or tab, blanks aside, without an apostrophe.
  const DANGER_RE = /(?:^|[;\t])[\s\u00a0\u180e\u200b-\u200f\u2060\ufeff]*[=+\-@＝＋－＠]/;
  it('fuzz: no formula start survives', () => {
    const piece = fc.oneof(fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', ';', '\t', ' ', '\u00a0', '\u200b', '\ufeff', '\n', 'x', 'А', '1', "'"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')),
        (cell) => {
          const out = neutralizeCell(cell);
          expect(out.replace(/'/g, '')).toBe(cell.replace(/'/g, ''));
          expect(DANGER_RE.test(out)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const base = { path: 'a.txt', id: '0123456789abcdef', lang: 'ru' as const, langConfidence: 1, encoding: 'utf-8', chars: 200 };

it('gives each kind of value its own column: numbers plain with a dot, dates as ISO text', () => {
  const rec: DocumentRecord = {
    ...base,
    title: 'Новые дороги',
    date: '2025-03-14',
    mentions: [
      { type: 'position', start: 0, end: 4, text: 'Аким', norm: 'аким', role: 'akim/oblast' },
      { type: 'person', start: 5, end: 16, text: 'Ержан Омаров', norm: 'Ержан Омаров', key: 'erzhan omarov' },
      { type: 'percent', start: 20, end: 25, text: '8,6 %', value: 8.6 },
      { type: 'money', start: 30, end: 44, text: '1-2 млрд тенге', value: { from: 1e9, to: 2e9 }, currency: 'KZT', qualifier: 'about' },
      { type: 'date', start: 50, end: 55, text: 'биыл', value: '2025', relative: true },
      { type: 'number', start: 60, end: 70, text: '1e21 штук', value: 1e21, unit: 'штук' },
    ],
    officials: [{ name: 'Ержан Омаров', key: 'erzhan omarov', position: 'аким', role: 'akim/oblast', mentions: [1], positionMentions: [0] }],
  };
  const rows = parseCsv(csvHeader(false) + csvRows(rec));
  const table = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(table[0]).toMatchObject({ title: 'Новые дороги', doc_date: '2025-03-14', type: 'position', role: 'akim/oblast', official_name: 'Ержан Омаров', official_key: 'erzhan omarov' });
  expect(table[1]).toMatchObject({ type: 'person', key: 'erzhan omarov', official_position: 'аким', official_role: 'akim/oblast' });
  expect(table[2]).toMatchObject({ value: '8.6', date_value: '' });
  expect(table[3]).toMatchObject({ value: '1000000000', value_to: '2000000000', currency: 'KZT', qualifier: 'about', unit: '' });
  expect(table[4]).toMatchObject({ value: '', date_value: '2025', relative: 'true' });
  expect(table[5]).toMatchObject({ value: '1000000000000000000000', unit: 'штук' });
  // Never mixed: a numeric cell is a plain number, a date cell never one.
  for (const r of table) {
    for (const c of NUMERIC_COLUMNS) expect(r[c]).toMatch(/^(-?\d+(\.\d+)?)?$/);
  }
});

it('writes one row with an empty type for a document without mentions', () => {
  const rows = parseCsv(csvRows({ ...base, mentions: [], officials: [] }));
  expect(rows).toHaveLength(1);
  expect(rows[0]![CSV_COLUMNS.indexOf('path')]).toBe('a.txt');
  expect(rows[0]![CSV_COLUMNS.indexOf('type')]).toBe('');
});

it('writes numbers without exponents', () => {
  expect(plainNumber(0.0000001)).toBe('0.0000001');
  expect(plainNumber(-2.5e22)).toBe('-25000000000000000000000');
  expect(plainNumber(423100000000)).toBe('423100000000');
});
