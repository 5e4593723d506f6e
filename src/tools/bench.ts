/**
 * `npm run bench`: generates a mixed Kazakh/Russian corpus (default 20,000 documents, ~60 MB; set
 * KZX_BENCH_DOCS to change), then measures in one run, in interleaved rounds (medians of
 * KZX_BENCH_RUNS, default 3): a floor (read + decode + one regular expression over the same files)
 * and `kzx extract --format ndjson -o FILE` with --jobs 1, 2 … os.availableParallelism() (and any
 * counts listed in KZX_BENCH_JOBS, e.g. "4,8", to see memory per worker on a small machine), plus
 * --jobs 1 confined to one core. For each: wall and CPU seconds (every thread: workers, the reading
 * thread, V8's compiler and collector threads), MB/s, CPU-seconds per MB, the main thread's share of
 * the CPU (read by a preloaded script from /proc/thread-self/stat as the process exits), peak RSS and
 * the ratio to the floor. Then start-up, one small file, a folder of 1,000 articles (default --jobs
 * against --jobs 1), a 5 MB single-line document and a 1 MB line of unclosed quotes. The load average
 * is printed with the figures: on a shared machine, compare CPU seconds. KZX_BENCH_SCALE=1 adds the
 * speed-up and the floor over the corpus listed 4 times (~240 MB), and peak RSS over ~100 MB and
 * ~1 GB (listed 2 and 17 times) with RSS sampled through each run.
 * A benchmark, not a test: nothing here fails on machine noise.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateArticle } from './corpus-generator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kzx.cjs');
const WORK = join(ROOT, '.bench');
const DOCS = Number(process.env.KZX_BENCH_DOCS ?? 20_000);
// The generator version is in the name, so a corpus written by an older generator is never reused.
const GENERATOR_VERSION = 3;
const CORPUS = join(WORK, `corpus-v${GENERATOR_VERSION}-${DOCS}`);

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
  for (const d of readdirSync(CORPUS))
    for (const f of readdirSync(join(CORPUS, d))) {
      bytes += statSync(join(CORPUS, d, f)).size;
      files++;
    }
  return { files, bytes };
}

interface Timed {
  seconds: number;
  /** User + system CPU seconds of every thread: less sensitive than wall time to a busy or throttled machine. */
  cpuSeconds: number;
  peakKb: number;
  /** Share of the CPU spent on the main thread, and on V8's and libuv's helper threads (compiler, collector), where the preload reported them. */
  mainShare?: number;
  helperShare?: number;
}

/**
 * Preloaded (`node -r`) into a kzx run whose threads are to be told apart: as the process exits,
 * once the workers have ended, it writes the CPU seconds of the whole process (dead threads
 * included), of the main thread (/proc/thread-self/stat) and of the threads still alive besides it
 * (V8's compiler and collector, libuv's pool). Workers and the reading thread are the rest.
 */
const cpuReportScript = `
const { isMainThread } = require('node:worker_threads');
if (isMainThread && process.env.KZX_BENCH_CPU_FILE) process.on('exit', () => {
  const fs = require('node:fs');
  const seconds = (stat) => { const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
  const main = seconds(fs.readFileSync('/proc/thread-self/stat', 'utf8'));
  let helpers = 0;
  for (const tid of fs.readdirSync('/proc/self/task')) if (Number(tid) !== process.pid) helpers += seconds(fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8'));
  const { user, system } = process.cpuUsage();
  fs.writeFileSync(process.env.KZX_BENCH_CPU_FILE, JSON.stringify({ total: (user + system) / 1e6, main, helpers }));
});`;
const CPU_REPORT = join(WORK, 'cpu-report.cjs');
const CPU_FILE = join(WORK, 'cpu-report.json');
const HAS_PROC = existsSync('/proc/thread-self/stat');

/** Wall time, CPU time and peak RSS of a command, via GNU time when present; threads' shares when the command preloads the CPU report. */
function timed(cmd: string, args: string[]): Timed {
  const hasTime = existsSync('/usr/bin/time');
  const reports = args.includes(CPU_REPORT);
  rmSync(CPU_FILE, { force: true });
  const env = reports ? { ...process.env, KZX_BENCH_CPU_FILE: CPU_FILE } : process.env;
  const t0 = performance.now();
  const r = hasTime ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env }) : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, env });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const [peakKb, user, sys] = hasTime ? r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [NaN, NaN, NaN];
  const timing: Timed = { seconds, cpuSeconds: user! + sys!, peakKb: peakKb! };
  if (reports && existsSync(CPU_FILE)) {
    const { total, main, helpers } = JSON.parse(readFileSync(CPU_FILE, 'utf8')) as { total: number; main: number; helpers: number };
    timing.mainShare = main / total;
    timing.helperShare = helpers / total;
  }
  return timing;
}

/**
 * A run with its resident memory read from /proc (Linux) every 100 ms: the peak (VmHWM) and the
 * highest sample in each tenth of the run, so growth with the corpus shows as a trend, apart from
 * a single spike.
 */
async function sampled(cmd: string, args: string[]): Promise<{ seconds: number; peakKb: number; tenthsKb: number[] } | undefined> {
  if (!existsSync('/proc/self/status')) return undefined;
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: 'ignore' });
  const samples: number[] = [];
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      samples.push(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The run ended between two samples.
    }
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  if (code !== 0 && code !== 1) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${code}`);
  const tenthsKb = Array.from({ length: 10 }, (_, k) => Math.max(0, ...samples.slice(Math.floor((k * samples.length) / 10), Math.floor(((k + 1) * samples.length) / 10))));
  return { seconds: (performance.now() - t0) / 1000, peakKb, tenthsKb };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const RUNS = Number(process.env.KZX_BENCH_RUNS ?? 3);
// util-linux's, to confine a run to one core; the line is left out where it is missing.
const TASKSET = '/usr/bin/taskset';
const STARTUP_ROUNDS = 11;

const medianOf = (runs: readonly Timed[], share: 'mainShare' | 'helperShare'): { [k in typeof share]?: number } => {
  const shares = runs.flatMap((r) => (r[share] !== undefined ? [r[share]] : []));
  return shares.length > 0 ? { [share]: median(shares) } : {};
};
const summarise = (runs: readonly Timed[]): Timed => ({
  seconds: median(runs.map((r) => r.seconds)),
  cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
  peakKb: Math.max(...runs.map((r) => r.peakKb)),
  ...medianOf(runs, 'mainShare'),
  ...medianOf(runs, 'helperShare'),
});
const repeat = (cmd: string, args: string[]): Timed => summarise(Array.from({ length: RUNS }, () => timed(cmd, args)));

/** Commands run in turn, round after round, so a machine that slows down mid-bench slows all of them alike. */
function interleaved(commands: ReadonlyArray<[string, string[]]>, rounds = RUNS): Timed[] {
  const runs: Timed[][] = commands.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [k, [cmd, args]] of commands.entries()) runs[k]!.push(timed(cmd, args));
  return runs.map(summarise);
}

const floorScript = `
const fs = require('fs'), path = require('path');
let n = 0;
const re = /\\d+/g;
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
  const p = path.join(d, e.name);
  if (e.isDirectory()) walk(p); else { const t = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(p)); n += (t.match(re) || []).length; } } };
for (const dir of process.argv.slice(1)) walk(dir);
process.stdout.write(String(n));`;

/**
 * The machine's own ceiling for the speed-up: an allocation-heavy loop (objects, strings and arrays
 * kept for a while, as extraction does) timed in one worker thread and in two at once. Cores that
 * share caches and memory bandwidth can run such code slower two at a time even when pure
 * arithmetic scales perfectly; kzx can only come nearer to 2× by allocating less.
 */
const scalingScript = `
const { Worker } = require('worker_threads');
const work = 'const t = performance.now(); let keep = []; for (let r = 0; r < 16; r++) { keep = []; for (let i = 0; i < 200000; i++) keep.push({ a: i, b: "x" + i, c: [i, i + 1] }); } require("worker_threads").parentPort.postMessage(performance.now() - t);';
const run = (n) => Promise.all(Array.from({ length: n }, () => new Promise((done) => new Worker(work, { eval: true }).once('message', done))));
(async () => { const one = await run(1); const two = await run(2); process.stdout.write(String((2 * one[0]) / Math.max(...two))); })();`;

function machineSpeedUp(): number {
  const ratios = Array.from({ length: RUNS }, () => {
    const r = spawnSync(process.execPath, ['-e', scalingScript], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the two-thread reference loop failed: ${r.stderr}`);
    return Number(r.stdout);
  });
  return median(ratios);
}

/** The load average, printed with every group of figures: on a shared machine they mean little without it. */
const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

/** --jobs counts to measure: 1 to the machine's cores, and any listed in KZX_BENCH_JOBS. */
function jobCounts(): number[] {
  const extra = (process.env.KZX_BENCH_JOBS ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const upToCores = Array.from({ length: Math.max(2, availableParallelism()) }, (_, i) => i + 1);
  return [...new Set([...upToCores, ...extra])].sort((a, b) => a - b);
}

/**
 * What bounds the speed-up on a machine with many cores: each isolate (the main thread, or a worker)
 * pays a fixed cost before it runs at its steady rate (starting, loading the rules, running them
 * unoptimised until V8 has compiled them, and the compiling itself), and a run over N workers costs
 * about that cost plus 1/N of the steady work (both in CPU seconds of every thread, so the
 * estimate is a little low where V8's helper threads find idle cores). Estimated from --jobs 1
 * over the first two folders of the corpus (2,000 documents) and over the whole: the steady rate
 * is the CPU of the documents after the first 2,000, the fixed cost what the first 2,000 took
 * beyond it.
 */
function warmUpModel(whole: Timed, mb: number, extract: (jobs: number, inputs: string[]) => [string, string[]]): void {
  const all = readdirSync(CORPUS).sort();
  // The steady rate needs documents after the first two folders, and then enough of them to be a rate.
  if (all.length < 4) {
    console.log(`one isolate: not estimated (a corpus of ${all.length} folder(s); it needs 4 or more, KZX_BENCH_DOCS ≥ 4000)`);
    return;
  }
  const folders = all.slice(0, 2);
  const partMb = folders.reduce((sum, d) => sum + readdirSync(join(CORPUS, d)).reduce((s, f) => s + statSync(join(CORPUS, d, f)).size, 0), 0) / 1e6;
  const part = repeat(
    ...extract(
      1,
      folders.map((d) => join(CORPUS, d)),
    ),
  );
  const steady = (whole.cpuSeconds - part.cpuSeconds) / (mb - partMb);
  const fixed = part.cpuSeconds - steady * partMb;
  const estimate = (n: number): string => `${n} ${(whole.seconds / (fixed + (steady * mb) / n)).toFixed(1)}×`;
  console.log(
    `one isolate: ${fixed.toFixed(2)} CPU s fixed (start, warm-up, compiling; --jobs 1 over ${partMb.toFixed(1)} MB took ${part.cpuSeconds.toFixed(2)} s), then ${steady.toFixed(4)} CPU s/MB; so N workers on N idle cores would be about this much faster than --jobs 1 over this corpus: ${[4, 8, 16, 32].map(estimate).join(', ')}`,
  );
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  writeFileSync(CPU_REPORT, cpuReportScript);
  const { files, bytes } = generate();
  const mb = bytes / 1e6;
  console.log(`corpus: ${files} documents, ${mb.toFixed(1)} MB (${CORPUS}); ${availableParallelism()} cores; ${load()}`);
  const timesFloor = (t: Timed, floor: Timed): string => `${(t.seconds / floor.seconds).toFixed(1)}× the floor`;
  const pct = (share: number | undefined): string => (share !== undefined ? `${(share * 100).toFixed(1)}%` : '–');
  console.log(
    `${'run'.padEnd(24)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'MB/s'.padStart(7)} ${'CPU s/MB'.padStart(9)} ${'main'.padStart(6)} ${'V8/uv'.padStart(6)} ${'peak RSS'.padStart(9)}  vs floor`,
  );
  const line = (name: string, t: Timed, floor?: Timed): void => {
    const ratio = floor !== undefined ? timesFloor(t, floor) : '';
    console.log(
      `${name.padEnd(24)} ${t.seconds.toFixed(2).padStart(7)} ${t.cpuSeconds.toFixed(2).padStart(7)} ${(mb / t.seconds).toFixed(2).padStart(7)} ${(t.cpuSeconds / mb).toFixed(4).padStart(9)} ${pct(t.mainShare).padStart(6)} ${pct(t.helperShare).padStart(6)} ${`${(t.peakKb / 1024).toFixed(0)} MB`.padStart(9)}  ${ratio}`,
    );
  };
  const out = join(WORK, 'out.ndjson');
  const kzxArgs = (jobs: number, inputs: string[]): string[] => [BIN, 'extract', ...inputs, '--format', 'ndjson', '-o', out, '--jobs', String(jobs), '--quiet'];
  const extract = (jobs: number, inputs: string[] = [CORPUS]): [string, string[]] => [process.execPath, kzxArgs(jobs, inputs)];
  // The same run with the CPU report preloaded: the main thread's share of the CPU.
  const reported = (jobs: number): [string, string[]] => [process.execPath, [...(HAS_PROC ? ['-r', CPU_REPORT] : []), ...kzxArgs(jobs, [CORPUS])]];
  const floorOf = (inputs: string[]): [string, string[]] => [process.execPath, ['-e', floorScript, ...inputs]];
  // --jobs 1 also keeps the second core busy (reading ahead, V8's compiler and collector), so the
  // speed-up over it understates what a second core buys; pinned to one core it is the one-core baseline.
  const [node, oneJobArgs] = extract(1);
  const oneCore: Array<[string, string[]]> = existsSync(TASKSET) ? [[TASKSET, ['-c', '0', node, ...oneJobArgs]]] : [];
  const counts = jobCounts();
  const [floor, ...rest] = interleaved([floorOf([CORPUS]), ...counts.map(reported), ...oneCore]);
  const byJobs = new Map(counts.map((n, i) => [n, rest[i]!]));
  const pinned = oneCore.length > 0 ? rest.at(-1) : undefined;
  line('floor (read+regex)', floor!);
  for (const [n, t] of byJobs) line(`kzx --jobs ${n}`, t, floor);
  if (pinned) line('kzx --jobs 1, one core', pinned, floor);
  console.log(
    `(${load()}; CPU s: user + system of every thread; main, V8/uv: shares of the CPU on the main thread and on V8's and libuv's helper threads, the rest being workers and the reading thread)`,
  );
  const one = byJobs.get(1)!;
  for (const [n, t] of byJobs) {
    if (n === 1) continue;
    const extraCpu = (t.cpuSeconds / one.cpuSeconds - 1) * 100;
    const extraRss = (t.peakKb - one.peakKb) / 1024;
    const signed = (x: number, digits: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
    console.log(`--jobs ${n} / --jobs 1: ${(one.seconds / t.seconds).toFixed(2)}× faster, ${signed(extraCpu, 1)}% CPU per MB, peak RSS ${signed(extraRss, 0)} MB`);
  }
  warmUpModel(one, mb, extract);
  const two = byJobs.get(2)!;
  const overPinned = pinned ? `; --jobs 2 over --jobs 1 on one core: ${(pinned.seconds / two.seconds).toFixed(2)}×` : '';
  console.log(`this machine's own speed-up for allocation-heavy code in two threads: ${machineSpeedUp().toFixed(2)}×${overPinned}`);
  // Memory must not grow with the corpus: the same files listed 2 and 17 times (~100 MB and ~1 GB). Opt-in: minutes.
  if (process.env.KZX_BENCH_SCALE === '1') {
    // Each worker compiles and warms up its own code (~1.7 s of optimising compiler per isolate), a
    // fixed cost that a 60 MB run does not amortise: the speed-up again over four times the corpus.
    const long = Array.from({ length: 4 }, () => CORPUS);
    const [longFloor, longOne, longTwo] = interleaved([floorOf(long), extract(1, long), extract(2, long)]) as [Timed, Timed, Timed];
    const rate = (t: Timed): string => `${((mb * 4) / t.seconds).toFixed(2)} MB/s`;
    console.log(
      `over ${(mb * 4).toFixed(0)} MB: floor ${rate(longFloor)}, --jobs 1 ${rate(longOne)} (${timesFloor(longOne, longFloor)}), --jobs 2 ${rate(longTwo)} (${timesFloor(longTwo, longFloor)}), speed-up ${(longOne.seconds / longTwo.seconds).toFixed(2)}×`,
    );
    for (const times of [2, 17]) {
      const run = extract(
        2,
        Array.from({ length: times }, () => CORPUS),
      );
      // Without /proc, the peak alone.
      const t = (await sampled(...run)) ?? { ...timed(...run), tenthsKb: [] };
      const mbOf = (kb: number): string => (kb / 1024).toFixed(0);
      const trend = t.tenthsKb.length > 0 ? `; RSS by tenth of the run (MB): ${t.tenthsKb.map(mbOf).join(' ')}` : '';
      console.log(`--jobs 2 over ${(mb * times).toFixed(0)} MB: ${t.seconds.toFixed(1)} s, ${((mb * times) / t.seconds).toFixed(2)} MB/s, peak RSS ${mbOf(t.peakKb)} MB${trend}`);
    }
  }
  // Node's own start-up, measured alongside: on a busy machine both move together. Start-up is
  // short and noisy, so it gets more rounds.
  const small = join(WORK, 'small.txt');
  writeFileSync(small, generateArticle(1));
  // NODE_EXTRA_CA_CERTS makes Node load every root certificate before it runs any code (~70 ms CPU
  // here, 420 M instructions): where it is set, start-up is measured without it too.
  const withoutCaCerts = (args: string[]): [string, string[]] => ['/usr/bin/env', ['-u', 'NODE_EXTRA_CA_CERTS', process.execPath, ...args]];
  const caCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined && existsSync('/usr/bin/env');
  const [version, single, bare, singleNoCa, bareNoCa] = interleaved(
    [
      [process.execPath, [BIN, '--version']],
      [process.execPath, [BIN, 'extract', small, '--quiet']],
      [process.execPath, ['-e', '0']],
      ...(caCerts ? [withoutCaCerts([BIN, 'extract', small, '--quiet']), withoutCaCerts(['-e', '0'])] : []),
    ],
    STARTUP_ROUNDS,
  ) as [Timed, Timed, Timed, Timed?, Timed?];
  const ms = (t: Timed): string => `${(t.seconds * 1000).toFixed(0)} ms (${(t.cpuSeconds * 1000).toFixed(0)} ms CPU, ${(t.peakKb / 1024).toFixed(0)} MB)`;
  console.log(`kzx extract one small file: ${ms(single)}; kzx --version: ${ms(version)}; node -e 0: ${ms(bare)}; ${load()}`);
  if (singleNoCa !== undefined && bareNoCa !== undefined) console.log(`  the same without NODE_EXTRA_CA_CERTS (set here): one small file ${ms(singleNoCa)}; node -e 0: ${ms(bareNoCa)}`);
  // An analyst's folder: too small to repay a worker's start, so the default --jobs should take what --jobs 1 takes.
  const folder = join(CORPUS, '000');
  const folderFiles = readdirSync(folder);
  const folderMb = folderFiles.reduce((sum, f) => sum + statSync(join(folder, f)).size, 0) / 1e6;
  const byDefault: [string, string[]] = [process.execPath, [BIN, 'extract', folder, '--format', 'ndjson', '-o', out, '--quiet']];
  const [folderDefault, folderOne] = interleaved([byDefault, extract(1, [folder])]) as [Timed, Timed];
  const secs = (t: Timed): string => `${t.seconds.toFixed(2)} s, ${(t.peakKb / 1024).toFixed(0)} MB`;
  console.log(`a folder of ${folderFiles.length} articles (${folderMb.toFixed(1)} MB): default --jobs ${secs(folderDefault)} (--jobs 1: ${secs(folderOne)})`);
  const huge = join(WORK, 'one-line-5mb.txt');
  const unit = '2025 «Smart City» – Берик Уали 1 200 000 тенге, 35% - ';
  writeFileSync(huge, unit.repeat(Math.ceil(5_000_000 / unit.length)));
  // Medians, like the rest: the targets are medians, and one run lands in whatever minute it lands.
  const pathological = repeat(process.execPath, [BIN, 'extract', huge, '--format', 'ndjson', '-o', join(WORK, 'huge.ndjson'), '--quiet', '--jobs', '1']);
  console.log(`5 MB single-line document: ${pathological.seconds.toFixed(2)} s, peak RSS ${(pathological.peakKb / 1024).toFixed(0)} MB`);
  // Opening quotes and dashes with no word or closing quote: a rule that reads ahead to a closing quote from every quote is quadratic here.
  const quotes = join(WORK, 'quotes-1mb.txt');
  writeFileSync(quotes, '« – '.repeat(250_000));
  const unclosed = repeat(process.execPath, [BIN, 'extract', quotes, '--format', 'ndjson', '-o', join(WORK, 'quotes.ndjson'), '--quiet', '--jobs', '1']);
  console.log(`1 MB line of unclosed quotes and dashes: ${unclosed.seconds.toFixed(2)} s`);
  rmSync(out, { force: true });
}

await main();
