/** The facts the quantity parser gives (parse.ts), read by every value rule and by the languages' numeral grammars. */
import type { Numeral, Qualifier } from './lexicon.js';

export type { Qualifier } from './lexicon.js';

export interface Range {
  readonly from: number;
  readonly to: number;
}
export type QuantityValue = number | Range;

/** A numeric expression: digits and/or numeral words, with scale, range and qualifier. */
export interface Quantity {
  /** Token index of the first token (a qualifier before the number included). */
  readonly first: number;
  /** Token index where the number itself starts (after a qualifier). */
  readonly coreFirst: number;
  /** Token index after the last token. */
  readonly next: number;
  readonly value: QuantityValue;
  readonly qualifier?: Qualifier;
  /** A qualifier stated by a verb after the span ("98 пайыздан асты"), not part of it. */
  readonly hasDigits: boolean;
  readonly ordinal: boolean;
  /** The bare core was a 4-digit integer written without separators (a possible year). */
  readonly yearLike: boolean;
  /** Kazakh case ending glued to the last numeral word or after a hyphen ("мыңнан" → "нан"). */
  readonly ending: string;
  /** A qualifier word follows the number inside the span ("мыңнан астам"). */
  readonly postQualified: boolean;
  /** A scale word multiplies it ("90 млн"). */
  readonly scaled: boolean;
}

export interface NumeralReading {
  readonly numeral: Numeral;
  readonly ending: string;
  readonly ordinal: boolean;
  /** Two numerals in one word said as an approximate range ("екі-үш", two or three): the first; `numeral` is the second. */
  readonly from?: number;
}
