import { isAscii } from 'node:buffer';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { kzx } from './helpers/run.js';

// bin/code-cache.cjs: the CLI's bundle compiled with a V8 code cache (npm test builds dist/ first).
const dir = mkdtempSync(join(tmpdir(), 'kzx-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CACHE = join(dir, 'main.cjs.cache');
const ARGS = ['extract', 'fixtures/articles/ru-almaty-it.txt', '--quiet'];
const run = (cacheDir: string) => kzx(ARGS, { env: { KZX_CODE_CACHE_DIR: cacheDir } });
const expected = run('').stdout;
// A bundle's first line, its build id: the cache is keyed on it.
const buildIdOf = (bundle: string): string | undefined => /^\/\/ kzx-build ([0-9a-f]{32})\n/.exec(readFileSync(bundle, 'latin1'))?.[1];
const buildId = buildIdOf('dist/bundle/main.cjs');
/** The header line of an 'extract' cache of the bundle with this build id. */
const extractHeader = (build: string | undefined): RegExp => new RegExp(`^kzx-code-cache 3 ${process.version} ${process.arch} ${build} extract [0-9a-f]{40}$`);
/** `body` run with a cache folder of its own, removed after. */
function inOwnFolder<T>(prefix: string, body: (own: string) => T): T {
  const own = mkdtempSync(join(tmpdir(), prefix));
  try {
    return body(own);
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
}

it('is written for an ASCII bundle that opens with its build id', () => {
  expect(buildId).toBeDefined();
  for (const name of readdirSync('dist/bundle')) if (!name.endsWith('.cache')) expect(isAscii(readFileSync(join('dist/bundle', name))), name).toBe(true);
});

it('writes the cache on the first run and uses it, unchanged, on the next, with the same output', () => {
  expect(run(dir)).toMatchObject({ status: 0, stdout: expected });
  const first = readFileSync(CACHE);
  expect(first.toString('latin1', 0, first.indexOf(10))).toMatch(extractHeader(buildId));
  const { mtimeMs } = statSync(CACHE);
  expect(run(dir)).toMatchObject({ status: 0, stdout: expected });
  expect(statSync(CACHE).mtimeMs).toBe(mtimeMs);
});

it('ignores a corrupt, truncated or foreign cache and writes a good one in its place', () => {
  const good = readFileSync(CACHE);
  const header = good.subarray(0, good.indexOf(10) + 1);
  // The line but for the hash of the data, which differs with what each run compiled.
  const sourceKey = header.toString('latin1').replace(/ [0-9a-f]+\n$/, ' ');
  const flipped = Buffer.from(good);
  flipped[flipped.length - 100]! ^= 0xff;
  const foreign = Buffer.concat([Buffer.from(header.toString('latin1').replace(process.version, 'v0.0.0'), 'latin1'), good.subarray(header.length)]);
  for (const bad of [flipped, good.subarray(0, good.length >> 1), foreign, Buffer.from('not a cache'), Buffer.alloc(0)]) {
    writeFileSync(CACHE, bad);
    expect(run(dir)).toMatchObject({ status: 0, stdout: expected, stderr: '' });
    expect(readFileSync(CACHE).equals(bad)).toBe(false);
    expect(readFileSync(CACHE).toString('latin1', 0, sourceKey.length)).toBe(sourceKey);
  }
});

it('runs without a cache where none can be written, silently', () => {
  // A regular file where the cache folder should be: nothing can be created below it (even by root).
  const blocked = join(dir, 'not-a-folder');
  writeFileSync(blocked, '');
  expect(run(blocked)).toMatchObject({ status: 0, stdout: expected, stderr: '' });
  expect(readFileSync(blocked, 'utf8')).toBe('');
});

it('widens a cache written by a run that did not extract, once a run extracts, and keeps it after', () => {
  inOwnFolder('kzx-code-cache-scope-', (own) => {
    const cache = join(own, 'main.cjs.cache');
    const scopeOf = (): string => readFileSync(cache, 'latin1').split('\n', 1)[0]!.split(' ').at(-2)!;
    const help = (): void => void expect(kzx(['extract', '--help'], { env: { KZX_CODE_CACHE_DIR: own } }).status).toBe(0);
    help();
    expect(scopeOf()).toBe('cli');
    const helpOnly = statSync(cache).size;
    expect(run(own)).toMatchObject({ status: 0, stdout: expected });
    expect(scopeOf()).toBe('extract');
    expect(statSync(cache).size).toBeGreaterThan(helpOnly);
    const { mtimeMs } = statSync(cache);
    help();
    expect(statSync(cache).mtimeMs).toBe(mtimeMs);
  });
});

it('is written once the first document is extracted, so a long run leaves the cache a small file needs', () => {
  // Written at the end of a long run, the cache held every rule that run compiled: 9% more here,
  // which each later small file loads for nothing.
  const cacheAfter = (args: readonly string[]): number =>
    inOwnFolder('kzx-code-cache-first-', (own) => {
      expect(kzx(args, { env: { KZX_CODE_CACHE_DIR: own } }).status).toBe(0);
      return statSync(join(own, 'main.cjs.cache')).size;
    });
  const one = cacheAfter(ARGS);
  const long = cacheAfter([...ARGS, 'fixtures/articles', '--jobs', '1']);
  expect(long).toBeLessThan(one * 1.03);
});

it('is not written after an input that could not be read, which ran none of the rules', () => {
  inOwnFolder('kzx-code-cache-missing-', (own) => {
    const cache = join(own, 'main.cjs.cache');
    expect(kzx(['extract', join(own, 'missing.txt'), ...ARGS.slice(1), '--jobs', '1'], { env: { KZX_CODE_CACHE_DIR: own } }).status).toBe(1);
    const withMissingFirst = statSync(cache).size;
    rmSync(cache);
    expect(run(own).status).toBe(0);
    expect(withMissingFirst).toBeGreaterThan(statSync(cache).size * 0.97);
  });
});

it('is not written by a run whose workers changed V8 compiler flags, which a plain run would reject', () => {
  inOwnFolder('kzx-code-cache-workers-', (own) => {
    const cache = join(own, 'main.cjs.cache');
    const pooled = kzx([...ARGS, 'fixtures/articles', '--jobs', '2'], { env: { KZX_CODE_CACHE_DIR: own, KZX_WORKERS_FROM_MB: '0' } });
    expect(pooled.status).toBe(0);
    // The workers' own cache, made under their flags (next test), but none of the main thread's.
    expect(readdirSync(own)).toEqual(['worker.cjs.cache']);
    expect(run(own)).toMatchObject({ status: 0, stdout: expected });
    const { mtimeMs } = statSync(cache);
    expect(run(own)).toMatchObject({ status: 0, stdout: expected });
    expect(statSync(cache).mtimeMs).toBe(mtimeMs);
  });
});

it("gives workers their own cache, written by a worker after its first document and used unchanged by the next run's workers", () => {
  inOwnFolder('kzx-code-cache-worker-', (own) => {
    const cache = join(own, 'worker.cjs.cache');
    const pooled = (): string => {
      const out = kzx(['extract', 'fixtures/articles', '--jobs', '2', '--format', 'ndjson'], { env: { KZX_CODE_CACHE_DIR: own, KZX_WORKERS_FROM_MB: '0' } });
      expect(out.status).toBe(0);
      return out.stdout;
    };
    const first = pooled();
    expect(readFileSync(cache, 'latin1').split('\n', 1)[0]).toMatch(extractHeader(buildIdOf('dist/bundle/worker.cjs')));
    const { mtimeMs } = statSync(cache);
    expect(pooled()).toBe(first);
    expect(statSync(cache).mtimeMs).toBe(mtimeMs);
    expect(kzx(['extract', 'fixtures/articles', '--jobs', '1', '--format', 'ndjson'], { env: { KZX_CODE_CACHE_DIR: '' } }).stdout).toBe(first);
  });
});
