import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import { OutputRecordSchema, type DocumentRecord, type OutputRecord } from '../src/schema/record.js';
import { kzx } from './helpers/run.js';

const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯӘҒҚҢӨҰҮҺІ';
const PIECES = [
  'млн',
  'млрд',
  'тенге',
  'теңге',
  '%',
  'пайыз',
  'жыл',
  'года',
  '«',
  '»',
  '"',
  '-',
  '–',
  ',',
  '.',
  ' ',
  '\n',
  'Аким',
  'әкімі',
  'мың',
  'астам',
  'бір',
  'он',
  'Берик',
  'Уали',
  'от',
  'до',
  '$',
  '€',
  '\u00a0',
];
const cyrillicText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...CYRILLIC.split('')), fc.integer({ min: 0, max: 100000 }).map(String)), { maxLength: 200 })
  .map((xs) => xs.join(''));
const digitHeavy = fc
  .array(fc.oneof(fc.constantFrom('0', '1', '9', ' ', ',', '.', '-', '%', ' млн ', ' тенге'), fc.integer({ min: 0, max: 9999 }).map(String)), { maxLength: 300 })
  .map((xs) => xs.join(''));

function check(text: string): void {
  const rec = processDocument({ path: 'p', text });
  expect(OutputRecordSchema.safeParse(rec).success).toBe(true);
  if ('error' in rec) return;
  for (const m of rec.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('every extractor on random input', () => {
  it('never throws and keeps offsets valid on random Unicode', () =>
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => check(s)),
      { numRuns: 300 },
    ));
  it('never throws and keeps offsets valid on Cyrillic with numbers and cue words', () =>
    fc.assert(
      fc.property(cyrillicText, (s) => check(s)),
      { numRuns: 500 },
    ));
  it('never throws and keeps offsets valid on digit-heavy text', () =>
    fc.assert(
      fc.property(digitHeavy, (s) => check(s)),
      { numRuns: 500 },
    ));
});

describe('a folder of bad and odd inputs', () => {
  const KK = 'Облыс әкімі Берік Уәли 658 млн теңге бөлінгенін айтты.';
  const RU = 'Аким области Берик Уали сообщил, что выделено 658 млн тенге.';
  const dir = mkdtempSync(join(tmpdir(), 'kzx-bad-'));
  const put = (name: string, data: string | Buffer): void => writeFileSync(join(dir, name), data);
  const be = (s: string): Buffer => {
    const b = Buffer.from(s, 'utf16le');
    for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
    return b;
  };
  put('a-utf8.txt', KK);
  put('b-cp1251.txt', iconv.encode(RU, 'windows-1251'));
  put('c-rk1048.txt', iconv.encode(KK, 'rk1048'));
  put('d-utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KK, 'utf16le')]));
  put('e-utf16be.txt', be(RU));
  put('f-crlf.txt', `${RU}\r\n${KK}\r\n`);
  put('g-mixed.txt', `${KK} ${RU} Smart City project, 35% growth.`);
  put('h-empty.txt', '');
  put('i-binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00]));
  put('j-big.txt', `${RU} `.repeat(2000));
  symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'k-dangling.txt'));
  mkdirSync(join(dir, 'l-folder.txt'));
  put('m-page.html', `<html><body><nav>Меню</nav><p>${RU}</p><script>x=1</script></body></html>`);

  it('extracts or reports every file, and found = extracted + failed', () => {
    const r = kzx(['extract', dir, join(dir, 'nothing-here.txt'), '--format', 'ndjson', '--max-bytes', '50000']);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutputRecord);
    const name = (o: OutputRecord): string => o.path.split('/').pop()!;
    const errors = Object.fromEntries(out.filter((o) => 'error' in o).map((o) => [name(o), (o as { error: { code: string } }).error.code]));
    expect(errors).toEqual({ 'h-empty.txt': 'EMPTY', 'i-binary.txt': 'BINARY', 'j-big.txt': 'TOO_LARGE', 'k-dangling.txt': 'DANGLING_LINK', 'nothing-here.txt': 'ENOENT' });
    const docs = out.filter((o): o is DocumentRecord => !('error' in o));
    for (const d of docs)
      expect(
        d.mentions.some((m) => m.type === 'money' && m.value === 658000000 && m.currency === 'KZT'),
        name(d),
      ).toBe(true);
    expect(Object.fromEntries(docs.map((d) => [name(d), d.encoding]))).toMatchObject({
      'b-cp1251.txt': 'windows-1251',
      'c-rk1048.txt': 'rk1048',
      'd-utf16le-bom.txt': 'utf-16le',
      'e-utf16be.txt': 'utf-16be',
    });
    const found = out.length;
    const m = /(\d+) documents found: (\d+) extracted, (\d+) failed/.exec(r.stderr)!;
    expect(Number(m[1])).toBe(found);
    expect(Number(m[1])).toBe(Number(m[2]) + Number(m[3]));
    expect(Number(m[3])).toBe(5);
    expect(r.status).toBe(1);
  });
});

describe('interruption', () => {
  it('stops on Ctrl-C, leaves the previous output file intact and no temporary file', async () => {
    const { spawn } = await import('node:child_process');
    const { readdirSync, readFileSync } = await import('node:fs');
    const { generateArticle } = await import('../src/tools/corpus-generator.js');
    const { BIN } = await import('./helpers/run.js');
    const dir = mkdtempSync(join(tmpdir(), 'kzx-sigint-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, 'in', `${i}.txt`), generateArticle(i));
    const out = join(dir, 'out.ndjson');
    writeFileSync(out, 'previous run\n');
    const child = spawn(process.execPath, [BIN, 'extract', join(dir, 'in'), '--format', 'ndjson', '-o', out, '--quiet', '--jobs', '1']);
    // Mid-run: its temporary file is there (a fixed delay would race the start on a loaded machine).
    for (let i = 0; i < 1000 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('previous run\n');
    expect(readdirSync(dir).sort()).toEqual(['in', 'out.ndjson']);
  });
});
