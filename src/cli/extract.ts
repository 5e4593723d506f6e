import { availableParallelism } from 'node:os';
import { createWriteStream } from 'node:fs';
import chalk from 'chalk';
import { discover } from '../discover/discover.js';
import { runTasks, tasksOf, type Task } from '../pipeline.js';
import { parseShard, shardSources, type Shard } from '../discover/shard.js';
import { Manifest } from '../discover/manifest.js';
import { conventionsOf, VERSION } from './main.js';
import { AtomicOutput, isClosedPipe, RecordWriter, type Format } from '../write/output.js';
import type { ErrorRecord, MentionType } from '../schema/record.js';
import { MENTION_TYPES } from '../schema/contract.js';
import type { Lang } from '../lang/detect.js';
import { Progress } from './progress.js';

interface ExtractCliOptions {
  format?: Format;
  out?: string;
  types?: string;
  lang?: Lang | 'auto';
  include?: string[];
  exclude?: string[];
  encoding?: string;
  maxBytes?: number;
  jobs?: number;
  withText?: boolean;
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
  groups?: boolean;
}

function parseTypes(spec: string | undefined): Set<MentionType> | undefined {
  if (spec === undefined) return undefined;
  const types = spec.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const bad = types.filter((t) => !(MENTION_TYPES as readonly string[]).includes(t));
  if (bad.length > 0) throw new Error(`unknown type ${bad.join(', ')} (choose from ${MENTION_TYPES.join(', ')})`);
  return new Set(types as MentionType[]);
}

/** `kzx extract`: returns the exit code (0 all extracted, 1 some failed, 2 usage error). */
export async function runExtract(inputs: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = raw as ExtractCliOptions;
  const err = (msg: string): void => void process.stderr.write(`${chalk.red('kzx: error:')} ${msg}\n`);
  let types: Set<MentionType> | undefined;
  try {
    types = parseTypes(opts.types);
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  let shard: Shard | undefined;
  try {
    shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  if (inputs.length === 0) {
    err('no input: give files, directories, globs or - for stdin (see kzx extract --help)');
    return 2;
  }
  const format = opts.format ?? 'json';
  const out = new AtomicOutput(opts.out);
  const errorLog = opts.errors !== undefined ? createWriteStream(opts.errors) : undefined;
  const progress = new Progress(!opts.quiet && process.stderr.isTTY === true);
  const counts = new Map<string, number>();
  let docs = 0;
  let failed = 0;
  const t0 = performance.now();
  const failedPaths = new Set<string>();
  const manifest = opts.manifest !== undefined ? new Manifest(opts.manifest, VERSION, opts.full ?? false) : undefined;
  const onError = (rec: ErrorRecord): void => {
    failed += 1;
    failedPaths.add(rec.path);
    if (!opts.quiet) err(`${rec.path}: ${rec.error.message} [${rec.error.code}]`);
    errorLog?.write(`${JSON.stringify(rec)}\n`);
  };
  const writer = new RecordWriter(out, format, { bom: opts.bom ?? false });
  let interrupted = false;
  const onSigint = (): void => {
    interrupted = true;
  };
  process.once('SIGINT', onSigint);
  try {
    await writer.begin();
    const pipeline = {
      extract: { lang: opts.lang ?? 'auto', ...(types ? { types } : {}), withText: opts.withText ?? false, conventions: conventionsOf(opts) },
      jobs: opts.jobs ?? availableParallelism(),
      ...(opts.quiet ? {} : { onWorkerFailure: (message: string) => void process.stderr.write(`${chalk.yellow('kzx: warning:')} ${message}\n`) }),
      ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
    };
    let tasks: AsyncIterable<Task>;
    if (opts.input === 'ndjson') {
      // Loaded only here: it checks input lines with zod, which plain-text runs need not load.
      const { ndjsonTasks } = await import('../read/ndjson-input.js');
      tasks = concat(inputs.map((i) => ndjsonTasks(i)));
    }
    else {
      // A total for the progress line, unless a shard or the manifest will leave some sources out.
      const onFound = shard === undefined && manifest === undefined ? (n: number) => progress.addFound(n) : undefined;
      let sources = discover(inputs, { include: opts.include, exclude: opts.exclude, ...(onFound ? { onFound } : {}) });
      if (shard !== undefined) sources = shardSources(sources, shard);
      if (manifest !== undefined) sources = manifest.filter(sources);
      tasks = tasksOf(sources, pipeline);
    }
    for await (const batch of runTasks(tasks, pipeline, format)) {
      if (interrupted) break;
      docs += batch.docs;
      for (const e of batch.errors) onError(e);
      for (const [type, n] of Object.entries(batch.counts)) counts.set(type, (counts.get(type) ?? 0) + n);
      await writer.write(batch.serialized);
      progress.tick(docs, batch.bytes);
    }
    if (interrupted) {
      out.abort();
      err('interrupted: nothing written');
      return 130;
    }
    await writer.end();
    await out.commit();
    manifest?.save(failedPaths);
  } catch (e) {
    out.abort();
    if (isClosedPipe(e)) return 0;
    err((e as Error).message);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    progress.done();
    errorLog?.end();
  }
  if (!opts.quiet) {
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    const byType = MENTION_TYPES.map((t) => `${t} ${counts.get(t) ?? 0}`).join(', ');
    const skipped = manifest !== undefined ? `, ${manifest.skipped} unchanged since the manifest` : '';
    process.stderr.write(`kzx: ${docs} documents found: ${docs - failed} extracted, ${failed} failed${skipped}; mentions: ${byType}; ${secs} s\n`);
  }
  return failed > 0 && !opts.allowErrors ? 1 : 0;
}

async function* concat<T>(parts: ReadonlyArray<AsyncIterable<T>>): AsyncGenerator<T> {
  for (const p of parts) yield* p;
}
