import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { OutputRecord } from '../schema/record.js';
import { isErrorRecord } from '../schema/record.js';
import { csvHeader, csvRows } from './csv.js';

export type Format = 'json' | 'ndjson' | 'csv';

/**
 * A destination that is written in full or not at all: a file goes to a temporary sibling and is
 * renamed over the target only on commit, so an interrupted run leaves the old file intact.
 */
export class AtomicOutput {
  private readonly stream: NodeJS.WritableStream;
  private readonly tmp?: string;

  constructor(private readonly target?: string) {
    if (target === undefined) {
      this.stream = process.stdout;
      return;
    }
    this.tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.tmp);
  }

  /** Write respecting back-pressure. */
  async write(chunk: string): Promise<void> {
    if (chunk.length === 0) return;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
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

/** Serialises records in one of the formats; JSON streams its array element by element. */
export class RecordWriter {
  private count = 0;
  constructor(
    private readonly out: AtomicOutput,
    private readonly format: Format,
    private readonly opts: { bom?: boolean; onCsvError?: (rec: OutputRecord) => void } = {},
  ) {}

  async begin(): Promise<void> {
    if (this.format === 'json') await this.out.write('[');
    if (this.format === 'csv') await this.out.write(csvHeader(this.opts.bom ?? false));
  }

  async write(rec: OutputRecord): Promise<void> {
    if (this.format === 'ndjson') return this.out.write(`${JSON.stringify(rec)}\n`);
    if (this.format === 'json') return this.out.write(`${this.count++ === 0 ? '\n' : ',\n'}${JSON.stringify(rec)}`);
    if (isErrorRecord(rec)) return this.opts.onCsvError?.(rec);
    return this.out.write(csvRows(rec));
  }

  async end(): Promise<void> {
    if (this.format === 'json') await this.out.write(this.count === 0 ? ']\n' : '\n]\n');
  }
}
