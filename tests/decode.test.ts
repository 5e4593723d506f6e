import { existsSync, mkdtempSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/read/read.js';
import { decodeBuffer } from '../src/read/decode.js';
import { contentId } from '../src/read/content-id.js';
import { processDocument } from '../src/document.js';

const RU = 'Аким области выделил 658 млн тенге на ремонт школ и больниц в районе.';
const KK = 'Облыс әкімі Берік Уәли ауылдарға 658 млн теңге бөлінгенін айтты, жұмыс биыл аяқталады.';
const dir = mkdtempSync(join(tmpdir(), 'kzx-decode-'));
const file = (name: string, data: Buffer | string): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('decoding', () => {
  // Plain UTF-8 is the one case whose bytes are exactly the text's UTF-8 (`verbatim`).
  it.each<[string, Buffer, string, string, { verbatim: true }?]>([
    ['utf-8', Buffer.from(RU), RU, 'utf-8', { verbatim: true }],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]), RU, 'utf-8'],
    ['windows-1251 Russian', iconv.encode(RU, 'windows-1251'), RU, 'windows-1251'],
    ['KOI8-R Russian', iconv.encode(RU, 'koi8-r'), RU, 'koi8-r'],
    ['RK1048 Kazakh', iconv.encode(KK, 'rk1048'), KK, 'rk1048'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KK, 'utf16le')]), KK, 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(KK)]), KK, 'utf-16be'],
    ['UTF-16LE without BOM', Buffer.from(KK, 'utf16le'), KK, 'utf-16le'],
    ['UTF-16BE without BOM', utf16be(KK), KK, 'utf-16be'],
  ])('%s', (_name, buf, text, encoding, verbatim) => {
    expect(decodeBuffer(buf)).toEqual({ ok: true, text, encoding, ...verbatim });
  });

  it("takes the id from the bytes only when they are exactly the text's UTF-8, and it is the text's id either way", () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const cases: [string, Buffer, boolean][] = [
      ['plain.txt', Buffer.from(RU), true],
      ['bom.txt', Buffer.concat([bom, Buffer.from(RU)]), false],
      ['double-bom.txt', Buffer.concat([bom, bom, Buffer.from(RU)]), false],
      ['legacy.txt', iconv.encode(RU, 'windows-1251'), false],
      ['page.html', Buffer.from(`<p>${RU}</p>`), false],
    ];
    for (const [name, bytes, fromBytes] of cases) {
      const r = readDocument(file(name, bytes));
      if (!r.ok) throw new Error(`${name}: ${r.message}`);
      expect(r.id !== undefined, name).toBe(fromBytes);
      const record = processDocument({ path: name, text: r.text, id: r.id });
      expect('id' in record && record.id, name).toBe(contentId(r.text.charCodeAt(0) === 0xfeff ? r.text.slice(1) : r.text));
    }
  });

  it('honours a forced encoding and maps jschardet-style names', () => {
    expect(decodeBuffer(iconv.encode(KK, 'rk1048'), 'KZ1048')).toMatchObject({ ok: true, text: KK });
  });
});

describe('bad input', () => {
  it.each([
    ['empty file', () => file('empty.txt', ''), 'EMPTY'],
    ['binary file', () => file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff, 0x00, 0x13])), 'BINARY'],
    ['missing file', () => join(dir, 'nothing.txt'), 'VANISHED'],
    [
      'dangling symlink',
      () => {
        const p = join(dir, 'dangling.txt');
        symlinkSync(join(dir, 'gone.txt'), p);
        return p;
      },
      'DANGLING_LINK',
    ],
    [
      'directory named like a file',
      () => {
        const p = join(dir, 'folder.txt');
        mkdirSync(p);
        return p;
      },
      'IS_DIRECTORY',
    ],
  ])('%s', async (_name, make, code) => {
    const r = readDocument(make());
    expect(r).toMatchObject({ ok: false, code });
  });

  it('rejects files over --max-bytes', async () => {
    expect(readDocument(file('big.txt', RU), { maxBytes: 10 })).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('reads a file whose size is given as 0 (procfs, pipes) to its end, and counts its bytes', () => {
    expect(readDocument(file('sized.txt', RU))).toMatchObject({ ok: true, text: RU, bytes: Buffer.byteLength(RU) });
    if (!existsSync('/proc/self/status')) return;
    const proc = readDocument('/proc/self/status');
    expect(proc.ok && proc.text.includes('Pid:') && proc.bytes > 0).toBe(true);
    expect(readDocument('/proc/self/status', { maxBytes: 10 })).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('reduces HTML to its article text', async () => {
    const html =
      '<html><head><title>Жаңалық</title><script>var x = "1000 теңге";</script></head><body><nav>Басты бет</nav><p>Облыс әкімі 658 млн теңге бөлді.</p><p>A&amp;B &laquo;жоба&raquo;</p></body></html>';
    const r = readDocument(file('page.html', html));
    expect(r).toMatchObject({ ok: true, text: 'Облыс әкімі 658 млн теңге бөлді.\nA&B «жоба»', title: 'Жаңалық' });
  });

  it('reads small files one after another through a shared buffer without mixing them', () => {
    const long = 'Облыс әкімі 658 млн теңге бөлді. '.repeat(200);
    const short = 'Қала әкімі';
    const big = 'ә'.repeat(40_000);
    expect(readDocument(file('long.txt', long))).toMatchObject({ ok: true, text: long });
    expect(readDocument(file('short.txt', short))).toMatchObject({ ok: true, text: short, bytes: Buffer.byteLength(short) });
    expect(readDocument(file('big.txt', big))).toMatchObject({ ok: true, text: big });
    expect(readDocument(file('short2.txt', 'Аудан'))).toMatchObject({ ok: true, text: 'Аудан' });
  });
});
