import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import type { OutputRecord } from '../src/schema/record.js';
import { ByteSink } from '../src/write/byte-sink.js';
import { writeRecordJson } from '../src/write/json.js';

const asJson = (record: OutputRecord): string => {
  const sink = new ByteSink();
  writeRecordJson(sink, record);
  return Buffer.concat(sink.chunks()).toString('utf8');
};

describe('writeRecordJson', () => {
  it('writes an article record exactly as JSON.stringify does', () => {
    const record = processDocument({ path: 'a.txt', text: 'Аким области Берик Уали выделил 1 200 000 тенге на проект «Smart City».' });
    expect(asJson(record)).toBe(JSON.stringify(record));
  });

  it('writes a record with a very long mention list piece by piece, with the same bytes', () => {
    const lines = Array.from({ length: 1_500 }, (_, i) => `Аким области Берик Уали выделил ${i + 1} 000 тенге, ${i % 100}% на «Smart City» в ${2000 + (i % 25)} году.`);
    const record = processDocument({ path: 'long.txt', text: lines.join(' ') });
    expect('mentions' in record && record.mentions.length).toBeGreaterThan(5_000);
    expect(asJson(record)).toBe(JSON.stringify(record));
  });

  it('follows JSON.stringify for absent fields and elements with no JSON form', () => {
    const odd = { path: 'x', title: undefined, mentions: Array.from({ length: 2_500 }, (_, i) => (i === 7 ? undefined : { n: i })), officials: [] } as unknown as OutputRecord;
    expect(asJson(odd)).toBe(JSON.stringify(odd));
  });
});
