import { parentPort, workerData } from 'node:worker_threads';
import { fromWorkerInit, type Task, type WorkerInit } from './pipeline.js';
import { runBatch } from './batch.js';

const init = workerData as WorkerInit;
const opts = fromWorkerInit(init);

parentPort!.on('message', (batch: Task[]) => {
  const output = runBatch(batch, opts, init.serialization);
  // The serialised bytes are handed over, not copied.
  parentPort!.postMessage(output, output.serialized.map((chunk) => chunk.buffer as ArrayBuffer));
});
