// A leaf module: the packs' number rules import it, so it must not import the pack registry.

export type MeasureKind = 'physical' | 'timeOrAge';

/** A pack's measures.json: the units a measure's word starts with, by kind. */
export interface MeasureFile {
  readonly physical: readonly string[];
  readonly timeOrAge: readonly string[];
}

/** The kind of measure whose unit `word` starts with, `unitMatches` telling whether a listed unit fits the word. */
export function measureOf(file: MeasureFile, word: string, unitMatches: (word: string, unit: string) => boolean): MeasureKind | undefined {
  for (const m of file.timeOrAge) if (unitMatches(word, m)) return 'timeOrAge';
  for (const m of file.physical) if (unitMatches(word, m)) return 'physical';
  return undefined;
}
