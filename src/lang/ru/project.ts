import type { ProjectRules } from '../../extract/project/rules.js';
import lexicon from './project.json' with { type: 'json' };

const cues = lexicon;
const BEFORE = cues.before;
const BETWEEN = new Set(cues.between);
const NOT_PROJECT = cues.notProject;

/** Russian puts the cue before the name: в рамках проекта «Smart мектеп», Национального проекта «Школы будущего». */
export const ruProjectRules: ProjectRules = {
  isCueAfter: () => false,
  isCueBefore: (lower) => BEFORE.some((stem) => lower.startsWith(stem)),
  isBetween: (lower) => BETWEEN.has(lower),
  calledWords: new Set(),
  frames: new Set(),
  isRouteHead: () => false,
  isPossessor: () => false,
  conjunctions: new Set(['и']),
  namesItself: (lastLower) => lastLower === 'года' || lastLower === 'год',
  // Two-letter legal forms ("АО", "ТОО") only as whole words; the rest are stems.
  isNotProject: (lower) => NOT_PROJECT.some((stem) => (stem.length <= 3 ? lower === stem : lower.startsWith(stem))),
  inflectedLastWord: () => false,
  abbreviationEnding: () => false,
  // Names of programmes are quoted here.
  unquotedNameWord: () => false,
  themeYearAt: () => undefined,
};
