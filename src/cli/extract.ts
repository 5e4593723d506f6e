import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { colorsFor, type ColorWhen } from './color.js';
import { discover, discoverPatterns, GLOB_CHARS_RE } from '../discover/discover.js';
import type { Task } from '../batch.js';
import { defaultJobs, runTasks, tasksOf } from '../pipeline.js';
import { parseShard, shardSources, type Shard } from '../discover/shard.js';
import { Manifest } from '../discover/manifest.js';
import { conventionsOf, EXIT, VERSION } from './run-terms.js';
import { AtomicOutput, isClosedPipe, OutputError, outputPathProblem, realPathOfOutput, RecordWriter, serializationOf, type Format } from '../write/output.js';
import { isKnownEncoding } from '../read/decode.js';
import { DEFAULT_MAX_BYTES } from '../read/read.js';
import { printable } from './printable.js';
import type { ErrorRecord, MentionType } from '../schema/record.js';
import { MENTION_TYPES } from '../schema/contract.js';
import type { Lang } from '../lang/detect.js';
import { Progress } from './progress.js';
import { lexiconsOf, type LexiconCliOptions } from './lexicons.js';
import type { LoadedLexicon } from '../lexicon/load.js';

interface ExtractCliOptions extends LexiconCliOptions {
  format?: Format;
  out?: string;
  types?: string;
  lang?: Lang | 'auto';
  include?: string[];
  exclude?: string[];
  encoding?: string;
  maxBytes?: number;
  timeout?: number;
  jobs?: number;
  withText?: boolean;
  explain?: boolean;
  offsets?: 'utf16' | 'codepoint';
  bom?: boolean;
  errors?: string;
  allowErrors?: boolean;
  quiet?: boolean;
  input?: 'text' | 'ndjson';
  shard?: string;
  manifest?: string;
  full?: boolean;
  relativeDates?: boolean;
  durations?: 'date' | 'number';
  color?: ColorWhen;
  ages?: 'date' | 'number' | 'skip';
  groups?: boolean;
  measures?: 'number' | 'skip';
}

function parseTypes(spec: string | undefined): Set<MentionType> | undefined {
  if (spec === undefined) return undefined;
  const types = spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const bad = types.filter((t) => !(MENTION_TYPES as readonly string[]).includes(t));
  if (bad.length > 0) throw new Error(`unknown type ${bad.join(', ')} (choose from ${MENTION_TYPES.join(', ')})`);
  return new Set(types as MentionType[]);
}

/** `kzx extract`: returns the exit code (see EXIT). */
export async function runExtract(inputs: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = raw as ExtractCliOptions;
  const colors = colorsFor(opts.color ?? 'auto');
  const err = (msg: string): void => void process.stderr.write(`${colors.red('kzx: error:')} ${msg}\n`);
  let types: Set<MentionType> | undefined;
  let shard: Shard | undefined;
  let lexicons: LoadedLexicon[];
  try {
    types = parseTypes(opts.types);
    shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
    lexicons = await lexiconsOf(opts);
  } catch (e) {
    err((e as Error).message);
    return EXIT.usage;
  }
  if (inputs.length === 0) {
    err('no input: give files, directories, globs or - for stdin (see kzx extract --help)');
    return EXIT.usage;
  }
  const mistake = await usageMistake(inputs, opts);
  if (mistake !== undefined) {
    err(mistake);
    return EXIT.usage;
  }
  const format = opts.format ?? 'json';
  let out: AtomicOutput;
  let errorLog: AtomicOutput | undefined;
  try {
    out = new AtomicOutput(opts.out);
    errorLog = opts.errors !== undefined ? new AtomicOutput(opts.errors) : undefined;
  } catch (e) {
    err((e as Error).message);
    return EXIT.output;
  }
  const progress = new Progress(!opts.quiet && process.stderr.isTTY === true);
  const counts = new Map<string, number>();
  let docs = 0;
  let failed = 0;
  const t0 = performance.now();
  const failedPaths = new Set<string>();
  const manifest = opts.manifest !== undefined ? new Manifest(opts.manifest, VERSION, opts.full ?? false, opts.maxBytes ?? DEFAULT_MAX_BYTES) : undefined;
  // Failures are printed even with --quiet: a failed run never ends silently.
  const onError = async (rec: ErrorRecord): Promise<void> => {
    failed += 1;
    failedPaths.add(rec.path);
    progress.done();
    err(`${printable(rec.path)}: ${printable(rec.error.message)} [${rec.error.code}]`);
    await errorLog?.write(`${JSON.stringify(rec)}\n`);
  };
  const writer = new RecordWriter(out, format, { bom: opts.bom ?? false });
  // A signal ends the run here and now: the temporary files go, and nothing waits on work in flight
  // (a promise that never settles would otherwise let Node leave with exit code 0).
  const onSignal = (signal: NodeJS.Signals): void => {
    out.abort();
    errorLog?.abort();
    manifest?.discard();
    progress.done();
    err(`interrupted (${signal}): ${opts.out !== undefined ? `${printable(opts.out)} left as it was` : 'the output is incomplete'}`);
    process.exit(SIGNAL_EXIT[signal as keyof typeof SIGNAL_EXIT]);
  };
  for (const signal of Object.keys(SIGNAL_EXIT)) process.once(signal, onSignal);
  try {
    await writer.begin();
    const pipeline = {
      extract: {
        lang: opts.lang ?? 'auto',
        ...(types ? { types } : {}),
        withText: opts.withText ?? false,
        ...(opts.explain === true ? { explain: true } : {}),
        conventions: conventionsOf(opts),
        offsets: opts.offsets ?? 'utf16',
        lexicons,
      },
      jobs: opts.jobs ?? defaultJobs(),
      tuneCompilerForWorkers: true,
      onWorkerFailure: (message: string) => void process.stderr.write(`${colors.yellow('kzx: warning:')} ${message}\n`),
      ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout * 1000 } : {}),
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
    };
    let tasks: AsyncIterable<Task>;
    if (opts.input === 'ndjson') {
      // Loaded only here: it checks input lines with zod, which plain-text runs need not load.
      const { ndjsonTasks } = await import('../read/ndjson-input.js');
      tasks = concat(inputs.map((i) => ndjsonTasks(i, pipeline)));
    } else {
      // A total for the progress line, unless a shard or the manifest will leave some sources out.
      const onFound = shard === undefined && manifest === undefined ? (n: number) => progress.addFound(n) : undefined;
      let sources = discover(inputs, { include: opts.include, exclude: opts.exclude, ...(onFound ? { onFound } : {}) });
      if (shard !== undefined) sources = shardSources(sources, shard);
      if (manifest !== undefined) sources = manifest.filter(sources);
      tasks = tasksOf(sources, pipeline);
    }
    for await (const batch of runTasks(tasks, pipeline, serializationOf(format))) {
      docs += batch.docs;
      for (const e of batch.errors) await onError(e);
      for (const [type, n] of Object.entries(batch.counts)) counts.set(type, (counts.get(type) ?? 0) + n);
      await writer.write(batch);
      progress.tick(docs, batch.bytes);
    }
    await writer.end();
    // Both files complete before either replaces its target.
    await out.finish();
    await errorLog?.finish();
    out.publish();
    errorLog?.publish();
    manifest?.save(failedPaths);
  } catch (e) {
    out.abort();
    errorLog?.abort();
    manifest?.discard();
    progress.done();
    if (isClosedPipe(e)) return EXIT.ok;
    if (e instanceof OutputError) {
      err(printable(e.message));
      return EXIT.output;
    }
    throw e;
  } finally {
    for (const signal of Object.keys(SIGNAL_EXIT)) process.off(signal, onSignal);
    progress.done();
  }
  if (!opts.quiet) {
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    const byType = MENTION_TYPES.map((t) => `${t} ${counts.get(t) ?? 0}`).join(', ');
    const skipped = manifest !== undefined ? `, ${manifest.skipped} unchanged since the manifest` : '';
    process.stderr.write(`kzx: ${docs} documents found: ${docs - failed} extracted, ${failed} failed${skipped}; mentions: ${byType}; ${secs} s\n`);
  }
  return failed > 0 && !opts.allowErrors ? EXIT.failed : EXIT.ok;
}

/** Exit codes of the signals that end a run (128 + the signal number, as shells report them). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Mistakes found before any work: an output that cannot be a file we write (see outputPathProblem),
 * an output that the run would read back as input, an unknown encoding, --explain with a tabular format.
 */
async function usageMistake(inputs: readonly string[], opts: ExtractCliOptions): Promise<string | undefined> {
  if (opts.explain === true && (opts.format === 'csv' || opts.format === 'xlsx'))
    return `--explain needs --format json or ndjson: a ${opts.format} row has no place for a mention's explanation (see also kzx explain FILE)`;
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding)) return `unknown encoding '${opts.encoding}' (utf-8, utf-16le, utf-16be, windows-1251, koi8-r, rk1048, ...)`;
  const outputs = [opts.out, opts.errors, opts.manifest].filter((p): p is string => p !== undefined);
  for (const path of outputs) {
    const problem = outputPathProblem(path);
    if (problem !== undefined) return problem;
  }
  const real = outputs.map(realPathOfOutput);
  const twice = outputs.find((_, i) => real.indexOf(real[i]!) !== i);
  if (twice !== undefined) return `${twice} is given for two outputs (-o, --errors, --manifest)`;
  if (opts.input !== 'ndjson') {
    const inside = await outputReadBack(outputs, inputs, opts);
    if (inside !== undefined) return `${inside} is among the inputs: the run would read its own output; write it elsewhere or --exclude it`;
  }
  return undefined;
}

/** An output file that discovery would take as input (named itself, inside an input folder and matched by --include, or matched by an input glob). */
async function outputReadBack(outputs: readonly string[], inputs: readonly string[], opts: ExtractCliOptions): Promise<string | undefined> {
  for (const output of outputs) {
    const real = realPathOfOutput(output);
    for (const input of inputs) {
      if (input === '-') continue;
      let root: string;
      try {
        root = realpathSync(input);
      } catch {
        if (GLOB_CHARS_RE.test(input) && (await globTakes(input, output, opts))) return output;
        continue;
      }
      if (root === real) return output;
      const rel = relative(root, real);
      if (rel.startsWith('..') || isAbsolute(rel) || rel === '') continue;
      const { isTakenBelow } = await import('../discover/walk.js');
      if (isTakenBelow(rel.split(sep).join('/'), discoverPatterns(opts))) return output;
    }
  }
  return undefined;
}

/** Whether the glob `pattern` would take `output`, named as given or by its real path (the file need not exist yet: the next run would read it back). */
async function globTakes(pattern: string, output: string, opts: ExtractCliOptions): Promise<boolean> {
  const { isTakenByGlob } = await import('../discover/walk.js');
  const [given, real] = [resolve(output), realPathOfOutput(output)];
  const paths = isAbsolute(pattern) ? [given, real] : [relative(process.cwd(), given), relative(realpathSync(process.cwd()), real)];
  return isTakenByGlob(
    pattern,
    paths.map((p) => p.split(sep).join('/')),
    discoverPatterns(opts).ignore,
  );
}

async function* concat<T>(parts: ReadonlyArray<AsyncIterable<T>>): AsyncGenerator<T> {
  for (const p of parts) yield* p;
}
