import { extract } from '../../src/index.js';
import { isErrorRecord } from '../../src/schema/record-helpers.js';
import type { Lang } from '../../src/lang/detect.js';

/** Case-, ё- and space-folded, as the post tables compare wordings. */
export const foldPost = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** A post an official of the row's holder carries. */
export interface HeldPost {
  readonly position: string;
  readonly acting: boolean;
  readonly former: boolean;
}

/** What kzx makes of one table row: the norm of the position mention overlapping the written post most, and the holder's posts. */
export interface PostReading {
  readonly norm: string | undefined;
  readonly held: readonly HeldPost[];
}

/** Extracts `text` and reads the post written as `written` and the officials named `holder`. */
export function readPostRow(text: string, lang: Lang, written: string, holder: string): PostReading {
  const rec = extract(text, { lang });
  if (isErrorRecord(rec)) throw new Error(rec.error.message);
  const start = text.indexOf(written);
  const end = start + written.length;
  let best: { norm: string; overlap: number } | undefined;
  for (const m of rec.mentions) {
    if (m.type !== 'position') continue;
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { norm: m.norm ?? m.text, overlap };
  }
  const held = rec.officials.filter((o) => foldPost(o.name) === foldPost(holder)).map((o) => ({ position: o.position, acting: o.acting === true, former: o.former === true }));
  return { norm: best?.norm, held };
}
