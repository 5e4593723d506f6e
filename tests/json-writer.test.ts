import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import type { OutputRecord } from '../src/schema/record.js';
import { runBatch } from '../src/batch.js';
import { ByteSink, EncodedLater, spareBuffers, type SerializedPart } from '../src/write/byte-sink.js';
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

describe('a very long record on the thread that writes', () => {
  const short = 'Аким области Берик Уали выделил 658 млн тенге.';
  const long = Array.from({ length: 2_000 }, (_, i) => `Аким области Берик Уали выделил ${i + 1} 000 тенге, ${i % 100}% на «Smart City» в ${2000 + (i % 25)} году.`).join(' ');
  const tasks = [short, long, short].map((text, i) => ({ doc: { path: `d${i}.txt`, text } }));
  const opts = { extract: {}, jobs: 1 };
  const bytesOf = (parts: readonly SerializedPart[]): Buffer => Buffer.concat(parts.flatMap((p) => (p instanceof Uint8Array ? [p] : [...p].map((chunk) => Buffer.from(chunk)))));

  it('is encoded as it is written, with the bytes it has when encoded at once', () => {
    for (const format of ['json', 'ndjson'] as const) {
      const atOnce = runBatch(tasks, opts, format);
      const later = runBatch(tasks, opts, format, true);
      expect(atOnce.serialized.every((p) => p instanceof Uint8Array)).toBe(true);
      expect(later.serialized.filter((p) => p instanceof EncodedLater)).toHaveLength(1);
      expect(bytesOf(later.serialized).toString('utf8')).toBe(bytesOf(atOnce.serialized).toString('utf8'));
    }
  });

  it('fills the same two buffers again and again once their bytes are written', () => {
    const later = runBatch(tasks, opts, 'ndjson', true).serialized.find((p) => p instanceof EncodedLater)!;
    const memory = new Set<ArrayBufferLike>();
    let chunks = 0;
    for (const chunk of later) {
      memory.add(chunk.buffer);
      chunks++;
      spareBuffers.give(chunk);
    }
    expect(chunks).toBeGreaterThan(4);
    // The next buffer is taken when one fills, before that one is handed out and written.
    expect(memory.size).toBe(2);
  });
});
