// A leaf module: the packs' number rules import it, so it must not import the pack registry.

export type MeasureKind = 'physical' | 'timeOrAge';

/** A smaller unit a measure goes on in ("20 метров 70 сантиметров"), and how many of it make one of the larger. */
export interface MeasurePart {
  readonly unit: string;
  readonly part: string;
  readonly factor: number;
}

/** A pack's measures.json: the units a measure's word starts with, by kind, and the units they divide into. */
export interface MeasureFile {
  readonly physical: readonly string[];
  readonly timeOrAge: readonly string[];
  readonly parts?: readonly MeasurePart[];
  /** Abbreviations that, with their dot, qualify the unit after them: «кв. м», "sq. km". */
  readonly unitAbbreviations?: readonly string[];
}

/** The kind of measure whose unit `word` starts with, `unitMatches` telling whether a listed unit fits the word. */
export function measureOf(file: MeasureFile, word: string, unitMatches: (word: string, unit: string) => boolean): MeasureKind | undefined {
  for (const m of file.timeOrAge) if (unitMatches(word, m)) return 'timeOrAge';
  for (const m of file.physical) if (unitMatches(word, m)) return 'physical';
  return undefined;
}

/** How many of the unit `partWord` names make one of the unit `unitWord` names, if the first divides into the second. */
export function partFactor(file: MeasureFile, unitWord: string, partWord: string, unitMatches: (word: string, unit: string) => boolean): number | undefined {
  for (const p of file.parts ?? []) if (unitMatches(unitWord, p.unit) && unitMatches(partWord, p.part)) return p.factor;
  return undefined;
}
