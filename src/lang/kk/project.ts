import cues from '../../extract/project/cues.json' with { type: 'json' };
import { kkStems } from '../../segment/morph-kk.js';
import { memoByWord } from '../../segment/word-memo.js';
import type { ProjectCueRules } from '../../extract/project/index.js';

const AFTER = new Set(cues.kk.after);
const NOT_PROJECT = new Set(cues.kk.notProject);
const BETWEEN = new Set(cues.kk.between);
const ATTRIBUTE_RE = /(?:лық|лік|дық|дік|тық|тік|ды|ді|ты|ті|лы|лі|ғы|гі|қы|кі)$/;

/** Kazakh puts the cue after the name: «DaraBala» бірыңғай платформасы, «Цифрлық Қазақстан» мемлекеттік бағдарламасы. */
export const kkProjectCues: ProjectCueRules = {
  isCueAfter: (lower) => kkStems(lower, 3).some(({ stem }) => AFTER.has(stem)),
  isCueBefore: () => false,
  // Attributes between the name and its cue: "мемлекеттік", "электронды күнделік"
  isBetween: (lower) => BETWEEN.has(lower) || kkStems(lower, 3).some(({ stem }) => BETWEEN.has(stem)) || ATTRIBUTE_RE.test(lower),
  // «Цифрландыру және жасанды интеллект жылы»: a declared theme year
  namesItself: (lastLower) => lastLower === 'жылы',
  // Asked of the words after every quoted name: memoised, as stemming is the costly part.
  isNotProject: memoByWord((lower) => NOT_PROJECT.has(lower) || kkStems(lower, 3).some(({ stem }) => NOT_PROJECT.has(stem))),
};
