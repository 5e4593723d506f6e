/**
 * Records the current evaluation figures as the baseline CI compares against:
 * node dist/tools/write-baseline.js NAME=DIR ... > eval-baseline.json
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headline } from '../cli/eval.js';
import type { EvalReport } from '../eval/score.js';

const out: Record<string, Record<string, number>> = {};
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split('=') as [string, string];
  const json = join(mkdtempSync(join(tmpdir(), 'kzx-baseline-')), 'eval.json');
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'kzx.js'), 'eval', dir, '--json', json], { stdio: ['ignore', 'ignore', 'inherit'] });
  out[name] = headline(JSON.parse(readFileSync(json, 'utf8')) as EvalReport);
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
