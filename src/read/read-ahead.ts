import type { Worker } from 'node:worker_threads';
import type { ReadOptions, ReadResult } from './read.js';

/** The largest file the reading thread reads; larger ones are read where they are extracted. */
export const AHEAD_MAX_FILE_BYTES = 64 * 1024;

export interface ReadingThreadInit {
  opts: ReadOptions;
  /** Set to 1 by the thread once it takes requests: shared memory, so the main thread sees it without an event. */
  up: Int32Array;
}

/** Per file of a batch: its text, why it could not be read, or undefined: left to the caller. */
export type AheadReply = Array<ReadResult | undefined>;

/**
 * Files read and decoded ahead in a thread of their own, while the main thread extracts alone
 * (--jobs 1, or an input too small for workers). Reading and decoding were a fifth of that thread's
 * time (the system calls alone a sixth); here they run on the other core, and only copying the
 * texts over is left to the main thread. Batches are answered in the order they were asked. Should
 * the thread fail, every file not yet read is left to the caller, which reads it as it would
 * without this thread: nothing is lost.
 */
export class ReadAhead {
  private readonly worker: Worker;
  private readonly waiting: Array<(reply: AheadReply | undefined) => void> = [];
  private failed = false;
  private readonly up = new Int32Array(new SharedArrayBuffer(4));

  constructor(opts: ReadOptions) {
    const init: ReadingThreadInit = { opts: { maxBytes: opts.maxBytes, encoding: opts.encoding }, up: this.up };
    // It holds one batch's texts at a time (at most 64 files of 64 KB): a small heap is enough.
    // Loaded when the thread starts, not at start-up (see pipeline.ts).
    this.worker = new (process.getBuiltinModule('node:worker_threads').Worker)(new URL('./reading-thread.js', import.meta.url), {
      workerData: init,
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 32 },
    });
    this.worker.unref();
    this.worker.on('message', (reply: AheadReply) => this.answer(reply));
    const fail = (): void => {
      this.failed = true;
      while (this.waiting.length > 0) this.answer(undefined);
    };
    this.worker.once('error', fail);
    this.worker.once('exit', fail);
  }

  private answer(reply: AheadReply | undefined): void {
    const settle = this.waiting.shift()!;
    if (this.waiting.length === 0) this.worker.unref();
    settle(reply);
  }

  /**
   * Whether the thread has booted (~70 ms on the development VM). Until then a caller reads its files
   * itself: a batch sent earlier would keep it waiting for the boot. A flag in shared memory, because
   * a main thread busy extracting may not turn to its event loop for many batches.
   */
  get ready(): boolean {
    return Atomics.load(this.up, 0) === 1;
  }

  /** Each file's text or failure, in order; undefined for a file left to the caller. */
  async read(paths: string[]): Promise<Array<ReadResult | undefined>> {
    const reply = this.failed
      ? undefined
      : await new Promise<AheadReply | undefined>((settle) => {
          if (this.waiting.length === 0) this.worker.ref();
          this.waiting.push(settle);
          this.worker.postMessage(paths);
        });
    return reply ?? paths.map(() => undefined);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
