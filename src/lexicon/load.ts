import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findConfig } from './find-config.js';
import type { z } from 'zod';
import { ConfigSchema, LexiconSchema, type Lexicon } from './schema.js';
import { jsonValueLines, syntaxErrorLine } from './json-lines.js';

/** A lexicon as read: where from, its hash (recorded in each record's provenance) and its entries. */
export interface LoadedLexicon {
  readonly file: string;
  readonly sha256: string;
  readonly lexicon: Lexicon;
}

export class LexiconError extends Error {}

/**
 * Parses and validates one file; an error names the file, the line and the field
 * ("my.json:7: programmes.0.forms.1: Too small: expected string to have >=1 characters").
 */
function readChecked<S extends z.ZodType>(file: string, shown: string, schema: S): { value: z.infer<S>; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new LexiconError(`${shown}: cannot be read: ${(e as Error).message}`);
  }
  const source = bytes.toString('utf8').replace(/^\ufeff/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    const line = syntaxErrorLine(source, (e as Error).message);
    throw new LexiconError(`${shown}${line !== undefined ? `:${line}` : ''}: not JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const lines = jsonValueLines(source);
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
      // The line of the deepest value the path reaches (a missing field: its object).
      const path = issue.path.map(String);
      let line: number | undefined;
      for (let n = path.length; n >= 0 && line === undefined; n--) line = lines.get(path.slice(0, n).join('.'));
      return `${shown}:${line ?? 1}: ${path.join('.') || '(top level)'}: ${issue.message}`;
    });
    throw new LexiconError(problems.join('\n'));
  }
  return { value: parsed.data as z.infer<S>, sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
}

const hasEntries = (l: Lexicon): boolean => l.programmes !== undefined || l.titles !== undefined || l.firstNames !== undefined || l.notNames !== undefined;

/**
 * The lexicons of a run: those of the config file (given, or found from `cwd` upward), its own
 * entries first, then each --lexicon file, in order. Paths are shown relative to `cwd`.
 */
export function loadLexicons(opts: { files?: readonly string[]; config?: string; cwd?: string; findConfig?: boolean }): LoadedLexicon[] {
  const cwd = opts.cwd ?? process.cwd();
  const shown = (abs: string): string => relative(cwd, abs) || abs;
  const out: LoadedLexicon[] = [];
  const config = opts.config !== undefined ? resolve(cwd, opts.config) : opts.findConfig === false ? undefined : findConfig(cwd);
  if (config !== undefined) {
    const { value, sha256 } = readChecked(config, shown(config), ConfigSchema);
    const { lexicons, ...entries } = value;
    if (hasEntries(entries)) out.push({ file: shown(config), sha256, lexicon: entries });
    for (const f of lexicons ?? []) {
      const abs = resolve(dirname(config), f);
      const read = readChecked(abs, shown(abs), LexiconSchema);
      out.push({ file: shown(abs), sha256: read.sha256, lexicon: read.value });
    }
  }
  for (const f of opts.files ?? []) {
    const read = readChecked(resolve(cwd, f), f, LexiconSchema);
    out.push({ file: f, sha256: read.sha256, lexicon: read.value });
  }
  return out;
}
