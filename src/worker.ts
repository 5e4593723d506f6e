import { parentPort, workerData } from 'node:worker_threads';
import { fromWorkerInit, type Task, type WorkerInit } from './pipeline.js';
import { runBatch } from './batch.js';

const init = workerData as WorkerInit;
const opts = fromWorkerInit(init);

parentPort!.on('message', (batch: Task[]) => {
  parentPort!.postMessage(runBatch(batch, opts, init.serialization));
});
