/**
 * `npm run bench`: generates a mixed Kazakh/Russian corpus (default 20,000 documents, ~40 MB; set
 * KZX_BENCH_DOCS to change), then measures in one run: a floor (read + decode + one regular
 * expression over the same files), `kzx extract --format ndjson -o FILE` with --jobs 1 and 2,
 * start-up, one small file, and a 5 MB single-line document. Prints documents/s, MB/s, peak RSS
 * and the ratio to the floor. A benchmark, not a test: nothing here fails on machine noise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './corpus-generator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kzx.js');
const WORK = join(ROOT, '.bench');
const DOCS = Number(process.env.KZX_BENCH_DOCS ?? 20_000);
const CORPUS = join(WORK, `corpus-${DOCS}`);

function generate(): { files: number; bytes: number } {
  if (!existsSync(CORPUS)) {
    mkdirSync(CORPUS, { recursive: true });
    for (let i = 0; i < DOCS; i++) {
      const dir = join(CORPUS, String(Math.floor(i / 1000)).padStart(3, '0'));
      if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `doc-${String(i).padStart(6, '0')}.txt`), generateArticle(i));
    }
  }
  let bytes = 0;
  let files = 0;
  for (const d of readdirSync(CORPUS)) for (const f of readdirSync(join(CORPUS, d))) {
    bytes += statSync(join(CORPUS, d, f)).size;
    files++;
  }
  return { files, bytes };
}

interface Timed {
  seconds: number;
  peakKb: number;
}

/** Wall time and peak RSS of a command, via GNU time when present. */
function timed(cmd: string, args: string[]): Timed {
  const hasTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const peakKb = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakKb };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const RUNS = Number(process.env.KZX_BENCH_RUNS ?? 3);

function repeat(cmd: string, args: string[]): Timed {
  const runs = Array.from({ length: RUNS }, () => timed(cmd, args));
  return { seconds: median(runs.map((r) => r.seconds)), peakKb: Math.max(...runs.map((r) => r.peakKb)) };
}

const floorScript = `
const fs = require('fs'), path = require('path');
let n = 0;
const re = /\\d+/g;
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
  const p = path.join(d, e.name);
  if (e.isDirectory()) walk(p); else { const t = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(p)); n += (t.match(re) || []).length; } } };
walk(process.argv[1]);
process.stdout.write(String(n));`;

function main(): void {
  mkdirSync(WORK, { recursive: true });
  const { files, bytes } = generate();
  const mb = bytes / 1e6;
  console.log(`corpus: ${files} documents, ${mb.toFixed(1)} MB (${CORPUS})`);
  const line = (name: string, t: Timed, floor?: number): void => {
    const ratio = floor !== undefined ? `, ${(t.seconds / floor).toFixed(1)}× the floor` : '';
    console.log(`${name.padEnd(22)} ${t.seconds.toFixed(2).padStart(7)} s  ${(files / t.seconds).toFixed(0).padStart(7)} docs/s  ${(mb / t.seconds).toFixed(2).padStart(6)} MB/s  peak RSS ${(t.peakKb / 1024).toFixed(0)} MB${ratio}`);
  };
  const floor = repeat(process.execPath, ['-e', floorScript, CORPUS]);
  line('floor (read+regex)', floor);
  const out = join(WORK, 'out.ndjson');
  const one = repeat(process.execPath, [BIN, 'extract', CORPUS, '--format', 'ndjson', '-o', out, '--jobs', '1', '--quiet']);
  line('kzx --jobs 1', one, floor.seconds);
  const two = repeat(process.execPath, [BIN, 'extract', CORPUS, '--format', 'ndjson', '-o', out, '--jobs', '2', '--quiet']);
  line('kzx --jobs 2', two, floor.seconds);
  console.log(`speed-up --jobs 2 / --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}×`);
  const version = repeat(process.execPath, [BIN, '--version']);
  console.log(`kzx --version: ${(version.seconds * 1000).toFixed(0)} ms`);
  const small = join(WORK, 'small.txt');
  writeFileSync(small, generateArticle(1));
  const single = repeat(process.execPath, [BIN, 'extract', small, '--quiet']);
  console.log(`kzx extract one small file: ${(single.seconds * 1000).toFixed(0)} ms`);
  const huge = join(WORK, 'one-line-5mb.txt');
  const unit = '2025 «Smart City» – Берик Уали 1 200 000 тенге, 35% - ';
  writeFileSync(huge, unit.repeat(Math.ceil(5_000_000 / unit.length)));
  const pathological = timed(process.execPath, [BIN, 'extract', huge, '--format', 'ndjson', '-o', join(WORK, 'huge.ndjson'), '--quiet', '--jobs', '1']);
  console.log(`5 MB single-line document: ${pathological.seconds.toFixed(2)} s, peak RSS ${(pathological.peakKb / 1024).toFixed(0)} MB`);
  rmSync(out, { force: true });
}

main();
