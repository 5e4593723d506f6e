import type { ErrorRecord, OutputRecord } from './record.js';

/**
 * The parts of the record contract that the extraction path needs at run time, kept free of zod:
 * zod's schemas (record.ts) take ~50–100 ms to load, which `kzx extract` on one file should not pay.
 */

/**
 * Version of the record contract, carried by the JSON Schema files (`$id` and `version`). 2: a
 * number's span is the quantity alone (the counted noun has `unitStart`/`unitEnd`), a date's span
 * takes the adposition that gives its meaning, with `relation`. See the README's changelog.
 */
export const CONTRACT_VERSION = 2;

export const MENTION_TYPES = ['person', 'position', 'money', 'number', 'percent', 'date', 'project'] as const;
/** What the adposition inside a date's span adds (contract 2). */
export const DATE_RELATIONS = ['from', 'until', 'since', 'during', 'at'] as const;
export const ERROR_CODES = ['ENOENT', 'EMPTY', 'BINARY', 'TOO_LARGE', 'UNREADABLE', 'DANGLING_LINK', 'IS_DIRECTORY', 'VANISHED', 'DECODE', 'BAD_JSON', 'INVALID_RECORD', 'INTERNAL'] as const;

export const isErrorRecord = (r: OutputRecord): r is ErrorRecord => 'error' in r;

/**
 * What a JSON Schema cannot say: offsets slice to the mention text, and officials point at mentions
 * of the right type. Shared by the zod schema (record.ts) and the compiled validator (validate.ts).
 */
export function consistencyIssues(rec: {
  readonly chars: number;
  readonly text?: string | undefined;
  readonly mentions: ReadonlyArray<{ readonly type: string; readonly start: number; readonly end: number; readonly text: string }>;
  readonly officials: ReadonlyArray<{ readonly mentions: readonly number[]; readonly positionMentions: readonly number[] }>;
}): Array<{ message: string; path: Array<string | number> }> {
  const issues: Array<{ message: string; path: Array<string | number> }> = [];
  // Index loops, not forEach: forEach checks the array's map even when it is empty, and an empty
  // array literal has a map of its own, so the first document with officials deoptimised this code.
  for (let i = 0; i < rec.mentions.length; i++) {
    const m = rec.mentions[i]!;
    if (m.end <= m.start || m.end > rec.chars) issues.push({ message: `mention ${i} has offsets outside the text`, path: ['mentions', i] });
    else if (m.end - m.start !== m.text.length) issues.push({ message: `mention ${i} text length differs from its offsets`, path: ['mentions', i] });
    else if (rec.text !== undefined && !rec.text.startsWith(m.text, m.start)) issues.push({ message: `mention ${i} text differs from the slice`, path: ['mentions', i] });
  }
  for (let i = 0; i < rec.officials.length; i++) {
    const o = rec.officials[i]!;
    for (const k of o.mentions) if (rec.mentions[k]?.type !== 'person') issues.push({ message: `official ${i} names a non-person mention ${k}`, path: ['officials', i] });
    for (const k of o.positionMentions) if (rec.mentions[k]?.type !== 'position') issues.push({ message: `official ${i} names a non-position mention ${k}`, path: ['officials', i] });
  }
  return issues;
}
