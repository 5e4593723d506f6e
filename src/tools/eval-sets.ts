/**
 * The development sets, each evaluated with the conventions of its own annotation guideline
 * (eval-sets.json), in one place for CI and for the baseline:
 *   node dist/tools/eval-sets.js check     # fail when a figure drops below eval-baseline.json
 *   node dist/tools/eval-sets.js baseline  # rewrite eval-baseline.json from the current figures
 * Sets whose folder is absent (no ../shared on this machine) are skipped with a line saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { headline } from '../cli/eval.js';
import type { EvalReport } from '../eval/score.js';

interface EvalSet {
  path: string;
  args: string[];
  /** Person → position pairs (NAME.rel.json) that score the officials, relative to the project. */
  rel?: string;
  why: string;
}

const root = resolve(import.meta.dirname, '..', '..');
const kzx = join(root, 'bin', 'kzx.cjs');
const sets = JSON.parse(readFileSync(join(root, 'eval-sets.json'), 'utf8')) as Record<string, EvalSet>;
const baselineFile = join(root, 'eval-baseline.json');
const mode = process.argv[2];
const argsOf = (set: EvalSet): string[] => [...set.args, ...(set.rel !== undefined && existsSync(resolve(root, set.rel)) ? ['--rel', resolve(root, set.rel)] : [])];
const present = Object.entries(sets).filter(([name, set]) => {
  const found = existsSync(resolve(root, set.path));
  if (!found) process.stderr.write(`${name}: ${set.path} not present, skipped\n`);
  return found;
});

if (mode === 'check') {
  let failed = false;
  for (const [name, set] of present) {
    process.stdout.write(`\n# ${name} ${argsOf(set).join(' ')}\n`);
    const run = spawnSync(process.execPath, [kzx, 'eval', resolve(root, set.path), ...argsOf(set), '--baseline', baselineFile, '--set', name], { stdio: 'inherit' });
    if (run.status !== 0) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
} else if (mode === 'baseline') {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, set] of present) {
    const json = join(mkdtempSync(join(tmpdir(), 'kzx-baseline-')), 'eval.json');
    execFileSync(process.execPath, [kzx, 'eval', resolve(root, set.path), ...argsOf(set), '--json', json], { stdio: ['ignore', 'ignore', 'inherit'] });
    out[name] = headline(JSON.parse(readFileSync(json, 'utf8')) as EvalReport);
  }
  writeFileSync(baselineFile, `${JSON.stringify(out, null, 2)}\n`);
} else {
  process.stderr.write('usage: eval-sets.js check|baseline\n');
  process.exitCode = 2;
}
