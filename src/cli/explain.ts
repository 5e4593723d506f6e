import { readDocument } from '../read/read.js';
import { lexiconsOrReport, type LexiconCliOptions } from './lexicons.js';
import { conventionsOf, EXIT } from './run-terms.js';
import type { Lang } from '../lang/detect.js';

interface ExplainCliOptions extends LexiconCliOptions {
  span?: string[];
  lang?: Lang | 'auto';
  json?: boolean;
  relativeDates?: boolean;
  durations?: 'date' | 'number';
}

/** `kzx explain FILE`: which stage, rule family and lexicon entry produced each mention; why a named span was not found. */
export async function runExplain(file: string, raw: Record<string, unknown>): Promise<number> {
  const opts = raw as ExplainCliOptions;
  const lexicons = await lexiconsOrReport(opts);
  if (lexicons === undefined) return EXIT.usage;
  const read = readDocument(file);
  if (!read.ok) {
    process.stderr.write(`kzx: error: ${file}: ${read.message} [${read.code}]\n`);
    return 1;
  }
  const { explainText, formatExplanation } = await import('../explain/explain.js');
  const e = explainText(read.text, { path: file, lang: opts.lang ?? 'auto', conventions: conventionsOf(opts), lexicons, spans: opts.span ?? [] });
  process.stdout.write(opts.json ? `${JSON.stringify({ path: e.record.path, lang: e.record.lang, mentions: e.mentions, spans: e.spans }, null, 1)}\n` : formatExplanation(e));
  return 0;
}
