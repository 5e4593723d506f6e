import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputRecordSchema, type DocumentRecord, type OutputRecord } from '../src/schema/record.js';
import { CSV_COLUMNS } from '../src/write/csv.js';
import { kzx, parseCsv, ROOT } from './helpers/run.js';

const FIXTURES = 'fixtures/articles';
const ARTICLES = readdirSync(join(ROOT, FIXTURES)).length;
const fixtureText = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

function checkRecord(rec: OutputRecord): void {
  expect(OutputRecordSchema.safeParse(rec).success).toBe(true);
  if ('error' in rec) return;
  const text = fixtureText(rec.path);
  for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('kzx extract', () => {
  it('writes one schema-valid JSON record per fixture, offsets slicing to the text', () => {
    const r = kzx(['extract', FIXTURES, '--quiet']);
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as OutputRecord[];
    expect(records.map((x) => x.path)).toEqual(
      readdirSync(join(ROOT, FIXTURES))
        .sort()
        .map((f) => `${FIXTURES}/${f}`),
    );
    records.forEach(checkRecord);
  });

  it('streams NDJSON, one line per document', () => {
    const r = kzx(['extract', FIXTURES, '--format', 'ndjson', '--quiet']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ARTICLES);
    lines.map((l) => JSON.parse(l) as OutputRecord).forEach(checkRecord);
  });

  it('writes CSV with fixed columns, one row per mention, and parses back', () => {
    const r = kzx(['extract', FIXTURES, '--format', 'csv', '--quiet']);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const json = JSON.parse(kzx(['extract', FIXTURES, '--quiet']).stdout) as DocumentRecord[];
    // A document without mentions still has its row.
    expect(rows.length - 1).toBe(json.reduce((n, d) => n + Math.max(1, d.mentions.length), 0));
    const col = (name: string): number => rows[0]!.indexOf(name);
    for (const row of rows.slice(1)) {
      if (row[col('type')] === '') continue;
      expect(fixtureText(row[col('path')]!).slice(Number(row[col('start')]), Number(row[col('end')]))).toBe(row[col('text')]);
    }
  });

  it('adds a BOM for Excel with --bom', () => {
    const r = kzx(['extract', FIXTURES, '--format', 'csv', '--bom', '--quiet']);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
  });

  it('reads one document from stdin with -', () => {
    const r = kzx(['extract', '-', '--format', 'ndjson', '--quiet'], { input: 'Аким области Берик Уали выделил 658 млн тенге.' });
    const rec = JSON.parse(r.stdout) as DocumentRecord;
    expect(rec.path).toBe('-');
    expect(rec.mentions.find((m) => m.type === 'money')).toMatchObject({ value: 658000000, currency: 'KZT' });
  });

  it('follows the time-expression conventions it is given', () => {
    const text = 'В прошлом году район получил 50 млн тенге, программа рассчитана на три года.';
    const dates = (args: string[]): string[] => {
      const rec = JSON.parse(kzx(['extract', '-', '--format', 'ndjson', '--quiet', ...args], { input: text }).stdout) as DocumentRecord;
      return rec.mentions.filter((m) => m.type === 'date' || m.type === 'number').map((m) => `${m.type}:${m.text}`);
    };
    expect(dates([])).toEqual(['date:В прошлом году', 'date:на три года']);
    expect(dates(['--no-relative-dates', '--durations', 'number'])).toEqual(['number:три']);
    expect(kzx(['extract', '-', '--durations', 'weeks'], { input: text }).status).toBe(2);
  });

  it('keeps only the requested types', () => {
    const r = kzx(['extract', FIXTURES, '--types', 'money,percent', '--format', 'ndjson', '--quiet']);
    const types = new Set(
      r.stdout
        .trim()
        .split('\n')
        .flatMap((l) => (JSON.parse(l) as DocumentRecord).mentions.map((m) => m.type)),
    );
    expect([...types].sort()).toEqual(['money', 'percent']);
  });

  it('gives byte-identical output with --jobs 1 and --jobs 2', () => {
    const one = kzx(['extract', FIXTURES, '../shared/seeds', '--format', 'ndjson', '--jobs', '1', '--quiet']);
    const two = kzx(['extract', FIXTURES, '../shared/seeds', '--format', 'ndjson', '--jobs', '2', '--quiet']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('gives byte-identical output with --jobs 1 and --jobs 2 over many batches, in every format', () => {
    // Enough documents for several batches in the workers; each one differs, and one is empty (an error entry, exit 1).
    const dir = mkdtempSync(join(tmpdir(), 'kzx-jobs-'));
    const articles = readdirSync(join(ROOT, FIXTURES)).map((f) => fixtureText(join(FIXTURES, f)));
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.txt`), i === 7 ? '' : `${articles[i % articles.length]}\n${i} мың теңге.`);
    // A small input is extracted without workers unless told otherwise: here they must run.
    const withWorkers = { env: { KZX_WORKERS_FROM_MB: '0' } };
    for (const format of ['ndjson', 'json', 'csv']) {
      const one = kzx(['extract', dir, '--format', format, '--jobs', '1', '--quiet']);
      const two = kzx(['extract', dir, '--format', format, '--jobs', '2', '--quiet'], withWorkers);
      expect([one.status, two.status]).toEqual([1, 1]);
      expect(two.stdout).toBe(one.stdout);
    }
    expect(JSON.parse(kzx(['extract', dir, '--format', 'json', '--jobs', '2', '--quiet'], withWorkers).stdout)).toHaveLength(300);
  }, 120_000); // four formats × two runs of a few hundred documents: slow on a loaded machine

  it('reports a missing path as an error entry and exits 1, without a stack trace', () => {
    const r = kzx(['extract', 'no/such/file.txt', '--format', 'ndjson']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: 'no/such/file.txt', error: { code: 'ENOENT' } });
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(kzx(['extract', 'no/such/file.txt', '--allow-errors', '--quiet']).status).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    expect(kzx(['extract', FIXTURES, '--format', 'xml']).status).toBe(2);
    expect(kzx(['extract', FIXTURES, '--types', 'people']).status).toBe(2);
    expect(kzx(['extract']).status).toBe(2);
    expect(kzx(['frobnicate']).status).toBe(2);
  });

  it('shows help and version with exit 0', () => {
    const help = kzx(['extract', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(kzx(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('writes -o files atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-out-'));
    const out = join(dir, 'out.ndjson');
    writeFileSync(out, 'old');
    const r = kzx(['extract', FIXTURES, '--format', 'ndjson', '-o', out, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(ARTICLES);
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
  });

  it('prints a summary where found = extracted + failed', () => {
    const r = kzx(['extract', FIXTURES, 'missing.txt', '--format', 'ndjson']);
    expect(r.stderr).toMatch(new RegExp(`${ARTICLES + 1} documents found: ${ARTICLES} extracted, 1 failed`));
  });
});

describe('seeds (when ../shared is present)', () => {
  const seeds = join(ROOT, '..', 'shared', 'seeds');
  it.skipIf(!existsSync(seeds))('yields five valid records with the right languages', () => {
    const r = kzx(['extract', seeds, '--format', 'ndjson', '--quiet']);
    const recs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as DocumentRecord);
    expect(recs.map((x) => x.lang)).toEqual(['kk', 'ru', 'ru', 'kk', 'kk']);
    for (const rec of recs) {
      expect(OutputRecordSchema.safeParse(rec).success).toBe(true);
      const text = readFileSync(rec.path, 'utf8');
      for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('closed pipe', () => {
  /** Runs kzx with its stdout closed after the first chunk, as `kzx … | head` does. */
  async function withReaderGone(args: string[]): Promise<{ code: number | null; stderr: string }> {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers/run.js');
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    return { code, stderr };
  }

  it('ends quietly with exit 0 when the reader goes away (kzx … | head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-pipe-'));
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `${i}.txt`), fixtureText('fixtures/articles/ru-pavlodar-roads.txt'));
    const { code, stderr } = await withReaderGone(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    expect(code).toBe(0);
    expect(stderr).not.toContain('EPIPE');
  });

  it('ends kzx officials quietly too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-pipe-officials-'));
    // 512 distinct officials: far more output than a pipe buffers.
    const syllables = ['Аба', 'Бек', 'Сат', 'Тур', 'Жан', 'Кар', 'Мур', 'Нур'];
    let n = 0;
    for (const a of syllables)
      for (const b of syllables)
        for (const c of syllables) {
          const surname = `${a}${b.toLowerCase()}${c.toLowerCase()}ов`;
          writeFileSync(join(dir, `${n++}.txt`), `Аким района Марат ${surname} провёл совещание. Аким района ${surname} поручил отремонтировать школы.\n`);
        }
    const { code, stderr } = await withReaderGone(['officials', dir, '--format', 'ndjson', '--jobs', '1']);
    expect(code).toBe(0);
    expect(stderr).not.toContain('EPIPE');
  });

  it('ends quietly when the reader is gone before the help is written (kzx --help | true)', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers/run.js');
    for (const args of [['--help'], ['extract', '--help']]) {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(code, args.join(' ')).toBe(0);
      expect(stderr).toBe('');
    }
  });
});
