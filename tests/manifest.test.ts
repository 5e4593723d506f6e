import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../src/tools/corpus-generator.js';
import { BIN, kzx, ROOT } from './helpers/run.js';

const base = mkdtempSync(join(tmpdir(), 'kzx-manifest2-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
function folder(name: string, count: number): string {
  const dir = join(base, name);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${name}-${i}.txt`), generateArticle(i + name.length * 100));
  return dir;
}
const entries = (manifest: string): string[] => Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { files: object }).files).sort();
const processed = (args: string[]): number => {
  const r = kzx(['extract', ...args, '--format', 'ndjson', '--quiet']);
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean).length;
};

describe('--manifest', () => {
  it('runs over different inputs add to one manifest instead of wiping it', () => {
    const a = folder('a', 3);
    const b = folder('b', 2);
    const manifest = join(base, 'runs.json');
    expect(processed([a, '--manifest', manifest])).toBe(3);
    expect(processed([b, '--manifest', manifest])).toBe(2);
    expect(entries(manifest)).toHaveLength(5);
    expect(processed([a, '--manifest', manifest])).toBe(0);
    expect(processed([b, '--manifest', manifest])).toBe(0);
  });

  it('shards run at the same time share one manifest: every entry is kept', async () => {
    const dir = folder('shards', 24);
    const manifest = join(base, 'shards.json');
    const run = (k: number): Promise<number | null> =>
      new Promise((resolve) => spawn(process.execPath, [BIN, 'extract', dir, '--shard', `${k}/4`, '--manifest', manifest, '--format', 'ndjson', '--quiet'], { cwd: ROOT, stdio: 'ignore' }).on('exit', resolve));
    expect(await Promise.all([1, 2, 3, 4].map(run))).toEqual([0, 0, 0, 0]);
    expect(entries(manifest)).toHaveLength(24);
    expect(existsSync(`${manifest}.lock`)).toBe(false);
    for (const k of [1, 2, 3, 4]) expect(processed([dir, '--shard', `${k}/4`, '--manifest', manifest])).toBe(0);
  });

  it('hashes within --max-bytes: a huge file is not read, and it is a TOO_LARGE entry', () => {
    const dir = folder('huge', 1);
    // Sparse: 3 GB on paper, nothing on disk. Reading it whole would take gigabytes of memory.
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 2 ** 30);
    const manifest = join(base, 'huge.json');
    const script = `import('${join(ROOT, 'dist', 'discover', 'manifest.js')}').then(async ({ Manifest }) => {
      const m = new Manifest(${JSON.stringify(manifest)}, 'x', false, 20 * 2 ** 20);
      const out = [];
      for await (const s of m.filter((async function* () { yield { kind: 'file', path: ${JSON.stringify(huge)} }; })())) out.push(s.path);
      console.log(JSON.stringify({ out, rss: process.resourceUsage().maxRSS }));
    })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const { out, rss } = JSON.parse(r.stdout) as { out: string[]; rss: number };
    expect(out).toEqual([huge]);
    expect(rss).toBeLessThan(200 * 1024);
    const cli = kzx(['extract', dir, '--manifest', manifest, '--format', 'ndjson']);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/huge\.txt: file is 3221225472 bytes, over --max-bytes \d+ \[TOO_LARGE\]/);
    expect(entries(manifest)).toEqual([join(dir, 'huge-0.txt')]);
  });
});
