import { parentPort, workerData } from 'node:worker_threads';
import { readFileBytes } from './file-bytes.js';
import { AHEAD_MAX_FILE_BYTES, type AheadReply, type AheadRequest, type ReadingThreadInit } from './read-ahead.js';

const { maxBytes } = workerData as ReadingThreadInit;

/**
 * The reading thread: reads the files of a batch into one buffer, one after another, and hands the
 * buffer over. Files over AHEAD_MAX_FILE_BYTES are left for the extracting thread to read itself
 * (null), so a batch's buffer stays small.
 */
parentPort!.on('message', ({ paths, buffer }: AheadRequest) => {
  let pack = buffer !== undefined ? Buffer.from(buffer) : Buffer.allocUnsafeSlow(256 * 1024);
  let end = 0;
  const place = (size: number): Buffer | undefined => {
    if (size > AHEAD_MAX_FILE_BYTES) return undefined;
    if (end + size > pack.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(2 * pack.length, end + size));
      pack.copy(grown, 0, 0, end);
      pack = grown;
    }
    return pack.subarray(end, end + size);
  };
  const files = paths.map((path) => {
    const read = readFileBytes(path, maxBytes, place);
    if (read === undefined) return null;
    if (!read.ok) return read;
    // A file of unknown size was read in chunks elsewhere: it joins the buffer if it is small enough.
    if (read.bytes.buffer !== pack.buffer) {
      const at = place(read.bytes.length);
      if (at === undefined) return null;
      read.bytes.copy(at);
    }
    end += read.bytes.length;
    return end;
  });
  const reply: AheadReply = { buffer: pack.buffer as ArrayBuffer, files };
  parentPort!.postMessage(reply, [reply.buffer]);
});
