import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractFile, extractFiles, schemas } from '../src/index.js';
import type { DocumentRecord, OutputRecord } from '../src/schema/record.js';
import { kzx, ROOT, type Run } from './helpers/run.js';

const FIXTURES = join(ROOT, 'fixtures', 'articles');
const ARTICLES = readdirSync(FIXTURES).length;
/** A new folder of `count` copies of one fixture article, named a000.txt, a001.txt, … */
function copiesOf(fixture: string, count: number, folderPrefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const article = readFileSync(join(FIXTURES, fixture), 'utf8');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), article);
  return dir;
}
const lines = (s: string): OutputRecord[] =>
  s
    .trim()
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as OutputRecord);

describe('NDJSON input', () => {
  it('round-trips ids and meta in order and turns malformed lines into errors', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Аким области Берик Уали выделил 658 млн тенге.', meta: { source: 'wire', n: 1 } }),
      '{broken',
      JSON.stringify({ id: 'b', text: 'Облыс әкімі 5 млрд теңге бөлді.', lang: 'kk', date: '2025-03-01' }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'c', text: 'Биыл 12 мектеп салынды.', date: '2025-03-01' }),
    ].join('\n');
    const r = kzx(['extract', '--input', 'ndjson', '-', '--format', 'ndjson', '--quiet'], { input });
    const out = lines(r.stdout);
    expect(out.map((o) => ('error' in o ? `error:${o.error.code}` : o.id))).toEqual(['a', 'error:BAD_JSON', 'b', 'error:BAD_JSON', 'c']);
    expect((out[0] as DocumentRecord).meta).toEqual({ source: 'wire', n: 1 });
    expect((out[2] as DocumentRecord).lang).toBe('kk');
    const relative = (out[4] as DocumentRecord).mentions.find((m) => m.type === 'date');
    expect(relative).toMatchObject({ value: '2025', relative: true });
    for (const o of out) expect(schemas.output.safeParse(o).success).toBe(true);
    expect(r.status).toBe(1);
  });
});

describe('sharding', () => {
  it('splits files so that the union of the shards is the whole output', () => {
    const whole = lines(kzx(['extract', FIXTURES, '--format', 'ndjson', '--quiet']).stdout);
    const parts = [1, 2, 3].flatMap((k) => lines(kzx(['extract', FIXTURES, '--format', 'ndjson', '--quiet', '--shard', `${k}/3`]).stdout));
    expect(parts.map((p) => p.path).sort()).toEqual(whole.map((p) => p.path).sort());
    const byPath = new Map(whole.map((w) => [w.path, JSON.stringify(w)]));
    for (const p of parts) expect(JSON.stringify(p)).toBe(byPath.get(p.path));
  });

  it('rejects a malformed --shard', () => {
    expect(kzx(['extract', FIXTURES, '--shard', '4/3']).status).toBe(2);
  });
});

describe('incremental runs', () => {
  it('processes nothing the second time and only a touched file after that', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-manifest-'));
    cpSync(FIXTURES, join(dir, 'in'), { recursive: true });
    const manifest = join(dir, 'state.json');
    const run = (...extra: string[]): OutputRecord[] => lines(kzx(['extract', join(dir, 'in'), '--format', 'ndjson', '--manifest', manifest, '--quiet', ...extra]).stdout);
    expect(run()).toHaveLength(ARTICLES);
    expect(run()).toHaveLength(0);
    const touched = join(dir, 'in', 'ru-almaty-it.txt');
    writeFileSync(touched, `${readFileSync(touched, 'utf8')}\nДобавлено 5 проектов.`);
    utimesSync(touched, new Date(), new Date(Date.now() + 5000));
    expect(run().map((r) => r.path)).toEqual([touched]);
    expect(run('--full')).toHaveLength(ARTICLES);
    expect(Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { files: object }).files)).toHaveLength(ARTICLES);
  });
});

describe('worker threads', () => {
  it('redoes the batches of a worker that ran out of memory on the main thread, losing nothing', () => {
    // Four batches: the worker given the first (with the dense document) also holds the third.
    const dir = copiesOf('ru-pavlodar-roads.txt', 200, 'kzx-oom-');
    // One line dense with mentions: far more than a 16 MB worker heap holds.
    writeFileSync(join(dir, 'a005-dense.txt'), '2025 «Smart City» – Берик Уали 1 200 000 тенге, 35% - '.repeat(20_000));
    const one = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '1', '--quiet']);
    const two = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '2'], { env: { KZX_WORKER_HEAP_MB: '16', KZX_WORKERS_FROM_MB: '0' } });
    expect(two.status).toBe(0);
    expect(two.stderr).toMatch(/warning: a worker stopped \(.*\); its \d+ documents are redone on the main thread/);
    expect(two.stdout.trim().split('\n')).toHaveLength(201);
    expect(two.stdout).toBe(one.stdout);
    // The dense document is extracted three times (once with --jobs 1, twice with --jobs 2): on a loaded 2-core machine
    // that took 26–55 s, past the default limit of 30. The limit guards against a hang, not a speed.
  }, 120_000);

  it('does not restart workers that cannot start at all, and the main thread does their batches', () => {
    const dir = copiesOf('kk-turkistan-water.txt', 200, 'kzx-noboot-');
    const one = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '1', '--quiet']);
    // A 1 MB heap is too small for a worker to boot in.
    const two = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '2'], { env: { KZX_WORKER_HEAP_MB: '1', KZX_WORKERS_FROM_MB: '0' } });
    expect(two.status).toBe(0);
    expect(two.stderr.match(/warning: a worker stopped/g)).toHaveLength(2);
    expect(two.stdout).toBe(one.stdout);
    // A heap size that is no size keeps the default heap instead of reaching the workers' limits.
    for (const heap of ['-5', 'lots', '0']) {
      const r = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '2'], { env: { KZX_WORKER_HEAP_MB: heap, KZX_WORKERS_FROM_MB: '0' } });
      expect(r.stderr, heap).not.toMatch(/worker stopped/);
      expect(r.stdout).toBe(one.stdout);
    }
  });

  it('starts workers only when the files listed pass the size that repays their start', () => {
    const dir = copiesOf('kk-turkistan-water.txt', 100, 'kzx-survey-');
    const one = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '1', '--quiet']);
    // Workers that cannot boot (1 MB heaps) show whether any was started: each one stopped is a warning.
    const started = (env: Record<string, string>): number => {
      const r = kzx(['extract', dir, '--format', 'ndjson', '--jobs', '2'], { env: { KZX_WORKER_HEAP_MB: '1', ...env } });
      expect(r.stdout).toBe(one.stdout);
      return r.stderr.match(/warning: a worker stopped/g)?.length ?? 0;
    };
    // ~180 KB of files: below the default 16 MB and a 1 MB threshold, above a 0.1 MB one.
    expect(started({})).toBe(0);
    expect(started({ KZX_WORKERS_FROM_MB: '0.1' })).toBe(2);
    expect(started({ KZX_WORKERS_FROM_MB: '1' })).toBe(0);
  });

  it('starts workers for streamed documents with the first full batch, whatever their size', () => {
    const article = readFileSync(join(ROOT, 'fixtures', 'articles', 'kk-turkistan-water.txt'), 'utf8');
    const documents = Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `d${i}`, text: article }));
    // Workers that cannot boot (1 MB heaps) show whether any was started.
    const run = (jobs: string, input: string): Run => kzx(['extract', '-', '--input', 'ndjson', '--format', 'ndjson', '--jobs', jobs], { input, env: { KZX_WORKER_HEAP_MB: '1' } });
    const one = run('1', documents.join('\n'));
    const two = run('2', documents.join('\n'));
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.match(/warning: a worker stopped/g)).toHaveLength(2);
    // One document makes no full batch: no worker starts.
    expect(run('2', documents[0]!).stderr).not.toMatch(/worker stopped/);
  });
});

describe('library API', () => {
  it('returns the same records as the CLI', async () => {
    const cli = lines(kzx(['extract', FIXTURES, '--format', 'ndjson', '--quiet']).stdout);
    const lib: OutputRecord[] = [];
    for await (const r of extractFiles([FIXTURES])) lib.push(r);
    expect(lib.map((r) => ({ ...r, path: r.path.replace(`${ROOT}/`, '') }))).toEqual(cli.map((r) => ({ ...r, path: r.path.replace(`${ROOT}/`, '') })));
    const one = extractFile(join(FIXTURES, 'kk-turkistan-water.txt'));
    expect(one).toEqual(lib.find((r) => r.path.endsWith('kk-turkistan-water.txt')));
    const text = extract('Аким области Берик Уали выделил 658 млн тенге.', { path: 'x' }) as DocumentRecord;
    expect(text.mentions.map((m) => m.type)).toEqual(['position', 'person', 'money']);
  });
});
