import cues from './cues.json' with { type: 'json' };
import type { ProjectCueRules } from './index.js';

const BEFORE = cues.ru.before;
const BETWEEN = new Set(cues.ru.between);

/** Russian puts the cue before the name: в рамках проекта «Smart мектеп», Национального проекта «Школы будущего». */
export const ruProjectCues: ProjectCueRules = {
  isCueAfter: () => false,
  isCueBefore: (lower) => BEFORE.some((stem) => lower.startsWith(stem)),
  isBetween: (lower) => BETWEEN.has(lower),
  namesItself: (lastLower) => lastLower === 'года' || lastLower === 'год',
};
