/**
 * Text that is safe to print on a terminal: control characters (escape sequences could move the
 * cursor, retitle the window or hide what follows), line and paragraph separators and the
 * bidirectional overrides become visible escapes. A file name is whatever bytes its creator chose.
 */
// With the bytes of a file name that is not UTF-8 (U+DC80–U+DCFF, see read/fs-path.ts), printed as \xNN.
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\udc80-\udcff]/gu;

const visibleEscape = (ch: string): string => {
  const code = ch.charCodeAt(0);
  if (code >= 0xdc80 && code <= 0xdcff) return `\\x${(code - 0xdc00).toString(16)}`;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export const printable = (text: string): string => text.replace(UNPRINTABLE_RE, visibleEscape);
