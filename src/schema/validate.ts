import { createRequire } from 'node:module';
import type { DocumentRecord, MentionType, Warning } from './record.js';
import { consistencyIssues, MENTION_TYPES } from './contract.js';

/** What ajv's standalone validators are told besides the data: where the data sits, for error paths. */
interface CallContext {
  readonly instancePath: string;
  readonly dynamicAnchors: Record<string, never>;
}

/** A validator function as ajv's standalone code exports it. */
interface CompiledValidator {
  (data: unknown, context?: CallContext): boolean;
  errors?: ReadonlyArray<{ instancePath: string; message?: string; params?: { additionalProperty?: string } }> | null;
}

/** What record.validator.cjs exports: the record's validator (each mention an object of a known type) and one per mention type. */
type CompiledModule = Readonly<Record<'record' | MentionType, CompiledValidator>>;
interface CompiledValidators {
  readonly record: CompiledValidator;
  /** By type in a Map: an object indexed by a type that varies at every mention is a megamorphic load in V8. */
  readonly mention: ReadonlyMap<string, CompiledValidator>;
}

/** Relative to this module in dist/ and in src/ alike; the CLI's bundle requires it from the same place (src/tools/bundle.ts). */
export const COMPILED_PATH = '../../schemas/record.validator.cjs';
let compiled: CompiledValidators | undefined;

/**
 * The validators compiled at build time from schemas/record.schema.json (src/tools/compile-validator.ts).
 * Loaded on first use; src/schema and dist/schema are both two levels below the package root.
 */
function compiledValidators(): CompiledValidators {
  if (compiled === undefined) {
    try {
      const module = createRequire(import.meta.url)(COMPILED_PATH) as CompiledModule;
      const missing = (['record', ...MENTION_TYPES] as const).filter((name) => typeof module[name] !== 'function');
      if (missing.length > 0) throw new Error(`no validator for ${missing.join(', ')}`);
      compiled = { record: module.record, mention: new Map(MENTION_TYPES.map((type) => [type, module[type]])) };
    } catch (err) {
      throw new Error(`schemas/record.validator.cjs cannot be loaded (run \`npm run build\`): ${(err as Error).message}`);
    }
  }
  return compiled;
}

// One context for every mention: ajv's own calls would build an object and a path string per mention.
// A failing mention's error paths are made whole afterwards.
const MENTION_CONTEXT: CallContext = Object.freeze({ instancePath: '', dynamicAnchors: Object.freeze({}) });

const describe = (errors: CompiledValidator['errors'], prefix: string): string =>
  (errors ?? []).map((e) => `${prefix + e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params?.additionalProperty !== undefined ? ` ('${e.params.additionalProperty}')` : ''}`).join('; ');

/**
 * Why a record breaks the contract (DocumentRecordSchema), or undefined when it keeps it: the
 * compiled JSON Schema checks, then the cross-field checks against the text the offsets refer to.
 */
export function recordProblems(record: DocumentRecord, text: string): string | undefined {
  const v = compiledValidators();
  if (!v.record(record)) return describe(v.record.errors, '');
  const mentions = record.mentions;
  for (let i = 0; i < mentions.length; i++) {
    // The record's validator has checked that every mention has a known type.
    const check = v.mention.get(mentions[i]!.type)!;
    if (!check(mentions[i], MENTION_CONTEXT)) return describe(check.errors, `/mentions/${i}`);
  }
  const issues = consistencyIssues({ chars: record.chars, text, mentions: record.mentions, officials: record.officials });
  return issues.length === 0 ? undefined : issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/** How much of a dropped mention's text a warning quotes. */
const QUOTED_CHARS = 40;

/**
 * The record without the mentions that break the contract (a number that overflows to Infinity, a
 * date value that is not ISO 8601, offsets outside the text), each named in a warning, with the
 * officials renumbered (one left without its person or position goes too); undefined when that
 * does not make it valid. One bad value then costs its mention, not the document's record.
 */
export function withoutBadMentions(record: DocumentRecord, text: string): DocumentRecord | undefined {
  const v = compiledValidators();
  const why = new Map<number, string>();
  record.mentions.forEach((m, i) => {
    const check = v.mention.get(m.type);
    if (check === undefined) why.set(i, `unknown type ${m.type}`);
    else if (!check(m, MENTION_CONTEXT)) why.set(i, describe(check.errors?.slice(0, 1), ''));
  });
  for (const issue of consistencyIssues({ chars: record.chars, text, mentions: record.mentions, officials: [] })) {
    const at = issue.path[1];
    if (typeof at === 'number' && !why.has(at)) why.set(at, issue.message);
  }
  if (why.size === 0) return undefined;
  const newIndex = new Map<number, number>();
  const mentions = record.mentions.filter((_, i) => {
    if (why.has(i)) return false;
    newIndex.set(i, newIndex.size);
    return true;
  });
  const remap = (ks: readonly number[]): number[] => ks.flatMap((k) => (newIndex.has(k) ? [newIndex.get(k)!] : []));
  const officials = record.officials
    .map((o) => ({ ...o, mentions: remap(o.mentions), positionMentions: remap(o.positionMentions) }))
    .filter((o) => o.mentions.length > 0 && o.positionMentions.length > 0);
  const warnings: Warning[] = [...(record.warnings ?? [])];
  for (const [i, problem] of [...why].sort(([a], [b]) => a - b)) {
    const m = record.mentions[i]!;
    const quoted = typeof m.text === 'string' ? (m.text.length > QUOTED_CHARS ? `${m.text.slice(0, QUOTED_CHARS)}…` : m.text) : '';
    warnings.push({ code: 'MENTION_DROPPED', message: `${m.type} mention "${quoted}" at ${m.start}-${m.end} dropped: ${problem}`.slice(0, 500) });
  }
  const repaired: DocumentRecord = { ...record, mentions, officials, warnings };
  return recordProblems(repaired, text) === undefined ? repaired : undefined;
}
