import { blankFurniture } from './clean/boilerplate.js';
import { readHeader } from './clean/header.js';
import { detectLanguage, type DetectedLang, type Lang } from './lang/detect.js';
import { extractText, filterTypes, textStages, type TemporalConventions } from './extract/index.js';
import { linkOfficials } from './link/officials.js';
import { packOf } from './lang/registry.js';
import { resolveYearless } from './extract/date/year.js';
import type { DocumentRecord, ErrorRecord, Mention, MentionType, Warning } from './schema/record.js';
import { recordProblems, withoutBadMentions } from './schema/validate.js';
import { contentId } from './read/content-id.js';
import { withCodePointOffsets, type OffsetUnit } from './write/offsets.js';
import { installLexicons } from './lexicon/install.js';
import type { LoadedLexicon } from './lexicon/load.js';
import { setTracer, tracer, type Stage } from './extract/trace.js';
import { explainMention } from './explain/rules.js';
import { kazakhLatinVariant, toCyrillic } from './lang/kk/latin.js';
import { mentionsInLatin } from './lang/kk/latin-record.js';

export interface ExtractOptions {
  /** Force the language instead of detecting it. */
  readonly lang?: Lang | 'auto';
  /** Keep only these mention types (officials still need persons and positions internally). */
  readonly types?: ReadonlySet<MentionType>;
  /** Carry the text that offsets refer to in the record. */
  readonly withText?: boolean;
  /** How relative dates and durations are reported (see TemporalConventions). */
  readonly conventions?: TemporalConventions;
  /** Offsets in UTF-16 units (JavaScript, the default) or code points (Python, R). */
  readonly offsets?: OffsetUnit;
  /**
   * User lexicons (see src/lexicon): added to this thread's extractor tables before the document is
   * extracted, where they stay, and listed in the record's provenance.
   */
  readonly lexicons?: readonly LoadedLexicon[];
  /** Give each mention its `explain`: the stage, rule family and lexicon entry that produced it. */
  readonly explain?: boolean;
}

export interface DocumentInput {
  readonly path: string;
  /** Decoded text, leading BOM already removed. */
  readonly text: string;
  readonly encoding?: string;
  /** A date supplied from outside (NDJSON input, a page's publication date), used when the text has no date header. */
  readonly date?: string;
  /** A title supplied from outside (a page's og:title or <title>), used before the text's headline. */
  readonly title?: string;
  readonly lang?: Lang;
  /** Supplied (NDJSON input), or the content id when reading already took it from the bytes; else made from the text. */
  readonly id?: string;
  readonly meta?: Record<string, unknown>;
  /** What reading repaired (bytes that are not UTF-8), carried into the record. */
  readonly warnings?: readonly Warning[];
}

/**
 * One decoded document → one validated record (or an error record, never a half-valid one), in
 * three phases that runBatch takes a group of documents through one at a time (see there).
 */
export function processDocument(input: DocumentInput, opts: ExtractOptions = {}): DocumentRecord | ErrorRecord {
  installLexiconsOf(opts);
  const prepared = prepareDocument(input, opts);
  return finishDocument(prepared, extractPrepared(prepared, opts), opts);
}

/** User lexicons join this thread's tables before the documents that name them are read. */
export function installLexiconsOf(opts: ExtractOptions): void {
  if (opts.lexicons !== undefined && opts.lexicons.length > 0) installLexicons(opts.lexicons);
}

/** A document between its phases: its text cleaned, its header read, its language known. */
export interface PreparedDocument {
  readonly input: DocumentInput;
  /** The text without its BOM: the one the record's offsets refer to. */
  readonly text: string;
  readonly lang: DetectedLang;
  readonly confidence: number;
  readonly date: string | undefined;
  readonly title: string | undefined;
  /** The language whose rules read it. */
  readonly extractLang: Lang;
  /** Kazakh in a Latin alphabet, read in Cyrillic (lang/kk/latin.ts). */
  readonly reading: ReturnType<typeof toCyrillic> | undefined;
  /** The text the rules read: cleaned, and in Cyrillic when `reading` is set. */
  readonly extractFrom: string;
  /** Each mention's stage, with --explain. */
  readonly stages: Map<string, Stage> | undefined;
}

/** Cleaning, the header and the language: what the rules must know before they read. */
export function prepareDocument(input: DocumentInput, opts: ExtractOptions): PreparedDocument {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const clean = blankFurniture(text);
  const header = readHeader(clean.text);
  const forced = input.lang ?? (opts.lang !== undefined && opts.lang !== 'auto' ? opts.lang : undefined);
  const guess = forced !== undefined ? { lang: forced, confidence: 1, latin: forced === 'kk' ? kazakhLatinVariant(clean.text, true) : undefined } : detectLanguage(clean.text);
  // Kazakh in a Latin alphabet is extracted from its Cyrillic reading, and its mentions mapped back (lang/kk/latin.ts).
  const reading = guess.latin !== undefined ? toCyrillic(clean.text, guess.latin) : undefined;
  return {
    input,
    text,
    lang: guess.lang,
    confidence: guess.confidence,
    date: header.date ?? input.date,
    title: input.title !== undefined && input.title.length > 0 ? input.title : header.title,
    // Text in a language kzx does not read keeps only what reads the same in any language (see languageFree).
    extractLang: guess.lang === 'und' ? 'ru' : guess.lang,
    reading,
    extractFrom: reading?.text ?? clean.text,
    stages: opts.explain === true ? new Map<string, Stage>() : undefined,
  };
}

/** The rules' mentions of a prepared document, before the officials are linked. */
export function extractPrepared(p: PreparedDocument, opts: ExtractOptions): Mention[] {
  const input = extractInputOf(p, opts);
  return p.stages === undefined ? extractText(input) : traced(p.stages, () => extractText(input), p.reading?.latinAt);
}

/**
 * extractPrepared stage by stage (extract/index.ts, textStages), for runBatch. With --explain in one
 * step: the tracer that records each mention's stage is the thread's, set for one document at a time.
 */
export function* extractionSteps(p: PreparedDocument, opts: ExtractOptions): Generator<undefined, Mention[], undefined> {
  return p.stages === undefined ? yield* textStages(extractInputOf(p, opts)) : extractPrepared(p, opts);
}

// Every field given, even when undefined: inputs of one shape keep the extractors' loads monomorphic.
const extractInputOf = (p: PreparedDocument, opts: ExtractOptions) => ({ text: p.extractFrom, lang: p.extractLang, docDate: p.date, conventions: opts.conventions });

/** Years for yearless dates, explanations, the officials, then the record, validated. */
export function finishDocument(p: PreparedDocument, found: Mention[], opts: ExtractOptions): DocumentRecord | ErrorRecord {
  const { input, text, reading, stages } = p;
  const extracted = withYears(p.lang === 'und' ? found.filter(languageFree) : found, p.date);
  const explained = stages === undefined ? extracted : extracted.map((m) => withExplain(m, stages, opts.lexicons ?? [], reading?.text ?? text));
  const linked = linkOfficials(p.extractFrom, explained, packOf(p.extractLang).link);
  const { mentions: all, officials } = reading === undefined ? { mentions: explained, officials: linked } : mentionsInLatin(explained, linked, reading, text);
  const selected = opts.types === undefined ? { mentions: all, officials } : reindexOfficials(all, officials, opts.types);
  const record: DocumentRecord = {
    path: input.path,
    id: input.id !== undefined && input.id.length > 0 ? input.id : contentId(text),
    lang: p.lang,
    langConfidence: p.confidence,
    ...(reading !== undefined ? { script: 'latn' as const } : {}),
    encoding: input.encoding ?? 'utf-8',
    chars: text.length,
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.date !== undefined ? { date: p.date } : {}),
    ...(input.meta !== undefined ? { meta: input.meta } : {}),
    mentions: selected.mentions,
    officials: selected.officials,
    ...(opts.withText ? { text } : {}),
    ...(input.warnings !== undefined && input.warnings.length > 0 ? { warnings: [...input.warnings] } : {}),
    ...(opts.lexicons !== undefined && opts.lexicons.length > 0 ? { provenance: { lexicons: opts.lexicons.map((l) => ({ file: l.file, sha256: l.sha256 })) } } : {}),
  };
  const problems = recordProblems(record, text);
  if (problems !== undefined) {
    const repaired = withoutBadMentions(record, text);
    if (repaired !== undefined) return repaired;
    return {
      path: input.path,
      ...(input.id !== undefined ? { id: input.id } : {}),
      ...(input.meta !== undefined ? { meta: input.meta } : {}),
      error: { code: 'INVALID_RECORD', message: problems.slice(0, 500) },
    };
  }
  // Checked in UTF-16 units, the extractors' own, then converted.
  return opts.offsets === 'codepoint' ? withCodePointOffsets(record, text) : record;
}

const stageKey = (m: Mention): string => `${m.type}:${m.start}:${m.end}`;

/**
 * Runs `extract` recording the stage of each mention, passing every event on to a tracer already
 * set (kzx explain's, listening for declines), with the offsets of a decline in the original text
 * when extraction reads a Latin Kazakh text in Cyrillic (`latinAt`).
 */
function traced<T>(stages: Map<string, Stage>, extract: () => T, latinAt?: Uint32Array): T {
  const outer = tracer;
  setTracer({
    produced: (m, stage) => {
      stages.set(stageKey(m), stage);
      outer?.produced(m, stage);
    },
    declined: (stage, start, end, reason) => outer?.declined(stage, latinAt?.[start] ?? start, latinAt?.[end] ?? end, reason),
  });
  try {
    return extract();
  } finally {
    setTracer(outer);
  }
}

/** The mention with its explanation; without a traced stage (none is expected) it is left as it is. */
function withExplain(m: Mention, stages: ReadonlyMap<string, Stage>, lexicons: readonly LoadedLexicon[], text: string): Mention {
  const stage = stages.get(stageKey(m));
  return stage === undefined ? m : { ...m, explain: explainMention(m, stage, lexicons, text) };
}

/**
 * Mentions that need no grammar: a percent written with "%" and an amount of digits with a
 * currency sign ("$120", "5 000 ₸"). In a language kzx does not read, nothing else can be trusted:
 * names, titles, counted nouns and month names would be read with another language's rules.
 */
const LANGUAGE_FREE_RE: Partial<Record<Mention['type'], RegExp>> = {
  percent: /^[\d\s\u00a0.,]+\s?%$/,
  money: /^(?:[$€£¥₸₽]\s?[\d\s\u00a0.,]*\d|\d[\d\s\u00a0.,]*\s?[$€£¥₸₽])$/,
};
const languageFree = (m: Mention): boolean => LANGUAGE_FREE_RE[m.type]?.test(m.text) ?? false;

/**
 * Dates written without a year take it from the document date (see resolveYearless). Replaced in
 * place, each by a literal: once optimised, map() made holey arrays, so every record's mentions got
 * a second array class halfway through a run, and a spread copy got a hidden class of its own (2,400
 * date classes over 5,000 documents); each threw away the optimised code of the linker, validator
 * and runBatch (`--trace-deopt`: "wrong map", session 21).
 */
function withYears(mentions: Mention[], date: string | undefined): Mention[] {
  if (date === undefined) return mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'date' || m.value === undefined || !m.value.startsWith('--')) continue;
    const { start, end, text, relation } = m;
    const value = resolveYearless(m.value, date, relation === 'since' ? 'past' : undefined);
    if (value === undefined) continue;
    mentions[i] = relation !== undefined ? { type: 'date', start, end, text, value, relative: true, relation } : { type: 'date', start, end, text, value, relative: true };
  }
  return mentions;
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
