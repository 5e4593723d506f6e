import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readDocument } from '../src/read/read.js';
import { kzx, ROOT } from './helpers/run.js';
// The reading thread runs compiled code, so it is tested from the build (npm test builds first).
import { AHEAD_MAX_FILE_BYTES, ReadAhead } from '../dist/read/read-ahead.js';

const dir = mkdtempSync(join(tmpdir(), 'kzx-ahead-'));
const file = (name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const RU = 'Аким области выделил 658 млн тенге на ремонт 12 школ.\n';

describe('reading ahead', () => {
  const paths = [
    file('a.txt', RU),
    file('empty.txt', ''),
    join(dir, 'missing.txt'),
    file('b.txt', `${RU}${RU}`),
    file('large.txt', RU.repeat(Math.ceil(AHEAD_MAX_FILE_BYTES / RU.length) + 1)),
    file('binary.bin', Buffer.alloc(40, 0)),
    ((): string => {
      const p = join(dir, 'dangling.txt');
      symlinkSync(join(dir, 'nowhere.txt'), p);
      return p;
    })(),
    ((): string => {
      const p = join(dir, 'folder.txt');
      mkdirSync(p);
      return p;
    })(),
    file('legacy.txt', iconv.encode(RU, 'windows-1251')),
    file('page.html', `<p>${RU}</p>`),
    file('c.txt', RU.repeat(200)),
  ];

  it('reads and decodes each file in a thread of its own as the extracting thread would, and leaves it the files over the limit', async () => {
    const ahead = new ReadAhead({});
    try {
      // Batches in flight at once are answered in order.
      const batches = [paths, paths.slice(0, 4), paths.slice(3)];
      const answers = await Promise.all(batches.map((b) => ahead.read(b)));
      batches.forEach((batch, k) => {
        expect(answers[k]).toEqual(batch.map((path) => (path.endsWith('large.txt') ? undefined : readDocument(path))));
      });
      expect(answers[0]!.slice(0, 3)).toMatchObject([
        { ok: true, text: RU },
        { ok: false, code: 'EMPTY' },
        { ok: false, code: 'VANISHED' },
      ]);
    } finally {
      await ahead.close();
    }
  });

  it('applies the options it is given', async () => {
    const ahead = new ReadAhead({ maxBytes: 100, encoding: 'windows-1251' });
    try {
      const asked = [paths[0]!, paths[8]!, paths[10]!];
      expect(await ahead.read(asked)).toEqual(asked.map((path) => readDocument(path, { maxBytes: 100, encoding: 'windows-1251' })));
      expect((await ahead.read([paths[10]!]))[0]).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    } finally {
      await ahead.close();
    }
  });

  it('says when its thread has booted, without the caller turning to its event loop', async () => {
    const ahead = new ReadAhead({});
    try {
      // A caller busy extracting sees the flag flip in a synchronous wait: it is in shared memory.
      const until = Date.now() + 10_000;
      while (!ahead.ready && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      expect(ahead.ready).toBe(true);
      expect(await ahead.read([paths[0]!])).toEqual([readDocument(paths[0]!)]);
    } finally {
      await ahead.close();
    }
  });

  it('leaves every file to the caller once its thread has stopped', async () => {
    const ahead = new ReadAhead({});
    await ahead.close();
    expect(await ahead.read(paths.slice(0, 2))).toEqual([undefined, undefined]);
  });
});

describe('kzx extract reading ahead', () => {
  it('gives the records that reading each file where it is extracted gives, errors included', () => {
    // Many batches, so that files are read ahead once the thread has booted (--jobs 1), against
    // workers, which read their own files. The odd files come late, in a batch read ahead.
    const input = mkdtempSync(join(tmpdir(), 'kzx-ahead-cli-'));
    const fixtures = join(ROOT, 'fixtures', 'articles');
    const articles = readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8'));
    const name = (i: number): string => join(input, `d${String(i).padStart(4, '0')}`);
    const ODD = 900;
    for (let i = 0; i < 1000; i++) {
      const text = `${articles[i % articles.length]}\n${i} мың теңге.`;
      if (i === ODD) writeFileSync(`${name(i)}.txt`, '');
      // Over the reading thread's limit, and a record long enough to be encoded as it is written.
      else if (i === ODD + 1) writeFileSync(`${name(i)}.txt`, text.repeat(120));
      else if (i === ODD + 2) writeFileSync(`${name(i)}.txt`, iconv.encode(text, 'windows-1251'));
      else if (i === ODD + 3) writeFileSync(`${name(i)}.html`, `<html><body><p>${text}</p></body></html>`);
      else if (i === ODD + 4) writeFileSync(`${name(i)}.txt`, Buffer.alloc(64, 0));
      else if (i === ODD + 5) symlinkSync(join(input, 'nowhere.txt'), `${name(i)}.txt`);
      else writeFileSync(`${name(i)}.txt`, text);
    }
    for (const limit of [[], ['--max-bytes', '4000']]) {
      const one = kzx(['extract', input, '--format', 'ndjson', '--jobs', '1', '--quiet', ...limit], { env: { KZX_READ_AHEAD_FROM_MB: '0' } });
      const two = kzx(['extract', input, '--format', 'ndjson', '--jobs', '2', '--quiet', ...limit], { env: { KZX_WORKERS_FROM_MB: '0' } });
      expect(one.stdout).toBe(two.stdout);
      const errors = one.stdout
        .trim()
        .split('\n')
        .flatMap((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code ?? []);
      expect(errors, limit.join(' ')).toEqual(limit.length === 0 ? ['EMPTY', 'BINARY', 'DANGLING_LINK'] : expect.arrayContaining(['EMPTY', 'TOO_LARGE', 'BINARY', 'DANGLING_LINK']));
      if (limit.length === 0) expect((JSON.parse(one.stdout.split('\n')[ODD + 1]!) as { mentions: unknown[] }).mentions.length).toBeGreaterThan(2_000);
    }
    const json = kzx(['extract', input, '--format', 'json', '--jobs', '1', '--quiet'], { env: { KZX_READ_AHEAD_FROM_MB: '0' } });
    expect(json.stdout).toBe(kzx(['extract', input, '--format', 'json', '--jobs', '2', '--quiet'], { env: { KZX_WORKERS_FROM_MB: '0' } }).stdout);
  }, 120_000); // six runs over 1,000 documents: 22 s at load 5, 39-45 s at load 9-10
});
