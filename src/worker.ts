import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type Loaded } from './pipeline.js';
import type { ExtractOptions } from './document.js';
import type { MentionType } from './schema/record.js';

interface WorkerInit {
  extract: Omit<ExtractOptions, 'types'> & { types?: MentionType[] };
}

const init = workerData as WorkerInit;
const { types, ...rest } = init.extract;
const opts: ExtractOptions = { ...rest, ...(types ? { types: new Set(types) } : {}) };

parentPort!.on('message', (batch: Loaded[]) => {
  parentPort!.postMessage(processBatch(batch, opts));
});
