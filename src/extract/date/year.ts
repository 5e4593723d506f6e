const YEARLESS_RE = /^--(\d{2})(?:-(\d{2}))?$/;
const DOC_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date written without its year ("9 октября", "5 тамызда", "в мае": `--10-09`, `--05`) in an
 * article of known date is the nearest such day or month to it: a story of 2025-12-28 that says
 * "5 января" means 2026-01-05, one of 2025-10-20 that says "9 октября" means 2025-10-09. A date
 * "since" which something runs (`past`) is no later than the article: "since January" in November
 * is the January before; one in a clause about what is to come (`future`) is no earlier than it:
 * "prices will be frozen until December 31" in June is the coming December.
 */
export function resolveYearless(value: string, docDate: string, direction?: 'past' | 'future'): string | undefined {
  const m = YEARLESS_RE.exec(value);
  if (m === null) return undefined;
  const month = Number(m[1]);
  const day = m[2] !== undefined ? Number(m[2]) : undefined;
  const year = nearestYear(
    docDate,
    (y) => {
      // A month is as near as its nearest day; 29 February exists only in leap years.
      const first = Date.UTC(y, month - 1, day ?? 1);
      if (day !== undefined) return new Date(first).getUTCDate() === day ? [first, first] : undefined;
      return [first, Date.UTC(y, month, 0)];
    },
    direction,
  );
  if (year === undefined) return undefined;
  return day !== undefined ? `${year}-${m[1]}-${m[2]}` : `${year}-${m[1]}`;
}

/**
 * Of the article's year and the years either side, the one whose period `bounds` (its first and last day, or undefined when
 * the year has no such period) lies nearest the article date, or starts no later than it (`past`) or ends no earlier (`future`).
 */
function nearestYear(docDate: string, bounds: (year: number) => readonly [number, number] | undefined, direction: 'past' | 'future' | undefined): number | undefined {
  const doc = DOC_DATE_RE.exec(docDate);
  if (doc === null) return undefined;
  const docYear = Number(doc[1]);
  const docTime = Date.UTC(docYear, Number(doc[2]) - 1, Number(doc[3]));
  let best: { year: number; distance: number } | undefined;
  for (const year of [docYear - 1, docYear, docYear + 1]) {
    const span = bounds(year);
    if (span === undefined) continue;
    const [first, last] = span;
    if ((direction === 'past' && first > docTime) || (direction === 'future' && last < docTime)) continue;
    const distance = docTime < first ? first - docTime : docTime > last ? docTime - last : 0;
    if (best === undefined || distance < best.distance) best = { year, distance };
  }
  return best?.year;
}

/**
 * Months `from` to `to` of one year (from ≤ to) in the year that puts the whole range nearest to the article date: "январь–август"
 * in an article of October is the January–August that has just ended, not the next one; `direction` as for resolveYearless.
 */
export function resolveYearlessMonths(from: number, to: number, docDate: string, direction?: 'past' | 'future'): string | undefined {
  if (from > to) return undefined;
  const year = nearestYear(docDate, (y) => [Date.UTC(y, from - 1, 1), Date.UTC(y, to, 0)], direction);
  return year === undefined ? undefined : monthsOfYear(year, from, to);
}

/** Months `from` to `to` of year `year` as a period: 2026, 1, 9 → 2026-01/2026-09. */
export const monthsOfYear = (year: number | string, from: number, to: number): string => `${year}-${padMonth(from)}/${year}-${padMonth(to)}`;
const padMonth = (n: number): string => String(n).padStart(2, '0');

/**
 * A range written without its year ("с 1 ноября по 31 декабря", "10 қаңтардан 5 ақпанға дейін", "July 1–3", "between
 * December 1 and December 20", "January–March"): its start is the nearest such day or month to the article (or the
 * one `direction` says), its end the first such day or month from the start on (a range from December to January runs
 * into the next year). `from` may already carry its year ("from April 2" read as past).
 */
export function resolveYearlessRange(from: string, to: string, docDate: string, direction?: 'past' | 'future'): string | undefined {
  const start = YEARLESS_RE.test(from) ? resolveYearless(from, docDate, direction) : from;
  return start === undefined ? undefined : rangeFrom(start, to);
}

/** A range from a start with its year to an end without one («2026 жылғы 20 желтоқсаннан 15 қаңтарға дейін»): the first such day or month from the start on. */
export function rangeFrom(start: string, to: string): string | undefined {
  if (!YEARLESS_RE.test(to) || !/^\d{4}-\d{2}/.test(start)) return undefined;
  const end = to.slice(2);
  const year = Number(start.slice(0, 4));
  return `${start}/${end < start.slice(5, 5 + end.length) ? year + 1 : year}-${end}`;
}

const PERIOD_RE = /^(\d{4})(-\d{2}(?:-\d{2})?)\/(\d{4})(-\d{2}(?:-\d{2})?)$/;

/** A period read against the article date moved to the year written before it («2027 жылғы 10-15 қаңтар»), its span kept. */
export function periodInYear(period: string, year: string): string | undefined {
  const m = PERIOD_RE.exec(period);
  return m === null ? undefined : `${year}${m[2]}/${Number(year) + Number(m[3]) - Number(m[1])}${m[4]}`;
}
