import type { ErrorRecord, Mention, OutputRecord } from './record.js';

/** Helpers over the record types for the writers and readers, free of zod like contract.ts. */

export const isErrorRecord = (r: OutputRecord): r is ErrorRecord => 'error' in r;

/**
 * The mention with every text offset it carries read through `at` (offsets into another text, or
 * counted in other units): its span and, on a number, its counted noun's. The one list of a
 * mention's offsets, so that no remapping forgets one.
 */
export function withOffsetsMapped(m: Mention, at: ArrayLike<number>): Mention {
  const start = at[m.start]!;
  const end = at[m.end]!;
  return m.type === 'number' && m.unitStart !== undefined && m.unitEnd !== undefined ? { ...m, start, end, unitStart: at[m.unitStart]!, unitEnd: at[m.unitEnd]! } : { ...m, start, end };
}
