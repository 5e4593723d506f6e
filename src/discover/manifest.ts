import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Source } from './source.js';
import { fsPath } from '../read/fs-path.js';
import { OutputError } from '../write/output.js';

/**
 * Incremental runs: the manifest records each file's size, modification time and content hash
 * with the extractor version; a re-run skips files that have not changed.
 */
export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface ManifestFile {
  version: string;
  files: Record<string, ManifestEntry>;
}

export interface ManifestOptions {
  /**
   * This run's decisions held in memory before they are spilled, sorted, to a chunk file beside the
   * manifest. For tests: KZX_MANIFEST_SPILL_AT sets it from the environment.
   */
  spillAt?: number;
}

/** A decision of this run: the file's new entry, or null to drop its entry (unreadable, too large, failed). */
type Decision = [path: string, entry: ManifestEntry | null];

/** How long a run waits for another run (another shard) to finish saving the same manifest. */
const LOCK_WAIT_MS = 60_000;
const LOCK_POLL_MS = 50;
const HASH_CHUNK = 1 << 16;
const READ_CHUNK = 1 << 16;
/** Reads while binary-searching: a line is a path and some 90 bytes, and each look-up reads about 2·log2(n) times. */
const PROBE = 512;
const DEFAULT_SPILL_AT = 50_000;
const FOOTER = '}}\n';

const byPath = (a: Decision, b: Decision): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Memory does not grow with the number of files: previous entries are looked up in the manifest
 * file itself (binary search with positioned reads; it is written sorted, one entry a line), and
 * this run's decisions are spilled to sorted chunk files, merged with the manifest on save.
 */
export class Manifest {
  /** The manifest as it was when the run began, for look-ups; undefined with --full or when there is none. */
  private readonly previous: SortedEntries | undefined;
  private pending: Decision[] = [];
  private chunkDir: string | undefined;
  private readonly chunks: string[] = [];
  private readonly spillAt: number;
  skipped = 0;

  constructor(
    private readonly path: string,
    private readonly version: string,
    full: boolean,
    /** Files over this size are not hashed (reading reports them TOO_LARGE). */
    private readonly maxBytes: number,
    options: ManifestOptions = {},
  ) {
    this.spillAt = Math.max(1, options.spillAt ?? (Number(process.env.KZX_MANIFEST_SPILL_AT) || DEFAULT_SPILL_AT));
    this.previous = full ? undefined : SortedEntries.open(path, version);
  }

  /** File sources that are new or changed since the manifest; others are counted and dropped. */
  async *filter(sources: AsyncIterable<Source>): AsyncGenerator<Source> {
    for await (const s of sources) {
      if (s.kind !== 'file') {
        yield s;
        continue;
      }
      const before = this.previous?.get(s.path);
      const entry = this.entryFor(s.path, before);
      this.decide([s.path, entry ?? null]);
      if (entry !== undefined && before !== undefined && before.sha256 === entry.sha256) {
        this.skipped += 1;
        continue;
      }
      yield s;
    }
  }

  /** The file's entry; undefined for a file that cannot be read or is over the size limit (never read whole, nor read past the limit). */
  private entryFor(path: string, before: ManifestEntry | undefined): ManifestEntry | undefined {
    let fd: number;
    try {
      fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
    } catch {
      return undefined;
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile() || st.size > this.maxBytes) return undefined;
      // Same size and time: trust the recorded hash and do not read the file.
      if (before !== undefined && before.size === st.size && before.mtimeMs === st.mtimeMs) return before;
      const hash = createHash('sha256');
      const chunk = Buffer.allocUnsafe(HASH_CHUNK);
      let total = 0;
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
        total += n;
        if (total > this.maxBytes) return undefined;
        hash.update(chunk.subarray(0, n));
      }
      return { size: st.size, mtimeMs: st.mtimeMs, sha256: hash.digest('hex') };
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  private decide(d: Decision): void {
    this.pending.push(d);
    if (this.pending.length >= this.spillAt) this.spill();
  }

  /** The decisions in memory, sorted (the last for a path wins), to a new chunk file. */
  private spill(): void {
    const sorted = lastPerPath(this.pending);
    try {
      this.chunkDir ??= mkdtempSync(join(dirname(this.path), `.${basename(this.path)}.${process.pid}.`));
      const file = join(this.chunkDir, String(this.chunks.length));
      writeLines(
        file,
        sorted.map((d) => JSON.stringify(d)),
      );
      this.chunks.push(file);
    } catch (err) {
      const where = this.chunkDir ?? dirname(this.path);
      this.discard();
      throw new OutputError(where, (err as NodeJS.ErrnoException).code);
    }
    this.pending = [];
  }

  /** Drops the chunk files (a failed or interrupted run); the manifest is left as it was. */
  discard(): void {
    this.previous?.close();
    if (this.chunkDir !== undefined) rmSync(this.chunkDir, { recursive: true, force: true });
    this.chunkDir = undefined;
    this.chunks.length = 0;
  }

  /**
   * Written only after a successful run, atomically, under a lock: entries of files this run did
   * not look at (other inputs, other shards) are kept from the manifest as it is on disk now, so
   * runs and shards sharing one manifest add to it instead of wiping each other's entries. Files
   * that failed are left out so they run again. The manifest and this run's chunks are merged in
   * path order, a line at a time.
   */
  save(failedPaths: ReadonlySet<string>): void {
    const release = this.lock();
    const sources: LineSource<Decision>[] = [];
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      sources.push(...this.chunks.map((file) => new ChunkReader(file)));
      // Last: the newest decisions win over a chunk's for the same path.
      sources.push(new ArraySource(lastPerPath(this.pending)));
      const onDisk = SortedEntries.open(this.path, this.version);
      try {
        const out = new LineWriter(tmp);
        try {
          out.write(`{"version":${JSON.stringify(this.version)},"files":{`);
          let first = true;
          const emit = (p: string, e: ManifestEntry): void => {
            out.write(`${first ? '' : ','}\n${JSON.stringify(p)}:${JSON.stringify(e)}`);
            first = false;
          };
          const previous = onDisk?.lines() ?? new ArraySource<[string, ManifestEntry]>([]);
          const mine = mergeDecisions(sources);
          for (let old = previous.next(); ; ) {
            const d = mine.peek();
            if (old !== undefined && (d === undefined || old[0] < d[0])) {
              emit(old[0], old[1]);
              old = previous.next();
              continue;
            }
            if (d === undefined) break;
            // This run looked at the file: its decision replaces the entry on disk.
            if (old !== undefined && old[0] === d[0]) old = previous.next();
            if (d[1] !== null && !failedPaths.has(d[0])) emit(d[0], d[1]);
            mine.take();
          }
          out.write(`\n${FOOTER}`);
        } finally {
          out.close();
        }
      } finally {
        onDisk?.close();
      }
      renameSync(tmp, this.path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err instanceof OutputError ? err : new OutputError(this.path, (err as NodeJS.ErrnoException).code);
    } finally {
      for (const s of sources) s.close();
      this.discard();
      release();
    }
  }

  /** Takes the manifest's lock file (taking over one whose process has gone); returns its release. */
  private lock(): () => void {
    const lockPath = `${this.path}.lock`;
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    for (const deadline = Date.now() + LOCK_WAIT_MS; ; ) {
      try {
        const fd = openSync(lockPath, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return () => rmSync(lockPath, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(lockPath, (err as NodeJS.ErrnoException).code);
      }
      const holder = Number(readFileOr(lockPath, ''));
      if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new OutputError(this.path, undefined, `locked by process ${holder} (${lockPath})`);
      Atomics.wait(sleeper, 0, 0, LOCK_POLL_MS);
    }
  }
}

/** Sorted by path, one decision per path: the last one made. */
function lastPerPath(ds: Decision[]): Decision[] {
  const sorted = [...ds].sort(byPath); // stable: equal paths keep their order
  return sorted.filter((d, i) => i + 1 === sorted.length || sorted[i + 1]![0] !== d[0]);
}

interface LineSource<T> {
  next(): T | undefined;
  close(): void;
}

class ArraySource<T> implements LineSource<T> {
  private i = 0;
  constructor(private readonly items: readonly T[]) {}
  next(): T | undefined {
    return this.items[this.i++];
  }
  close(): void {}
}

/** Lines of a file read forward through one buffer: memory is the longest line, not the file. */
class LineReader {
  private buf = Buffer.alloc(0);
  private pos: number;
  private done = false;
  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }
  next(): string | undefined {
    for (;;) {
      const nl = this.buf.indexOf(0x0a);
      if (nl >= 0) {
        const line = this.buf.toString('utf8', 0, nl);
        this.buf = this.buf.subarray(nl + 1);
        return line;
      }
      if (this.done) {
        if (this.buf.length === 0) return undefined;
        const line = this.buf.toString('utf8');
        this.buf = Buffer.alloc(0);
        return line;
      }
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, this.end - this.pos));
      const n = chunk.length > 0 ? readSync(this.fd, chunk, 0, chunk.length, this.pos) : 0;
      this.pos += n;
      if (n === 0) this.done = true;
      this.buf = Buffer.concat([this.buf, chunk.subarray(0, n)]);
    }
  }
}

/** A chunk file: one JSON [path, entry | null] a line, sorted by path. */
class ChunkReader implements LineSource<Decision> {
  private readonly fd: number;
  private readonly lines: LineReader;
  constructor(file: string) {
    this.fd = openSync(file, 'r');
    this.lines = new LineReader(this.fd, 0, fstatSync(this.fd).size);
  }
  next(): Decision | undefined {
    const line = this.lines.next();
    return line === undefined || line === '' ? undefined : (JSON.parse(line) as Decision);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** The k-way merge of sorted decision sources; for one path, the decision of the last source wins. */
function mergeDecisions(sources: LineSource<Decision>[]): { peek(): Decision | undefined; take(): void } {
  const heads = sources.map((s) => s.next());
  let current: Decision | undefined;
  const advance = (): void => {
    current = undefined;
    let min: string | undefined;
    for (const h of heads) if (h !== undefined && (min === undefined || h[0] < min)) min = h[0];
    if (min === undefined) return;
    heads.forEach((h, i) => {
      if (h === undefined || h[0] !== min) return;
      current = h;
      heads[i] = sources[i]!.next();
    });
  };
  advance();
  return { peek: () => current, take: advance };
}

/**
 * A manifest file as written by save: a header line, then one `"path":{entry}` line per file,
 * sorted by path (each but the last ending in a comma), then the footer line. Read in place.
 */
class SortedEntries {
  private closed = false;

  private constructor(
    private readonly fd: number,
    /** Offset of the first entry line and of the footer line: the entries lie between. */
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The manifest at path, or undefined if there is none, it is of another version or not in this layout (everything runs again). */
  static open(path: string, version: string): SortedEntries | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const size = fstatSync(fd).size;
      const header = `{"version":${JSON.stringify(version)},"files":{\n`;
      const head = Buffer.byteLength(header);
      const tail = Buffer.byteLength(FOOTER);
      if (size < head + tail) throw new Error('short');
      if (readAt(fd, 0, head).toString('utf8') !== header) throw new Error('other version or layout');
      // An empty manifest ends its header line with the footer: `{"version":…,"files":{\n}}\n`.
      const end = size - tail;
      if (readAt(fd, end, tail).toString('utf8') !== FOOTER) throw new Error('not a whole manifest');
      return new SortedEntries(fd, head, Math.max(head, end));
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  /** The last line found and where the next begins. */
  private hint: { path: string; next: number } | undefined;

  /** Binary search over byte offsets for the line of path. */
  get(path: string): ManifestEntry | undefined {
    let lo = this.start;
    let hi = this.end;
    if (this.hint !== undefined && this.hint.path < path && this.hint.next < hi) {
      // Discovery asks mostly in path order: the line after the last one found is the likeliest.
      lo = this.hint.next;
      const { line, next } = this.lineAt(lo);
      const parsed = tryParseEntryLine(line);
      if (parsed === undefined) return undefined;
      if (parsed[0] === path) return this.found(path, next, parsed[1]);
      if (parsed[0] > path) return undefined;
      lo = next;
    }
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const { start: s, line, next } = this.lineFrom(mid, lo);
      if (s >= hi) {
        hi = mid;
        continue;
      }
      const parsed = tryParseEntryLine(line);
      // A damaged line: no way to tell which half to search, so the file just runs again.
      if (parsed === undefined) return undefined;
      const [p, e] = parsed;
      if (p === path) return this.found(path, next, e);
      if (p < path) lo = next;
      else hi = s;
    }
    return undefined;
  }

  private found(path: string, next: number, entry: ManifestEntry): ManifestEntry {
    this.hint = { path, next };
    return entry;
  }

  /** All entries, in order. */
  lines(): LineSource<[string, ManifestEntry]> {
    const reader = new LineReader(this.fd, this.start, this.end);
    return {
      next: () => {
        // A damaged line is dropped: its file runs again next time.
        for (let line = reader.next(); line !== undefined && line !== ''; line = reader.next()) {
          const parsed = tryParseEntryLine(line);
          if (parsed !== undefined) return parsed;
        }
        return undefined;
      },
      close: () => {},
    };
  }

  /** Once only: the descriptor's number may belong to another file afterwards. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  /** The first line that starts at or after pos (lo is a line start); mostly one read. */
  private lineFrom(pos: number, lo: number): { start: number; line: string; next: number } {
    const from = pos === lo ? pos : pos - 1;
    const b = readAt(this.fd, from, Math.min(2 * PROBE, this.end - from));
    const start = pos === lo ? 0 : b.indexOf(0x0a) + 1;
    const end = start > 0 || pos === lo ? b.indexOf(0x0a, start) : -1;
    if (end >= 0) return { start: from + start, line: b.toString('utf8', start, end), next: from + end + 1 };
    // A line longer than the probe: the slow way.
    const s = this.lineStartFrom(pos, lo);
    return s >= this.end ? { start: s, line: '', next: s } : { start: s, ...this.lineAt(s) };
  }

  /** The first line start at or after pos (lo is a line start). */
  private lineStartFrom(pos: number, lo: number): number {
    if (pos === lo || readAt(this.fd, pos - 1, 1)[0] === 0x0a) return pos;
    for (let at = pos; at < this.end; at += PROBE) {
      const nl = readAt(this.fd, at, Math.min(PROBE, this.end - at)).indexOf(0x0a);
      if (nl >= 0) return at + nl + 1;
    }
    return this.end;
  }

  private lineAt(start: number): { line: string; next: number } {
    const parts: Buffer[] = [];
    for (let at = start; at < this.end; at += PROBE) {
      const b = readAt(this.fd, at, Math.min(PROBE, this.end - at));
      const nl = b.indexOf(0x0a);
      if (nl >= 0) {
        parts.push(b.subarray(0, nl));
        return { line: Buffer.concat(parts).toString('utf8'), next: at + nl + 1 };
      }
      parts.push(b);
    }
    return { line: Buffer.concat(parts).toString('utf8'), next: this.end };
  }
}

/** `"path":{entry},` (the last line without the comma) to [path, entry]. */
function parseEntryLine(line: string): [string, ManifestEntry] {
  const obj = JSON.parse(`{${line.endsWith(',') ? line.slice(0, -1) : line}}`) as Record<string, ManifestEntry>;
  const [pair] = Object.entries(obj);
  if (pair === undefined) throw new Error('empty manifest line');
  return pair;
}

function tryParseEntryLine(line: string): [string, ManifestEntry] | undefined {
  try {
    return parseEntryLine(line);
  } catch {
    return undefined;
  }
}

function readAt(fd: number, pos: number, length: number): Buffer {
  const b = Buffer.allocUnsafe(length);
  const n = readSync(fd, b, 0, length, pos);
  return b.subarray(0, n);
}

/** Writes through a small buffer: no one string of the whole. */
class LineWriter {
  private readonly fd: number;
  private parts: string[] = [];
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  write(s: string): void {
    this.parts.push(s);
    if (this.parts.length === 1024) this.flush();
  }
  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
  private flush(): void {
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
  }
}

function writeLines(file: string, lines: string[]): void {
  const out = new LineWriter(file);
  try {
    for (const l of lines) out.write(`${l}\n`);
  } finally {
    out.close();
  }
}

function readFileOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
