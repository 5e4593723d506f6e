import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { ErrorCode } from '../schema/record.js';
import { fsPath } from './fs-path.js';

/** A file's bytes, or why they cannot be read. */
export type FileBytes = { ok: true; bytes: Buffer } | ReadFailure;
export interface ReadFailure {
  ok: false;
  code: ErrorCode;
  message: string;
}

/**
 * Where a file of `size` bytes (> 0) is read to: a buffer of at least that size, or undefined to
 * leave the file unread.
 */
export type Placement = (size: number) => Buffer | undefined;

/**
 * Most articles are read into this one buffer rather than fresh memory (whose pages the kernel
 * must fault in: measured 7% of reading time). Safe because decoding copies the bytes into a
 * string and keeps no reference to them.
 */
const SCRATCH = Buffer.allocUnsafeSlow(64 * 1024);

/** The scratch buffer for a file that fits it, fresh memory for a larger one. */
const scratchOrFresh: Placement = (size) => (size <= SCRATCH.length ? SCRATCH : Buffer.allocUnsafe(size));

/**
 * Reads one file: one open, then fstat and read on the descriptor, so the path is resolved once,
 * not three times. Synchronous on purpose: it runs where blocking costs nothing (worker threads,
 * the reading thread, the main thread extracting alone) and saves the thread pool's round trips.
 * Undefined when `place` declines the file. A file whose size is unknown (0, as for
 * /proc) is read in chunks, without asking `place`.
 */
export function readFileBytes(path: string, maxBytes: number): FileBytes;
export function readFileBytes(path: string, maxBytes: number, place: Placement): FileBytes | undefined;
export function readFileBytes(path: string, maxBytes: number, place: Placement = scratchOrFresh): FileBytes | undefined {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO that appeared since discovery must not wait for a writer.
    fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return fsError(err, path, true);
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, code: 'IS_DIRECTORY', message: 'is a directory' };
    if (!st.isFile()) return { ok: false, code: 'UNREADABLE', message: 'not a regular file (a socket, FIFO or device)' };
    if (st.size > maxBytes) return { ok: false, code: 'TOO_LARGE', message: `file is ${st.size} bytes, over --max-bytes ${maxBytes}` };
    if (st.size > 0) {
      const target = place(st.size);
      if (target === undefined) return undefined;
      bytes = readSized(fd, st.size, target);
    } else bytes = readToEnd(fd, maxBytes);
  } catch (err) {
    return fsError(err, path, false);
  } finally {
    closeSync(fd);
  }
  if (bytes.length > maxBytes) return { ok: false, code: 'TOO_LARGE', message: `file is over --max-bytes ${maxBytes}` };
  return { ok: true, bytes };
}

/** `size` bytes into `target` (a file that grows meanwhile is read as it was when opened, like readFileSync). */
function readSized(fd: number, size: number, target: Buffer): Buffer {
  let length = 0;
  for (let n = 1; length < size && n > 0; length += n) n = readSync(fd, target, length, size - length, null);
  return target.subarray(0, length);
}

/** Chunks until the end, or until past maxBytes. */
function readToEnd(fd: number, maxBytes: number): Buffer {
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

function fsError(err: unknown, path: string, atOpen: boolean): ReadFailure {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const link = lstatOrUndefined(path);
    if (link?.isSymbolicLink()) return { ok: false, code: 'DANGLING_LINK', message: 'symbolic link points to nothing' };
    return { ok: false, code: 'VANISHED', message: atOpen ? 'file disappeared after it was found' : 'file disappeared while being read' };
  }
  if (code === 'EISDIR') return { ok: false, code: 'IS_DIRECTORY', message: 'is a directory' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, code: 'UNREADABLE', message: 'permission denied' };
  if (code === 'ENAMETOOLONG') return { ok: false, code: 'PATH_TOO_LONG', message: PATH_TOO_LONG_MESSAGE };
  return { ok: false, code: 'UNREADABLE', message: `cannot read: ${code ?? String(err)}` };
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(fsPath(path));
  } catch {
    return undefined;
  }
}

/** Node has no openat(): a path past PATH_MAX (4096 bytes on Linux) cannot be opened, listed or read by its name. */
export const PATH_TOO_LONG_MESSAGE = 'path longer than the system allows (ENAMETOOLONG, PATH_MAX): its files cannot be read';
