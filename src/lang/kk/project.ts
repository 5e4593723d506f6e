import { isKazakhEnding, isKkGenitive, kkStems, voicedFinal } from './morph.js';
import { memoByWord } from '../../segment/word-memo.js';
import { tracer } from '../../extract/trace.js';
import type { ProjectRules } from '../../extract/project/rules.js';
import lexicon from './project.json' with { type: 'json' };

const cues = lexicon;
const AFTER = new Set(cues.after);
const NOT_PROJECT = new Set(cues.notProject);
const BETWEEN = new Set(cues.between);
const ROUTE_HEAD = new Set(cues.routeHead);
const MEDIA_BEFORE = new Set(cues.mediaBefore);
// Heads a name may carry inside its quotes, in any case («Бес әлеуметтік бастамамен», «Назарбаев моделі»).
const INSIDE_HEAD = new Set(cues.insideHead);
const ATTRIBUTE_RE = /(?:лық|лік|дық|дік|тық|тік|ды|ді|ты|ті|лы|лі|ғы|гі|қы|кі)$/;

const POSSESSIVE_RE = /[ыі]$/;
const PRONOMINAL_CASE_RE = /^н(?:а|е|да|де|ан|ен|ың|ің)?$/;
// A final ь drops before a vowel ending: "модель" → "моделі".
const isInsideHead = (lower: string): boolean => kkStems(lower, 3).some(({ stem }) => INSIDE_HEAD.has(stem) || INSIDE_HEAD.has(`${stem}ь`));

// "Жастар жылы", "Еріктілер жылын": a capitalised noun naming a declared theme year
const THEME_YEAR_RE = /^жыл(?:ы|ын|ында|ының)$/;
// Words before "жылы" that make an ordinary time phrase ("Бірінші жылы", "Ендігі жылы", "Олар жылына").
const NOT_THEME_RE = /(?:ншы|нші|ғы|гі|қы|кі)$|^(?:мұнда|олар|бұл|осы|сол|келесі|келер|өткен|алдағы|биыл|былтыр|әр|бір|бес|он)$/;

/** Kazakh puts the cue after the name: «DaraBala» бірыңғай платформасы, «Цифрлық Қазақстан» мемлекеттік бағдарламасы. */
export const kkProjectRules: ProjectRules = {
  isCueAfter: (lower) => kkStems(lower, 3).some(({ stem }) => AFTER.has(stem)),
  isCueBefore: () => false,
  // Attributes between the name and its cue: "мемлекеттік", "электронды күнделік"
  isBetween: (lower) => BETWEEN.has(lower) || kkStems(lower, 3).some(({ stem }) => BETWEEN.has(stem)) || ATTRIBUTE_RE.test(lower),
  calledWords: new Set(['атты']),
  // «…» аясында, «…» шеңберінде: "within the framework of", said of programmes right after their name.
  frames: new Set(cues.frame),
  conjunctions: new Set(['және', 'мен', 'бен', 'пен']),
  // «Цифрландыру және жасанды интеллект жылы»: a declared theme year; «Бес әлеуметтік бастамамен»: its own head
  namesItself: (lastLower) => lastLower === 'жылы' || isInsideHead(lastLower),
  // Asked of the words after every quoted name: memoised, as stemming is the costly part.
  isNotProject: memoByWord((lower) => NOT_PROJECT.has(lower) || kkStems(lower, 3).some(({ stem }) => NOT_PROJECT.has(stem))),
  isNotProjectBefore: memoByWord((lower) => kkStems(lower, 3).some(({ stem }) => MEDIA_BEFORE.has(stem))),
  isPossessor: isKkGenitive,
  // «Алматы – Астана» бағыты is a route; «Туған жер» бағыты, a programme's strand.
  isRouteHead: (lower) => kkStems(lower, 3).some(({ stem }) => ROUTE_HEAD.has(stem)),
  /**
   * The stem with an ending ("көмекті"), a possessive with the н of its cases ("картасы" →
   * "картасын"), a final к/қ/п voiced before a vowel ("әріптестік" → "әріптестігінің").
   */
  inflectedLastWord(lower, word) {
    for (const s of kkStems(lower, 3)) if (s.stem === word || voicedFinal(word) === s.stem) return true;
    return lower.startsWith(word) && POSSESSIVE_RE.test(word) && PRONOMINAL_CASE_RE.test(lower.slice(word.length));
  },
  // "ҰБТ-ға", "МӘМС-ке"
  abbreviationEnding: isKazakhEnding,
  // Names of programmes are quoted here.
  unquotedNameWord: () => false,
  themeYearAt(t, i) {
    const name = t[i]!;
    const year = t[i + 1];
    if (year === undefined || year.kind !== 'word' || !year.lower.startsWith('жыл') || name.kind !== 'word' || name.text === name.lower || !THEME_YEAR_RE.test(year.lower) || year.sentenceStart)
      return undefined;
    if (NOT_THEME_RE.test(name.lower)) {
      tracer?.declined('projects', name.start, year.end, `theme year declined — «${name.text} ${year.text}» is an ordinary time phrase`);
      return undefined;
    }
    return { next: i + 2, norm: `${name.text} жылы` };
  },
};
