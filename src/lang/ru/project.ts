import cues from '../../extract/project/cues.json' with { type: 'json' };
import type { ProjectCueRules } from '../../extract/project/index.js';

const BEFORE = cues.ru.before;
const BETWEEN = new Set(cues.ru.between);
const NOT_PROJECT = cues.ru.notProject;

/** Russian puts the cue before the name: в рамках проекта «Smart мектеп», Национального проекта «Школы будущего». */
export const ruProjectCues: ProjectCueRules = {
  isCueAfter: () => false,
  isCueBefore: (lower) => BEFORE.some((stem) => lower.startsWith(stem)),
  isBetween: (lower) => BETWEEN.has(lower),
  namesItself: (lastLower) => lastLower === 'года' || lastLower === 'год',
  // Two-letter legal forms ("АО", "ТОО") only as whole words; the rest are stems.
  isNotProject: (lower) => NOT_PROJECT.some((stem) => (stem.length <= 3 ? lower === stem : lower.startsWith(stem))),
};
