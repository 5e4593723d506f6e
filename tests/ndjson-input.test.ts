import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjsonTasks } from '../src/read/ndjson-input.js';
import { runBatch } from '../src/batch.js';
import type { Task } from '../src/batch.js';
import { schemas } from '../src/index.js';
import type { OutputRecord } from '../src/schema/record.js';
import { kzx } from './helpers/run.js';

const dir = mkdtempSync(join(tmpdir(), 'kzx-ndjson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (data: string | Buffer): string => {
  const path = join(dir, `in-${files++}.ndjson`);
  writeFileSync(path, data);
  return path;
};
const doc = (id: string, text = 'Аким области выделил 658 млн тенге на ремонт дорог.'): string => JSON.stringify({ id, text });
const deepMeta = (depth: number): string => `{"id":"deep","text":"Биыл 12 мектеп салынды.","meta":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

/** The library path: an NDJSON source → tasks → records, as the CLI runs them on one thread. */
async function records(source: string, maxBytes?: number): Promise<OutputRecord[]> {
  const tasks: Task[] = [];
  for await (const t of ndjsonTasks(source, maxBytes !== undefined ? { maxBytes } : {})) tasks.push(t);
  return [...runBatch(tasks, { extract: {} }, 'records').records];
}
const summary = (rs: readonly OutputRecord[]): string[] =>
  rs.map((r) => ('error' in r ? `${r.path.replace(/.*\//, '')}:${r.error.code}` : `${r.path.replace(/.*\//, '').replace(/^in-\d+\.ndjson/, '')}=${r.id}`));

describe('NDJSON input never aborts the stream', () => {
  it('a BOM, CRLF, a lone CR between tokens, a deeply nested meta and a line over --max-bytes: one entry per line', async () => {
    const input = [
      `\ufeff${doc('first')}`,
      deepMeta(700),
      `${doc('crlf')}\r`,
      `{"id":"cr",\r"text":"Облыс әкімі 5 млрд теңге бөлді."}`,
      JSON.stringify({ id: 'huge', text: 'ж'.repeat(5000) }),
      doc('last'),
    ].join('\n');
    const path = file(`${input}\n`);
    const rs = await records(path, 8000);
    expect(summary(rs)).toEqual([':1=first', `in-${files - 1}.ndjson:2:BAD_JSON`, ':3=crlf', ':4=cr', `in-${files - 1}.ndjson:5:TOO_LARGE`, ':6=last']);
    for (const r of rs) expect(schemas.output.safeParse(r).success).toBe(true);
    // The CLI: the same records, exit 1 for the two failures, and each failure on stderr.
    const r = kzx(['extract', '--input', 'ndjson', path, '--format', 'ndjson', '--max-bytes', '8000', '--quiet']);
    expect(r.status).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as OutputRecord),
    ).toEqual(rs);
    expect(r.stderr.match(/\[(BAD_JSON|TOO_LARGE)\]/g)).toEqual(['[BAD_JSON]', '[TOO_LARGE]']);
  });

  it("a line that is not a document says which field is wrong and how, and keeps the line's id", async () => {
    const lines = ['{"text":"x"}', '{"id":"","text":"x"}', '{"id":"a"}', '{"id":7,"text":5}', '{"id":"b","text":"x","lang":"de","date":"5 May"}', '[1,2]', '{"id":"c","text":"x","meta":[1]}'];
    const rs = await records(file(`${lines.join('\n')}\n`));
    expect(rs.map((r) => ('error' in r ? [r.id, r.error.code, r.error.message] : r.id))).toEqual([
      [undefined, 'BAD_JSON', 'id: missing (a non-empty string or a number)'],
      [undefined, 'BAD_JSON', 'id: must not be empty'],
      ['a', 'BAD_JSON', "text: missing (a string, the document's text)"],
      ['7', 'BAD_JSON', "text: must be a string, the document's text"],
      ['b', 'BAD_JSON', 'lang: must be "kk", "ru" or "en"; date: must be a date written YYYY-MM-DD'],
      [undefined, 'BAD_JSON', 'line: not a document: a line must be a JSON object with "id" and "text"'],
      ['c', 'BAD_JSON', 'meta: must be an object'],
    ]);
  });

  it('a missing input among others is one ENOENT entry and the others are read', async () => {
    const a = file(`${doc('a')}\n`);
    const b = file(`${doc('b')}\n`);
    const r = kzx(['extract', '--input', 'ndjson', a, join(dir, 'missing.ndjson'), b, dir, '--format', 'ndjson']);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutputRecord);
    expect(out.map((o) => ('error' in o ? o.error.code : o.id))).toEqual(['a', 'ENOENT', 'b', 'IS_DIRECTORY']);
    expect(r.stderr).toMatch(/2 failed/);
    expect(summary(await records(join(dir, 'missing.ndjson')))).toEqual(['missing.ndjson:ENOENT']);
  });

  it('UTF-16 input is one DECODE error; a cp1251 line is a DECODE error, never a garbage record', async () => {
    const utf16 = file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${doc('a')}\n${doc('b')}\n`, 'utf16le')]));
    const utf16NoBom = file(Buffer.from(`${doc('a')}\n`, 'utf16le'));
    expect(summary(await records(utf16))).toEqual([`in-${files - 2}.ndjson:DECODE`]);
    expect(summary(await records(utf16NoBom))).toEqual([`in-${files - 1}.ndjson:DECODE`]);
    const mixed = file(Buffer.concat([Buffer.from(`${doc('ok')}\n`), iconv.encode(`${doc('cp')}\n`, 'windows-1251'), Buffer.from(`${doc('ok2')}\n`)]));
    expect(summary(await records(mixed))).toEqual([':1=ok', `in-${files - 1}.ndjson:2:DECODE`, ':3=ok2']);
    const r = kzx(['extract', '--input', 'ndjson', utf16, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'DECODE', message: 'NDJSON input must be UTF-8: this input is UTF-16' } });
  });

  // Lines of any bytes (no LF), valid documents, bad JSON, deep meta, blank lines, with LF or CRLF:
  // every line that is not blank gives exactly one record or error entry, in order.
  const line = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => ({ bytes: Buffer.from(JSON.stringify({ id: 'd', text })), counts: 1 })),
    fc.uint8Array({ maxLength: 80 }).map((b) => ({ bytes: Buffer.concat([Buffer.from('x'), Buffer.from(b.filter((x) => x !== 0x0a))]), counts: 1 })),
    fc.integer({ min: 60, max: 3000 }).map((depth) => ({ bytes: Buffer.from(deepMeta(depth)), counts: 1 })),
    fc.constantFrom('', ' ', '\t', '\r').map((s) => ({ bytes: Buffer.from(s), counts: 0 })),
  );
  it('fuzz: one record or one error entry per line, whatever its neighbours', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), fc.boolean(), fc.boolean(), async (lines, crlf, bom) => {
        const body = Buffer.concat(lines.flatMap((l) => [l.bytes, Buffer.from(crlf ? '\r\n' : '\n')]));
        const path = file(Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), Buffer.from(`${doc('head')}\n`), body]));
        const rs = await records(path, 2000);
        expect(rs).toHaveLength(1 + lines.reduce((n, l) => n + l.counts, 0));
        for (const r of rs) expect(schemas.output.safeParse(r).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
