import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/cli/progress.js';
import { discover } from '../src/discover/discover.js';

describe('progress', () => {
  it('shows documents done of the total, the rate and the time left', () => {
    expect(progressLine(1000, 20000, 3_300_000, 1)).toBe('1,000/20,000 documents, 3.3 MB/s, 1.0 s, ETA 0:19');
    expect(progressLine(20000, 20000, 66_000_000, 20)).toBe('20,000/20,000 documents, 3.3 MB/s, 20.0 s');
  });

  it('shows no total or ETA when the total is unknown (NDJSON input, --shard, --manifest)', () => {
    expect(progressLine(12, 0, 1_000_000, 2)).toBe('12 documents, 0.5 MB/s, 2.0 s');
  });

  it('gets its total from discovery, argument by argument, before the files are read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-found-'));
    for (const name of ['a.txt', 'b.txt', 'c.md', 'skip.bin']) writeFileSync(join(dir, name), 'text');
    const found: number[] = [];
    const sources = discover([dir, join(dir, 'a.txt'), join(dir, 'missing.txt')], { onFound: (n) => found.push(n) });
    const first = await sources.next();
    expect(first.value).toMatchObject({ kind: 'file' });
    expect(found).toEqual([3]);
    for await (const _ of sources);
    expect(found).toEqual([3, 1, 1]);
  });
});
