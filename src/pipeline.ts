import { statSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Source } from './discover/source.js';
import { decodeDocument, DEFAULT_MAX_BYTES, documentFields, failureRecord, type ReadOptions, type ReadResult } from './read/read.js';
import { ReadAhead } from './read/read-ahead.js';
import { fsPath } from './read/fs-path.js';
import type { ExtractOptions } from './document.js';
import { compilerFlagsChanged } from './extracted-here.js';
import type { MentionType, OutputRecord } from './schema/record.js';
import { spareBuffers } from './write/byte-sink.js';
import type { BatchOptions, BatchOutput, Serialization, Task } from './batch.js';

/**
 * The extraction code, loaded by the main thread only when it runs a batch itself (--jobs 1, a
 * small input, or a worker's batch redone): with workers it would only slow their start.
 */
const batchRunner = (): Promise<typeof import('./batch.js')> => import('./batch.js');
/**
 * One turn of the event loop before a batch runs on the main thread, so that what waits for one
 * (a signal's handler, the reading thread's texts, stdout's drain) is not put off to the end of the
 * run: in the CommonJS bundle every await between batches is a microtask.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface PipelineOptions extends BatchOptions {
  /** Worker threads; 1 runs extraction on the main thread. */
  readonly jobs: number;
  /** Told when a worker stops (out of memory on an outsized document) and its batch is redone on the main thread. */
  readonly onWorkerFailure?: (message: string) => void;
  /**
   * When workers start, V8's optimising compiler is set for many isolates that each compile the
   * same code: a smaller inlining budget, and, with a worker on every core, compilation on each
   * worker's own thread instead of on helper threads (see WorkerPool). It changes V8 flags of the
   * whole process, so the CLI sets it; a library caller keeps V8's defaults.
   */
  readonly tuneCompilerForWorkers?: boolean;
}

// Per-document messages cost more than the work: documents travel in batches.
const BATCH_TASKS = 64;
const BATCH_CHARS = 512 * 1024;

/**
 * Workers repay their start only on a large input: each compiles and warms up its own code (~1.7 s
 * of optimising compiler per isolate over the bench corpus), and on the 2-core development VM
 * --jobs 1 beat --jobs 2 on every input up to ~25 MB. Files are listed ahead until they come to this
 * many bytes or this many files; below both, the main thread extracts alone.
 * KZX_WORKERS_FROM_MB changes the size (0: workers whenever jobs > 1).
 */
const WORKERS_FROM_BYTES = (megabytesFromEnv('KZX_WORKERS_FROM_MB') ?? 16) * 2 ** 20;
const WORKERS_FROM_FILES = 8192;

/**
 * Reading ahead in a thread of its own also repays its start only after a while: its boot competes
 * with the compiler's warm-up for the second core. On the development VM, started with the first
 * batch it cost ~0.04 s over 4.9 MB of the bench corpus; it saves ~0.2 s over 12.5 MB and ~1 s over
 * 63 MB. It starts once the main thread has extracted this many bytes, and is sent batches once it
 * has booted; KZX_READ_AHEAD_FROM_MB changes the size (0: from the first batch).
 */
const READ_AHEAD_FROM_BYTES = (megabytesFromEnv('KZX_READ_AHEAD_FROM_MB') ?? 4) * 2 ** 20;

/** A size in megabytes set in the environment: undefined when unset or not a number ≥ 0. */
function megabytesFromEnv(name: string): number | undefined {
  const value = Number(process.env[name] ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The document on stdin, or undefined once it passes maxBytes (no more of it is read: `cat /dev/zero | kzx extract -` must end). */
export async function readStdin(maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, total);
}

/** Sources → tasks. Files are read later, in parallel with extraction: by the workers, or by the reading thread ahead of the main thread. */
export async function* tasksOf(sources: AsyncIterable<Source>, opts: ReadOptions): AsyncGenerator<Task> {
  for await (const src of sources) {
    if (src.kind === 'error') yield { error: failureRecord(src.path, src) };
    else if (src.kind === 'file') yield { file: src.path };
    else {
      const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
      const bytes = await readStdin(maxBytes);
      const read: ReadResult = bytes !== undefined ? decodeDocument('-', bytes, opts) : { ok: false, code: 'TOO_LARGE', message: `stdin is over --max-bytes ${maxBytes}` };
      yield read.ok ? { doc: { path: '-', text: read.text, ...documentFields(read) } } : { error: failureRecord('-', read) };
    }
  }
}

/**
 * How much input a run has, as far as workers are concerned: files past the thresholds ('large'),
 * files that end below them ('small'), or documents already in memory (NDJSON, stdin: a stream is not
 * read ahead, so workers start with the first full batch, as they would for a large input).
 */
type InputScale = 'large' | 'small' | 'streamed';

/**
 * The first tasks, listed before any is extracted, and the scale they show. Listing files and
 * reading their sizes is quick next to extracting them: on the bench corpus, the 5,400 files that
 * come to 16 MB are listed in ~100 ms and their sizes read in ~60 ms, where extracting them takes ~2 s.
 */
async function survey(tasks: AsyncIterator<Task>): Promise<{ listed: Task[]; scale: InputScale }> {
  const listed: Task[] = [];
  let bytes = 0;
  for (let next = await tasks.next(); next.done !== true; next = await tasks.next()) {
    const task = next.value;
    listed.push(task);
    if ('doc' in task) return { listed, scale: 'streamed' };
    if ('file' in task) bytes += sizeOf(task.file);
    if (bytes >= WORKERS_FROM_BYTES || listed.length >= WORKERS_FROM_FILES) return { listed, scale: 'large' };
  }
  return { listed, scale: 'small' };
}

/** A file's size, or 0 when it cannot be read: reading it reports the error. */
function sizeOf(path: string): number {
  try {
    return statSync(fsPath(path)).size;
  } catch {
    return 0;
  }
}

/** The surveyed tasks, then the rest; a run stopped early closes the source (the directory walk). */
async function* resume(listed: readonly Task[], rest: AsyncIterator<Task>): AsyncGenerator<Task> {
  yield* listed;
  yield* { [Symbol.asyncIterator]: () => rest };
}

/**
 * A batch on its way: started when it is made, finished when the run takes its output. Workers
 * extract as soon as they are sent a batch; the main thread extracts a batch only when the run
 * takes it, so the files of the batches after it are always being read ahead meanwhile.
 */
type BatchInFlight = () => Promise<BatchOutput>;

/**
 * Tasks → batch outputs, in input order. With jobs > 1 and a large input (see survey), batches go
 * to worker threads and at most 3 × jobs batches are in flight, so memory stays bounded whatever
 * the size of the corpus; one more than the workers hold, so a worker that is ahead is not kept
 * waiting by a slow batch elsewhere. A small input is extracted on the main thread, as with --jobs 1.
 */
export async function* runTasks(tasks: AsyncIterable<Task>, opts: PipelineOptions, serialization: Serialization): AsyncGenerator<BatchOutput> {
  const source = tasks[Symbol.asyncIterator]();
  const { listed, scale } = opts.jobs > 1 ? await survey(source) : { listed: [], scale: 'small' as const };
  // Workers start at once on a large input, booting while the rest is listed.
  let pool = scale === 'large' ? new WorkerPool(opts.jobs, opts, serialization) : undefined;
  // Without workers, files are read ahead in a thread of their own once the run has gone on for a while.
  let reader: ReadAhead | undefined;
  let bytesExtractedHere = 0;
  const inFlight: BatchInFlight[] = [];
  const maxInFlight = Math.max(2, opts.jobs * (BATCHES_PER_WORKER + 1));
  let batch: Task[] = [];
  let chars = 0;
  const runHere = (b: Task[], read?: ReadonlyArray<ReadResult | undefined>): Promise<BatchOutput> =>
    nextTurn()
      .then(batchRunner)
      .then(({ runBatch }) => {
        const out = runBatch(read !== undefined ? withFilesRead(b, read) : b, opts, serialization, true);
        bytesExtractedHere += out.bytes;
        return out;
      });
  const start = (b: Task[], full: boolean): BatchInFlight => {
    // Streamed documents: workers start with the first full batch; a single document is done before they would boot.
    if (full && scale === 'streamed') pool ??= new WorkerPool(opts.jobs, opts, serialization);
    if (pool) {
      const output = pool.run(b);
      return () => output;
    }
    if (bytesExtractedHere >= READ_AHEAD_FROM_BYTES) reader ??= new ReadAhead(opts);
    const paths = b.flatMap((t) => ('file' in t ? [t.file] : []));
    if (reader?.ready !== true || paths.length === 0) return () => runHere(b);
    const read = reader.read(paths);
    return () => read.then((files) => runHere(b, files));
  };
  const tasksLeft = resume(listed, source);
  // Documents that arrive as a stream (NDJSON lines) are written out when the stream pauses; files,
  // whose listing only pauses when the machine is busy, are not (tiny batches would each wait for the last).
  let streamed = scale === 'streamed';
  try {
    for (;;) {
      const next = await nextOrStall(tasksLeft, streamed && (batch.length > 0 || inFlight.length > 0));
      if (next === STALLED) {
        // The source has nothing for now (a long-lived filter fed at a trickle): what has come so far goes out.
        if (batch.length > 0) inFlight.push(start(batch, false));
        batch = [];
        chars = 0;
        while (inFlight.length > 0) yield await inFlight.shift()!();
        continue;
      }
      if (next.done === true) break;
      const task = next.value;
      if ('doc' in task) streamed = true;
      batch.push(task);
      chars += 'doc' in task ? task.doc.text.length : 2048;
      if (batch.length >= BATCH_TASKS || chars >= BATCH_CHARS) {
        inFlight.push(start(batch, true));
        batch = [];
        chars = 0;
        while (inFlight.length >= maxInFlight) yield await inFlight.shift()!();
      }
    }
    if (batch.length > 0) inFlight.push(start(batch, false));
    while (inFlight.length > 0) yield await inFlight.shift()!();
  } finally {
    // Closes the source (the directory walk); behind a request still waiting (stdin at a trickle), it is not waited for.
    const closing = tasksLeft.return(undefined).catch(() => undefined);
    if (!pendingNext.has(tasksLeft)) await closing;
    await Promise.all([pool?.close(), reader?.close()]);
  }
}

/**
 * How long the run waits for the next task, with work in hand, before writing out what it has: a
 * filter fed a line now and then writes each record well within 200 ms, while a full stream,
 * whose next task is always at hand, keeps its full batches.
 */
const STALL_MS = 50;
const STALLED = Symbol('stalled');
const NOT_YET = Symbol('not yet');

/** A task request pending from an earlier call that stalled: it is still the next task. */
const pendingNext = new WeakMap<AsyncIterator<Task>, Promise<IteratorResult<Task>>>();

/** The next task, or STALLED when `waitBriefly` and none comes within STALL_MS (ask again: the same request goes on). */
async function nextOrStall(tasks: AsyncIterator<Task>, waitBriefly: boolean): Promise<IteratorResult<Task> | typeof STALLED> {
  const next = pendingNext.get(tasks) ?? tasks.next();
  pendingNext.delete(tasks);
  if (!waitBriefly) return next;
  // Most tasks are at hand: a timer is set only when this one is not.
  const now = await Promise.race([next, Promise.resolve(NOT_YET)]);
  if (now !== NOT_YET) return now;
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<typeof STALLED>((resolve) => (timer = setTimeout(resolve, STALL_MS, STALLED)));
  const result = await Promise.race([next, stalled]);
  clearTimeout(timer);
  if (result === STALLED) pendingNext.set(tasks, next);
  return result;
}

/** The batch with each file's text where it was read ahead. */
function withFilesRead(batch: readonly Task[], files: ReadonlyArray<ReadResult | undefined>): Task[] {
  let next = 0;
  return batch.map((task) => {
    if (!('file' in task)) return task;
    const read = files[next++];
    return read !== undefined ? { file: task.file, read } : task;
  });
}

/** Records in input order: the library's streaming interface. */
export async function* extractStream(sources: AsyncIterable<Source>, opts: PipelineOptions): AsyncGenerator<OutputRecord> {
  for await (const out of runTasks(tasksOf(sources, opts), opts, 'records')) yield* out.records;
}

/** What a worker is sent: a batch, and buffers it may write the results into. */
export interface WorkerTask {
  batch: Task[];
  spare: Uint8Array[];
}
// A batch's output mostly fits one buffer.
const SPARE_PER_BATCH = 2;

/** What a worker is started with: the options, with the type set as an array so it can be cloned. */
export interface WorkerInit {
  opts: Omit<PipelineOptions, 'extract' | 'onWorkerFailure'> & { extract: Omit<ExtractOptions, 'types'> & { types?: MentionType[] } };
  serialization: Serialization;
}

function toWorkerInit(opts: PipelineOptions, serialization: Serialization): WorkerInit {
  // The callback stays on the main thread: functions cannot be sent to a worker.
  const {
    extract: { types, ...extract },
    onWorkerFailure: _mainThreadOnly,
    ...rest
  } = opts;
  return { opts: { ...rest, extract: { ...extract, ...(types ? { types: [...types] } : {}) } }, serialization };
}

export function fromWorkerInit(init: WorkerInit): PipelineOptions {
  const { types, ...extract } = init.opts.extract;
  return { ...init.opts, extract: { ...extract, ...(types ? { types: new Set(types) } : {}) } };
}

/**
 * Worker heap limits. A capped old generation keeps each worker near 80 MB instead of letting V8
 * grow it freely (peak RSS of --jobs 2: ~220 MB instead of ~320 MB, at the same speed). A 2 MB young
 * generation instead of 16 takes ~16 MB off each worker (peak RSS over 31 MB of the bench corpus,
 * workers forced: 186 → 168 MB at --jobs 2 and 263 → 226 MB at 4 with 8 MB; with 4 MB, 166 → 158 at
 * 2, 227 → 210 at 4 and 365 → 326 at 8; with 2 MB, 154 → 147, 204 → 199 and 320 → 299, ~25 MB a
 * worker) for no cost that callgrind can show (--jobs 2 over 3,000 documents, four pairs: 22.29–22.85 G
 * instructions with 4 MB, 22.19–23.08 G with 2).
 * KZX_WORKER_HEAP_MB changes the cap (0 is no heap: it keeps the default, as any value that is not a size does).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: megabytesFromEnv('KZX_WORKER_HEAP_MB') || 128 };

/**
 * Memory set aside for each worker when choosing the default --jobs: its whole heap at the caps above
 * and 24 MB for what an isolate holds outside it (code, stacks, buffers). Measured workers stay far
 * below (+25–26 MB each over the bench corpus, at 2 to 8 workers), so this is the worst case: a
 * worker whose old generation has filled. The main thread (~80 MB with workers, more when it redoes
 * a failed worker's batch of a large document) gets MAIN_THREAD_BYTES.
 */
const WORKER_BYTES = (WORKER_LIMITS.maxYoungGenerationSizeMb + WORKER_LIMITS.maxOldGenerationSizeMb + 24) * 2 ** 20;
const MAIN_THREAD_BYTES = 256 * 2 ** 20;

/**
 * The default --jobs: one worker per core, but no more than the free memory holds at WORKER_BYTES
 * each (so the default never runs a small machine, or a container with a memory limit, out of
 * memory), and at least 1 (the main thread alone).
 */
export function defaultJobs(cores = availableParallelism(), freeBytes = freeMemory()): number {
  return Math.max(1, Math.min(cores, Math.floor((freeBytes - MAIN_THREAD_BYTES) / WORKER_BYTES)));
}

/** The memory this process can still take: the machine's available memory, or less under a container's (cgroup) limit. */
function freeMemory(): number {
  const available = process.availableMemory();
  return Math.min(freemem(), available > 0 ? available : Number.POSITIVE_INFINITY);
}

/** A batch waiting for its output, with the promise to settle. */
interface PendingBatch {
  readonly batch: Task[];
  readonly resolve: (output: BatchOutput) => void;
  readonly reject: (err: Error) => void;
}

/** A worker and the batches sent to it, oldest first: it answers them in that order. */
interface WorkerSlot {
  readonly worker: Worker;
  readonly pending: PendingBatch[];
  /** It has returned a batch, so workers can start here. */
  answered: boolean;
}

/** The CLI's bundle starts workers from worker-boot.cjs, with a code cache (src/tools/bundle.ts defines this); the library from worker.js. */
declare const KZX_WORKER_ENTRY: string | undefined;
const WORKER_ENTRY = typeof KZX_WORKER_ENTRY === 'string' ? KZX_WORKER_ENTRY : './worker.js';

/**
 * Each worker holds up to two batches: when it finishes one the next is already in its port, so it
 * never waits for the main thread (busy writing, or not scheduled on a loaded machine) to send more.
 */
const BATCHES_PER_WORKER = 2;

/**
 * V8 flags for a run whose extraction is split among workers. Each isolate compiles the same hot
 * code for itself, and the optimising compiler was 30% of the instructions of an isolate that
 * extracts 3,000 documents (callgrind). Half of TurboFan's default inlining budget makes its code a
 * little slower (+3%) and its compiling a fifth cheaper: 5% fewer instructions in all over 3,000
 * documents, 2.3% over 10,000, a loss only past ~30,000 documents (~90 MB) per worker
 * (docs/performance-log.md, session 27). A run that starts no workers keeps V8's defaults: its
 * compiles run on an idle core, and it may read far more. With a worker on every core, V8's helper threads
 * have no idle core either: they take turns with the workers, and a worker runs unoptimised code
 * until its compilation comes back, so each worker compiles on its own thread (~6% less CPU and wall
 * time with two workers on two cores). Flags hold for the whole process; workers take them when
 * they start.
 */
function tuneCompilerForWorkers(workers: number): void {
  const v8 = process.getBuiltinModule('node:v8');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
  if (workers >= availableParallelism()) v8.setFlagsFromString('--no-concurrent-recompilation');
  // The inlining budget is one of the flags a code cache is made under.
  compilerFlagsChanged();
}

/**
 * A fixed set of worker threads; each batch goes to the least loaded one. A worker that dies (a
 * document too large for its capped heap) is replaced, and the batches it held are redone on the
 * main thread, whose heap is not capped, so the run goes on and no document is lost.
 */
class WorkerPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly queue: PendingBatch[] = [];
  private readonly init: WorkerInit;

  constructor(
    size: number,
    private readonly opts: PipelineOptions,
    private readonly serialization: Serialization,
  ) {
    this.init = toWorkerInit(opts, serialization);
    if (opts.tuneCompilerForWorkers === true) tuneCompilerForWorkers(size);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): WorkerSlot {
    // node:worker_threads is loaded here, when a thread starts: at start-up it cost ~5 ms of one small file's run.
    const worker = new (process.getBuiltinModule('node:worker_threads').Worker)(new URL(WORKER_ENTRY, import.meta.url), { workerData: this.init, resourceLimits: WORKER_LIMITS });
    // Referenced only while it has work: an idle pool never keeps the process alive.
    worker.unref();
    const slot: WorkerSlot = { worker, pending: [], answered: false };
    worker.on('message', (output: BatchOutput) => {
      slot.answered = true;
      const done = slot.pending.shift()!;
      if (slot.pending.length === 0) worker.unref();
      done.resolve(output);
      this.pump();
    });
    worker.once('error', (err: Error) => this.replace(slot, err));
    return slot;
  }

  /**
   * A worker stopped: its batches are redone on the main thread, and it is replaced if it had
   * returned a batch before. One that stopped before its first answer may not be able to start here
   * at all (a heap cap too small to boot in), so it is not replaced: that bounds the restarts, and
   * with no worker left the main thread does all the batches.
   */
  private replace(slot: WorkerSlot, err: Error): void {
    const lost = slot.pending.splice(0);
    slot.worker.removeAllListeners('message');
    void slot.worker.terminate();
    const at = this.slots.indexOf(slot);
    if (slot.answered) this.slots[at] = this.spawn();
    else this.slots.splice(at, 1);
    const docs = lost.reduce((n, p) => n + p.batch.length, 0);
    this.opts.onWorkerFailure?.(`a worker stopped (${err.message})${docs > 0 ? `; its ${docs} documents are redone on the main thread` : ''}`);
    for (const p of lost) this.runHere(p);
    this.pump();
  }

  private runHere(p: PendingBatch): void {
    batchRunner()
      .then(({ runBatch }) => p.resolve(runBatch(p.batch, this.opts, this.serialization, true)))
      .catch((e: unknown) => p.reject(e as Error));
  }

  run(batch: Task[]): Promise<BatchOutput> {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.slots.length === 0) for (const p of this.queue.splice(0)) this.runHere(p);
    while (this.queue.length > 0) {
      let slot = this.slots[0]!;
      for (const s of this.slots) if (s.pending.length < slot.pending.length) slot = s;
      if (slot.pending.length >= BATCHES_PER_WORKER) return;
      const task = this.queue.shift()!;
      if (slot.pending.length === 0) slot.worker.ref();
      slot.pending.push(task);
      // Buffers already written out go back with the batch, for the worker to fill again.
      const spare = spareBuffers.takeUpTo(SPARE_PER_BATCH);
      const message: WorkerTask = { batch: task.batch, spare };
      slot.worker.postMessage(
        message,
        spare.map((b) => b.buffer as ArrayBuffer),
      );
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
