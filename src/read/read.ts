import type { ErrorCode, ErrorRecord, Warning } from '../schema/record.js';
import { decodeBuffer, declaredLatinCharset } from './decode.js';
import { contentId } from './content-id.js';
import { looksLikeHtml, readPage } from '../clean/html.js';
import { isMhtml, readMhtml } from './mhtml.js';
import { readFileBytes, type FileBytes, type ReadFailure } from './file-bytes.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly encoding?: string;
}

/**
 * The decoded text, its encoding and the number of bytes it was read from, with its id when it is
 * cheaper to take from the bytes than from the text (see contentId); or why it cannot be read.
 */
export type ReadResult = { ok: true; text: string; encoding: string; bytes: number; id?: string; invalidBytes?: number; title?: string; date?: string } | ReadFailure;

/** The error entry for an input that could not be read or found. */
export const failureRecord = (path: string, failure: { code: ErrorCode; message: string }): ErrorRecord => ({ path, error: { code: failure.code, message: failure.message } });

const HTML_EXT_RE = /\.html?$/i;

/**
 * A page with no article text: its source only (a page whose text scripts draw in, saved as
 * "HTML only"), or nothing but menus and furniture.
 */
const EMPTY_PAGE_MESSAGE = 'page has no article text outside markup, scripts and page furniture (a page whose text is drawn by scripts: save it as "Webpage, Complete" or as a single file, .mhtml)';

/** Bytes → decoded article text (a page reduced to its article, with its title and date), or the reason it cannot be read. */
export function decodeDocument(path: string, buf: Buffer, opts: ReadOptions = {}): ReadResult {
  if (buf.length === 0) return { ok: false, code: 'EMPTY', message: 'file is empty' };
  // A page saved as a single file: its page part is read as the page, in the charset the part declares.
  const archive = isMhtml(buf) ? readMhtml(buf) : undefined;
  if (archive?.ok === false) return { ok: false, code: 'DECODE', message: archive.message };
  const bytes = archive?.html ?? buf;
  let decoded = decodeBuffer(bytes, opts.encoding ?? archive?.charset);
  // A charset the archive declares wrongly or that is unknown is a hint only: the bytes decide then.
  if (!decoded.ok && opts.encoding === undefined && archive?.charset !== undefined) decoded = decodeBuffer(bytes);
  if (!decoded.ok) return decoded;
  const isPage = archive !== undefined || HTML_EXT_RE.test(path) || looksLikeHtml(decoded.text);
  // A page that is not UTF-8 and declares a Western (or other non-Cyrillic) code page is read in it:
  // guessed as a Cyrillic page, "Café" would read "Cafй".
  const latin = isPage && opts.encoding === undefined && decoded.verbatim !== true && decoded.encoding !== 'utf-8' ? declaredLatinCharset(bytes) : undefined;
  if (latin !== undefined) decoded = decodeBuffer(bytes, latin);
  if (!decoded.ok) return decoded;
  const page = isPage ? readPage(decoded.text) : undefined;
  const text = page?.text ?? decoded.text;
  if (text.trim().length === 0) {
    if (archive?.ok === true && archive.truncated === true) return { ok: false, code: 'DECODE', message: 'MHTML archive cut short: it ends inside its page, before the closing boundary' };
    return { ok: false, code: 'EMPTY', message: page !== undefined ? EMPTY_PAGE_MESSAGE : 'no text in file' };
  }
  // Hashed here, while buf holds the bytes: the read buffer is reused for the next file.
  const id = decoded.verbatim === true && text === decoded.text ? contentId(buf) : undefined;
  const meta = { ...(page?.title !== undefined ? { title: page.title } : {}), ...(page?.date !== undefined ? { date: page.date } : {}) };
  return { ok: true, text, encoding: decoded.encoding, bytes: buf.length, ...(id !== undefined ? { id } : {}), ...(decoded.invalidBytes ? { invalidBytes: decoded.invalidBytes } : {}), ...meta };
}

/** The warning for a text decoded with replacement characters. */
export const invalidBytesWarning = (n: number): Warning => ({
  code: 'INVALID_BYTES',
  message: `${n} byte sequence${n === 1 ? ' is' : 's are'} not valid UTF-8 and ${n === 1 ? 'was' : 'were'} replaced by U+FFFD`,
});

/** What a read document carries into its record besides its text. */
export const documentFields = (read: {
  encoding: string;
  id?: string;
  invalidBytes?: number;
  title?: string;
  date?: string;
}): { encoding: string; id?: string; title?: string; date?: string; warnings?: Warning[] } => ({
  encoding: read.encoding,
  ...(read.id !== undefined ? { id: read.id } : {}),
  ...(read.title !== undefined ? { title: read.title } : {}),
  ...(read.date !== undefined ? { date: read.date } : {}),
  ...(read.invalidBytes ? { warnings: [invalidBytesWarning(read.invalidBytes)] } : {}),
});

/** Reads and decodes one file (see readFileBytes). */
export const readDocument = (path: string, opts: ReadOptions = {}): ReadResult => documentOf(path, readFileBytes(path, opts.maxBytes ?? DEFAULT_MAX_BYTES), opts);

/** A file's bytes, as read → its decoded text, or why it cannot be read. */
export const documentOf = (path: string, read: FileBytes, opts: ReadOptions = {}): ReadResult => (read.ok ? decodeDocument(path, read.bytes, opts) : read);
