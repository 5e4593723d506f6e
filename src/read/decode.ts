import { createRequire } from 'node:module';

/**
 * Bytes → text. BOMs first, then UTF-16 without a BOM, strict UTF-8, and last the legacy Cyrillic
 * pages (windows-1251, KOI8-R, RK1048 — the Kazakh page), scored by how natural the result reads.
 */

/**
 * `verbatim`: the bytes are exactly the text's UTF-8 (strict UTF-8, nothing stripped).
 * `invalidBytes`: UTF-8 with this many sequences that do not decode, each replaced by U+FFFD.
 */
type Decoded = { ok: true; text: string; encoding: string; verbatim?: true; invalidBytes?: number };
export type DecodeResult = Decoded | { ok: false; code: 'BINARY' | 'DECODE'; message: string };

const LEGACY: readonly string[] = ['windows-1251', 'koi8-r', 'rk1048'];
const ENCODING_ALIASES: Record<string, string> = { kz1048: 'rk1048', ptcp154: 'pt154', cp1251: 'windows-1251', utf8: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be' };
const require = createRequire(import.meta.url);
type Iconv = { decode(buf: Buffer, enc: string): string; encodingExists(enc: string): boolean };
let iconv: Iconv | undefined;
/** iconv-lite only loads when a legacy page is needed. */
const getIconv = (): Iconv => (iconv ??= require('iconv-lite') as Iconv);

export const normalizeEncodingName = (name: string): string => ENCODING_ALIASES[name.toLowerCase()] ?? name.toLowerCase();

/** Whether `--encoding NAME` names an encoding that can be decoded. */
export const isKnownEncoding = (name: string): boolean => {
  const enc = normalizeEncodingName(name);
  return enc === 'utf-8' || getIconv().encodingExists(enc);
};

export function decodeBuffer(buf: Buffer, forced?: string): DecodeResult {
  if (forced !== undefined) {
    const enc = normalizeEncodingName(forced);
    if (enc === 'utf-8') return utf8(buf, true) ?? { ok: false, code: 'DECODE', message: 'not valid UTF-8' };
    if (!getIconv().encodingExists(enc)) return { ok: false, code: 'DECODE', message: `unknown encoding ${forced}` };
    return { ok: true, text: stripBom(getIconv().decode(buf, enc)), encoding: enc };
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8(buf.subarray(3), false) ?? lossyUtf8(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessUtf16(buf);
  if (utf16 !== undefined) return { ok: true, text: new TextDecoder(utf16).decode(buf), encoding: utf16 };
  if (buf.includes(0)) return { ok: false, code: 'BINARY', message: 'contains NUL bytes: not a text file' };
  // No BOM here, so the decoder strips nothing: valid UTF-8 decodes to a text whose UTF-8 is buf.
  const asUtf8 = utf8(buf, false);
  if (asUtf8 !== undefined) return { ...asUtf8, verbatim: true };
  // UTF-8 but for a few corrupt bytes: replacement characters in the right text beat a whole
  // article in the wrong code page. In Cyrillic text of an 8-bit page nearly every letter is a
  // byte that does not decode as UTF-8.
  const lossy = lossyUtf8(buf);
  if (lossy.invalidBytes * MIN_VALID_PER_INVALID <= nonAscii(lossy.text) - lossy.invalidBytes) return lossy;
  let best: { text: string; encoding: string; score: number } | undefined;
  for (const enc of LEGACY) {
    const text = getIconv().decode(buf, enc);
    const score = naturalness(text) + (enc === 'rk1048' ? kazakhBonus(text) : 0);
    if (best === undefined || score > best.score) best = { text, encoding: enc, score };
  }
  if (best === undefined || best.score < 0) return { ok: false, code: 'BINARY', message: 'no text encoding fits: binary or unknown encoding' };
  return { ok: true, text: best.text, encoding: best.encoding };
}

/** Where a page declares its charset: `<meta charset>` or the http-equiv Content-Type, near its start. */
const DECLARED_CHARSET_RE = /<meta\b[^<>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i;
const DECLARATION_BYTES = 4096;

/**
 * The code page a page in an 8-bit encoding declares, when it is one the Cyrillic guess does not
 * cover (windows-1252, ISO-8859-x…). Between the Cyrillic pages the guess decides, as for text: a
 * declaration there is less often right than how the text reads.
 */
export function declaredLatinCharset(buf: Buffer): string | undefined {
  const m = DECLARED_CHARSET_RE.exec(buf.toString('latin1', 0, Math.min(buf.length, DECLARATION_BYTES)));
  if (m === null) return undefined;
  const enc = normalizeEncodingName(m[1]!);
  if (enc.startsWith('utf') || LEGACY.includes(enc) || !getIconv().encodingExists(enc)) return undefined;
  return enc;
}

// One decoder for every document: a whole-buffer decode keeps no state between calls.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf8(buf: Buffer, strip: boolean): Decoded | undefined {
  try {
    const text = STRICT_UTF8.decode(buf);
    return { ok: true, text: strip ? stripBom(text) : text, encoding: 'utf-8' };
  } catch {
    return undefined;
  }
}

/** UTF-8 with each sequence that does not decode replaced by U+FFFD, and how many there were. */
function lossyUtf8(buf: Buffer): Decoded & { invalidBytes: number } {
  const text = buf.toString('utf8');
  let replaced = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) replaced++;
  // A U+FFFD written in the file (EF BF BD) is text, not damage.
  replaced -= countOf(buf, REPLACEMENT_UTF8);
  return { ok: true, text, encoding: 'utf-8', invalidBytes: replaced };
}

const REPLACEMENT_UTF8 = Buffer.from('\ufffd');
/** How many valid non-ASCII characters a corrupt sequence needs around it for the text to count as UTF-8. */
const MIN_VALID_PER_INVALID = 8;

function countOf(buf: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + needle.length)) n++;
  return n;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** UTF-16 without BOM: one byte of each pair is mostly zero (Latin) or 0x04 (Cyrillic). */
function guessUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return undefined;
  // UTF-8 and the 8-bit pages have neither byte: most documents are ruled out by two native scans.
  const head = buf.subarray(0, n);
  if (!head.includes(0) && !head.includes(4)) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0 || buf[i] === 4) evenHigh++;
    if (buf[i + 1] === 0 || buf[i + 1] === 4) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > 0.6 && evenHigh / pairs < 0.3) return 'utf-16le';
  if (evenHigh / pairs > 0.6 && oddHigh / pairs < 0.3) return 'utf-16be';
  return undefined;
}

/** Lowercase Cyrillic share minus control characters: the right page reads as mostly lowercase prose. */
function naturalness(text: string): number {
  const sample = text.slice(0, 20_000);
  const lower = sample.match(/[а-яё]/g)?.length ?? 0;
  const upper = sample.match(/[А-ЯЁ]/g)?.length ?? 0;
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g)?.length ?? 0;
  return (lower - upper) / Math.max(1, sample.length) - (control * 5) / Math.max(1, sample.length);
}

/** RK1048 differs from windows-1251 only where Kazakh letters live; their presence decides. */
function kazakhBonus(text: string): number {
  const kazakh = text.slice(0, 20_000).match(/[әғқңөұүһі]/g)?.length ?? 0;
  return kazakh > 0 ? 0.01 + kazakh / 20_000 : -0.001;
}
