import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { MENTION_TYPES, type MentionType } from '../schema/record.js';
import { clusterPersons, seedOfficials, SeedOfficialsSchema, type GoldOfficials, type GoldPair } from './officials.js';

export interface GoldMention {
  readonly type: MentionType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Person mentions in the seeds gold: the nominative name, and the entity it refers to (null when unnamed). */
  readonly norm?: string;
  readonly ref?: string | null;
}

export interface GoldDoc {
  readonly doc: string;
  readonly text: string;
  readonly lang?: string;
  readonly annotatedTypes: ReadonlySet<MentionType>;
  readonly mentions: readonly GoldMention[];
  /** Person ↔ position links, when the gold has them (seeds `officials`, NEREL `.rel.json`). */
  readonly officials?: GoldOfficials;
}

/** KazNERD and NEREL labels → kzx types (the mappings in the corpora README). */
export const DEFAULT_LABEL_MAP: Readonly<Record<string, MentionType>> = {
  PERSON: 'person',
  POSITION: 'position',
  PROFESSION: 'position',
  MONEY: 'money',
  CARDINAL: 'number',
  NUMBER: 'number',
  PERCENTAGE: 'percent',
  PERCENT: 'percent',
  DATE: 'date',
  PROJECT: 'project',
};

export function parseLabelMap(spec: string | undefined): Readonly<Record<string, MentionType>> {
  if (spec === undefined) return DEFAULT_LABEL_MAP;
  const map: Record<string, MentionType> = {};
  for (const pair of spec.split(',')) {
    const [label, type] = pair.split('=').map((s) => s.trim());
    if (!label || !type || !(MENTION_TYPES as readonly string[]).includes(type)) throw new Error(`bad --map entry '${pair}': use LABEL=type with a kzx type`);
    map[label] = type as MentionType;
  }
  return map;
}

/** NAME.gold.json (the corpora README's format); mentions may carry more fields (the seeds' values), kept for `officials`' indices. */
const GoldFileSchema = z.object({
  doc: z.string().optional(),
  lang: z.string().optional(),
  annotated_types: z.array(z.string()).optional(),
  mentions: z.array(
    z.looseObject({
      type: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      norm: z.string().optional(),
      ref: z.string().nullable().optional(),
    }),
  ),
  officials: z.unknown().optional(),
});
type GoldFile = z.infer<typeof GoldFileSchema>;

const isMentionType = (type: string): type is MentionType => (MENTION_TYPES as readonly string[]).includes(type);

/** The gold mentions of kzx's types (a corpus may mark others). */
const knownMentions = (mentions: GoldFile['mentions']): GoldMention[] =>
  mentions.flatMap(({ type, start, end, text, norm, ref }) =>
    isMentionType(type) ? [{ type, start, end, text, ...(norm !== undefined ? { norm } : {}), ...(ref !== undefined ? { ref } : {}) }] : [],
  );

/** A gold file read and checked: a clear error naming the file, not a failure deep in the scorer (a held-out fixture's own format, say). */
function readGoldFile(path: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not JSON: ${(e as Error).message}`);
  }
  const gold = GoldFileSchema.safeParse(json);
  if (!gold.success) {
    const issue = gold.error.issues[0];
    throw new Error(`${path}: not a gold file of the corpora format (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'})`);
  }
  return gold.data;
}

/** A folder of NAME.txt + NAME.gold.json pairs. */
export function readGoldDir(dir: string): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = readGoldFile(join(dir, f));
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const mentions = knownMentions(gold.mentions);
      const annotated = new Set(gold.annotated_types?.filter(isMentionType) ?? mentions.map((m) => m.type));
      return { doc: gold.doc ?? name, text, ...(gold.lang ? { lang: gold.lang } : {}), annotatedTypes: annotated, mentions };
    });
}

/** The seeds layout: texts in DIR, gold in DIR/gold/NAME.json. */
export function readSeedsDir(dir: string): GoldDoc[] | undefined {
  const goldDir = join(dir, 'gold');
  if (!existsSync(goldDir)) return undefined;
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.json');
      const gold = readGoldFile(join(goldDir, f));
      const mentions = knownMentions(gold.mentions);
      const officials = gold.officials === undefined ? undefined : SeedOfficialsSchema.safeParse(gold.officials);
      if (officials?.success === false) throw new Error(`${join(goldDir, f)}: bad officials: ${officials.error.issues[0]?.message ?? ''}`);
      return {
        doc: name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        ...(gold.lang ? { lang: gold.lang } : {}),
        annotatedTypes: new Set(gold.annotated_types?.filter(isMentionType) ?? MENTION_TYPES),
        mentions,
        // Indices in the gold officials count every gold mention, so the unfiltered list is passed.
        ...(officials !== undefined ? { officials: seedOfficials(gold.mentions, officials.data) } : {}),
      };
    });
}

const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '!', '?', '»', ')', '%', '”']);
const NO_SPACE_AFTER = new Set(['«', '(', '“']);
const SENTENCES_PER_DOC = 25;

/** CoNLL IOB2 ("token TAG" lines, blank lines between sentences): text rebuilt, 25 sentences a document. */
export function readConll(path: string, labels: Readonly<Record<string, MentionType>>, lang?: string): GoldDoc[] {
  const sentences = readFileSync(path, 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((s) => s.split(/\r?\n/).filter((l) => l.trim().length > 0))
    .filter((s) => s.length > 0);
  const docs: GoldDoc[] = [];
  for (let d = 0; d * SENTENCES_PER_DOC < sentences.length; d++) {
    let text = '';
    const mentions: GoldMention[] = [];
    let open: { type: MentionType; start: number; end: number } | undefined;
    const close = (): void => {
      if (open) mentions.push({ ...open, text: text.slice(open.start, open.end) });
      open = undefined;
    };
    for (const sentence of sentences.slice(d * SENTENCES_PER_DOC, (d + 1) * SENTENCES_PER_DOC)) {
      if (text.length > 0) text += '\n';
      let prev = '';
      for (const line of sentence) {
        const cut = line.lastIndexOf(' ');
        const token = line.slice(0, cut);
        const tag = line.slice(cut + 1);
        if (text.length > 0 && !text.endsWith('\n') && !NO_SPACE_BEFORE.has(token) && !NO_SPACE_AFTER.has(prev)) text += ' ';
        const start = text.length;
        text += token;
        prev = token;
        const [bio, label] = tag.split('-', 2) as [string, string | undefined];
        const type = label !== undefined ? labels[label] : undefined;
        if (bio === 'I' && open && type === open.type) open.end = text.length;
        else {
          close();
          if (type !== undefined && (bio === 'B' || bio === 'I')) open = { type, start, end: text.length };
        }
      }
      close();
    }
    const types = new Set(Object.values(labels));
    docs.push({ doc: `${basename(path)}#${d + 1}`, text, ...(lang ? { lang } : {}), annotatedTypes: types, mentions });
  }
  return docs;
}

/** brat standoff: NAME.txt + NAME.ann, "T1<TAB>LABEL start end[;start end]<TAB>text". */
/** brat relations read as officials gold: NEREL's names for "person holds position" and "same person". */
const BRAT_HOLDS = 'WORKS_AS';
const BRAT_SAME_PERSON = 'ALTERNATIVE_NAME';

/**
 * A brat standoff folder (NAME.txt + NAME.ann). Entities become gold mentions by `labels`; when any
 * file of the folder has a WORKS_AS relation from a person to a position, every document also gets
 * officials gold (persons clustered by ALTERNATIVE_NAME links and equal text, as for `.rel.json`),
 * so that a document without such a relation counts as one with no links.
 */
export function readBrat(dir: string, labels: Readonly<Record<string, MentionType>>, lang?: string): GoldDoc[] {
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const mentions: GoldMention[] = [];
      const entities = new Map<string, GoldMention>();
      const relations: Array<{ kind: string; from: string; to: string }> = [];
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        const [id, spec] = line.split('\t');
        if (id === undefined || spec === undefined) continue;
        if (id.startsWith('R')) {
          const [kind, from, to] = spec.split(' ');
          if (kind !== undefined && from?.startsWith('Arg1:') && to?.startsWith('Arg2:')) relations.push({ kind, from: from.slice(5), to: to.slice(5) });
          continue;
        }
        if (!id.startsWith('T')) continue;
        const [label, ...offsets] = spec.split(/[ ;]/);
        const type = label !== undefined ? labels[label] : undefined;
        if (type === undefined) continue;
        const nums = offsets.map(Number);
        const start = nums[0]!;
        const end = nums[nums.length - 1]!;
        const mention = { type, start, end, text: text.slice(start, end) };
        mentions.push(mention);
        entities.set(id, mention);
      }
      return { doc: name, text, ...(lang ? { lang } : {}), mentions, entities, relations };
    });
  // A brat folder has no list of its entity classes: the types it annotates are those it uses (NEREL has no projects).
  const annotatedTypes = new Set(docs.flatMap((d) => d.mentions.map((m) => m.type)));
  const hasLinks = docs.some((d) => d.relations.some((r) => r.kind === BRAT_HOLDS));
  return docs.map(({ entities, relations, ...doc }) => ({ ...doc, annotatedTypes, ...(hasLinks ? { officials: bratOfficials(entities, relations) } : {}) }));
}

function bratOfficials(entities: ReadonlyMap<string, GoldMention>, relations: ReadonlyArray<{ kind: string; from: string; to: string }>): GoldOfficials {
  const personIds = [...entities].filter(([, m]) => m.type === 'person').map(([id]) => id);
  const indexOf = new Map(personIds.map((id, i) => [id, i]));
  const alt: Array<[number, number]> = [];
  for (const r of relations) {
    const a = indexOf.get(r.from);
    const b = indexOf.get(r.to);
    if (r.kind === BRAT_SAME_PERSON && a !== undefined && b !== undefined) alt.push([a, b]);
  }
  const { clusters, clusterOf } = clusterPersons(
    personIds.map((id) => entities.get(id)!),
    alt,
  );
  const pairs: GoldPair[] = [];
  for (const r of relations) {
    const person = indexOf.get(r.from);
    const position = entities.get(r.to);
    if (r.kind === BRAT_HOLDS && person !== undefined && position?.type === 'position') pairs.push({ person: clusterOf[person]!, position });
  }
  return { persons: clusters, pairs };
}
