import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Task } from '../pipeline.js';

/** One input line: `{"id": ..., "text": ..., "lang"?: ..., "date"?: ..., "meta"?: {...}}`. */
export const InputLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(['kk', 'ru', 'en']).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});

/**
 * NDJSON documents → tasks, line by line (the reader pauses while the pipeline is busy, so a
 * long-running filter keeps bounded memory). A malformed line becomes a BAD_JSON error and the
 * stream goes on.
 */
export async function* ndjsonTasks(source: string): AsyncGenerator<Task> {
  const input = source === '-' ? process.stdin : createReadStream(source);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim().length === 0) continue;
    const where = `${source === '-' ? 'stdin' : source}:${n}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      yield { error: { path: where, error: { code: 'BAD_JSON', message: `not JSON: ${(err as Error).message}` } } };
      continue;
    }
    const doc = InputLineSchema.safeParse(parsed);
    if (!doc.success) {
      const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? String((parsed as { id: unknown }).id) : undefined;
      yield { error: { path: where, ...(id ? { id } : {}), error: { code: 'BAD_JSON', message: doc.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') } } };
      continue;
    }
    const { id, text, lang, date, meta } = doc.data;
    yield { doc: { path: where, id, text, ...(lang ? { lang } : {}), ...(date ? { date } : {}), ...(meta ? { meta } : {}) } };
  }
}
