import { documentFields, failureRecord, readDocument, type ReadOptions, type ReadResult } from './read/read.js';
import { extractionSteps, finishDocument, installLexiconsOf, prepareDocument, type DocumentInput, type ExtractOptions, type PreparedDocument } from './document.js';
import { DeadlineExceeded, withDeadline } from './extract/deadline.js';
import type { ErrorRecord, Mention, MentionType, OutputRecord } from './schema/record.js';
import { isErrorRecord } from './schema/record-helpers.js';
import { csvRows } from './write/csv.js';
import { ByteSink, EncodedLater, type SerializedPart } from './write/byte-sink.js';
import { isLongRecord, recordJsonPieces, writeRecordJson } from './write/json.js';
import { documentDoneHere, hasExtractedHere } from './extracted-here.js';

/** How workers hand results back: whole records (library use) or text already serialised for a format. */
export type Serialization = 'records' | 'json' | 'ndjson' | 'csv';

/** What a batch needs of the pipeline's options: how to read, how to extract, how long a document may take. */
export interface BatchOptions extends ReadOptions {
  readonly extract: ExtractOptions;
  /** A document whose extraction takes longer (milliseconds) is a TIMEOUT error entry; none when undefined. */
  readonly timeoutMs?: number;
}

/** One unit of work: a file (to read, or read ahead), a document already in memory, or an error passed through. */
export type Task = FileTask | { doc: DocumentInput } | { error: ErrorRecord };
export type FileTask = { file: string } | { file: string; read: ReadResult };

/**
 * The result of one batch, in input order: the records themselves ('records'), or their text in the
 * format's layout, encoded as UTF-8 in a few buffers — NDJSON lines, JSON array elements separated
 * by ",\n", CSV rows — so a batch crosses from a worker as transferred memory and is written as it
 * is. Error entries are listed too (CSV has no text for them: they go to stderr).
 */
export interface BatchOutput {
  readonly records: readonly OutputRecord[];
  readonly serialized: readonly SerializedPart[];
  readonly docs: number;
  /** Bytes of the documents read (their text in UTF-8 for documents given as text). */
  readonly bytes: number;
  readonly counts: Partial<Record<MentionType, number>>;
  readonly errors: readonly ErrorRecord[];
}

/**
 * Read (if needed), extract and serialise one batch. Runs in a worker or on the main thread; on the
 * thread that writes the output, `encodeLongLater` leaves a very long record to be encoded as it is
 * written (see EncodedLater).
 *
 * The batch goes through each phase before the next (read, prepare, extract, finish, serialise),
 * not document by document: a news article is a few kilobytes, and going from one phase's code and
 * tables to the next at every document costs cache misses (docs/performance-log.md, session 31). A
 * document that fails in a phase gets its error record there and skips the rest.
 */
export function runBatch(batch: readonly Task[], opts: BatchOptions, serialization: Serialization, encodeLongLater = false): BatchOutput {
  let bytes = 0;
  const docs: InFlight[] = batch.map((task) => {
    if ('error' in task) return { record: task.error, spentMs: 0 };
    const doc = 'doc' in task ? { ok: true as const, doc: task.doc, bytes: Buffer.byteLength(task.doc.text) } : load(task, opts);
    if (!doc.ok) return { record: doc.error, spentMs: 0 };
    bytes += doc.bytes;
    return { doc: doc.doc, spentMs: 0 };
  });
  installLexiconsOf(opts.extract);
  const out = new BatchSerializer(serialization, encodeLongLater);
  // The first document this thread extracts goes through every phase and is written before the others
  // start: the CLI writes its code cache then (extracted-here.ts), which should hold what one small file
  // needs, not what a batch compiled.
  const alone = hasExtractedHere() ? 0 : docs.findIndex((d) => d.record === undefined) + 1;
  for (const part of [docs.slice(0, alone), docs.slice(alone)]) {
    const prepared = part.map((d) => inPhase(d, opts, (doc) => prepareDocument(doc, opts.extract)));
    const found = extractAll(part, prepared, opts);
    // A document with no record yet is finished here; one that failed in a phase has its error record.
    for (let k = 0; k < part.length; k++) out.add(inPhase(part[k]!, opts, () => finishDocument(prepared[k]!, found[k]!, opts.extract)) ?? part[k]!.record!);
  }
  return out.finish(bytes);
}

/**
 * The rules' mentions of each document, all documents taken through one stage of extraction before
 * the next (extractionSteps); undefined for a document that failed, which has its error record.
 */
function extractAll(part: readonly InFlight[], prepared: readonly (PreparedDocument | undefined)[], opts: BatchOptions): (Mention[] | undefined)[] {
  const steps = part.map((d, k) => inPhase(d, opts, () => extractionSteps(prepared[k]!, opts.extract)));
  const found: (Mention[] | undefined)[] = new Array(part.length).fill(undefined);
  for (let pending = true; pending; ) {
    pending = false;
    for (let k = 0; k < part.length; k++) {
      const stepper = steps[k];
      if (stepper === undefined || found[k] !== undefined) continue;
      const step = inPhase(part[k]!, opts, () => stepper.next());
      if (step === undefined) steps[k] = undefined;
      else if (step.done === true) found[k] = step.value;
      else pending = true;
    }
  }
  return found;
}

/** A document of a batch between phases: its input and the time its phases took, until one gives it a record (or an error record). */
interface InFlight {
  readonly doc?: DocumentInput;
  spentMs: number;
  record?: OutputRecord;
}

/**
 * One phase of one document, within what is left of its --timeout; undefined once the document has
 * a record. A failure (a timeout, an extractor's exception) becomes its error record.
 */
function inPhase<T>(d: InFlight, opts: BatchOptions, work: (doc: DocumentInput) => T): T | undefined {
  const doc = d.doc;
  if (d.record !== undefined || doc === undefined) return undefined;
  const started = opts.timeoutMs === undefined ? 0 : performance.now();
  try {
    return withDeadline(opts.timeoutMs === undefined ? undefined : opts.timeoutMs - d.spentMs, () => work(doc));
  } catch (err) {
    const meta = doc.meta ? { meta: doc.meta } : {};
    if (err instanceof DeadlineExceeded) d.record = { path: doc.path, ...meta, error: { code: 'TIMEOUT', message: `extraction took longer than --timeout ${opts.timeoutMs! / 1000} s` } };
    else d.record = { path: doc.path, ...meta, error: { code: 'INTERNAL', message: `extractor failed: ${(err as Error).message}` } };
    return undefined;
  } finally {
    if (opts.timeoutMs !== undefined) d.spentMs += performance.now() - started;
  }
}

/** The batch's records, in the serialisation asked for, with their counts. */
class BatchSerializer {
  private readonly records: OutputRecord[] = [];
  private readonly parts: SerializedPart[] = [];
  private sink = new ByteSink();
  private serialized = 0;
  private added = 0;
  private readonly errors: ErrorRecord[] = [];
  private readonly counts: Partial<Record<MentionType, number>> = {};

  constructor(
    private readonly serialization: Serialization,
    private readonly encodeLongLater: boolean,
  ) {}

  add(record: OutputRecord): void {
    this.added++;
    if (isErrorRecord(record)) this.errors.push(record);
    else {
      for (const m of record.mentions) this.counts[m.type] = (this.counts[m.type] ?? 0) + 1;
    }
    if (this.serialization === 'records') this.records.push(record);
    else if (this.serialization === 'csv') {
      if (!isErrorRecord(record)) this.sink.write(csvRows(record));
    } else {
      if (this.serialization === 'json' && this.serialized++ > 0) this.sink.write(',\n');
      if (this.encodeLongLater && isLongRecord(record)) {
        this.parts.push(...this.sink.chunks(), new EncodedLater(() => recordJsonPieces(record)));
        this.sink = new ByteSink();
      } else writeRecordJson(this.sink, record);
      if (this.serialization === 'ndjson') this.sink.write('\n');
    }
    // A document extracted and written: a file that could not be read has run none of the rules.
    if (!isErrorRecord(record)) documentDoneHere();
  }

  finish(bytes: number): BatchOutput {
    this.parts.push(...this.sink.chunks());
    return { records: this.records, serialized: this.parts, docs: this.added, bytes, counts: this.counts, errors: this.errors };
  }
}

/** A file task's document: as read ahead, or read now. */
function load(task: FileTask, opts: ReadOptions): { ok: true; doc: DocumentInput; bytes: number } | { ok: false; error: ErrorRecord } {
  const path = task.file;
  const read = 'read' in task ? task.read : readDocument(path, opts);
  return read.ok ? { ok: true, doc: { path, text: read.text, ...documentFields(read) }, bytes: read.bytes } : { ok: false, error: failureRecord(path, read) };
}
