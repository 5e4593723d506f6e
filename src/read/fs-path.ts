/**
 * File names are bytes; kzx's paths are strings. A name that is not valid UTF-8 keeps its bytes
 * in the string the way Python's "surrogateescape" does: each byte that does not decode becomes a
 * lone surrogate U+DC80–U+DCFF, so two such names never collapse into one path and the file can
 * still be opened (fsPath turns the string back into the exact bytes). Valid names are unchanged.
 */

const STRICT = new TextDecoder('utf-8', { fatal: true });
const ESCAPED_RE = /[\udc80-\udcff]/u;

/** A name read as bytes → its string (see above). */
export function nameOf(bytes: Uint8Array): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    return escapeUndecodable(bytes);
  }
}

function escapeUndecodable(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += String.fromCharCode(0xdc00 + bytes[i]!);
      i += 1;
    } else {
      out += STRICT.decode(bytes.subarray(i, i + n));
      i += n;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at i, or 0 when the byte there does not start one. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  try {
    STRICT.decode(b.subarray(i, i + n));
    return n;
  } catch {
    return 0;
  }
}

/** What to give the file system for a path: the string itself, or, when it carries escaped bytes, those exact bytes. */
export function fsPath(path: string): string | Buffer {
  if (!ESCAPED_RE.test(path)) return path;
  const parts: Buffer[] = [];
  let run = '';
  for (const ch of path) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) {
      parts.push(Buffer.from(run, 'utf8'), Buffer.from([c - 0xdc00]));
      run = '';
    } else run += ch;
  }
  parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}
