/**
 * A page saved "as a single file" (MHTML, .mhtml/.mht: Chrome, Edge, Opera, old Internet Explorer
 * and Word): a MIME multipart/related message whose first part, or the part its `start` names,
 * is the page, encoded quoted-printable or base64, followed by its styles, images and frames.
 * The page's bytes come out here; decoding and reading them is left to the page reader.
 */

/** `truncated`: the archive ends before its closing boundary (a download or copy cut short). */
export type MhtmlResult = { ok: true; html: Buffer; charset?: string; truncated?: true } | { ok: false; message: string };

/** The message header a saved archive opens with is short: looked for in its first bytes only. */
const HEAD_BYTES = 8192;
/** A message opens with a header line ("From: <Saved by Blink>", "MIME-Version: 1.0"). */
const HEADER_LINE_RE = /^[A-Za-z][\w-]*:/;

/**
 * Whether a file is a single-file page: a MIME message (header lines, then a blank line) of type
 * multipart/related or text/html. The name does not decide: a page saved as .mht by some tools
 * is plain HTML, and an archive may have lost its name.
 */
export function isMhtml(buf: Buffer): boolean {
  // Every file is asked: most are ruled out by their first line, without a string of their head made.
  if (!HEADER_LINE_RE.test(buf.toString('latin1', 0, Math.min(buf.length, 80)))) return false;
  const head = headerBlock(buf.toString('latin1', 0, Math.min(buf.length, HEAD_BYTES)));
  return head !== undefined && /^MIME-Version:/im.test(head) && /^Content-Type:\s*(?:multipart\/related|text\/html)\b/im.test(head);
}

/** The page of an MHTML archive: its bytes and the charset its part declares. */
export function readMhtml(buf: Buffer): MhtmlResult {
  // latin1 maps each byte to one character, so positions in the string are positions in the bytes.
  const raw = buf.toString('latin1');
  const head = headerBlock(raw);
  if (head === undefined) return { ok: false, message: 'MHTML archive without a message header' };
  const headers = parseHeaders(head);
  const type = headers.get('content-type') ?? '';
  const bodyStart = head.length + blankLineLength(raw, head.length);
  // A single-part archive: the message itself is the page.
  if (!/^\s*multipart\//i.test(type)) return pagePart(headers, raw.slice(bodyStart));
  const boundary = param(type, 'boundary');
  if (boundary === undefined || boundary.length === 0) return { ok: false, message: 'MHTML archive without a part boundary' };
  const start = param(type, 'start');
  const delimiter = `--${boundary}`;
  const parts = splitParts(raw, delimiter, bodyStart);
  const truncated = !raw.includes(`${delimiter}--`);
  let page: { headers: Map<string, string>; body: string } | undefined;
  for (const part of parts) {
    const partHead = headerBlock(part);
    if (partHead === undefined) continue;
    const partHeaders = parseHeaders(partHead);
    const body = part.slice(partHead.length + blankLineLength(part, partHead.length));
    if (start !== undefined ? partHeaders.get('content-id') === start : /^\s*text\/html\b/i.test(partHeaders.get('content-type') ?? '')) {
      page = { headers: partHeaders, body };
      break;
    }
  }
  if (page === undefined) return { ok: false, message: `MHTML archive without a page: no ${start !== undefined ? `part ${start}` : 'text/html part'} (a truncated or damaged file?)` };
  const read = pagePart(page.headers, page.body);
  return read.ok && truncated ? { ...read, truncated } : read;
}

function pagePart(headers: ReadonlyMap<string, string>, body: string): MhtmlResult {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  let html: Buffer;
  if (encoding === 'quoted-printable') html = quotedPrintable(body);
  else if (encoding === 'base64') html = Buffer.from(body, 'base64');
  else if (encoding === '7bit' || encoding === '8bit' || encoding === 'binary') html = Buffer.from(body, 'latin1');
  else return { ok: false, message: `MHTML page in an unknown transfer encoding (${encoding})` };
  if (html.length === 0) return { ok: false, message: 'MHTML archive with an empty page' };
  const charset = param(headers.get('content-type') ?? '', 'charset');
  return { ok: true, html, ...(charset !== undefined && charset.length > 0 ? { charset } : {}) };
}

/** The header lines at the start of a message or part (without the blank line after them), or undefined when no blank line ends them. */
function headerBlock(text: string): string | undefined {
  // A part starts right after its boundary line's line break; headers end at the first empty line.
  const at = /\r?\n\r?\n/.exec(text);
  if (at === null) return undefined;
  return text.slice(0, at.index);
}

function blankLineLength(text: string, at: number): number {
  return /^\r?\n\r?\n/.exec(text.slice(at, at + 4))?.[0].length ?? 0;
}

/** Header name (lowercase) → value, folded continuation lines unfolded; the first of a repeated header wins. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** A parameter of a header value (`boundary="…"`, `charset=utf-8`), quotes removed. */
function param(value: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value);
  return m === null ? undefined : (m[1] ?? m[2]);
}

/** The parts between boundary lines, each starting after its boundary line; the closing boundary ends them. */
function splitParts(raw: string, delimiter: string, from: number): string[] {
  const parts: string[] = [];
  let at = raw.indexOf(delimiter, from);
  while (at !== -1) {
    const afterDelimiter = at + delimiter.length;
    if (raw.startsWith('--', afterDelimiter)) break;
    const lineEnd = raw.indexOf('\n', afterDelimiter);
    if (lineEnd === -1) break;
    const next = raw.indexOf(`\n${delimiter}`, lineEnd);
    // A part runs to the line break before the next boundary (or to the end of a truncated file).
    const end = next === -1 ? raw.length : raw[next - 1] === '\r' ? next - 1 : next;
    parts.push(raw.slice(lineEnd + 1, end));
    at = next === -1 ? -1 : next + 1;
  }
  return parts;
}

/** Quoted-printable (RFC 2045) → bytes: "=XX" is a byte, "=" at a line end joins the lines. */
function quotedPrintable(body: string): Buffer {
  const out = Buffer.allocUnsafe(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3d) {
      const hi = hexValue(body.charCodeAt(i + 1));
      const lo = hexValue(body.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
      // A soft line break: "=", spaces or tabs a sender may leave, then CRLF or LF.
      let j = i + 1;
      while (body.charCodeAt(j) === 0x20 || body.charCodeAt(j) === 0x09) j++;
      if (body.charCodeAt(j) === 0x0d) j++;
      if (body.charCodeAt(j) === 0x0a) {
        i = j;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/** A hex digit's value, or -1 (NaN past the end is not a digit either). */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}
