import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { csvHeader } from './csv.js';
import { spareBuffers, type SerializedPart } from './byte-sink.js';
import type { OutputRecord } from '../schema/record.js';
import { isErrorRecord } from '../schema/contract.js';
import type { Serialization } from '../pipeline.js';
import type { XlsxRecordWriter } from './xlsx.js';

export type Format = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** What the workers hand back for a format: text in its layout, or whole records for a workbook (built on the thread that writes it). */
export const serializationOf = (format: Format): Serialization => (format === 'xlsx' ? 'records' : format);

const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * A destination that is written in full or not at all: a file goes to a temporary sibling and is
 * renamed over the target only on commit, so an interrupted run leaves the old file intact.
 */
export class AtomicOutput {
  private readonly stream: NodeJS.WritableStream;
  private readonly tmp?: string;
  private failure?: Error;

  constructor(private readonly target?: string) {
    if (target === undefined) {
      this.stream = process.stdout;
      // A reader that goes away ("kzx extract … | head") ends the run; the error surfaces on the next write.
      process.stdout.on('error', (err) => {
        this.failure = err;
      });
      return;
    }
    this.tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    // A deep buffer lets extraction go on while the disk write of the previous records is under way.
    this.stream = createWriteStream(this.tmp, { highWaterMark: WRITE_BUFFER_BYTES });
  }

  /** Write respecting back-pressure; `written` is called once the bytes have left (their memory may then be reused). */
  async write(chunk: string | Uint8Array, written?: () => void): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (chunk.length === 0) return;
    if (!this.stream.write(chunk, written)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    if (this.tmp === undefined) return;
    const ws = this.stream as WriteStream;
    ws.end();
    await once(ws, 'finish');
    renameSync(this.tmp, this.target!);
  }

  abort(): void {
    if (this.tmp === undefined) return;
    (this.stream as WriteStream).destroy();
    rmSync(this.tmp, { force: true });
  }
}

/** The reader of stdout went away (`| head`): a normal way for a pipeline to end, not an error. */
export const isClosedPipe = (err: unknown): boolean => (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

/** Writes serialised records in one of the formats; JSON streams its array element by element. */
export class RecordWriter {
  private count = 0;
  private xlsx?: XlsxRecordWriter;
  constructor(
    private readonly out: AtomicOutput,
    private readonly format: Format,
    private readonly opts: { bom?: boolean } = {},
  ) {}

  async begin(): Promise<void> {
    // exceljs is loaded only for a workbook.
    if (this.format === 'xlsx') this.xlsx = new (await import('./xlsx.js')).XlsxRecordWriter(this.out);
    if (this.format === 'json') await this.out.write('[');
    if (this.format === 'csv') await this.out.write(csvHeader(this.opts.bom ?? false));
  }

  /** A batch from `runTasks`: records already serialised, joined for this format and encoded, or (xlsx) the records. */
  async write(batch: { readonly serialized: readonly SerializedPart[]; readonly records: readonly OutputRecord[] }): Promise<void> {
    if (this.xlsx !== undefined) {
      for (const r of batch.records) if (!isErrorRecord(r)) this.xlsx.add(r);
      return;
    }
    const serialized = batch.serialized;
    if (serialized.length === 0) return;
    if (this.format === 'json') await this.out.write(this.count++ === 0 ? '\n' : ',\n');
    for (const part of serialized) {
      if (part instanceof Uint8Array) await this.writeChunk(part);
      else for (const chunk of part) await this.writeChunk(chunk);
    }
  }

  private writeChunk(chunk: Uint8Array): Promise<void> {
    return this.out.write(chunk, () => spareBuffers.give(chunk));
  }

  async end(): Promise<void> {
    await this.xlsx?.commit();
    if (this.format === 'json') await this.out.write(this.count === 0 ? ']\n' : '\n]\n');
  }
}
