import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { ErrorCode, ErrorRecord } from '../schema/record.js';
import { decodeBuffer } from './decode.js';
import { contentId } from './content-id.js';
import { htmlToText, looksLikeHtml } from '../clean/html.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly encoding?: string;
}

/**
 * The decoded text, its encoding and the number of bytes it was read from, with its id when it is
 * cheaper to take from the bytes than from the text (see contentId); or why it cannot be read.
 */
export type ReadResult = { ok: true; text: string; encoding: string; bytes: number; id?: string } | { ok: false; code: ErrorCode; message: string };

/** The error entry for an input that could not be read or found. */
export const failureRecord = (path: string, failure: { code: ErrorCode; message: string }): ErrorRecord => ({ path, error: { code: failure.code, message: failure.message } });

const HTML_EXT_RE = /\.html?$/i;

/** Bytes → decoded article text (HTML reduced to its text), or the reason it cannot be read. */
export function decodeDocument(path: string, buf: Buffer, opts: ReadOptions = {}): ReadResult {
  if (buf.length === 0) return { ok: false, code: 'EMPTY', message: 'file is empty' };
  const decoded = decodeBuffer(buf, opts.encoding);
  if (!decoded.ok) return decoded;
  const text = HTML_EXT_RE.test(path) || looksLikeHtml(decoded.text) ? htmlToText(decoded.text) : decoded.text;
  if (text.trim().length === 0) return { ok: false, code: 'EMPTY', message: 'no text in file' };
  // Hashed here, while buf holds the bytes: the read buffer is reused for the next file.
  const id = decoded.verbatim === true && text === decoded.text ? contentId(buf) : undefined;
  return { ok: true, text, encoding: decoded.encoding, bytes: buf.length, ...(id !== undefined ? { id } : {}) };
}

/**
 * Reads and decodes one file. Synchronous on purpose: it runs inside worker threads (or alone on the
 * main thread with --jobs 1), where blocking costs nothing and saves the thread-pool round trips.
 * One open, then fstat and read on the descriptor: the path is resolved once, not three times.
 */
export function readDocument(path: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return fsError(err, path, true);
  }
  let buf: Buffer;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, code: 'IS_DIRECTORY', message: 'is a directory' };
    if (st.size > maxBytes) return { ok: false, code: 'TOO_LARGE', message: `file is ${st.size} bytes, over --max-bytes ${maxBytes}` };
    buf = readAll(fd, st.size, maxBytes);
  } catch (err) {
    return fsError(err, path, false);
  } finally {
    closeSync(fd);
  }
  if (buf.length > maxBytes) return { ok: false, code: 'TOO_LARGE', message: `file is over --max-bytes ${maxBytes}` };
  return decodeDocument(path, buf, opts);
}

/**
 * Most articles are read into this one buffer rather than fresh memory (whose pages the kernel
 * must fault in: measured 7% of reading time). Safe because decoding copies the bytes into a
 * string and keeps no reference to them.
 */
const SCRATCH = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * The file's bytes: `size` of them (a file that grows meanwhile is read as it was when opened, like
 * readFileSync), or, when the size is unknown (0, as for pipes and /proc), chunks until the end.
 */
function readAll(fd: number, size: number, maxBytes: number): Buffer {
  if (size > 0) {
    const buf = size <= SCRATCH.length ? SCRATCH : Buffer.allocUnsafe(size);
    let length = 0;
    for (let n = 1; length < size && n > 0; length += n) n = readSync(fd, buf, length, size - length, null);
    return buf.subarray(0, length);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0 || total > maxBytes) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function fsError(err: unknown, path: string, atStat: boolean): ReadResult {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const link = lstatOrUndefined(path);
    if (link?.isSymbolicLink()) return { ok: false, code: 'DANGLING_LINK', message: 'symbolic link points to nothing' };
    return { ok: false, code: 'VANISHED', message: atStat ? 'file disappeared after it was found' : 'file disappeared while being read' };
  }
  if (code === 'EISDIR') return { ok: false, code: 'IS_DIRECTORY', message: 'is a directory' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, code: 'UNREADABLE', message: 'permission denied' };
  return { ok: false, code: 'UNREADABLE', message: `cannot read: ${code ?? String(err)}` };
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
