import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { Source } from './discover.js';
import { fsPath } from '../read/fs-path.js';

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

export class Manifest {
  private readonly previous: Record<string, ManifestEntry>;
  private readonly next: Record<string, ManifestEntry> = {};
  skipped = 0;

  constructor(
    private readonly path: string,
    private readonly version: string,
    full: boolean,
  ) {
    this.previous = full ? {} : Manifest.load(path, version);
  }

  private static load(path: string, version: string): Record<string, ManifestEntry> {
    try {
      const m = JSON.parse(readFileSync(path, 'utf8')) as ManifestFile;
      // Another extractor version may extract differently: everything runs again.
      return m.version === version ? m.files : {};
    } catch {
      return {};
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
      const before = this.previous[s.path];
      if (entry !== undefined) this.next[s.path] = entry;
      if (entry !== undefined && before !== undefined && before.sha256 === entry.sha256) {
        this.skipped += 1;
        continue;
      }
      yield s;
    }
  }

  private entryFor(path: string): ManifestEntry | undefined {
    try {
      const st = statSync(fsPath(path));
      const before = this.previous[path];
      // Same size and time: trust the recorded hash and do not read the file.
      if (before !== undefined && before.size === st.size && before.mtimeMs === st.mtimeMs) return before;
      return { size: st.size, mtimeMs: st.mtimeMs, sha256: createHash('sha256').update(readFileSync(fsPath(path))).digest('hex') };
    } catch {
      return undefined;
    }
  }

  /** Written only after a successful run, atomically. Files that failed are left out so they run again. */
  save(failedPaths: ReadonlySet<string>): void {
    const files: Record<string, ManifestEntry> = {};
    for (const [p, e] of Object.entries(this.next).sort(([a], [b]) => (a < b ? -1 : 1))) if (!failedPaths.has(p)) files[p] = e;
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ version: this.version, files } satisfies ManifestFile, null, 1)}\n`);
    renameSync(tmp, this.path);
  }
}
