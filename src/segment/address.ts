/**
 * English forms of address and ranks, one table for the three rules that read them (session 29): before
 * this, each kept a list of its own. A row says which uses a form has:
 * - `dot`: an abbreviation whose dot ends no sentence ("Mr. Tokayev", "St. Petersburg", "Gen. Smith"),
 *   read by the tokenizer in every language (the forms are matched as written, capitalised);
 * - `address`: introduces a name whatever its shape ("Mr Tokayev said", "Madam Bekova"), as a Russian
 *   kinship noun does (the English pack's `kinBefore`);
 * - `honorific`: opens the name after a title's owner, which ends there ("Emir of Qatar Sheikh Tamim",
 *   "Minister of Health Dr. Ali Nurlanov": the English title rules).
 * Ranks ("Gen.", "Capt.") only keep their dot here; written out, they stand before a name as a form of address does
 * (`RANK_BEFORE_NAME`).
 */
const FORMS: ReadonlyArray<readonly [form: string, uses: readonly ('dot' | 'address' | 'honorific')[]]> = [
  ['Mr', ['dot', 'address', 'honorific']],
  ['Mrs', ['dot', 'address', 'honorific']],
  ['Ms', ['dot', 'address', 'honorific']],
  ['Dr', ['dot', 'address', 'honorific']],
  ['Prof', ['dot', 'address']],
  ['Sir', ['address', 'honorific']],
  ['Dame', ['address', 'honorific']],
  ['Madam', ['address']],
  ['Mister', ['address']],
  ['Sheikh', ['honorific']],
  ['St', ['dot']],
  ['Sen', ['dot']],
  ['Rep', ['dot']],
  ['Gov', ['dot']],
  ['Gen', ['dot']],
  ['Col', ['dot']],
  ['Lt', ['dot']],
  ['Capt', ['dot']],
  ['Sgt', ['dot']],
];

const formsFor = (use: 'dot' | 'address' | 'honorific'): string[] => FORMS.filter(([, uses]) => uses.includes(use)).map(([form]) => form);

/** Abbreviations whose dot ends no sentence, as written. */
export const DOTTED_ADDRESS_FORMS: ReadonlySet<string> = new Set(formsFor('dot'));
/** Forms of address that introduce a name, as written. */
export const ADDRESS_FORMS: readonly string[] = formsFor('address');
/** Honorifics that open a name after a title's owner, lowercase. */
export const NAME_HONORIFICS: ReadonlySet<string> = new Set(formsFor('honorific').map((f) => f.toLowerCase()));
/**
 * A military or police rank written out before a name it is no part of, as a regular expression's source: "the commander of
 * the National Guard, Lieutenant General X,", "appointed Major General X Commander of …". A who-holds-what table lists the
 * command, not the rank, so the linker reads it as it reads a form of address (link/holders.ts, the English `appointer`).
 */
export const RANK_BEFORE_NAME = '(?:(?:Lieutenant|Major|Colonel|Brigadier|Rear|Vice)[ \\t\\u00A0]+)?(?:General|Colonel|Admiral|Major|Captain|Lieutenant|Marshal)';
