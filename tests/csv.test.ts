import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
      fc.property(fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')), (cell) => {
        const out = neutralizeCell(cell);
        expect(out.replace(/'/g, '')).toBe(cell.replace(/'/g, ''));
        expect(DANGER_RE.test(out)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
