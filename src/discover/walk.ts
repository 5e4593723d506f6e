import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { fsPath, nameOf } from '../read/fs-path.js';
import { PATH_TOO_LONG_MESSAGE } from '../read/file-bytes.js';
import picomatch from 'picomatch';
import type { Source } from './source.js';
import type { ErrorCode } from '../schema/record.js';

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
 * followed by '/'. Symbolic links are followed, and each directory is walked once (a link back up
 * the tree, or a second link to a directory already walked, is not followed);
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
    // Names as bytes: one that is not UTF-8 keeps them (see fs-path.ts) instead of becoming U+FFFD.
    let dirents: Array<Dirent<Buffer>>;
    try {
      dirents = await readdir(fsPath(pathOf(dirRel)), { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENAMETOOLONG') return { kind: 'error', path: pathOf(dirRel), code: 'PATH_TOO_LONG', message: PATH_TOO_LONG_MESSAGE };
      return { kind: 'error', path: pathOf(dirRel), code: 'UNREADABLE', message: `cannot list the directory (${code ?? (err as Error).message})` };
    }
    const entries: Entry[] = [];
    const names = new Set(dirents.map((d) => nameOf(d.name)));
    for (const d of dirents) {
      const name = nameOf(d.name);
      const rel = dirRel === '' ? name : `${dirRel}/${name}`;
      const kind = d.isSymbolicLink() ? await linkTargetKind(pathOf(rel)) : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'special';
      if (kind === 'directory') {
        if ((namesHidden || name[0] !== '.') && !isIgnored(rel) && !isPageResources(name, names)) entries.push({ rel, key: `${rel}/`, kind });
      } else if (isIncluded(rel) && !isIgnored(rel)) entries.push({ rel, key: rel, kind });
    }
    entries.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    opts.onFound?.(entries.reduce((n, e) => n + (e.kind === 'directory' ? 0 : 1), 0));
    return entries;
  }

  // Depth first with an explicit stack: one generator, however deep the tree (each level of
  // nested async generators would add its own promise hops to every file yielded).
  const stack: Array<{ entries: Entry[]; next: number }> = [];
  const top = await list('');
  if (!Array.isArray(top)) {
    yield top;
    return;
  }
  // Each directory is walked once, however many links lead to it (a link back up the tree, or a
  // "diamond" of links that would multiply its files): known by device and inode, which stat gives
  // even where the real path is too long for realpath.
  const walked = new Set<string>();
  const rootId = await directoryId(root);
  if (typeof rootId === 'string') walked.add(rootId);
  stack.push({ entries: top, next: 0 });
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
      const id = await directoryId(pathOf(e.rel));
      if (typeof id !== 'string') {
        yield { kind: 'error', path: pathOf(e.rel), ...id };
        continue;
      }
      if (walked.has(id)) continue;
      walked.add(id);
      const below = await list(e.rel);
      if (Array.isArray(below)) stack.push({ entries: below, next: 0 });
      else yield below;
    }
  }
}

/**
 * A browser's "Webpage, complete" save puts the page's frames, scripts and images in a folder
 * named after it ("news.html" and "news_files/"): its frames (ads, widgets, players) are not
 * documents. The folder is passed over only beside its page.
 */
function isPageResources(name: string, siblings: ReadonlySet<string>): boolean {
  if (!name.endsWith('_files')) return false;
  const stem = name.slice(0, -'_files'.length);
  return PAGE_EXTENSIONS.some((ext) => siblings.has(stem + ext));
}
const PAGE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];

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

/**
 * Whether expanding the glob `pattern` (as discover does) would take a file known by any of
 * `paths` (absolute, or relative to the working directory, as the pattern is).
 */
export function isTakenByGlob(pattern: string, paths: readonly string[], ignore: readonly string[]): boolean {
  const matches = picomatch(pattern.replace(/^\.\//, ''), { dot: false });
  const isIgnored = picomatch([...ignore], { dot: true });
  return paths.some((p) => matches(p) && !isIgnored(p));
}

/** A directory's identity (device and inode), or why it cannot be entered. */
async function directoryId(path: string): Promise<string | { code: ErrorCode; message: string }> {
  try {
    const st = await stat(fsPath(path), { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { code: 'VANISHED', message: 'directory disappeared after it was found' };
    if (code === 'ENAMETOOLONG') return { code: 'PATH_TOO_LONG', message: PATH_TOO_LONG_MESSAGE };
    return { code: 'UNREADABLE', message: `cannot enter the directory (${code ?? (err as Error).message})` };
  }
}

/** What a symbolic link points to; a dangling link counts as a file, for reading to report. */
async function linkTargetKind(path: string): Promise<Entry['kind']> {
  const target = await stat(fsPath(path)).catch(() => undefined);
  return target === undefined || target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'special';
}
