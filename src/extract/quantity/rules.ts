import type { Token } from '../../segment/tokenize.js';
import type { NumeralLexicon } from './lexicon.js';
import type { NumeralReading, Quantity } from './quantity.js';

/** One language's numeral grammar (the pack's `numerals` field), read by the shared quantity parser. */
export interface NumeralRules {
  readonly lexicon: NumeralLexicon;
  /** A numeral the lexicon lists only bare, read with its ending or ordinal suffix ("мыңнан", "бесінші"). */
  inflected(lower: string): NumeralReading | undefined;
  /** The mark between thousand groups: "1.000.000" in Kazakh and Russian, "1,000,000" in English. */
  readonly groupMark: string;
  /** Decimals take a comma ("423,1"); then a dot between digits is a time or a code ("13.15"). */
  readonly decimalComma: boolean;
  /** What a word glued to digits by a hyphen makes them: an ordinal ("5-ші", "97-м"), a case ending ("12-ден"), a particle that leaves them as they are ("3-ақ", only three), or else part of a compound word. */
  suffixAfterHyphen(lower: string): 'ordinal' | 'ending' | 'particle' | undefined;
  /** Abbreviated scales and units whose dot belongs to them mid-sentence ("млн.", "тыс."). */
  readonly abbreviations: ReadonlySet<string>;
  /** The words of a range around two numbers ("от 3 до 5"), if the language has them. */
  readonly range: { readonly from: string; readonly to: string } | undefined;
  /** Words after a numeral that add a half: "с половиной", "and a half". */
  readonly andAHalf: readonly string[] | undefined;
  /** Whether q starts a change to the number after it ("с 1,8 до 3,4", "53530-дан 66913 теңгеге"). */
  startsChange(tokens: readonly Token[], q: Quantity): boolean;
  /** The word before a starting point that makes a following "up to" qualifier part of a change ("с 29 до 86"). */
  readonly changeFrom: string | undefined;
  /** Starts of words of change that make a following "up to" the new value ("выросло до 13"), lowercase. */
  readonly changeStems?: readonly string[];
  /**
   * Whether a number with `denominatorEnding` followed by a smaller one with `numeratorEnding` (and
   * the word `after` it) names a part of it: "үштен екісі" = 2/3, "4-тен 1-і", "үштен бір бөлігі".
   */
  isFraction?(denominatorEnding: string, numeratorEnding: string, after: string): boolean;
  /** The denominator a word after a numerator names ("две трети": "трети" → 3; `after` is the word after it), for a language that says fractions numerator first. */
  denominatorAfter?(lower: string, after: string | undefined): number | undefined;
  /** Whether a part of a whole ("half", "quarter") with these words before and after it is a quantity ("half of the votes", not "the second half of"); always, when absent. */
  partAlone?(before: string | undefined, after: string | undefined): boolean;
  /** Particles between a whole and its decimal digits in speech ("он жеті де жеті" = 17.7). */
  readonly decimalParticles?: ReadonlySet<string>;
  /** An ending that makes the numeral approximate ("мыңдайы" about a thousand of them). */
  approximateEnding?(ending: string): boolean;
  /** The denominator that the word after a decimal-point word names ("бүтін оннан сегіз" = 8/10: "оннан" → 10), for a language that says decimals so. */
  fractionDenominator?(lower: string): number | undefined;
}
