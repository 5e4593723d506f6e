/**
 * The third blind table of Russian name mentions (ru-name-forms-blind-3.table.ts), scored like the
 * first two (helpers/blind-names.ts), with rows that name no person scored right when no person
 * mention overlaps their words. Its rows are not pinned one by one: the test holds a floor a little
 * under what the code reaches (docs/ru-name-norms.md, "Blind table 3"). Set NAME_FORMS_REPORT=1 to
 * print the scores by type and the rows still wrong.
 */
import { describe, expect, it } from 'vitest';
import { genderRight, normRight, outcome, reportBlind } from './helpers/blind-names.js';
import { BLIND_ROWS_3 } from './ru-name-forms-blind-3.table.js';

/** Blind: norm 143, gender 146 of 160; reached: norm 159, gender 160. */
const NORM_FLOOR = 157;
const GENDER_FLOOR = 158;

const outcomes = BLIND_ROWS_3.map(outcome);
reportBlind(outcomes);

describe('Russian names in the third blind table', () => {
  it('has 160 rows, each its own sentence', () => {
    expect(outcomes).toHaveLength(160);
    expect(new Set(BLIND_ROWS_3.map((r) => r.text)).size).toBe(160);
  });
  it('keeps the norm right on at least the floor', () => {
    expect(outcomes.filter(normRight).length).toBeGreaterThanOrEqual(NORM_FLOOR);
  });
  it('keeps the gender right on at least the floor', () => {
    expect(outcomes.filter(genderRight).length).toBeGreaterThanOrEqual(GENDER_FLOOR);
  });
});
