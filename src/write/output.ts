import { createWriteStream, fchmodSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, accessSync, constants, type Stats, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { csvHeader } from './csv.js';
import { spareBuffers, type SerializedPart } from './byte-sink.js';
import type { OutputRecord } from '../schema/record.js';
import { isErrorRecord } from '../schema/record-helpers.js';
import type { Serialization } from '../batch.js';
import type { XlsxRecordWriter } from './xlsx.js';

export type Format = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** What the workers hand back for a format: text in its layout, or whole records for a workbook (built on the thread that writes it). */
export const serializationOf = (format: Format): Serialization => (format === 'xlsx' ? 'records' : format);

const WRITE_BUFFER_BYTES = 1 << 20;

/** Plain words for the write errors a user can act on. */
const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for this file system or limit',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such folder',
  EIO: 'input/output error',
};

/** An output (the data, --errors, the manifest) could not be written: the run fails with its own exit code. */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    readonly errno: string | undefined,
    detail?: string,
  ) {
    super(`cannot write ${target}: ${detail ?? (errno !== undefined ? `${ERRNO_WORDS[errno] ?? errno} (${errno})` : 'write failed')}`);
  }
}

const asOutputError = (target: string, err: unknown): OutputError => {
  if (err instanceof OutputError) return err;
  const e = err as NodeJS.ErrnoException;
  return new OutputError(target, e.code, e.code === undefined ? e.message : undefined);
};

/**
 * Why `path` cannot be an output file, or undefined when it can: checked before any work, so a
 * usage mistake costs no run. The target must be a regular file or not exist (writing goes to a
 * temporary sibling renamed over it, which would replace a device, FIFO or link with a plain file),
 * in a folder that exists and can be written.
 */
export function outputPathProblem(path: string): string | undefined {
  const node = lstatOrUndefined(path);
  if (node?.isSymbolicLink()) return `${path} is a symbolic link: give the path of the file it points to`;
  if (node?.isDirectory()) return `${path} is a directory`;
  if (node !== undefined && !node.isFile()) return `${path} is not a regular file (a device, FIFO or socket): use shell redirection (> ${path}) instead`;
  const folder = dirname(path);
  const dir = (() => {
    try {
      return statSync(folder);
    } catch {
      return undefined;
    }
  })();
  if (dir === undefined) return `cannot write ${path}: folder ${folder} does not exist`;
  if (!dir.isDirectory()) return `cannot write ${path}: ${folder} is not a folder`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `cannot write ${path}: folder ${folder} is not writable`;
  }
  return undefined;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The real path of a file that may not exist yet (its folder's real path and its name). */
export function realPathOfOutput(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return join(realpathSync(dirname(path)), basename(path));
  }
}

/**
 * A destination that is written in full or not at all: a file goes to a temporary sibling and is
 * renamed over the target only on commit, so an interrupted or failed run leaves the old file
 * intact and no temporary file. A write error (a full disk) is kept and thrown as an OutputError
 * by the next write or the commit.
 */
export class AtomicOutput {
  private readonly stream: NodeJS.WritableStream;
  private readonly tmp?: string;
  private failure?: OutputError;
  private closedPipe?: Error;
  private finished = false;

  constructor(private readonly target?: string) {
    if (target === undefined) {
      this.stream = process.stdout;
      // A reader that goes away ("kzx extract … | head") ends the run; other errors (a full disk) fail it.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (isClosedPipe(err)) this.closedPipe = err;
        else this.failure ??= asOutputError('stdout', err);
      });
      return;
    }
    this.tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    let fd: number;
    try {
      fd = openSync(this.tmp, 'w', 0o644);
    } catch (err) {
      throw asOutputError(target, err);
    }
    // The file replaced keeps its permissions.
    const before = lstatOrUndefined(target);
    if (before?.isFile() === true) {
      try {
        fchmodSync(fd, Number(before.mode) & 0o7777);
      } catch {
        // Not the owner: the new file gets the default mode.
      }
    }
    // A deep buffer lets extraction go on while the disk write of the previous records is under way.
    const ws = createWriteStream(this.tmp, { fd, highWaterMark: WRITE_BUFFER_BYTES });
    ws.on('error', (err) => {
      this.failure ??= asOutputError(target, err);
    });
    this.stream = ws;
  }

  private get name(): string {
    return this.target ?? 'stdout';
  }

  /** Write respecting back-pressure; `written` is called once the bytes have left (their memory may then be reused). */
  async write(chunk: string | Uint8Array, written?: () => void): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.closedPipe !== undefined) throw this.closedPipe;
    if (chunk.length === 0) return;
    if (this.stream.write(chunk, written)) return;
    try {
      await once(this.stream, 'drain');
    } catch (err) {
      throw isClosedPipe(err) ? err : asOutputError(this.name, err);
    }
  }

  /** Flushes everything to the temporary file (or stdout); the target is not touched yet. */
  async finish(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.tmp === undefined) return;
    const ws = this.stream as WriteStream;
    try {
      // Settles also when the stream failed before this call (a full disk met by an earlier write).
      await finished(ws.end());
    } catch (err) {
      throw this.failure ?? asOutputError(this.name, err);
    }
    if (this.failure !== undefined) throw this.failure;
    this.finished = true;
  }

  /** Renames the finished temporary file over the target. */
  publish(): void {
    if (this.tmp === undefined) return;
    if (!this.finished) throw new Error('output published before it was finished');
    try {
      renameSync(this.tmp, this.target!);
    } catch (err) {
      throw asOutputError(this.name, err);
    }
  }

  async commit(): Promise<void> {
    await this.finish();
    this.publish();
  }

  /** Synchronous, so a signal handler can call it: the temporary file is gone when it returns. */
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
