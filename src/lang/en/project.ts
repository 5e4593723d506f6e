import type { ProjectRules } from '../../extract/project/rules.js';
import type { Token } from '../../segment/tokenize.js';
import lexicon from './project.json' with { type: 'json' };

// Shape and repeats checked in tests/lexicons.test.ts.
const cues = lexicon;
const CUES = new Set(cues.cues);
const BETWEEN = new Set(cues.between);
const NOT_PROJECT = new Set(cues.notProject);
// Determiners and prepositions, capitalised at a sentence start, are never part of the name.
const NOT_NAME_WORDS = new Set(cues.notNameWords);
// Sponsors and places do not start a name: "the Kazakhstan programme", "an Almaty project" (but "Fair Kazakhstan").
const NOT_NAME_STARTS = new Set(cues.notNameStarts);
const NAME_WORD_RE = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
const YEAR_RE = /^(?:19|20)\d\d$/;

/**
 * English names programmes in capitals before or after a cue, with or without quotes: the Serpin
 * programme, the national project "Comfortable School", the Employment Roadmap.
 */
export const enProjectRules: ProjectRules = {
  isCueAfter: (lower) => CUES.has(lower),
  isCueBefore: (lower) => CUES.has(lower),
  isBetween: (lower) => BETWEEN.has(lower),
  calledWords: new Set(['called', 'named', 'dubbed']),
  frames: new Set(),
  isRouteHead: () => false,
  isPossessor: () => false,
  conjunctions: new Set(['and']),
  namesItself: (lastLower) => CUES.has(lastLower),
  isNotProject: (lower) => NOT_PROJECT.has(lower),
  inflectedLastWord: () => false,
  abbreviationEnding: () => false,
  themeYearAt: () => undefined,
  // A year ends a name but never starts one: "the Energy Saving 2020 programme", not "the 2020 programme".
  unquotedNameWord: (tok: Token, first: boolean) =>
    (NAME_WORD_RE.test(tok.text) && !NOT_PROJECT.has(tok.lower) && !NOT_NAME_WORDS.has(tok.lower) && !(first && NOT_NAME_STARTS.has(tok.lower))) ||
    (!first && tok.kind === 'number' && YEAR_RE.test(tok.text)),
};
