import type { DocumentRecord } from '../schema/record.js';
import { withOffsetsMapped } from '../schema/record-helpers.js';

/** Offsets as Python and R count them: code points, where JavaScript counts UTF-16 units (two for an emoji). */
export type OffsetUnit = 'utf16' | 'codepoint';

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/**
 * The record with code-point offsets and `chars`, marked in its provenance. A text without
 * characters outside the Basic Multilingual Plane (nearly every article) keeps its numbers; else
 * one pass over the text maps each UTF-16 index to a code-point index.
 */
export function withCodePointOffsets(rec: DocumentRecord, text: string): DocumentRecord {
  const provenance = { offsets: 'codepoint' as const, ...rec.provenance };
  if (!SURROGATE_RE.test(text)) return { ...rec, provenance };
  const at = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; the index between them maps to its start.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) at[++i] = cp;
    cp++;
  }
  at[text.length] = cp;
  return { ...rec, chars: cp, mentions: rec.mentions.map((m) => withOffsetsMapped(m, at)), provenance };
}
