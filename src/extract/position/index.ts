import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { PositionMention } from '../../schema/record.js';
import { roleOf } from './heads.js';
import { tracer } from '../trace.js';

export interface FoundPosition {
  readonly mention: PositionMention;
  readonly first: number;
  readonly next: number;
  readonly oblique: boolean;
}

/** Titles and positions. `isNameStart` stops a Russian genitive chain where a name begins. */
export function extractPositions(ctx: ExtractContext, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): FoundPosition[] {
  const rules = ctx.pack.position;
  const out: FoundPosition[] = [];
  const t = ctx.tokens;
  for (let h = 0; h < t.length; h++) {
    if (t[h]!.kind !== 'word') continue;
    if (taken(h)) {
      tracer?.declined('titles', t[h]!.start, t[h]!.end, `«${t[h]!.text}» was claimed by an earlier stage`);
      continue;
    }
    const m = rules.matchAt(ctx, h, taken, isNameStart);
    if (m === undefined) continue;
    // A later head can start inside an earlier match's span only if the earlier one ended before it, or
    // if it takes the whole earlier title as its owner (kk «Президенттің … жөніндегі кеңесшісі»).
    const prev = out[out.length - 1];
    if (prev !== undefined && m.first < prev.next) {
      if (m.first > prev.first) continue;
      out.pop();
    }
    const role = roleOf(m.norm);
    const span = spanOf(ctx, m.first, m.next);
    const start = span.start + (m.trim ?? 0);
    const { end } = span;
    const text = span.text.slice(m.trim ?? 0);
    // Built as literals with their fields in place (see extractMentions on hidden classes).
    const mention: PositionMention =
      m.plural === true
        ? role
          ? { type: 'position', start, end, text, norm: m.norm, role, plural: true }
          : { type: 'position', start, end, text, norm: m.norm, plural: true }
        : role
          ? { type: 'position', start, end, text, norm: m.norm, role }
          : { type: 'position', start, end, text, norm: m.norm };
    out.push({ mention, first: m.first, next: m.next, oblique: m.oblique });
    h = m.next - 1;
  }
  return out;
}
