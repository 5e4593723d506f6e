import { lstat as lstatCallback, stat as statCallback, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Source } from './source.js';

// Not node:fs/promises, which loads readline and its own FileHandle code (~2.5 ms of start-up) for two calls.
const stat = promisify(statCallback);
const lstat = promisify(lstatCallback);

/**
 * fast-glob is loaded only when a glob is met: naming files and directories costs no glob engine.
 * Required (it is CommonJS), not imported: the CLI's bundle runs as a script compiled with a code
 * cache (bin/code-cache.cjs), where `import()` has no loader.
 */
const fastGlob = (): typeof import('fast-glob') => createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob');
/** The directory walker (and its pattern matcher) is loaded only when a directory is met. */
const directoryWalker = async (): Promise<typeof import('./walk.js')> => import('./walk.js');

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.html', '**/*.htm', '**/*.mhtml', '**/*.mht'];

export interface DiscoverOptions {
  /** Globs (relative to each directory) of files to take; default: text, Markdown and HTML. */
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Told how many sources each argument (each directory of a walked tree) gave, as soon as it is listed (a progress total). */
  readonly onFound?: (files: number) => void;
}

export const GLOB_CHARS_RE = /[*?[\]{}]/;

/**
 * Arguments → sources, in a stable order: each argument in turn, directories walked recursively
 * in sorted order (streamed: see walk.ts), globs expanded and sorted. Paths that do not exist
 * become error sources.
 */
export async function* discover(args: readonly string[], opts: DiscoverOptions = {}): AsyncGenerator<Source> {
  const { include, ignore } = discoverPatterns(opts);
  for (const arg of args) {
    if (arg !== '-' && isDirectory(arg)) {
      const { walkDirectory } = await directoryWalker();
      yield* walkDirectory(arg, { include, ignore, ...(opts.onFound ? { onFound: opts.onFound } : {}) });
      continue;
    }
    const sources = await sourcesOf(arg, ignore);
    opts.onFound?.(sources.length);
    yield* sources;
  }
}

/** The patterns a directory is walked with: the files to take, and the files and folders to leave out. */
export function discoverPatterns(opts: Pick<DiscoverOptions, 'include' | 'exclude'>): { include: string[]; ignore: string[] } {
  const include = opts.include && opts.include.length > 0 ? [...opts.include] : DEFAULT_INCLUDE;
  return { include, ignore: [...(opts.exclude ?? []), '**/node_modules/**', '**/.git/**'] };
}

/** The sources a file, a glob or stdin stands for, in order. */
async function sourcesOf(arg: string, ignore: string[]): Promise<Source[]> {
  if (arg === '-') return [{ kind: 'stdin', path: '-' }];
  const st = await stat(arg).catch(() => undefined);
  // Reading a FIFO would wait for a writer forever; a device may never end.
  if (st !== undefined && !st.isFile() && !st.isDirectory())
    return [{ kind: 'error', path: arg, code: 'UNREADABLE', message: 'not a regular file (a socket, FIFO or device): give - and redirect it to stdin' }];
  if (st !== undefined) return [{ kind: 'file', path: arg }];
  const link = await lstat(arg).catch(() => undefined);
  if (link?.isSymbolicLink()) return [{ kind: 'error', path: arg, code: 'DANGLING_LINK', message: 'symbolic link points to nothing' }];
  if (GLOB_CHARS_RE.test(arg)) {
    const fg = fastGlob();
    const files = await fg(arg, { ignore, onlyFiles: true, suppressErrors: true });
    if (files.length === 0) return [{ kind: 'error', path: arg, code: 'ENOENT', message: 'no file matches this pattern' }];
    return files.sort().map((f) => ({ kind: 'file', path: f }));
  }
  return [{ kind: 'error', path: arg, code: 'ENOENT', message: 'no such file or directory' }];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
