import { parentPort, workerData } from 'node:worker_threads';
import { fromWorkerInit, type WorkerInit, type WorkerTask } from './pipeline.js';
import { runBatch } from './batch.js';
import { spareBuffers } from './write/byte-sink.js';

// For the bundle's code cache (bin/code-cache.cjs, through worker-boot.cjs): written once this worker has extracted a document.
export { codeCacheScope, onFirstDocumentHere } from './extracted-here.js';

const init = workerData as WorkerInit;
const opts = fromWorkerInit(init);

parentPort!.on('message', ({ batch, spare }: WorkerTask) => {
  for (const buffer of spare) spareBuffers.give(buffer);
  const output = runBatch(batch, opts, init.serialization);
  // The serialised bytes are handed over, not copied (a worker encodes every record at once: no part is EncodedLater).
  parentPort!.postMessage(
    output,
    output.serialized.map((chunk) => (chunk as Uint8Array).buffer as ArrayBuffer),
  );
});
