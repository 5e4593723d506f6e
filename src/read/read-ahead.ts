import { Worker } from 'node:worker_threads';
import type { FileBytes, ReadFailure } from './file-bytes.js';

/** The largest file the reading thread reads; larger ones are read where they are extracted. */
export const AHEAD_MAX_FILE_BYTES = 64 * 1024;

export interface ReadingThreadInit {
  maxBytes: number;
}

/** Files to read, and a buffer already used, to fill again. */
export interface AheadRequest {
  paths: string[];
  buffer?: ArrayBuffer;
}

/** Per file: where its bytes end in the buffer (they start where the previous file's end), why it could not be read, or null: not read. */
export interface AheadReply {
  buffer: ArrayBuffer;
  files: Array<number | ReadFailure | null>;
}

/** A batch's files as read: undefined for a file left to the caller. Released once its bytes are no longer needed. */
export interface AheadBatch {
  readonly files: ReadonlyArray<FileBytes | undefined>;
  release(): void;
}

/**
 * Files read one batch ahead in a thread of their own, while the main thread extracts alone (--jobs
 * 1, or an input too small for workers). The system calls (open, fstat, read, close) were a sixth of
 * that thread's time; here they run on the other core. Batches are answered in the order they were
 * asked. Should the thread fail, every file not yet read is left to the caller, which reads it as
 * it would without this thread: nothing is lost.
 */
export class ReadAhead {
  private readonly worker: Worker;
  private readonly waiting: Array<(reply: AheadReply | undefined) => void> = [];
  private readonly spare: ArrayBuffer[] = [];
  private failed = false;

  constructor(maxBytes: number) {
    const init: ReadingThreadInit = { maxBytes };
    // It holds a few buffers outside its heap and allocates little inside it.
    this.worker = new Worker(new URL('./reading-thread.js', import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 } });
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

  read(paths: string[]): Promise<AheadBatch> {
    const reply = this.failed
      ? Promise.resolve(undefined)
      : new Promise<AheadReply | undefined>((settle) => {
          if (this.waiting.length === 0) this.worker.ref();
          this.waiting.push(settle);
          const buffer = this.spare.pop();
          const request: AheadRequest = { paths, ...(buffer !== undefined ? { buffer } : {}) };
          this.worker.postMessage(request, buffer !== undefined ? [buffer] : []);
        });
    return reply.then((r) => (r === undefined ? { files: paths.map(() => undefined), release: () => {} } : this.unpack(r)));
  }

  private unpack({ buffer, files }: AheadReply): AheadBatch {
    let start = 0;
    const read = files.map((file): FileBytes | undefined => {
      if (file === null) return undefined;
      if (typeof file !== 'number') return file;
      const bytes = Buffer.from(buffer, start, file - start);
      start = file;
      return { ok: true, bytes };
    });
    return { files: read, release: () => void this.spare.push(buffer) };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
