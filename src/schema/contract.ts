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

/** The stages of extraction that produce mentions, in their order (each claims its tokens before the next runs); `kzx explain` names them. */
export const STAGES = ['projects', 'date words', 'quantities', 'ages', 'change start', 'persons', 'titles', 'names after titles', 'later surnames'] as const;

export const MENTION_TYPES = ['person', 'position', 'money', 'number', 'percent', 'date', 'project'] as const;
/** What the adposition inside a date's span adds (contract 2). */
export const DATE_RELATIONS = ['from', 'until', 'since', 'during', 'at'] as const;
export const ERROR_CODES = [
  'ENOENT',
  'EMPTY',
  'BINARY',
  'TOO_LARGE',
  'UNREADABLE',
  'PATH_TOO_LONG',
  'DANGLING_LINK',
  'IS_DIRECTORY',
  'VANISHED',
  'DECODE',
  'BAD_JSON',
  'INVALID_RECORD',
  'TIMEOUT',
  'INTERNAL',
] as const;

/** Why a record carries a warning: a mention dropped so that the rest of its document keeps its record; text decoded with replacement characters. */
export const WARNING_CODES = ['MENTION_DROPPED', 'INVALID_BYTES'] as const;

/**
 * What a JSON Schema cannot say: offsets slice to the mention text, and officials point at mentions
 * of the right type. Shared by the zod schema (record.ts) and the compiled validator (validate.ts).
 */
/** The parts of a record the cross-field checks read. */
interface Checked {
  readonly chars: number;
  readonly text?: string | undefined;
  readonly mentions: ReadonlyArray<{ readonly type: string; readonly start: number; readonly end: number; readonly text: string; readonly value?: unknown }>;
  readonly officials: ReadonlyArray<{ readonly mentions: readonly number[]; readonly positionMentions: readonly number[] }>;
  readonly provenance?: { readonly offsets?: 'codepoint' | undefined } | undefined;
}
type Issue = { message: string; path: Array<string | number> };

export function consistencyIssues(rec: Checked): Issue[] {
  const issues: Issue[] = [];
  // Code-point offsets (--offsets codepoint) are checked on code points.
  if (rec.provenance?.offsets === 'codepoint') return codePointIssues(rec, issues);
  // Index loops, not forEach: forEach checks the array's map even when it is empty, and an empty
  // array literal has a map of its own, so the first document with officials deoptimised this code.
  for (let i = 0; i < rec.mentions.length; i++) {
    const m = rec.mentions[i]!;
    if (m.end <= m.start || m.end > rec.chars) issues.push({ message: `mention ${i} has offsets outside the text`, path: ['mentions', i] });
    else if (m.end - m.start !== m.text.length) issues.push({ message: `mention ${i} text length differs from its offsets`, path: ['mentions', i] });
    else if (rec.text !== undefined && !rec.text.startsWith(m.text, m.start)) issues.push({ message: `mention ${i} text differs from the slice`, path: ['mentions', i] });
    else if (m.type === 'date' && typeof m.value === 'string' && !isCalendarDate(m.value)) issues.push({ message: `mention ${i} names a day that does not exist (${m.value})`, path: ['mentions', i] });
  }
  return officialIssues(rec, issues);
}

function codePointIssues(rec: Checked, issues: Issue[]): Issue[] {
  const points = rec.text !== undefined ? Array.from(rec.text) : undefined;
  for (let i = 0; i < rec.mentions.length; i++) {
    const m = rec.mentions[i]!;
    if (m.end <= m.start || m.end > rec.chars) issues.push({ message: `mention ${i} has offsets outside the text`, path: ['mentions', i] });
    else if (points !== undefined && points.slice(m.start, m.end).join('') !== m.text) issues.push({ message: `mention ${i} text differs from the slice`, path: ['mentions', i] });
  }
  return officialIssues(rec, issues);
}

function officialIssues(rec: Checked, issues: Issue[]): Issue[] {
  for (let i = 0; i < rec.officials.length; i++) {
    const o = rec.officials[i]!;
    for (const k of o.mentions) if (rec.mentions[k]?.type !== 'person') issues.push({ message: `official ${i} names a non-person mention ${k}`, path: ['officials', i] });
    for (const k of o.positionMentions) if (rec.mentions[k]?.type !== 'position') issues.push({ message: `official ${i} names a non-position mention ${k}`, path: ['officials', i] });
  }
  return issues;
}

// Month and day of each YYYY-MM-DD or --MM-DD in a date value (a period has two).
const MONTH_DAY_RE = /(?:^|\/)(\d{4}|-)-(\d{2})(?:-(\d{2}))?/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether every month and day in an ISO date value exists (29 February only in a leap year, or with no year). */
function isCalendarDate(value: string): boolean {
  if (!value.includes('-')) return true;
  for (const [, year, mm, dd] of value.matchAll(MONTH_DAY_RE)) {
    const month = Number(mm);
    if (month < 1 || month > 12) return false;
    if (dd === undefined) continue;
    const day = Number(dd);
    const y = Number(year);
    const leap = year === '-' || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
    if (day < 1 || day > (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!)) return false;
  }
  return true;
}
