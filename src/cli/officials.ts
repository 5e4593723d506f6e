import { stringify } from 'csv-stringify/sync';
import { discover } from '../discover/discover.js';
import { defaultJobs, runTasks, tasksOf, type PipelineOptions } from '../pipeline.js';
import { isErrorRecord } from '../schema/record-helpers.js';
import { OfficialsIndex } from '../link/corpus.js';
import type { Format } from '../write/output.js';
import { EXIT } from './run-terms.js';
import { reportOutputPathProblem, writeOutputFile } from './output-file.js';
import { printable } from './printable.js';
import { neutralizeCell } from '../write/csv.js';
import { OFFICIALS_TABLE_COLUMNS, officialsTable } from '../write/officials-table.js';
import { lexiconsOrReport, type LexiconCliOptions } from './lexicons.js';

interface OfficialsCliOptions extends LexiconCliOptions {
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
    return EXIT.usage;
  }
  if (reportOutputPathProblem(opts.out)) return EXIT.usage;
  const lexicons = await lexiconsOrReport(opts);
  if (lexicons === undefined) return EXIT.usage;
  const index = new OfficialsIndex();
  let failed = 0;
  const pipeline: PipelineOptions = {
    extract: { lexicons },
    jobs: opts.jobs ?? defaultJobs(),
    ...(opts.quiet ? {} : { onWorkerFailure: (message: string) => void process.stderr.write(`kzx: warning: ${message}\n`) }),
  };
  for await (const batch of runTasks(tasksOf(discover(inputs), pipeline), pipeline, 'records')) {
    for (const record of batch.records) {
      if (isErrorRecord(record)) {
        failed += 1;
        // Printed even with --quiet: a failed run never ends silently.
        process.stderr.write(`kzx: error: ${printable(record.path)}: ${printable(record.error.message)} [${record.error.code}]\n`);
      } else index.add(record);
    }
  }
  const rows = index.rows();
  const format = opts.format ?? 'json';
  const early = await writeOutputFile(opts.out, async (dest) => {
    if (format === 'json') await dest.write(`${JSON.stringify(rows, null, 1)}\n`);
    else if (format === 'ndjson') for (const r of rows) await dest.write(`${JSON.stringify(r)}\n`);
    else if (format === 'csv') {
      await dest.write(stringify([[...OFFICIALS_TABLE_COLUMNS]]));
      for (const row of officialsTable(rows)) {
        await dest.write(
          stringify([
            OFFICIALS_TABLE_COLUMNS.map((c) => {
              const v = row[c];
              return v === undefined ? '' : typeof v === 'number' || typeof v === 'boolean' ? String(v) : neutralizeCell(v);
            }),
          ]),
        );
      }
    } else await (await import('../write/xlsx.js')).writeOfficialsXlsx(dest, officialsTable(rows));
  });
  if (early !== undefined) return early;
  if (!opts.quiet) process.stderr.write(`kzx: ${rows.length} officials from ${inputs.length} input(s); ${failed} documents failed\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
