import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { discover } from '../discover/discover.js';
import { defaultJobs, runTasks, tasksOf, type PipelineOptions } from '../pipeline.js';
import { isErrorRecord } from '../schema/record-helpers.js';
import { readDocument } from '../read/read.js';
import type { DocumentRecord } from '../schema/record.js';
import { ReportBuilder } from '../report/data.js';
import { renderReport } from '../report/page.js';
import { lexiconsOrReport, type LexiconCliOptions } from './lexicons.js';
import { EXIT } from './run-terms.js';
import { printable } from './printable.js';
import { reportOutputPathProblem, writeOutputFile } from './output-file.js';

interface ReportCliOptions extends LexiconCliOptions {
  out?: string;
  fromRecords?: boolean;
  title?: string;
  jobs?: number;
  quiet?: boolean;
}

/** `kzx report`: one self-contained HTML page over articles (extracted now) or records extracted before. */
export async function runReport(inputs: string[], raw: Record<string, unknown>): Promise<number> {
  const opts = raw as ReportCliOptions;
  const say = (msg: string): void => void (opts.quiet ? undefined : process.stderr.write(`kzx: ${msg}\n`));
  let failed = 0;
  // Printed even with --quiet, as extract and officials do: a failed run never ends silently.
  const fail = (msg: string): void => {
    failed += 1;
    process.stderr.write(`kzx: error: ${printable(msg)}\n`);
  };
  if (inputs.length === 0) {
    process.stderr.write('kzx: error: no input (see kzx report --help)\n');
    return EXIT.usage;
  }
  if (reportOutputPathProblem(opts.out)) return EXIT.usage;
  const builder = new ReportBuilder();
  if (opts.fromRecords) {
    for (const input of inputs) {
      for await (const item of recordsIn(input)) {
        if ('problem' in item) fail(item.problem);
        else builder.add(item.record, item.record.text ?? textFromFile(item.record));
      }
    }
  } else {
    const lexicons = await lexiconsOrReport(opts);
    if (lexicons === undefined) return EXIT.usage;
    const pipeline: PipelineOptions = { extract: { withText: true, lexicons }, jobs: opts.jobs ?? defaultJobs() };
    for await (const batch of runTasks(tasksOf(discover(inputs), pipeline), pipeline, 'records')) {
      for (const rec of batch.records) {
        if (isErrorRecord(rec)) fail(`${rec.path}: ${rec.error.message} [${rec.error.code}]`);
        else builder.add(rec);
      }
    }
  }
  const data = builder.build();
  const early = await writeOutputFile(opts.out, (dest) => dest.write(renderReport(data, opts.title)));
  if (early !== undefined) return early;
  say(`report of ${data.stats.documents} documents${opts.out ? ` written to ${opts.out}` : ''}; ${failed} failed`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Records from NDJSON (one per line) or a JSON array, each checked against the record schema;
 * error entries and lines that are not records are reported, not drawn.
 */
async function* recordsIn(file: string): AsyncGenerator<{ record: DocumentRecord } | { problem: string }> {
  const { DocumentRecordSchema } = await import('../schema/record.js');
  const check = (value: unknown, where: string): { record: DocumentRecord } | { problem: string } => {
    if (typeof value === 'object' && value !== null && 'error' in value) return { problem: `${where}: an error entry, no record` };
    const parsed = DocumentRecordSchema.safeParse(value);
    return parsed.success
      ? { record: parsed.data }
      : {
          problem: `${where}: not a record: ${parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || 'record'}: ${i.message}`)
            .join('; ')}`,
        };
  };
  const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  let array: string[] | undefined;
  for await (const line of lines) {
    n += 1;
    // A JSON array (kzx extract --format json) is read whole; NDJSON line by line.
    if (array !== undefined || (n === 1 && line.trimStart().startsWith('['))) {
      (array ??= []).push(line);
      continue;
    }
    if (line.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { problem: `${file}:${n}: not JSON: ${(e as Error).message}` };
      continue;
    }
    yield check(value, `${file}:${n}`);
  }
  if (array !== undefined) {
    let values: unknown;
    try {
      values = JSON.parse(array.join('\n'));
    } catch (e) {
      yield { problem: `${file}: not JSON: ${(e as Error).message}` };
      return;
    }
    if (!Array.isArray(values)) return;
    for (let i = 0; i < values.length; i++) yield check(values[i], `${file}[${i}]`);
  }
}

/**
 * A record without its text: the file at its path, read as extraction read it, when the mentions
 * still slice out of it (a file changed since would put the highlights in the wrong place).
 */
function textFromFile(rec: DocumentRecord): string | undefined {
  if (rec.path === '-') return undefined;
  const read = readDocument(rec.path);
  if (!read.ok) return undefined;
  const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
  // Offsets in code points (--offsets codepoint) slice the text's code points.
  const points = rec.provenance?.offsets === 'codepoint' ? Array.from(text) : undefined;
  const slice = (m: { start: number; end: number }): string => (points ? points.slice(m.start, m.end).join('') : text.slice(m.start, m.end));
  return rec.mentions.every((m) => slice(m) === m.text) ? text : undefined;
}
