import { createRequire } from 'node:module';
import type { TemporalConventions } from '../extract/index.js';

// What every command shares: the version, the exit codes and the convention flags as the library's
// option; in a file of their own so that the commands need not import main.ts, which loads them.

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export const VERSION = pkg.version;

/**
 * What the exit code says: every document extracted; some failed (each has its error entry); a
 * usage mistake, found before any work; an output that could not be written (a full disk); kzx
 * itself failed. Signals: 128 + their number (130 Ctrl-C, 143 SIGTERM).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, output: 3, internal: 4 } as const;

/** The parsed convention flags → the library option. */
export const conventionsOf = (opts: {
  relativeDates?: boolean;
  durations?: 'date' | 'number';
  ages?: 'date' | 'number' | 'skip';
  groups?: boolean;
  measures?: 'number' | 'skip';
}): TemporalConventions => ({
  relativeDates: opts.relativeDates ?? true,
  durations: opts.durations ?? 'date',
  ages: opts.ages ?? 'skip',
  groups: opts.groups ?? true,
  measures: opts.measures ?? 'skip',
});
