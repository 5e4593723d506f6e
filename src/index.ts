/**
 * kzx as a library: the same pipeline the CLI runs.
 *
 *   import { extract, extractFile, extractFiles, schemas } from 'kzx';
 *   const record = extract('Аким области Берик Уали выделил 658 млн тенге.');
 */
import { processDocument, type DocumentInput, type ExtractOptions } from './document.js';
import { lstatSync } from 'node:fs';
import { fsPath } from './read/fs-path.js';
import { failureRecord, type ReadOptions } from './read/read.js';
import { discover, type DiscoverOptions } from './discover/discover.js';
import { extractStream, type PipelineOptions } from './pipeline.js';
import { runBatch } from './batch.js';
import { DocumentRecordSchema, ErrorRecordSchema, MentionSchema, OutputRecordSchema, type DocumentRecord, type ErrorRecord, type OutputRecord } from './schema/record.js';
import { jsonSchemas } from './schema/json-schema.js';

export type { ExtractOptions, DocumentInput } from './document.js';
export type { TemporalConventions } from './extract/index.js';
export type {
  DocumentRecord,
  ErrorRecord,
  OutputRecord,
  Mention,
  MentionType,
  Official,
  PersonMention,
  PositionMention,
  MoneyMention,
  NumberMention,
  PercentMention,
  DateMention,
  ProjectMention,
} from './schema/record.js';
export { isErrorRecord } from './schema/record-helpers.js';
export { personKey } from './link/keys.js';
export { contentId } from './read/content-id.js';
export { loadLexicons, LexiconError, type LoadedLexicon } from './lexicon/load.js';
// Language packs: a language's rules for every dimension; a registered pack extracts through extractText.
export { registerPack, registeredPacks, packOf } from './lang/registry.js';
export type { LanguagePack, PackLang } from './lang/pack.js';
export { extractText } from './extract/index.js';

/** The zod schemas of the record contract, and their JSON Schema form. */
export const schemas = {
  record: DocumentRecordSchema,
  error: ErrorRecordSchema,
  output: OutputRecordSchema,
  mention: MentionSchema,
  json: jsonSchemas,
};

/** One text → one validated record. */
export function extract(text: string, opts: ExtractOptions & Partial<Omit<DocumentInput, 'text'>> = {}): DocumentRecord | ErrorRecord {
  const { lang, types, withText, conventions, offsets, path, ...input } = opts;
  return processDocument(
    { path: path ?? '-', text, ...input },
    { ...(lang ? { lang } : {}), ...(types ? { types } : {}), ...(withText ? { withText } : {}), ...(conventions ? { conventions } : {}), ...(offsets ? { offsets } : {}) },
  );
}

/** One file (any supported encoding, HTML or text) → one record, or an error record. */
export function extractFile(path: string, opts: ExtractOptions & ReadOptions & Pick<PipelineOptions, 'timeoutMs'> = {}): DocumentRecord | ErrorRecord {
  const { maxBytes, encoding, timeoutMs, ...extractOpts } = opts;
  const read = { ...(maxBytes !== undefined ? { maxBytes } : {}), ...(encoding !== undefined ? { encoding } : {}) };
  // Nothing discovered this path: if it is missing, it never existed (VANISHED is for a file found, then gone).
  if (isMissing(path)) return failureRecord(path, { code: 'ENOENT', message: 'no such file or directory' });
  return runBatch([{ file: path }], { extract: extractOpts, ...read, ...(timeoutMs !== undefined ? { timeoutMs } : {}) }, 'records').records[0]!;
}

function isMissing(path: string): boolean {
  try {
    lstatSync(fsPath(path));
    return false;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** Files, directories and globs → records in input order, streamed, on `jobs` worker threads. */
export function extractFiles(
  inputs: readonly string[],
  opts: ExtractOptions & ReadOptions & DiscoverOptions & Pick<PipelineOptions, 'onWorkerFailure' | 'timeoutMs'> & { jobs?: number } = {},
): AsyncGenerator<OutputRecord> {
  const { jobs, include, exclude, onFound, onWorkerFailure, maxBytes, encoding, timeoutMs, ...extractOpts } = opts;
  return extractStream(discover(inputs, { ...(include ? { include } : {}), ...(exclude ? { exclude } : {}), ...(onFound ? { onFound } : {}) }), {
    extract: extractOpts,
    jobs: jobs ?? 1,
    ...(onWorkerFailure ? { onWorkerFailure } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
}

export { processDocument };
