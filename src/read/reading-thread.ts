import { parentPort, workerData } from 'node:worker_threads';
import { readFileBytes, type Placement } from './file-bytes.js';
import { DEFAULT_MAX_BYTES, documentOf } from './read.js';
import { AHEAD_MAX_FILE_BYTES, type AheadReply, type ReadingThreadInit } from './read-ahead.js';

const { opts, up } = workerData as ReadingThreadInit;
const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

const SCRATCH = Buffer.allocUnsafeSlow(AHEAD_MAX_FILE_BYTES);
/** Files over the limit are left for the extracting thread (undefined), so no message carries a huge text. */
const scratchIfItFits: Placement = (size) => (size <= SCRATCH.length ? SCRATCH : undefined);

/** The reading thread: reads and decodes the files of a batch, one after another, and sends back their texts. */
parentPort!.on('message', (paths: string[]) => {
  const reply: AheadReply = paths.map((path) => {
    const read = readFileBytes(path, maxBytes, scratchIfItFits);
    // A file of unknown size (read in chunks) is decoded here only if it is small enough.
    return read === undefined || (read.ok && read.bytes.length > SCRATCH.length) ? undefined : documentOf(path, read, opts);
  });
  parentPort!.postMessage(reply);
});
Atomics.store(up, 0, 1);
