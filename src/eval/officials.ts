/**
 * Officials scored as a relation, by the rule of the corpora README ("Officials"): a gold person is
 * a cluster of spans (joined by ALTERNATIVE_NAME links and by equal lowercased text); a gold pair
 * (person, position span) is found when one predicted official has a person mention overlapping
 * the cluster and a linked position mention overlapping the gold position; a predicted (official,
 * position mention) link is correct when it satisfies some gold pair.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface Offsets {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GoldPair {
  /** Index into GoldOfficials.persons. */
  readonly person: number;
  readonly position: Offsets;
}

export interface GoldOfficials {
  /** One entry per gold person: every span that names them. */
  readonly persons: ReadonlyArray<readonly Offsets[]>;
  readonly pairs: readonly GoldPair[];
  /** Seeds gold: the nominative name of each person that holds a post (by index into persons). */
  readonly names?: ReadonlyMap<number, string>;
}

/** What scoring needs of a predicted record. */
export interface PredictedOfficials {
  readonly mentions: ReadonlyArray<Offsets & { readonly type: string }>;
  readonly officials: ReadonlyArray<{ readonly name: string; readonly mentions: readonly number[]; readonly positionMentions: readonly number[] }>;
}

export interface OfficialsScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly found: number;
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  /** Missed pairs by cause: no predicted mention of the person, none of the position, neither, or both found but not linked. */
  readonly missed: { person: number; position: number; both: number; link: number };
  /** Gold people holding a post, how many were found (some pair), and (when the gold gives names) how many of those under the gold nominative name. */
  readonly officials: { gold: number; found: number; withName: number; named: number };
}

export interface OfficialsError {
  readonly doc: string;
  readonly kind: 'miss' | 'false_positive';
  /** miss: person, position, both or link; false_positive: the predicted official's name. */
  readonly why: string;
  readonly text: string;
}

const overlaps = (a: Offsets, b: Offsets): boolean => a.start < b.end && b.start < a.end;
const round = (x: number): number => Math.round(x * 10000) / 10000;
/** Names compared as the README's norm rule does: case and ё folded. */
export const foldName = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * Gold persons as clusters: spans joined by `alt` links (pairs of indices into `spans`) and by equal
 * lowercased text. Returns the cluster index of every span.
 */
export function clusterPersons(spans: readonly Offsets[], alt: ReadonlyArray<readonly [number, number]>): { clusters: Offsets[][]; clusterOf: number[] } {
  const parent = spans.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => void (parent[find(a)] = find(b));
  for (const [a, b] of alt) if (a < spans.length && b < spans.length) union(a, b);
  const byText = new Map<string, number>();
  spans.forEach((s, i) => {
    const k = s.text.toLowerCase();
    const first = byText.get(k);
    if (first === undefined) byText.set(k, i);
    else union(i, first);
  });
  const index = new Map<number, number>();
  const clusters: Offsets[][] = [];
  const clusterOf = spans.map((s, i) => {
    const root = find(i);
    let c = index.get(root);
    if (c === undefined) {
      index.set(root, (c = clusters.length));
      clusters.push([]);
    }
    clusters[c]!.push(s);
    return c;
  });
  return { clusters, clusterOf };
}

export class OfficialsScorer {
  private gold = 0;
  private predicted = 0;
  private correct = 0;
  private found = 0;
  private readonly missed = { person: 0, position: 0, both: 0, link: 0 };
  private readonly officials = { gold: 0, found: 0, withName: 0, named: 0 };

  /** Scores one document; `pred` undefined = the document was not extracted (all misses). */
  add(doc: string, gold: GoldOfficials, pred: PredictedOfficials | undefined, errors?: OfficialsError[]): void {
    const mentions = pred?.mentions ?? [];
    const officials = pred?.officials ?? [];
    const personSpans = officials.map((o) => o.mentions.map((k) => mentions[k]!));
    const satisfies = (official: number, position: Offsets, pair: GoldPair): boolean =>
      overlaps(position, pair.position) && personSpans[official]!.some((p) => gold.persons[pair.person]!.some((g) => overlaps(p, g)));
    // Every predicted link, once: an official may list the same position mention only once.
    for (let o = 0; o < officials.length; o++) {
      for (const k of officials[o]!.positionMentions) {
        const position = mentions[k]!;
        this.predicted += 1;
        if (gold.pairs.some((pair) => satisfies(o, position, pair))) this.correct += 1;
        else errors?.push({ doc, kind: 'false_positive', why: officials[o]!.name, text: `${officials[o]!.name} → ${position.text}` });
      }
    }
    const foundBy: Array<number | undefined> = gold.pairs.map((pair) => {
      for (let o = 0; o < officials.length; o++) if (officials[o]!.positionMentions.some((k) => satisfies(o, mentions[k]!, pair))) return o;
      return undefined;
    });
    gold.pairs.forEach((pair, i) => {
      this.gold += 1;
      if (foundBy[i] !== undefined) {
        this.found += 1;
        return;
      }
      // Predicted mentions of any official or none: a missed mention is told from a missed link.
      const personSeen = mentions.some((m) => m.type === 'person' && gold.persons[pair.person]!.some((g) => overlaps(m, g)));
      const positionSeen = mentions.some((m) => m.type === 'position' && overlaps(m, pair.position));
      const why = personSeen ? (positionSeen ? 'link' : 'position') : positionSeen ? 'person' : 'both';
      this.missed[why] += 1;
      errors?.push({ doc, kind: 'miss', why, text: `${gold.persons[pair.person]!.map((s) => s.text).join(' / ')} → ${pair.position.text}` });
    });
    const holders = new Set(gold.pairs.map((p) => p.person));
    for (const person of holders) {
      this.officials.gold += 1;
      const name = gold.names?.get(person);
      if (name !== undefined) this.officials.withName += 1;
      const by = gold.pairs.map((p, i) => (p.person === person ? foundBy[i] : undefined)).filter((o): o is number => o !== undefined);
      if (by.length === 0) continue;
      this.officials.found += 1;
      if (name !== undefined && by.some((o) => foldName(officials[o]!.name) === foldName(name))) this.officials.named += 1;
    }
  }

  report(): OfficialsScore {
    const p = this.predicted === 0 ? (this.gold === 0 ? 1 : 0) : this.correct / this.predicted;
    const r = this.gold === 0 ? 1 : this.found / this.gold;
    return {
      gold: this.gold,
      predicted: this.predicted,
      correct: this.correct,
      found: this.found,
      p: round(p),
      r: round(r),
      f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
      missed: { ...this.missed },
      officials: { ...this.officials },
    };
  }
}

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
const RelFileSchema = z.object({
  pairs: z.array(z.object({ person: SpanSchema, position: SpanSchema, person_index: z.number().int().nonnegative() })),
  persons: z.array(SpanSchema),
  alt: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});

/** NEREL-style `NAME.rel.json` (WORKS_AS pairs) → gold officials, by document name. */
export function readRelDir(dir: string): Map<string, GoldOfficials> {
  const out = new Map<string, GoldOfficials>();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.rel.json'))
    .sort()) {
    const parsed = RelFileSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!parsed.success) throw new Error(`${join(dir, f)}: not a relations file: ${parsed.error.issues[0]?.message ?? ''}`);
    const rel = parsed.data;
    const { clusters, clusterOf } = clusterPersons(rel.persons, rel.alt);
    const pairs = rel.pairs.map((p) => {
      const c = clusterOf[p.person_index];
      if (c === undefined) throw new Error(`${join(dir, f)}: person_index ${p.person_index} is not a person`);
      return { person: c, position: p.position };
    });
    out.set(f.slice(0, -'.rel.json'.length), { persons: clusters, pairs });
  }
  return out;
}

/** The relations folder of a documents folder, by name: X-docs → X-rel beside it. */
export function relDirBeside(docsDir: string): string | undefined {
  const trimmed = docsDir.replace(/\/+$/, '');
  if (!trimmed.endsWith('-docs')) return undefined;
  const rel = `${trimmed.slice(0, -'-docs'.length)}-rel`;
  return existsSync(rel) ? rel : undefined;
}

const SeedOfficialSchema = z.object({
  name: z.string().min(1),
  position: z.string().min(1),
  mentions: z.array(z.number().int().nonnegative()).min(1),
  position_mentions: z.array(z.number().int().nonnegative()).min(1),
});
export const SeedOfficialsSchema = z.array(SeedOfficialSchema);

/**
 * Seeds gold `officials` (nominative name, position, indices into the gold mentions) → gold pairs:
 * each official's person mentions (plus persons of the same text) form one person, paired with
 * every position mention that refers to them.
 */
export function seedOfficials(mentions: ReadonlyArray<Offsets & { type: string }>, officials: z.infer<typeof SeedOfficialsSchema>): GoldOfficials {
  const personIdx = mentions.map((m, i) => (m.type === 'person' ? i : -1)).filter((i) => i >= 0);
  const at = (i: number): Offsets => {
    const m = mentions[i];
    if (m === undefined) throw new Error(`official mention ${i} is out of range`);
    return m;
  };
  const persons: Offsets[][] = [];
  const names = new Map<number, string>();
  const pairs: GoldPair[] = [];
  for (const o of officials) {
    const own = o.mentions.map(at);
    const texts = new Set(own.map((s) => s.text.toLowerCase()));
    const same = personIdx.filter((i) => !o.mentions.includes(i) && texts.has(mentions[i]!.text.toLowerCase())).map(at);
    const person = persons.push([...own, ...same]) - 1;
    names.set(person, o.name);
    for (const k of o.position_mentions) pairs.push({ person, position: at(k) });
  }
  return { persons, pairs, names };
}

export function formatOfficials(s: OfficialsScore): string {
  const f = (x: number): string => x.toFixed(3);
  return [
    `officials ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} | links P ${f(s.p)} R ${f(s.r)} F1 ${f(s.f1)}`,
    `  missed pairs: ${s.gold - s.found} (person not found ${s.missed.person}, position not found ${s.missed.position}, neither ${s.missed.both}, only the link ${s.missed.link})`,
    `  people holding a post: ${s.officials.gold}, found ${s.officials.found}${s.officials.withName > 0 ? `, under the gold nominative name ${s.officials.named} of ${s.officials.withName}` : ''}`,
  ].join('\n');
}
