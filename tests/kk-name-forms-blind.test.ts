/**
 * The first blind table of Kazakh name mentions (kk-name-forms-blind.table.ts), scored like the
 * Russian ones (helpers/blind-names.ts) on sentences read as Kazakh. The test holds a floor a little
 * under what the code reaches (docs/kazakh-log.md, "Kazakh name forms, blind table (session 34)").
 * Set NAME_FORMS_REPORT=1 to print the scores by type and the rows still wrong.
 */
import { describeBlindTable } from './helpers/blind-names.js';
import { KK_BLIND_ROWS } from './kk-name-forms-blind.table.js';

describeBlindTable('Kazakh names in the first blind table', KK_BLIND_ROWS, { rows: 160, norm: 0, gender: 0 }, 'kk');
