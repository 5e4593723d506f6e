import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/discover/manifest.js';
import type { Source } from '../src/discover/source.js';
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

  it('with worker threads, gives the records, error entries and manifest of one thread', () => {
    const dir = folder('workers', 150);
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = (jobs: number, env: Record<string, string>): { status: number | null; stdout: string; errors: string; manifest: string } => {
      const manifest = join(base, `workers-${jobs}.json`);
      const errors = join(base, `workers-${jobs}.errors.ndjson`);
      const r = kzx(['extract', dir, '--format', 'ndjson', '--quiet', '--jobs', String(jobs), '--manifest', manifest, '--errors', errors], { env });
      return { status: r.status, stdout: r.stdout, errors: readFileSync(errors, 'utf8'), manifest };
    };
    const one = run(1, {});
    // A small input is extracted without workers unless told otherwise: here they must run.
    const two = run(2, { KZX_WORKERS_FROM_MB: '0' });
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(151);
    expect(two.errors).toBe(one.errors);
    expect(two.errors).toContain('empty.txt');
    expect(entries(two.manifest)).toEqual(entries(one.manifest));
    expect(entries(two.manifest).some((path) => path.endsWith('empty.txt'))).toBe(false);
  }, 60_000);

  it('shards run at the same time share one manifest: every entry is kept', async () => {
    const dir = folder('shards', 24);
    const manifest = join(base, 'shards.json');
    const run = (k: number): Promise<number | null> =>
      new Promise((resolve) =>
        spawn(process.execPath, [BIN, 'extract', dir, '--shard', `${k}/4`, '--manifest', manifest, '--format', 'ndjson', '--quiet'], { cwd: ROOT, stdio: 'ignore' }).on('exit', resolve),
      );
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

  it('memory is bounded: with a spill size of 7, 300 files give the same manifest as without, and no chunk file is left', async () => {
    const dir = join(base, 'spill');
    // Names whose string order differs from a directory walk's order ("a-1" < "a/…" < "a0"), and
    // manifest lines longer than the look-up's 512-byte reads.
    const subs = ['a', 'a/b', 'a-1', `a0/${'d'.repeat(200)}/${'e'.repeat(200)}/${'f'.repeat(150)}`];
    for (const sub of subs) mkdirSync(join(dir, sub), { recursive: true });
    const paths = Array.from({ length: 300 }, (_, i) => join(dir, subs[i % 4]!, `f${i}.txt`));
    for (const [i, p] of paths.entries()) writeFileSync(p, `Документ ${i}.`);
    const sources = async function* (ps: string[]): AsyncGenerator<Source> {
      for (const path of ps) yield { kind: 'file', path };
    };
    const run = async (manifest: string, ps: string[], spillAt: number | undefined): Promise<{ out: string[]; skipped: number; chunks: number[] }> => {
      const m = new Manifest(manifest, 'x', false, 1 << 20, spillAt !== undefined ? { spillAt } : {});
      const out: string[] = [];
      for await (const s of m.filter(sources(ps))) out.push(s.path);
      // Before saving: this run's decisions sit in chunk files beside the manifest, none over the spill size.
      const chunkDirs = readdirSync(base).filter((f) => f.startsWith(`.${manifest.slice(base.length + 1)}.`));
      const chunks = chunkDirs.flatMap((d) =>
        readdirSync(join(base, d)).map(
          (c) =>
            readFileSync(join(base, d, c), 'utf8')
              .split('\n')
              .filter(Boolean).length,
        ),
      );
      m.save(new Set([paths[150]!]));
      return { out, skipped: m.skipped, chunks };
    };
    // A first run over files 0–199; the second over 100–299 and a missing file, in a shuffled order, after two files changed.
    const first = paths.slice(0, 200);
    const second = [...paths.slice(100), join(dir, 'missing.txt')].sort((a, b) => ((a.length * 7919 + b.charCodeAt(b.length - 5)) % 3) - 1);
    const capped = join(base, 'capped.json');
    const uncapped = join(base, 'uncapped.json');
    const c1 = await run(capped, first, 7);
    const u1 = await run(uncapped, first, undefined);
    expect(c1.chunks.length).toBe(Math.floor(200 / 7));
    expect(Math.max(...c1.chunks)).toBeLessThanOrEqual(7);
    expect(u1.chunks).toEqual([]);
    expect(readFileSync(capped, 'utf8')).toBe(readFileSync(uncapped, 'utf8'));
    writeFileSync(paths[120]!, 'Изменён.');
    writeFileSync(paths[121]!, 'Изменён тоже.');
    const c2 = await run(capped, second, 7);
    const u2 = await run(uncapped, second, undefined);
    expect(c2.out).toEqual(u2.out);
    // 100–199 were in the manifest; 120 and 121 changed, 150 failed in the first run.
    expect(c2.skipped).toBe(97);
    expect(u2.skipped).toBe(97);
    expect(readFileSync(capped, 'utf8')).toBe(readFileSync(uncapped, 'utf8'));
    const files = Object.keys((JSON.parse(readFileSync(capped, 'utf8')) as { files: object }).files);
    expect(files).toEqual(paths.filter((p) => p !== paths[150]).sort());
    expect(readdirSync(base).filter((f) => f.startsWith('.capped') || f.startsWith('capped'))).toEqual(['capped.json']);

    // The CLI takes the spill size from KZX_MANIFEST_SPILL_AT (for tests) and writes the same manifest as without it.
    const cliRun = (manifest: string, env: Record<string, string>): number => {
      const r = kzx(['extract', dir, '--manifest', manifest, '--format', 'ndjson', '--quiet'], { env });
      expect(r.status).toBe(0);
      return r.stdout.split('\n').filter(Boolean).length;
    };
    const cliCapped = join(base, 'cli-capped.json');
    const cliUncapped = join(base, 'cli-uncapped.json');
    expect(cliRun(cliCapped, { KZX_MANIFEST_SPILL_AT: '5' })).toBe(300);
    expect(cliRun(cliUncapped, {})).toBe(300);
    expect(readFileSync(cliCapped, 'utf8')).toBe(readFileSync(cliUncapped, 'utf8'));
    writeFileSync(paths[5]!, 'Изменён и этот.');
    expect(cliRun(cliCapped, { KZX_MANIFEST_SPILL_AT: '5' })).toBe(1);
    expect(cliRun(cliUncapped, {})).toBe(1);
    expect(readFileSync(cliCapped, 'utf8')).toBe(readFileSync(cliUncapped, 'utf8'));
    expect(entries(cliCapped)).toEqual([...paths].sort());
    expect(readdirSync(base).filter((f) => f.includes('cli-'))).toEqual(['cli-capped.json', 'cli-uncapped.json']);
  });

  it('an interrupted run leaves the manifest as it was and no chunk file', async () => {
    const dir = folder('interrupted', 400);
    const state = join(base, 'interrupted-state');
    mkdirSync(state);
    const manifest = join(state, 'm.json');
    writeFileSync(manifest, 'previous run\n');
    const child = spawn(process.execPath, [BIN, 'extract', dir, '--manifest', manifest, '--format', 'ndjson', '--quiet', '--jobs', '1'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, KZX_MANIFEST_SPILL_AT: '1', KZX_READ_AHEAD_FROM_MB: '0' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Mid-run: the chunk folder is there.
    for (let i = 0; i < 400 && readdirSync(state).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(state)).toHaveLength(2);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readdirSync(state)).toEqual(['m.json']);
    expect(readFileSync(manifest, 'utf8')).toBe('previous run\n');
  });
});
