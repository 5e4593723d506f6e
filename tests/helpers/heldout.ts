import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { processDocument } from '../../src/document.js';
import { personKey } from '../../src/link/keys.js';
import type { DocumentRecord } from '../../src/schema/record.js';

/** Where a gold value was written (the second held-out set has them): a found mention matches it only when their spans overlap. */
const At = { start: z.number().int().optional(), end: z.number().int().optional(), text: z.string().optional() };
/** A range's upper end ("KZT 1.8-2 trillion", "20-25%"): `value` is then its lower end, matched as kzx writes a range, "from-to". */
const To = { to: z.number().optional() };

/** Hand-written gold of one held-out article: officials (a canonical role, or a head word when the post has none) and values. */
const GoldSchema = z
  .object({
    officials: z.array(
      z
        .object({
          name: z.string(),
          role: z.string().optional(),
          head: z.string().optional(),
          former: z.literal(true).optional(),
          acting: z.literal(true).optional(),
        })
        .strict()
        .refine((o) => (o.role === undefined) !== (o.head === undefined), 'a role or a head, not both'),
    ),
    money: z.array(z.object({ value: z.number(), currency: z.string(), ...To, ...At }).strict()),
    number: z.array(z.union([z.number(), z.object({ value: z.number(), ...To, ...At }).strict()])),
    percent: z.array(z.union([z.number(), z.object({ value: z.number(), ...To, ...At }).strict()])),
    date: z.array(z.union([z.string(), z.object({ value: z.string(), ...At }).strict()])),
    project: z.array(z.union([z.string(), z.object({ name: z.string(), ...At }).strict()])),
  })
  .strict();
type Gold = z.infer<typeof GoldSchema>;

export interface Counts {
  gold: number;
  found: number;
  matched: number;
}

export interface HeldoutScore {
  officials: Counts;
  /** Of the matched officials, how many carry the gold's former/acting flags exactly. */
  flagsRight: number;
  values: Counts;
  byType: Record<string, Counts>;
  misses: string[];
}

const VALUE_TYPES = ['money', 'number', 'percent', 'date', 'project'] as const;

/** A value to match: its key, and its span when the gold gives one (found values always have one). */
interface Keyed {
  key: string;
  start?: number;
  end?: number;
}

function spanOf(v: { start?: number; end?: number }): Omit<Keyed, 'key'> {
  return v.start === undefined || v.end === undefined ? {} : { start: v.start, end: v.end };
}

const rangeKey = (v: { value: number; to?: number }): string => (v.to === undefined ? String(v.value) : `${v.value}-${v.to}`);

function goldValueKeys(g: Gold, type: (typeof VALUE_TYPES)[number]): Keyed[] {
  if (type === 'money') return g.money.map((m) => ({ key: `${rangeKey(m)}|${m.currency}`, ...spanOf(m) }));
  if (type === 'project') return g.project.map((p) => (typeof p === 'string' ? { key: p.toLowerCase() } : { key: p.name.toLowerCase(), ...spanOf(p) }));
  if (type === 'date') return g.date.map((v) => (typeof v === 'object' ? { key: v.value, ...spanOf(v) } : { key: v }));
  return g[type].map((v) => (typeof v === 'object' ? { key: rangeKey(v), ...spanOf(v) } : { key: String(v) }));
}

/** The "date YYYY-MM-DD" header line is metadata, not article text: its date is not scored. */
const HEADER_RE = /^date \d{4}-\d{2}-\d{2}/;

function foundValueKeys(rec: DocumentRecord, text: string, type: (typeof VALUE_TYPES)[number]): Keyed[] {
  const headerEnd = HEADER_RE.exec(text)?.[0].length ?? 0;
  const keys: Keyed[] = [];
  for (const m of rec.mentions) {
    if (m.type !== type || m.end <= headerEnd) continue;
    const at = { start: m.start, end: m.end };
    if (m.type === 'money') keys.push({ key: `${typeof m.value === 'number' ? m.value : `${m.value.from}-${m.value.to}`}|${m.currency}`, ...at });
    else if (m.type === 'project') keys.push({ key: m.norm.toLowerCase(), ...at });
    else if (m.type === 'date') keys.push({ key: m.value ?? 'no value', ...at });
    else if (m.type === 'number' || m.type === 'percent') keys.push({ key: typeof m.value === 'number' ? String(m.value) : `${m.value.from}-${m.value.to}`, ...at });
  }
  return keys;
}

const overlaps = (g: Keyed, f: Keyed): boolean => g.start === undefined || g.end === undefined || (f.start! < g.end && g.start < f.end!);

/** Multiset intersection size (same key, and overlapping spans when the gold has one); what is left on either side goes to `misses`. */
function matchBag(gold: Keyed[], found: Keyed[], label: string, text: string, misses: string[]): Counts {
  const left = [...found];
  let matched = 0;
  const at = (k: Keyed): string => (k.start === undefined ? '' : ` "${text.slice(k.start, k.end)}"@${k.start}`);
  for (const g of gold) {
    const i = left.findIndex((f) => f.key === g.key && overlaps(g, f));
    if (i >= 0) {
      left.splice(i, 1);
      matched++;
    } else misses.push(`${label} missed ${g.key}${at(g)}`);
  }
  for (const f of left) misses.push(`${label} extra ${f.key}${at(f)}`);
  return { gold: gold.length, found: found.length, matched };
}

function add(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, found: a.found + b.found, matched: a.matched + b.matched };
}

export function scoreArticle(rec: DocumentRecord, text: string, gold: Gold, label: string): HeldoutScore {
  const misses: string[] = [];
  const found = rec.officials.map((o) => ({ ...o, used: false }));
  let matched = 0;
  let flagsRight = 0;
  for (const g of gold.officials) {
    const key = personKey(g.name);
    const hit = found.find((o) => !o.used && o.key === key && (g.role !== undefined ? o.role === g.role : o.position.toLowerCase().includes(g.head!.toLowerCase())));
    if (hit === undefined) {
      misses.push(`${label} official missed ${g.name} = ${g.role ?? g.head}`);
      continue;
    }
    hit.used = true;
    matched++;
    if (hit.former === g.former && hit.acting === g.acting) flagsRight++;
    else misses.push(`${label} official flags ${g.name}: former ${hit.former} acting ${hit.acting}`);
  }
  for (const o of found) if (!o.used) misses.push(`${label} official extra ${o.name} = ${o.role ?? o.position}`);
  const byType: Record<string, Counts> = {};
  let values: Counts = { gold: 0, found: 0, matched: 0 };
  for (const t of VALUE_TYPES) {
    byType[t] = matchBag(goldValueKeys(gold, t), foundValueKeys(rec, text, t), `${label} ${t}`, text, misses);
    values = add(values, byType[t]!);
  }
  return { officials: { gold: gold.officials.length, found: found.length, matched }, flagsRight, values, byType, misses };
}

/** Extracts and scores every article of `dir` (NAME.txt with its gold NAME.gold.json), summed. */
export function scoreHeldout(dir: string): HeldoutScore {
  const total: HeldoutScore = { officials: { gold: 0, found: 0, matched: 0 }, flagsRight: 0, values: { gold: 0, found: 0, matched: 0 }, byType: {}, misses: [] };
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    const rec = processDocument({ path: f, text });
    if (!('mentions' in rec)) throw new Error(`${f}: ${JSON.stringify(rec)}`);
    const gold = GoldSchema.parse(JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')));
    const s = scoreArticle(rec, text, gold, f.replace(/\.txt$/, ''));
    total.officials = add(total.officials, s.officials);
    total.flagsRight += s.flagsRight;
    total.values = add(total.values, s.values);
    for (const [t, c] of Object.entries(s.byType)) total.byType[t] = add(total.byType[t] ?? { gold: 0, found: 0, matched: 0 }, c);
    total.misses.push(...s.misses);
  }
  return total;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.found === 0 ? 0 : c.matched / c.found;
  const r = c.gold === 0 ? 0 : c.matched / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
