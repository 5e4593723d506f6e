import { findConfig } from '../lexicon/find-config.js';
import type { LoadedLexicon } from '../lexicon/load.js';

/** The CLI options that name lexicons (extract, officials, report). */
export interface LexiconCliOptions {
  lexicon?: string[];
  config?: string;
}

/**
 * The run's lexicons, or a usage error (file, line and field) as an Error. zod is loaded only when
 * there is a lexicon or a config file to check.
 */
export async function lexiconsOf(opts: LexiconCliOptions): Promise<LoadedLexicon[]> {
  if ((opts.lexicon ?? []).length === 0 && opts.config === undefined && findConfig(process.cwd()) === undefined) return [];
  const { loadLexicons } = await import('../lexicon/load.js');
  return loadLexicons({ files: opts.lexicon ?? [], ...(opts.config !== undefined ? { config: opts.config } : {}) });
}

/** lexiconsOf for the commands that report a bad lexicon themselves: the error on stderr, undefined for exit 2. */
export async function lexiconsOrReport(opts: LexiconCliOptions): Promise<LoadedLexicon[] | undefined> {
  try {
    return await lexiconsOf(opts);
  } catch (e) {
    process.stderr.write(`kzx: error: ${(e as Error).message}\n`);
    return undefined;
  }
}
