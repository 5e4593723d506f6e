import { blankFurniture } from './clean/boilerplate.js';
import { readHeader } from './clean/header.js';
import { detectLanguage, type Lang } from './lang/detect.js';
import { extractText, filterTypes, type TemporalConventions } from './extract/index.js';
import { linkOfficials } from './link/officials.js';
import type { DocumentRecord, ErrorRecord, MentionType } from './schema/record.js';
import { recordProblems } from './schema/validate.js';
import { contentId } from './read/content-id.js';

export interface ExtractOptions {
  /** Force the language instead of detecting it. */
  readonly lang?: Lang | 'auto';
  /** Keep only these mention types (officials still need persons and positions internally). */
  readonly types?: ReadonlySet<MentionType>;
  /** Carry the text that offsets refer to in the record. */
  readonly withText?: boolean;
  /** How relative dates and durations are reported (see TemporalConventions). */
  readonly conventions?: TemporalConventions;
}

export interface DocumentInput {
  readonly path: string;
  /** Decoded text, leading BOM already removed. */
  readonly text: string;
  readonly encoding?: string;
  /** A date supplied from outside (NDJSON input), used when the text has no date header. */
  readonly date?: string;
  readonly lang?: Lang;
  /** Supplied (NDJSON input), or the content id when reading already took it from the bytes; else made from the text. */
  readonly id?: string;
  readonly meta?: Record<string, unknown>;
}

/** One decoded document → one validated record (or an error record, never a half-valid one). */
export function processDocument(input: DocumentInput, opts: ExtractOptions = {}): DocumentRecord | ErrorRecord {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const clean = blankFurniture(text);
  const header = readHeader(clean.text);
  const forced = input.lang ?? (opts.lang !== undefined && opts.lang !== 'auto' ? opts.lang : undefined);
  const guess = forced !== undefined ? { lang: forced, confidence: 1 } : detectLanguage(clean.text);
  const date = header.date ?? input.date;
  const extractLang: Lang = guess.lang === 'und' ? 'ru' : guess.lang;
  // Every field given, even when undefined: inputs of one shape keep the extractors' loads monomorphic.
  const all = extractText({ text: clean.text, lang: extractLang, docDate: date, conventions: opts.conventions });
  const officials = linkOfficials(clean.text, all, extractLang);
  const selected = opts.types === undefined ? { mentions: all, officials } : reindexOfficials(all, officials, opts.types);
  const record: DocumentRecord = {
    path: input.path,
    id: input.id !== undefined && input.id.length > 0 ? input.id : contentId(text),
    lang: guess.lang,
    langConfidence: guess.confidence,
    encoding: input.encoding ?? 'utf-8',
    chars: text.length,
    ...(header.title !== undefined ? { title: header.title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(input.meta !== undefined ? { meta: input.meta } : {}),
    mentions: selected.mentions,
    officials: selected.officials,
    ...(opts.withText ? { text } : {}),
  };
  const problems = recordProblems(record, text);
  if (problems !== undefined) {
    return { path: input.path, ...(input.id !== undefined ? { id: input.id } : {}), ...(input.meta !== undefined ? { meta: input.meta } : {}), error: { code: 'INVALID_RECORD', message: problems.slice(0, 500) } };
  }
  return record;
}

/** Drop unrequested types and renumber the officials' mention indices to match. */
function reindexOfficials(all: ReturnType<typeof extractText>, officials: ReturnType<typeof linkOfficials>, types: ReadonlySet<MentionType>) {
  const kept = filterTypes(all, types);
  const keptAt = new Map(kept.map((m, i) => [m, i]));
  const newIndex = new Map(all.map((m, i) => [i, keptAt.get(m)]).filter((e): e is [number, number] => e[1] !== undefined));
  const remap = (ks: number[]): number[] => ks.map((k) => newIndex.get(k)).filter((k): k is number => k !== undefined);
  const keptOfficials = officials
    .map((o) => ({ ...o, mentions: remap(o.mentions), positionMentions: remap(o.positionMentions) }))
    .filter((o) => o.mentions.length > 0 && o.positionMentions.length > 0);
  return { mentions: kept, officials: keptOfficials };
}
