import { processDocument } from '../../src/document.js';
import type { Lang } from '../../src/lang/detect.js';
import { isErrorRecord } from '../../src/schema/record-helpers.js';

/** The norm the tool gives a name written exactly so in a text of the language, or undefined when it finds no person there. */
export function writtenNameNorm(text: string, written: string, lang: Lang = 'ru'): string | undefined {
  const rec = processDocument({ path: 'example', text, lang });
  if (isErrorRecord(rec)) throw new Error(rec.error.message);
  const m = rec.mentions.find((x) => x.type === 'person' && x.text === written);
  return m?.type === 'person' ? (m.norm ?? m.text) : undefined;
}

/** The norm of a person mention that overlaps the words written so in the text (a row that names no person), or undefined. */
export function overlappingPersonNorm(text: string, written: string, lang: Lang = 'ru'): string | undefined {
  const rec = processDocument({ path: 'example', text, lang });
  if (isErrorRecord(rec)) throw new Error(rec.error.message);
  const start = text.indexOf(written);
  const end = start + written.length;
  const m = rec.mentions.find((x) => x.type === 'person' && x.start < end && x.end > start);
  return m?.type === 'person' ? (m.norm ?? m.text) : undefined;
}
