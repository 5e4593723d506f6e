import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBuffer } from '../src/read/decode.js';
import { extractFile, schemas, type DocumentRecord } from '../src/index.js';
import { kzx } from './helpers/run.js';

const WORDS = ['Аким', 'области', 'выделил', 'миллионов', 'тенге', 'на', 'ремонт', 'дорог', 'облыс', 'әкімі', 'мектеп', 'салынды', 'жыл', 'Берік', 'Уәли', '2025', '658', '%', ',', '.'];
const isUtf8 = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};
const prose = fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 120 }).map((ws) => ws.join(' '));

describe('a BOM-less UTF-8 file with a few corrupt bytes', () => {
  it('fuzz: decodes as UTF-8 with replacement characters and a count, never as a legacy page', () => {
    fc.assert(
      fc.property(prose, fc.array(fc.tuple(fc.nat(), fc.constantFrom(0xff, 0xc0, 0x80, 0xfe, 0xe0)), { minLength: 1, maxLength: 3 }), (text, hits) => {
        const bytes = Buffer.from(text);
        for (const [at, byte] of hits) bytes[at % bytes.length] = byte;
        // A continuation byte put in place of another is no corruption.
        fc.pre(!isUtf8(bytes));
        const decoded = decodeBuffer(bytes);
        expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8' });
        if (!decoded.ok) return;
        expect(decoded.invalidBytes).toBeGreaterThan(0);
        expect(decoded.text).toContain('\ufffd');
      }),
      { numRuns: 200 },
    );
  });

  it('fuzz: text in a legacy page still decodes in that page', () => {
    fc.assert(
      fc.property(prose, fc.constantFrom('windows-1251', 'koi8-r'), (text, page) => {
        const russian = text.replace(/[әіңғүұқөһ]/g, 'а');
        expect(decodeBuffer(iconv.encode(russian, page))).toMatchObject({ ok: true, encoding: page, text: russian });
      }),
      { numRuns: 100 },
    );
  });

  it('through the CLI and extractFile: a record in UTF-8 with an INVALID_BYTES warning, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-corrupt-'));
    const bytes = Buffer.from('Аким Павлодарской области сообщил, что на ремонт дорог выделено 18,6 млрд тенге.');
    bytes[9] = 0xff;
    writeFileSync(join(dir, 'a.txt'), bytes);
    const r = kzx(['extract', dir, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as DocumentRecord;
    expect(schemas.record.safeParse(rec).success).toBe(true);
    expect(rec.encoding).toBe('utf-8');
    expect(rec.warnings).toEqual([{ code: 'INVALID_BYTES', message: expect.stringMatching(/^\d+ byte sequences? (is|are) not valid UTF-8/) }]);
    expect(rec.mentions.find((m) => m.type === 'money')).toMatchObject({ value: 18600000000, currency: 'KZT' });
    expect(extractFile(join(dir, 'a.txt'))).toEqual(rec);
  });
});
