import type { Token } from '../../segment/tokenize.js';

/** One language's project rules (the pack's `project` field). */
export interface ProjectRules {
  isCueAfter(lower: string): boolean;
  isCueBefore(lower: string): boolean;
  /** Adjectives allowed between the name and its cue ("мемлекеттік", "национального"). */
  isBetween(lower: string): boolean;
  /** Words that say a name is a name, allowed between it and a head ("атты"). */
  calledWords: ReadonlySet<string>;
  /** Words right after a name that make it a programme's frame ("аясында": within the framework of); no head follows them. */
  frames: ReadonlySet<string>;
  /** Words that join quoted names into a list sharing the head after its last name ("және", "мен"). */
  conjunctions: ReadonlySet<string>;
  /** A quoted name whose last word marks it as a named initiative by itself. */
  namesItself(lastLower: string): boolean;
  /** A head that makes a quoted or known name something else: a fund, a route, a TV show, a newspaper, a company, a station. */
  isNotProject(lower: string): boolean;
  /**
   * A word right before a name that makes it something else, where not every such head does (Kazakh names its heads after
   * the name, and only a channel or paper before it makes the names after it its shows: «Шұғыла» арнасында «…»
   * бағдарламаларын; «Ауылдарда «…» бағдарламасы» is a programme). isNotProject where undefined.
   */
  isNotProjectBefore?(lower: string): boolean;
  /** A last word that makes a quoted name the possessor of the head after it, not its name (the genitive: «Қазақстан темір жолының» бағыттары). */
  isPossessor(lastLower: string): boolean;
  /** A head that names a route when the name joins two places with a dash («Алматы – Астана» бағыты), a programme's strand otherwise. */
  isRouteHead(lower: string): boolean;
  /** Whether `lower` is an inflected form of a programme name's last word `word` ("Рухани жаңғыруды"). */
  inflectedLastWord(lower: string, word: string): boolean;
  /** Whether a programme abbreviation takes this ending after a hyphen ("ҰБТ-ға"). */
  abbreviationEnding(ending: string): boolean;
  /**
   * A word of an unquoted capitalised name right before a cue or ending in one ("the Serpin
   * programme", "the Employment Roadmap"), `first` when it would start the name (a place or a
   * sponsor may not: "the Kazakhstan programme", but "Fair Kazakhstan"); never, where names of
   * programmes are quoted.
   */
  unquotedNameWord(tok: Token, first: boolean): boolean;
  /** A declared theme year starting at token i ("Жастар жылы"): its end and norm. */
  themeYearAt(tokens: readonly Token[], i: number): { next: number; norm: string } | undefined;
}
