/** One language's percent words (the pack's `percent` field), read by the shared percent rule (index.ts). */
export interface PercentRules {
  isPercentWord(lower: string): boolean;
  /** Percent words written as two ("per cent"): the first word and the one that must follow it. */
  readonly twoWords?: ReadonlyMap<string, string>;
  /** A case ending glued to the percent sign by a hyphen ("%-ға"), lowercase; read across packs, as the sign is the same in every language. */
  endingAfterSign?(lower: string): boolean;
  /** A noun after the percent word that makes it a count of percentage points («0,5 пайыздық тармаққа»), not a percent. */
  pointAfter?(lower: string): boolean;
}
