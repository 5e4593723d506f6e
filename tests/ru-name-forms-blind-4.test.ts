/**
 * The fourth blind table of Russian name mentions (ru-name-forms-blind-4.table.ts), scored like the
 * others (helpers/blind-names.ts): the norm of the mention written exactly as the row writes it,
 * and the gender that norm shows; a row that names no person is right when no person mention
 * overlaps its words. The test holds a floor a little under what the code reaches
 * (docs/ru-name-norms.md, "Blind table 4"). Set NAME_FORMS_REPORT=1 to print the scores by type and
 * the rows still wrong.
 */
import { describeBlindTable } from './helpers/blind-names.js';
import { BLIND_ROWS_4 } from './ru-name-forms-blind-4.table.js';

/** Blind: norm 132, gender 140 of 160; reached: norm 155, gender 158. */
describeBlindTable('Russian names in the fourth blind table', BLIND_ROWS_4, { rows: 160, norm: 153, gender: 156 });
