import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../src/tools/corpus-generator.js';
import { BIN, kzx } from './helpers/run.js';

/** The README's GNU parallel recipes, run with Debian's `parallel` (installed by .ci/run); skipped where it is absent. */
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
const KZX = `node ${BIN}`;

describe.skipIf(!hasParallel)('GNU parallel recipes (README)', () => {
  it("--pipe over NDJSON with -k gives one run's records in order, `path` aside", () => {
    // A malformed line becomes an error record and, with --allow-errors, no job fails (as Spark and Hadoop need).
    const input = `${Array.from({ length: 60 }, (_, i) => (i === 20 ? '{broken' : JSON.stringify({ id: `d${i}`, text: generateArticle(i) }))).join('\n')}\n`;
    const one = kzx(['extract', '--input', 'ndjson', '-', '--format', 'ndjson', '--quiet', '--allow-errors'], { input });
    expect(one.status).toBe(0);
    const merged = execFileSync('parallel', ['--will-cite', '--pipe', '-k', '-N', '7', '-j', '2', `${KZX} extract --input ndjson - --format ndjson --quiet --allow-errors`], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    // Each job numbers its own chunk's lines, so `path` (stdin:LINE) is the one field that differs.
    const withoutPath = (out: string): unknown[] =>
      out
        .trim()
        .split('\n')
        .map((line) => {
          const { path: _path, ...rest } = JSON.parse(line) as Record<string, unknown>;
          return rest;
        });
    expect(merged.trim().split('\n').length).toBe(60);
    expect(withoutPath(merged)).toEqual(withoutPath(one.stdout));
    expect(merged).toContain('"BAD_JSON"');
  }, 120_000);

  it('--shard {}/N jobs: the parts together are the lines of one run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-parallel-'));
    const corpus = join(dir, 'news');
    mkdirSync(corpus);
    for (let i = 0; i < 30; i++) writeFileSync(join(corpus, `a${String(i).padStart(2, '0')}.txt`), generateArticle(100 + i));
    const one = kzx(['extract', corpus, '--format', 'ndjson', '--quiet']);
    expect(one.status).toBe(0);
    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync('parallel', ['--will-cite', '-j', '3', `${KZX} extract ${corpus} --shard {}/3 --format ndjson -o ${out}/part-{}.ndjson --quiet`, ':::', '1', '2', '3']);
    const parts = readdirSync(out).flatMap((name) =>
      readFileSync(join(out, name), 'utf8')
        .split('\n')
        .filter((l) => l !== ''),
    );
    expect(parts.sort()).toEqual(
      one.stdout
        .split('\n')
        .filter((l) => l !== '')
        .sort(),
    );
  }, 120_000);
});
