import { availableParallelism } from 'node:os';
import { stringify } from 'csv-stringify/sync';
import { discover } from '../discover/discover.js';
import { runTasks, tasksOf, type PipelineOptions } from '../pipeline.js';
import { isErrorRecord } from '../schema/contract.js';
import { OfficialsIndex, type CorpusPost } from '../link/corpus.js';
import { AtomicOutput, isClosedPipe, type Format } from '../write/output.js';
import { neutralizeCell } from '../write/csv.js';

interface OfficialsCliOptions {
  format?: Format;
  out?: string;
  jobs?: number;
  quiet?: boolean;
}

/** `kzx officials`: one row per person key over the whole corpus. */
export async function runOfficials(inputs: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = raw as OfficialsCliOptions;
  if (inputs.length === 0) {
    process.stderr.write('kzx: error: no input (see kzx officials --help)\n');
    return 2;
  }
  const index = new OfficialsIndex();
  let failed = 0;
  const pipeline: PipelineOptions = {
    extract: {},
    jobs: opts.jobs ?? availableParallelism(),
    ...(opts.quiet ? {} : { onWorkerFailure: (message: string) => void process.stderr.write(`kzx: warning: ${message}\n`) }),
  };
  for await (const batch of runTasks(tasksOf(discover(inputs), pipeline), pipeline, 'records')) {
    for (const record of batch.records) {
      if (isErrorRecord(record)) {
        failed += 1;
        if (!opts.quiet) process.stderr.write(`kzx: error: ${record.path}: ${record.error.message} [${record.error.code}]\n`);
      } else index.add(record);
    }
  }
  const rows = index.rows();
  const format = opts.format ?? 'json';
  const dest = new AtomicOutput(opts.out);
  try {
    if (format === 'json') await dest.write(`${JSON.stringify(rows, null, 1)}\n`);
    else if (format === 'ndjson') for (const r of rows) await dest.write(`${JSON.stringify(r)}\n`);
    else {
      await dest.write(stringify([['key', 'names_kk', 'names_ru', 'names_en', 'posts', 'documents', 'mentions']]));
      for (const r of rows) {
        await dest.write(stringify([[r.key, (r.names.kk ?? []).join('; '), (r.names.ru ?? []).join('; '), (r.names.en ?? []).join('; '), r.posts.map(postCell).join('; '), String(r.documents), String(r.mentions)].map(neutralizeCell)]));
      }
    }
    await dest.commit();
  } catch (e) {
    dest.abort();
    if (isClosedPipe(e)) return 0;
    throw e;
  }
  if (!opts.quiet) process.stderr.write(`kzx: ${rows.length} officials from ${inputs.length} input(s); ${failed} documents failed\n`);
  return failed > 0 ? 1 : 0;
}

/** One post in a CSV cell: "akim/oblast: аким области | облыс әкімі (2026-02-10..2026-02-12, 3 documents, former)". */
function postCell(p: CorpusPost): string {
  const when = p.first !== undefined ? `${p.first}..${p.last ?? p.first}, ` : '';
  const flags = `${p.former ? ', former' : ''}${p.acting ? ', acting' : ''}`;
  return `${p.role !== undefined ? `${p.role}: ` : ''}${p.positions.join(' | ')} (${when}${p.documents} document${p.documents === 1 ? '' : 's'}${flags})`;
}
