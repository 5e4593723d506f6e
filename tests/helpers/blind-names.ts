/**
 * The scoring of the blind tables of name mentions (ru-name-forms-blind*.table.ts,
 * kk-name-forms-blind.table.ts): each
 * written name's norm, exact (case- and ё-folded, spaces after initials ignored), and the gender
 * the norm shows.
 */
import { describe, expect, it } from 'vitest';
import type { BlindRow } from './blind-row.js';
import type { Gender } from '../../src/extract/person/names.js';
import type { Lang } from '../../src/lang/detect.js';
import { overlappingPersonNorm, writtenNameNorm } from './name-norm.js';

export const foldName = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\.\s+/g, '.');

/**
 * The gender a norm shows, read from its endings only (a scoring aid, not a rule of the tool):
 * a feminine surname, adjective or patronymic ending, else a masculine one, else a first word in
 * -а/-я; undefined when the norm shows none (indeclinable names).
 */
const FEMININE = /(?:[оеё]ва|[иы]на|[ая]я|[вч]на|[кқ]ызы)$/;
const MASCULINE = /(?:[оеё]в|[иы]н|[сц]кий|[оы]й|[еоь]вич|ьич|[уұ]лы|оглы)$/;
function genderOf(norm: string): Gender | undefined {
  const words = foldName(norm)
    .split(/[\s.]+/)
    .filter((w) => w.length > 1);
  if (words.some((w) => FEMININE.test(w))) return 'f';
  if (words.some((w) => MASCULINE.test(w))) return 'm';
  return /[ая]$/.test(words[0] ?? '') ? 'f' : undefined;
}

export interface Outcome {
  readonly row: BlindRow;
  /** The norm of the person mention written exactly as the row writes the name, if any; for a row that names no person, of any person mention overlapping its words. */
  readonly got: string | undefined;
}

export const outcome = (row: BlindRow, lang: Lang = 'ru'): Outcome => ({
  row,
  got: row.gender === 'none' ? overlappingPersonNorm(row.text, row.written, lang) : writtenNameNorm(row.text, row.written, lang),
});

/** A row that names no person is right, in norm and gender, when no person overlaps its words. */
export const normRight = (o: Outcome): boolean => (o.row.gender === 'none' ? o.got === undefined : o.got !== undefined && foldName(o.got) === foldName(o.row.norm));
export const genderRight = (o: Outcome): boolean => (o.row.gender === 'none' ? o.got === undefined : o.got !== undefined && genderOf(o.got) === genderOf(o.row.norm));

/** The scores by type and the rows still wrong, printed when NAME_FORMS_REPORT is set. */
export function reportBlind(outcomes: readonly Outcome[]): void {
  if (!process.env.NAME_FORMS_REPORT) return;
  const byType = new Map<string, [number, number, number]>();
  for (const o of outcomes) {
    const t = byType.get(o.row.type) ?? [0, 0, 0];
    byType.set(o.row.type, [t[0] + (normRight(o) ? 1 : 0), t[1] + (genderRight(o) ? 1 : 0), t[2] + 1]);
  }
  const pad = (n: number): string => String(n).padStart(4);
  const lines = [...byType].map(([type, [n, g, all]]) => `${type.padEnd(24)} norm ${pad(n)}  gender ${pad(g)}  / ${all}`);
  const n = outcomes.filter(normRight).length;
  const g = outcomes.filter(genderRight).length;
  console.log(`${lines.join('\n')}\n${'total'.padEnd(24)} norm ${pad(n)}  gender ${pad(g)}  / ${outcomes.length}`);
  for (const o of outcomes) if (!normRight(o)) console.log(`WRONG ${o.row.type} | ${o.row.written} → ${o.got ?? '(no person)'} | ${o.row.text}`);
}

/** How many of a blind table's rows must stay right: a little under what the code reached, so that a rule written for the table cannot hide behind it. */
export interface BlindFloors {
  readonly rows: number;
  readonly norm: number;
  readonly gender: number;
}

/** The tests of a blind table scored by floors (the second and later tables): its size, one sentence a row, the norm and gender floors; its sentences are read as `lang`. */
export function describeBlindTable(title: string, rows: readonly BlindRow[], floors: BlindFloors, lang: Lang = 'ru'): void {
  const outcomes = rows.map((row) => outcome(row, lang));
  reportBlind(outcomes);
  describe(title, () => {
    it(`has ${floors.rows} rows, each its own sentence`, () => {
      expect(outcomes).toHaveLength(floors.rows);
      expect(new Set(rows.map((r) => r.text)).size).toBe(floors.rows);
    });
    it('keeps the norm right on at least the floor', () => {
      expect(outcomes.filter(normRight).length).toBeGreaterThanOrEqual(floors.norm);
    });
    it('keeps the gender right on at least the floor', () => {
      expect(outcomes.filter(genderRight).length).toBeGreaterThanOrEqual(floors.gender);
    });
  });
}
