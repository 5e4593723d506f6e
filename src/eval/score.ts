import type { MentionType } from '../schema/record.js';
import { MENTION_TYPES } from '../schema/record.js';
import type { GoldDoc, GoldMention } from './gold.js';
import { formatOfficials, OfficialsScorer, type OfficialsError, type OfficialsScore } from './officials.js';

export interface Span {
  readonly type: MentionType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PRF {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  strictHits: number;
  relaxedCorrect: number;
  relaxedFound: number;
}

export interface EvalReport {
  readonly docs: number;
  readonly byType: Partial<Record<MentionType, TypeScore & { strict: PRF; relaxed: PRF }>>;
  readonly micro: { gold: number; predicted: number; strict: PRF; relaxed: PRF };
  readonly langAccuracy?: number;
  /** Person ↔ position links, when some gold document has them. */
  readonly officials?: OfficialsScore;
}

export interface ErrorEntry {
  readonly doc: string;
  /** `boundary`: the prediction overlaps gold of its type but matches none of it exactly (strict miss, relaxed hit); `text` is the prediction, `gold` what it overlaps. */
  readonly kind: 'miss' | 'false_positive' | 'boundary';
  readonly type: MentionType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly context: string;
  readonly gold?: readonly string[];
}

export interface Prediction {
  readonly doc: string;
  readonly lang?: string;
  readonly mentions: readonly Span[];
  readonly officials?: ReadonlyArray<{ readonly name: string; readonly mentions: readonly number[]; readonly positionMentions: readonly number[] }>;
}

const prf = (correct: number, predicted: number, found: number, gold: number): PRF => {
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
  const r = gold === 0 ? 1 : found / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p: round(p), r: round(r), f1: round(f1) };
};
const round = (x: number): number => Math.round(x * 10000) / 10000;
const overlaps = (a: Span | GoldMention, b: Span | GoldMention): boolean => a.start < b.end && b.start < a.end;
/** Error entries are written one to a line (`eval --errors`), and a span may cross a line break. */
const oneLine = (s: string): string => s.replace(/\n/g, ' ');

/**
 * Scores predictions against gold by the rules of the corpora README: strict = same type and
 * offsets, one to one; relaxed = a prediction is correct when it overlaps a gold mention of its
 * type and a gold mention is found when some prediction of its type overlaps it. Only types the
 * gold document annotates count; a document with no prediction counts as all misses.
 */
export function score(gold: readonly GoldDoc[], predictions: readonly Prediction[], errors?: ErrorEntry[], officialErrors?: OfficialsError[]): EvalReport {
  const byDoc = new Map(predictions.map((p) => [p.doc, p]));
  const acc = new Map<MentionType, TypeScore>();
  const get = (t: MentionType): TypeScore => {
    let s = acc.get(t);
    if (s === undefined) acc.set(t, (s = { gold: 0, predicted: 0, strictHits: 0, relaxedCorrect: 0, relaxedFound: 0 }));
    return s;
  };
  let langKnown = 0;
  let langRight = 0;
  const officials = gold.some((g) => g.officials !== undefined) ? new OfficialsScorer() : undefined;
  for (const g of gold) {
    const pred = byDoc.get(g.doc);
    if (g.officials !== undefined) officials?.add(g.doc, g.officials, pred === undefined ? undefined : { mentions: pred.mentions, officials: pred.officials ?? [] }, officialErrors);
    if (g.lang !== undefined) {
      langKnown += 1;
      if (pred?.lang === g.lang) langRight += 1;
    }
    for (const type of g.annotatedTypes) get(type);
    const ctx = (s: { start: number; end: number }): string => `${g.text.slice(Math.max(0, s.start - 40), s.start)}[[${g.text.slice(s.start, s.end)}]]${g.text.slice(s.end, s.end + 40)}`;
    for (const type of g.annotatedTypes) {
      const gs = g.mentions.filter((m) => m.type === type);
      const ps = (pred?.mentions ?? []).filter((m) => m.type === type);
      const s = get(type);
      s.gold += gs.length;
      s.predicted += ps.length;
      const used = new Set<number>();
      for (const p of ps) {
        const k = gs.findIndex((x, i) => !used.has(i) && x.start === p.start && x.end === p.end);
        if (k >= 0) {
          used.add(k);
          s.strictHits += 1;
        }
        const overlapped = gs.filter((x) => overlaps(x, p));
        if (overlapped.length > 0) s.relaxedCorrect += 1;
        if (overlapped.length === 0) errors?.push({ doc: g.doc, kind: 'false_positive', type, start: p.start, end: p.end, text: oneLine(p.text), context: oneLine(ctx(p)) });
        else if (k < 0) errors?.push({ doc: g.doc, kind: 'boundary', type, start: p.start, end: p.end, text: oneLine(p.text), context: oneLine(ctx(p)), gold: overlapped.map((x) => oneLine(x.text)) });
      }
      for (const x of gs) {
        if (ps.some((p) => overlaps(x, p))) s.relaxedFound += 1;
        else errors?.push({ doc: g.doc, kind: 'miss', type, start: x.start, end: x.end, text: oneLine(x.text), context: oneLine(ctx(x)) });
      }
    }
  }
  const byType: EvalReport['byType'] = {};
  const total = { gold: 0, predicted: 0, strictHits: 0, relaxedCorrect: 0, relaxedFound: 0 };
  for (const type of MENTION_TYPES) {
    const s = acc.get(type);
    if (s === undefined) continue;
    byType[type] = { ...s, strict: prf(s.strictHits, s.predicted, s.strictHits, s.gold), relaxed: prf(s.relaxedCorrect, s.predicted, s.relaxedFound, s.gold) };
    for (const k of Object.keys(total) as Array<keyof TypeScore>) total[k] += s[k];
  }
  return {
    docs: gold.length,
    byType,
    micro: {
      gold: total.gold,
      predicted: total.predicted,
      strict: prf(total.strictHits, total.predicted, total.strictHits, total.gold),
      relaxed: prf(total.relaxedCorrect, total.predicted, total.relaxedFound, total.gold),
    },
    ...(langKnown > 0 ? { langAccuracy: round(langRight / langKnown) } : {}),
    ...(officials !== undefined ? { officials: officials.report() } : {}),
  };
}

export function formatReport(name: string, r: EvalReport): string {
  const f = (x: number): string => x.toFixed(3);
  const lines = [`${name}: ${r.docs} documents`, 'type       gold  pred | strict P   R     F1    | relaxed P  R     F1'];
  const row = (label: string, s: { gold: number; predicted: number; strict: PRF; relaxed: PRF }): string =>
    `${label.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} |        ${f(s.strict.p)} ${f(s.strict.r)} ${f(s.strict.f1)} |         ${f(s.relaxed.p)} ${f(s.relaxed.r)} ${f(s.relaxed.f1)}`;
  for (const type of MENTION_TYPES) {
    const s = r.byType[type];
    if (s !== undefined) lines.push(row(type, s));
  }
  lines.push(row('micro', r.micro));
  if (r.langAccuracy !== undefined) lines.push(`language ID accuracy: ${f(r.langAccuracy)}`);
  if (r.officials !== undefined) lines.push(formatOfficials(r.officials));
  return lines.join('\n');
}
