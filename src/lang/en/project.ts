import type { ProjectRules } from '../../extract/project/rules.js';

/** English: known programmes only, for now (no cue words yet). */
export const enProjectRules: ProjectRules = {
  isCueAfter: () => false,
  isCueBefore: () => false,
  isBetween: () => false,
  calledWords: new Set(),
  namesItself: () => false,
  isNotProject: () => false,
  inflectedLastWord: () => false,
  abbreviationEnding: () => false,
  // Latin words are the text itself.
  latinNames: false,
  themeYearAt: () => undefined,
};
