import type { MeasureKind } from './measure.js';

/** One language's counted-noun rules (the pack's `number` field), read by the shared number rules (index.ts). */
export interface CountedNounRules {
  /** A lowercase word that can be the counted noun right after a number. */
  isNoun(lower: string): boolean;
  /** After this word the counted noun continues (an adjective, "шаршы"). */
  takesNextWord(lower: string): boolean;
  /** Two nouns that make one compound ("байланыс мұнарасы"). */
  continuesCompound(first: string, second: string): boolean;
  /** Dictionary form of the counted noun phrase. */
  lemma(words: readonly string[]): string;
  /** Words after a number that make it an anniversary or a part of another word, not a count. */
  notCounted(lower: string): boolean;
  /** The numeral itself is an idiom or an indefinite article here ("одним из", "белгілі бір"). */
  notANumber(lower: string, nextLower: string | undefined, prevLower: string | undefined, prev2Lower: string | undefined): boolean;
  /** A word before the number that makes it the number of a provision ("статьи 104"). */
  notAfter(lower: string): boolean;
  /** Words joining the last numbers of a list ("статьями 205 и 209", "articles 5 and 6"). */
  readonly listJoiners: ReadonlySet<string>;
  /** A word after the number that makes it a multiplier ("есе", "раза"), part of the quantity. */
  multiplier(lower: string): boolean;
  /** A comparative after a multiplier, which belongs to it ("екі есе жоғары"). */
  comparative?(lower: string): boolean;
  /** The most words a counted noun phrase takes ("electric car charging stations"); 2 unless set. */
  readonly maxWords?: number;
  /**
   * A unit of measurement, time or age after the number makes it a measure ("12 тонна", "35 градус",
   * "1700 шаршы метр", "20 минут", "6 жасқа"), which is not a count: KazNERD gives measures a type of
   * their own (QUANTITY, TIME). NEREL has no such type and marks a physical measure as a NUMBER, so the
   * `measures` convention can report those ("250 км") as numbers; time and age stay out either way.
   */
  measure(lower: string): MeasureKind | undefined;
  /** How many of the unit `part` make one `unit`, when a measure may go on in it ("20 метров 70 сантиметров"). */
  measurePart?(unit: string, part: string): number | undefined;
  /** An abbreviation that, with its dot, qualifies the unit after it («кв» of «500 кв. м», "sq" of "40 sq. km"); absent: none. */
  unitAbbreviation?(lower: string): boolean;
  /**
   * Makers whose models are numbered, lowercase ("боинг" in "Боинг 737", "камаз"): the number after
   * one names a model. Read across packs: a maker keeps its spelling in text of another language.
   */
  readonly modelMakers?: readonly string[];
  /** Words that announce a match score ("со счётом 14:13"); a pack without them reads no scores. */
  readonly scoreWords?: ReadonlySet<string>;
}
