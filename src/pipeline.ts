import { Worker } from 'node:worker_threads';
import type { Source } from './discover/discover.js';
import { decodeDocument, readDocument, type ReadOptions } from './read/read.js';
import { processDocument, type DocumentInput, type ExtractOptions } from './document.js';
import type { ErrorRecord, OutputRecord } from './schema/record.js';

export interface PipelineOptions extends ReadOptions {
  readonly extract: ExtractOptions;
  /** Worker threads; 1 runs extraction on the main thread. */
  readonly jobs: number;
}

/** One unit of work: a decoded document or an error that passes straight through. */
export type Loaded = { doc: DocumentInput } | { error: ErrorRecord };

// Per-document messages cost more than the work: send documents in batches.
const BATCH_DOCS = 64;
const BATCH_CHARS = 512 * 1024;

/** Sources → loaded documents (reading and decoding on the main thread). */
export async function* load(sources: AsyncIterable<Source>, opts: ReadOptions): AsyncGenerator<Loaded> {
  for await (const src of sources) {
    if (src.kind === 'error') {
      yield { error: { path: src.path, error: { code: src.code, message: src.message } } };
      continue;
    }
    const read = src.kind === 'stdin' ? decodeDocument('-', await readStdin(), opts) : await readDocument(src.path, opts);
    yield read.ok ? { doc: { path: src.path, text: read.text, encoding: read.encoding } } : { error: { path: src.path, error: { code: read.code, message: read.message } } };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Loaded documents → records, in input order. With jobs > 1, batches go to worker threads and at
 * most 2 × jobs batches are in flight, so memory stays bounded whatever the corpus size.
 */
export async function* extractLoaded(items: AsyncIterable<Loaded>, opts: PipelineOptions): AsyncGenerator<OutputRecord> {
  const pool = opts.jobs > 1 ? new WorkerPool(opts.jobs, opts.extract) : undefined;
  const inFlight: Array<Promise<OutputRecord[]>> = [];
  const maxInFlight = Math.max(2, opts.jobs * 2);
  let batch: Loaded[] = [];
  let chars = 0;
  const run = (b: Loaded[]): Promise<OutputRecord[]> => (pool ? pool.run(b) : Promise.resolve(processBatch(b, opts.extract)));
  try {
    for await (const item of items) {
      batch.push(item);
      chars += 'doc' in item ? item.doc.text.length : 0;
      if (batch.length >= BATCH_DOCS || chars >= BATCH_CHARS) {
        inFlight.push(run(batch));
        batch = [];
        chars = 0;
        while (inFlight.length >= maxInFlight) yield* await inFlight.shift()!;
      }
    }
    if (batch.length > 0) inFlight.push(run(batch));
    while (inFlight.length > 0) yield* await inFlight.shift()!;
  } finally {
    await pool?.close();
  }
}

export function processBatch(batch: readonly Loaded[], opts: ExtractOptions): OutputRecord[] {
  return batch.map((item) => {
    if ('error' in item) return item.error;
    try {
      return processDocument(item.doc, opts);
    } catch (err) {
      return { path: item.doc.path, error: { code: 'INTERNAL', message: `extractor failed: ${(err as Error).message}` } } satisfies ErrorRecord;
    }
  });
}

export const extractStream = (sources: AsyncIterable<Source>, opts: PipelineOptions): AsyncGenerator<OutputRecord> => extractLoaded(load(sources, opts), opts);

/** A fixed set of worker threads taking batches first come, first served. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Array<{ batch: Loaded[]; resolve: (r: OutputRecord[]) => void; reject: (e: Error) => void }> = [];

  constructor(size: number, extract: ExtractOptions) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { extract: { ...extract, types: extract.types ? [...extract.types] : undefined } } });
      w.unref();
      this.all.push(w);
      this.idle.push(w);
    }
  }

  run(batch: Loaded[]): Promise<OutputRecord[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const task = this.queue.shift()!;
      const onMessage = (records: OutputRecord[]): void => {
        w.off('error', onError);
        this.idle.push(w);
        task.resolve(records);
        this.pump();
      };
      const onError = (err: Error): void => {
        w.off('message', onMessage);
        task.reject(err);
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(task.batch);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}

