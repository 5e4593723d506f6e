import { parentPort, workerData } from 'node:worker_threads';
import { runBatch, type PipelineOptions, type Serialization, type Task } from './pipeline.js';
import type { MentionType } from './schema/record.js';

interface WorkerInit {
  opts: Omit<PipelineOptions, 'extract'> & { extract: Omit<PipelineOptions['extract'], 'types'> & { types?: MentionType[] } };
  serialization: Serialization;
}

const init = workerData as WorkerInit;
const { types, ...extract } = init.opts.extract;
const opts: PipelineOptions = { ...init.opts, extract: { ...extract, ...(types ? { types: new Set(types) } : {}) } };

parentPort!.on('message', (batch: Task[]) => {
  parentPort!.postMessage(runBatch(batch, opts, init.serialization));
});
