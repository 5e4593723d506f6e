import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Source } from './discover.js';
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

/** How long a run waits for another run (another shard) to finish saving the same manifest. */
const LOCK_WAIT_MS = 60_000;
const LOCK_POLL_MS = 50;
const HASH_CHUNK = 1 << 16;

export class Manifest {
  private readonly previous: Map<string, ManifestEntry>;
  private readonly next = new Map<string, ManifestEntry>();
  /** Files this run looked at, with or without an entry: the entries it decides. */
  private readonly seen = new Set<string>();
  skipped = 0;

  constructor(
    private readonly path: string,
    private readonly version: string,
    full: boolean,
    /** Files over this size are not hashed (reading reports them TOO_LARGE). */
    private readonly maxBytes: number,
  ) {
    this.previous = full ? new Map() : Manifest.load(path, version);
  }

  private static load(path: string, version: string): Map<string, ManifestEntry> {
    try {
      const m = JSON.parse(readFileSync(path, 'utf8')) as ManifestFile;
      // Another extractor version may extract differently: everything runs again.
      return m.version === version && typeof m.files === 'object' && m.files !== null ? new Map(Object.entries(m.files)) : new Map();
    } catch {
      return new Map();
    }
  }

  /** File sources that are new or changed since the manifest; others are counted and dropped. */
  async *filter(sources: AsyncIterable<Source>): AsyncGenerator<Source> {
    for await (const s of sources) {
      if (s.kind !== 'file') {
        yield s;
        continue;
      }
      const entry = this.entryFor(s.path);
      const before = this.previous.get(s.path);
      this.seen.add(s.path);
      if (entry !== undefined) this.next.set(s.path, entry);
      if (entry !== undefined && before !== undefined && before.sha256 === entry.sha256) {
        this.skipped += 1;
        continue;
      }
      yield s;
    }
  }

  /** The file's entry; undefined for a file that cannot be read or is over the size limit (never read whole, nor read past the limit). */
  private entryFor(path: string): ManifestEntry | undefined {
    let fd: number;
    try {
      fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
    } catch {
      return undefined;
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile() || st.size > this.maxBytes) return undefined;
      const before = this.previous.get(path);
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

  /**
   * Written only after a successful run, atomically, under a lock: entries of files this run did
   * not look at (other inputs, other shards) are kept from the manifest as it is on disk now, so
   * runs and shards sharing one manifest add to it instead of wiping each other's entries. Files
   * that failed are left out so they run again.
   */
  save(failedPaths: ReadonlySet<string>): void {
    const release = this.lock();
    try {
      const merged = Manifest.load(this.path, this.version);
      for (const p of this.seen) merged.delete(p);
      for (const [p, e] of this.next) if (!failedPaths.has(p)) merged.set(p, e);
      this.write([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    } finally {
      release();
    }
  }

  /** Entries written one line each, to a temporary file renamed over the manifest: no one string of the whole. */
  private write(entries: ReadonlyArray<[string, ManifestEntry]>): void {
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      const fd = openSync(tmp, 'w');
      try {
        writeSync(fd, `{"version":${JSON.stringify(this.version)},"files":{`);
        let lines: string[] = [];
        entries.forEach(([p, e], i) => {
          lines.push(`${i === 0 ? '' : ','}\n${JSON.stringify(p)}:${JSON.stringify(e)}`);
          if (lines.length === 1024) {
            writeSync(fd, lines.join(''));
            lines = [];
          }
        });
        writeSync(fd, `${lines.join('')}\n}}\n`);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new OutputError(this.path, (err as NodeJS.ErrnoException).code);
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
