/** Article text out of an HTML page: drop script/style/navigation, keep block breaks, decode entities. */

const DROP_BLOCK_RE = /<(script|style|noscript|nav|header|footer|aside|form|iframe|svg|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
const BLOCK_TAG_RE = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|title|dd|dt|figcaption)\b[^>]*>/gi;
const TAG_RE = /<[^>]{0,2000}>/g;
const ENTITY_RE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', bdquo: '„', rsquo: '’', lsquo: '‘', shy: '', thinsp: '\u2009', copy: '©', deg: '°', times: '×', minus: '−', euro: '€'};

export const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) || (text.match(/<\/(?:p|div|span|a|li)>/gi)?.length ?? 0) >= 3;

export function htmlToText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const article = /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(body)?.[1] ?? body;
  const text = article
    .replace(COMMENT_RE, '')
    .replace(DROP_BLOCK_RE, '')
    .replace(BLOCK_TAG_RE, '\n')
    .replace(TAG_RE, '')
    .replace(ENTITY_RE, (whole, ent: string) => decodeEntity(ent) ?? whole);
  const lines = text.split('\n').map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim()).filter((l) => l.length > 0);
  const heading = title !== undefined ? decodeAll(title.replace(TAG_RE, '')).trim() : '';
  if (heading.length > 0 && lines[0] !== heading) lines.unshift(heading);
  return lines.join('\n');
}

const decodeAll = (s: string): string => s.replace(ENTITY_RE, (whole, ent: string) => decodeEntity(ent) ?? whole);

function decodeEntity(ent: string): string | undefined {
  if (ent[0] === '#') {
    const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED[ent.toLowerCase()];
}
