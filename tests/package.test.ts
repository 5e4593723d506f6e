import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

/** What `npm pack` would publish (npm test builds dist/ first). */
function packedFiles(): string[] {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
  const [pack] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>;
  return pack!.files.map((f) => f.path);
}

it('publishes what runs, with its licence, and no bench or corpus tools', { timeout: 60_000 }, () => {
  const files = packedFiles();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; main: string; bin: Record<string, string> };
  expect(pkg.license).toBe('MIT');
  expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  for (const needed of [
    'LICENSE',
    'README.md',
    'package.json',
    pkg.main,
    pkg.bin.kzx!,
    'dist/index.d.ts',
    'dist/worker.js',
    'dist/bundle/main.cjs',
    'dist/bundle/worker.js',
    'dist/bundle/worker-boot.cjs',
    'dist/bundle/worker.cjs',
    'dist/bundle/reading-thread.js',
    'dist/report/client.js',
    'schemas/record.schema.json',
    'schemas/record.validator.cjs',
  ]) {
    expect(files).toContain(needed);
  }
  expect(files.filter((f) => /^(?:src|tests|fixtures|docs|\.ci|dist\/tools)\//.test(f) || /bench|corpus-generator|mine-lexicons/.test(f))).toEqual([]);
  // Every relative import of the published code is published too.
  const published = new Set(files);
  const missing: string[] = [];
  let checked = 0;
  for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:from\s+|import\(\s*|require\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      checked += 1;
      const target = normalize(join(dirname(file), spec!));
      if (!published.has(target)) missing.push(`${file} → ${spec}`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(missing).toEqual([]);
});
