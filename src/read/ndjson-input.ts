import { open } from 'node:fs/promises';
import { z } from 'zod';
import type { Task } from '../batch.js';
import type { ErrorCode, ErrorRecord } from '../schema/record.js';
import { DEFAULT_MAX_BYTES } from './read.js';

/** An error entry's message for a field: missing, or of the wrong kind (zod's own "Invalid input" says neither). */
const fieldError =
  (kind: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `missing (${kind})` : `must be ${kind}`;

/** One input line: `{"id": ..., "text": ..., "lang"?: ..., "date"?: ..., "meta"?: {...}}`. */
export const InputLineSchema = z.object(
  {
    id: z.union([z.string().min(1, { error: 'must not be empty' }), z.number()], { error: fieldError('a non-empty string or a number') }).transform(String),
    text: z.string({ error: fieldError("a string, the document's text") }),
    lang: z.enum(['kk', 'ru', 'en'], { error: 'must be "kk", "ru" or "en"' }).optional(),
    date: z
      .string({ error: 'must be a string' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
      .optional(),
    meta: z.record(z.string(), z.unknown(), { error: 'must be an object' }).optional(),
  },
  { error: 'not a document: a line must be a JSON object with "id" and "text"' },
);

/**
 * `meta` is carried into the record and serialised with it (and copied to worker threads): a value
 * nested thousands deep would make that fail far from this line, so it is refused here.
 */
export const MAX_META_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `limit` (arrays and objects); stops descending at the limit. */
function deeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (deeperThan(v, limit - 1)) return true;
  return false;
}

/** A line of bytes, or a line over the size limit (its length only: it is not kept). */
type Line = Buffer | { tooLong: number };

/**
 * The lines of a byte stream, split on LF only (a lone CR is not a line break in NDJSON; a CR
 * before the LF is dropped). A line longer than `maxBytes` is skipped as it streams past, so one
 * huge line costs no more memory than the limit.
 */
export async function* byteLines(input: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const take = (piece: Buffer): void => {
    length += piece.length;
    if (tooLong) return;
    if (length > maxBytes) {
      tooLong = true;
      parts = [];
    } else if (piece.length > 0) parts.push(piece);
  };
  const end = (): Line => {
    const line: Line = tooLong ? { tooLong: length } : parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    tooLong = false;
    if (line instanceof Buffer && line[line.length - 1] === 0x0d) return line.subarray(0, line.length - 1);
    return line;
  };
  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      start = nl + 1;
      yield end();
    }
    take(chunk.subarray(start));
  }
  if (length > 0 || tooLong) yield end();
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How an input that is not UTF-8 announces itself in its first bytes. */
function utf16Signature(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  // UTF-16 text without a BOM: ASCII (the JSON punctuation) paired with NUL bytes.
  return head.length >= 4 && (head[1] === 0 || head[0] === 0) && head.subarray(0, 64).includes(0);
}

/** The error entry for a source that cannot be opened. */
function openFailure(source: string, err: NodeJS.ErrnoException): ErrorRecord {
  const code: ErrorCode = err.code === 'ENOENT' ? 'ENOENT' : err.code === 'EISDIR' ? 'IS_DIRECTORY' : 'UNREADABLE';
  const message = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : `cannot read: ${err.code ?? err.message}`;
  return { path: source, error: { code, message } };
}

/**
 * NDJSON documents → tasks, line by line (the stream pauses while the pipeline is busy, so a
 * long-running filter keeps bounded memory). Every line gives one task: a document, or an error
 * entry for a line that is not JSON or not a document (BAD_JSON), not UTF-8 (DECODE) or over
 * `maxBytes` (TOO_LARGE); the stream goes on. An input that cannot be opened, or that is UTF-16,
 * is one error entry.
 */
export async function* ndjsonTasks(source: string, opts: { maxBytes?: number } = {}): AsyncGenerator<Task> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let input: AsyncIterable<Buffer>;
  if (source === '-') input = process.stdin;
  else {
    try {
      const handle = await open(source, 'r');
      if ((await handle.stat()).isDirectory()) {
        await handle.close();
        yield { error: { path: source, error: { code: 'IS_DIRECTORY', message: 'is a directory' } } };
        return;
      }
      input = handle.createReadStream({ highWaterMark: 1 << 16 });
    } catch (err) {
      yield { error: openFailure(source, err as NodeJS.ErrnoException) };
      return;
    }
  }
  const name = source === '-' ? 'stdin' : source;
  let n = 0;
  try {
    for await (const bytes of byteLines(input, maxBytes)) {
      n += 1;
      const where = `${name}:${n}`;
      if ('tooLong' in bytes) {
        yield { error: { path: where, error: { code: 'TOO_LARGE', message: `line is ${bytes.tooLong} bytes, over --max-bytes ${maxBytes}` } } };
        continue;
      }
      let line = bytes;
      if (n === 1) {
        if (utf16Signature(line)) {
          yield { error: { path: name, error: { code: 'DECODE', message: 'NDJSON input must be UTF-8: this input is UTF-16' } } };
          return;
        }
        if (line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
      }
      let text: string;
      try {
        text = STRICT_UTF8.decode(line);
      } catch {
        yield { error: { path: where, error: { code: 'DECODE', message: 'line is not valid UTF-8 (NDJSON input must be UTF-8)' } } };
        continue;
      }
      if (text.trim().length === 0) continue;
      yield lineTask(text, where);
    }
  } catch (err) {
    yield { error: { path: `${name}:${n + 1}`, error: { code: 'UNREADABLE', message: `input stopped: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } } };
  }
}

/** One line of text → its document, or why it is not one. */
function lineTask(line: string, where: string): Task {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { error: { path: where, error: { code: 'BAD_JSON', message: `not JSON: ${(err as Error).message.slice(0, 200)}` } } };
  }
  const doc = InputLineSchema.safeParse(parsed);
  const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed && ['string', 'number'].includes(typeof parsed.id) && String(parsed.id).length > 0 ? String(parsed.id) : undefined;
  if (!doc.success) {
    return {
      error: {
        path: where,
        ...(id !== undefined ? { id } : {}),
        error: {
          code: 'BAD_JSON',
          message: doc.error.issues
            .map((i) => `${i.path.join('.') || 'line'}: ${i.message}`)
            .join('; ')
            .slice(0, 500),
        },
      },
    };
  }
  const { text, lang, date, meta } = doc.data;
  if (meta !== undefined && deeperThan(meta, MAX_META_DEPTH)) {
    return { error: { path: where, id: doc.data.id, error: { code: 'BAD_JSON', message: `meta is nested deeper than ${MAX_META_DEPTH} levels` } } };
  }
  return { doc: { path: where, id: doc.data.id, text, ...(lang ? { lang } : {}), ...(date ? { date } : {}), ...(meta ? { meta } : {}) } };
}
