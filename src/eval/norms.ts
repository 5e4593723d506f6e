import type { GoldDoc } from './gold.js';
import type { Span } from './score.js';

/** A predicted mention that may carry a nominative `norm` (person mentions do). */
export type NormedSpan = Span & { readonly norm?: string };

export interface NormScore {
  /** Gold person mentions with a norm. */
  readonly gold: number;
  /** Of those, how many some predicted person overlaps. */
  readonly found: number;
  /** Of those, how many have the expected norm. */
  readonly correct: number;
  /** correct / gold: the headline figure (a missed person counts as a wrong norm). */
  readonly accuracy: number;
  /** correct / found: how good the names are where a person was found. */
  readonly accuracyFound: number;
}

export interface NormError {
  readonly doc: string;
  readonly text: string;
  readonly expected: string;
  /** The predicted norm, or undefined when no predicted person overlaps the gold one. */
  readonly predicted: string | undefined;
  readonly context: string;
}

/** Case- and ё-folded, spaces normalised: the norm comparison the issue asks for. */
const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * Scores person `norm`s against gold that has them (the seeds gold). Every mention should carry its
 * entity's full nominative name, so a gold mention expects its `ref` (the entity) when the document
 * names that entity in full (some gold mention has it as its norm), and else its own `norm`
 * ("Абайдың" → Абай where the text never gives the poet's surname). A gold person is matched by the
 * predicted person with the same offsets, else the first one that overlaps it.
 */
export function scoreNorms(gold: readonly GoldDoc[], predictions: ReadonlyArray<{ readonly doc: string; readonly mentions: readonly NormedSpan[] }>, errors?: NormError[]): NormScore | undefined {
  const byDoc = new Map(predictions.map((p) => [p.doc, p.mentions.filter((m) => m.type === 'person')]));
  let total = 0;
  let found = 0;
  let correct = 0;
  for (const g of gold) {
    const persons = g.mentions.filter((m) => m.type === 'person' && m.norm !== undefined);
    const named = new Set(persons.map((m) => fold(m.norm!)));
    const predicted = byDoc.get(g.doc) ?? [];
    for (const m of persons) {
      total += 1;
      const expected = m.ref !== undefined && m.ref !== null && named.has(fold(m.ref)) ? m.ref : m.norm!;
      const p = predicted.find((x) => x.start === m.start && x.end === m.end) ?? predicted.find((x) => x.start < m.end && m.start < x.end);
      if (p !== undefined) found += 1;
      if (p?.norm !== undefined && fold(p.norm) === fold(expected)) correct += 1;
      else errors?.push({ doc: g.doc, text: m.text, expected, predicted: p?.norm, context: g.text.slice(Math.max(0, m.start - 40), m.end + 40).replace(/\n/g, ' ') });
    }
  }
  if (total === 0) return undefined;
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { gold: total, found, correct, accuracy: round(correct / total), accuracyFound: round(found === 0 ? 0 : correct / found) };
}

export const formatNorms = (s: NormScore): string => `person norm: ${s.correct}/${s.gold} exact (${s.accuracy.toFixed(3)}; ${s.accuracyFound.toFixed(3)} of the ${s.found} found)`;
