import { processDocument, type ExtractOptions } from '../document.js';
import { isErrorRecord } from '../schema/record-helpers.js';
import type { DocumentRecord, Mention } from '../schema/record.js';
import { setTracer, type DeclineStage, type Stage } from '../extract/trace.js';

export interface MentionExplanation {
  readonly index: number;
  readonly mention: Mention;
  /** The stage of extraction that produced it (they run in order, each claiming its tokens). */
  readonly stage: Stage | 'unknown';
  /** The rule family, in words. */
  readonly rule: string;
  /** The lexicon entry it rests on, when there is one (built-in or user). */
  readonly lexicon?: string;
}

/** A rule family that examined tokens [start, end) and said no, with the reason its code gave. */
export interface Decline {
  readonly stage: DeclineStage;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export interface SpanExplanation {
  readonly start: number;
  readonly end: number;
  /** Declines overlapping the span, in the order the rules met them. */
  readonly declined: readonly Decline[];
  /** Mentions that cover the span or part of it. */
  readonly found: ReadonlyArray<{ index: number; exact: boolean }>;
}

export interface Explanation {
  readonly record: DocumentRecord;
  readonly mentions: readonly MentionExplanation[];
  readonly spans: ReadonlyArray<{ span: string; occurrences: readonly SpanExplanation[] }>;
}

/**
 * One document, extracted with a tracer listening: each mention with the stage and rule family that
 * produced it and the lexicon entry it rests on (the record's --explain field); for each span the
 * user names, the rules that examined it and declined, with their reasons, and the mentions that cover it.
 */
export function explainText(text: string, opts: ExtractOptions & { path?: string; spans?: readonly string[] } = {}): Explanation {
  const declines: Decline[] = [];
  // Long documents are extracted in overlapping windows: a decline seen twice is reported once.
  const seen = new Set<string>();
  setTracer({
    produced: () => undefined,
    declined: (stage, start, end, reason) => {
      const key = `${stage}:${start}:${end}:${reason}`;
      if (seen.has(key)) return;
      seen.add(key);
      declines.push({ stage, start, end, reason });
    },
  });
  let result: ReturnType<typeof processDocument>;
  try {
    result = processDocument({ path: opts.path ?? '-', text }, { ...opts, explain: true, offsets: 'utf16' });
  } finally {
    setTracer(undefined);
  }
  if (isErrorRecord(result)) throw new Error(`${result.path}: ${result.error.message} [${result.error.code}]`);
  const record = result;
  const mentions = record.mentions.map(
    ({ explain, ...mention }, index): MentionExplanation => ({
      index,
      mention: mention as Mention,
      stage: explain?.stage ?? 'unknown',
      rule: explain?.rule ?? 'unknown',
      ...(explain?.lexicon !== undefined ? { lexicon: explain.lexicon } : {}),
    }),
  );
  // The text the offsets refer to.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const spans = (opts.spans ?? []).map((span) => ({
    span,
    occurrences: occurrences(body, span).map((start): SpanExplanation => {
      const end = start + span.length;
      return {
        start,
        end,
        declined: declines.filter((d) => d.start < end && d.end > start),
        found: record.mentions.flatMap((m, index) => (m.start < end && m.end > start ? [{ index, exact: m.start === start && m.end === end }] : [])),
      };
    }),
  }));
  return { record, mentions, spans };
}

function occurrences(text: string, span: string): number[] {
  const out: number[] = [];
  if (span.length === 0) return out;
  for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) out.push(at);
  return out;
}

/** The explanation as text for a terminal. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [`${e.record.path}: ${e.record.lang}, ${e.record.mentions.length} mentions`];
  for (const m of e.mentions) {
    lines.push(`  [${m.mention.start}, ${m.mention.end}) ${m.mention.type} «${m.mention.text}»`);
    lines.push(`      stage: ${m.stage}; rule: ${m.rule}`);
    if (m.lexicon !== undefined) lines.push(`      lexicon: ${m.lexicon}`);
  }
  for (const s of e.spans) {
    if (s.occurrences.length === 0) lines.push(`span «${s.span}»: not in the text`);
    for (const o of s.occurrences) {
      lines.push(`span «${s.span}» at [${o.start}, ${o.end}):`);
      for (const d of o.declined) lines.push(`  ${d.stage}: ${d.reason} [${d.start}, ${d.end})`);
      for (const f of o.found) {
        const m = e.mentions[f.index]!;
        lines.push(
          `  ${f.exact ? 'found' : 'overlaps'} ${m.mention.type} «${m.mention.text}» [${m.mention.start}, ${m.mention.end}) (stage ${m.stage})${f.exact ? '' : '; its tokens were claimed there, so later stages skip them'}`,
        );
      }
      if (o.declined.length === 0 && o.found.length === 0) lines.push('  no rule examined it and no mention covers it');
    }
  }
  return `${lines.join('\n')}\n`;
}
