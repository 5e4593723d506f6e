import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import picomatch from 'picomatch';
import type { Source } from './discover.js';

export interface WalkOptions {
  /** Globs, relative to the directory, of the files to take. */
  readonly include: readonly string[];
  /** Globs of files and directories to leave out; a directory left out is not read. */
  readonly ignore: readonly string[];
  /** Told how many files each directory gave, as it is read. */
  readonly onFound?: (files: number) => void;
}

/** One entry of a directory, with the key it sorts by. */
interface Entry {
  readonly rel: string;
  readonly key: string;
  readonly kind: 'file' | 'directory' | 'special';
}

/**
 * The files under a directory, yielded as each directory is read: a large archive starts
 * extracting at once, and its listing is never held whole in memory. The order is that of sorting
 * all relative paths as strings, which a depth-first walk gives when a directory sorts as its name
 * followed by '/'. Symbolic links are followed (a link back to a directory being walked is not);
 * a dangling link is yielded like a file, for reading to report; a directory that cannot be read
 * and a socket, FIFO or device that matches are reported as errors. Hidden files and directories
 * are left out unless a pattern names them, as in the shell.
 */
export async function* walkDirectory(root: string, opts: WalkOptions): AsyncGenerator<Source> {
  const isIncluded = picomatch([...opts.include], { dot: false });
  const isIgnored = picomatch([...opts.ignore], { dot: true });
  const namesHidden = opts.include.some((p) => /(?:^|\/)\./.test(p));
  const pathOf = (rel: string): string => (rel === '' ? root : root.endsWith('/') ? root + rel : `${root}/${rel}`);

  /** A directory's entries that are taken, sorted; the error to report when it cannot be read. */
  async function list(dirRel: string): Promise<Entry[] | Source> {
    let dirents: Dirent[];
    try {
      dirents = await readdir(pathOf(dirRel), { withFileTypes: true });
    } catch (err) {
      return { kind: 'error', path: pathOf(dirRel), code: 'UNREADABLE', message: `cannot list the directory (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    }
    const entries: Entry[] = [];
    for (const d of dirents) {
      const rel = dirRel === '' ? d.name : `${dirRel}/${d.name}`;
      const kind = d.isSymbolicLink() ? await linkTargetKind(pathOf(rel)) : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'special';
      if (kind === 'directory') {
        if ((namesHidden || d.name[0] !== '.') && !isIgnored(rel)) entries.push({ rel, key: `${rel}/`, kind });
      } else if (isIncluded(rel) && !isIgnored(rel)) entries.push({ rel, key: rel, kind });
    }
    entries.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    opts.onFound?.(entries.reduce((n, e) => n + (e.kind === 'directory' ? 0 : 1), 0));
    return entries;
  }

  // Depth first with an explicit stack: one generator, however deep the tree (each level of
  // nested async generators would add its own promise hops to every file yielded).
  const stack: Array<{ entries: Entry[]; next: number; ancestors: ReadonlySet<string> }> = [];
  const top = await list('');
  if (!Array.isArray(top)) {
    yield top;
    return;
  }
  stack.push({ entries: top, next: 0, ancestors: new Set([await realpath(root)]) });
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    const e = level.entries[level.next++];
    if (e === undefined) {
      stack.pop();
      continue;
    }
    if (e.kind === 'file') yield { kind: 'file', path: pathOf(e.rel) };
    else if (e.kind === 'special') yield { kind: 'error', path: pathOf(e.rel), code: 'UNREADABLE', message: 'not a regular file (a socket, FIFO or device)' };
    else {
      const real = await realpath(pathOf(e.rel)).catch(() => undefined);
      // Gone since it was listed, or a link back up to a directory being walked: nothing new below.
      if (real === undefined || level.ancestors.has(real)) continue;
      const below = await list(e.rel);
      if (Array.isArray(below)) stack.push({ entries: below, next: 0, ancestors: new Set(level.ancestors).add(real) });
      else yield below;
    }
  }
}

/**
 * Whether a walk would take the file at `rel` (a '/'-separated path below the walked directory):
 * matched by the patterns, not ignored, and neither it nor a folder on the way hidden unless a
 * pattern names hidden files.
 */
export function isTakenBelow(rel: string, patterns: { include: readonly string[]; ignore: readonly string[] }): boolean {
  const isIgnored = picomatch([...patterns.ignore], { dot: true });
  const namesHidden = patterns.include.some((p) => /(?:^|\/)\./.test(p));
  const parts = rel.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const part = parts[i - 1]!;
    if (isIgnored(parts.slice(0, i).join('/'))) return false;
    if (i < parts.length && !namesHidden && part[0] === '.') return false;
  }
  return picomatch([...patterns.include], { dot: false })(rel);
}

/** What a symbolic link points to; a dangling link counts as a file, for reading to report. */
async function linkTargetKind(path: string): Promise<Entry['kind']> {
  const target = await stat(path).catch(() => undefined);
  return target === undefined || target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'special';
}
