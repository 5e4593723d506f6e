import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteSink, SpareBuffers, spareBuffers } from '../src/write/byte-sink.js';
import { AtomicOutput, RecordWriter } from '../src/write/output.js';

const written = (sink: ByteSink): Buffer => Buffer.concat(sink.chunks());

describe('ByteSink', () => {
  it('returns no bytes when nothing, or only empty text, was written', () => {
    expect(new ByteSink().chunks()).toHaveLength(0);
    const sink = new ByteSink();
    sink.write('');
    expect(sink.chunks()).toHaveLength(0);
  });

  it('encodes as UTF-8 across buffers, with Cyrillic, Kazakh, astral and lone-surrogate text', () => {
    const parts = ['{"a":1}\\n', 'Тоқаевтың 658 млн теңге', '😀 ₸', '\ud800', 'x'.repeat(70_000), 'әі'.repeat(40_000)];
    const sink = new ByteSink();
    for (const p of parts) sink.write(p);
    expect(written(sink).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });

  it('splits a long text between buffers only between whole characters', () => {
    // 2-, 3- and 4-byte characters, long enough to fill several buffers part-way through a character.
    const parts = ['ә'.repeat(300_000), '₸'.repeat(250_000) + '😀'.repeat(100_000), 'x', '€'];
    const sink = new ByteSink();
    for (const p of parts) sink.write(p);
    const chunks = sink.chunks();
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(chunk)).not.toThrow();
    expect(Buffer.concat(chunks).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });

  it('owns its memory outright, so it can be transferred to another thread', () => {
    const sink = new ByteSink();
    sink.write('Облыс әкімі');
    const chunks = sink.chunks();
    const { port1 } = new MessageChannel();
    port1.postMessage(
      chunks,
      chunks.map((c) => c.buffer as ArrayBuffer),
    );
    port1.close();
    expect(chunks[0]!.byteLength).toBe(0);
  });

  it('writes a batch into a buffer given back after the last was written out', () => {
    const first = new ByteSink();
    first.write('Облыс әкімі');
    const [chunk] = first.chunks();
    spareBuffers.give(chunk!);
    const second = new ByteSink();
    second.write('Қала әкімі');
    const [again] = second.chunks();
    expect(again!.buffer).toBe(chunk!.buffer);
    expect(Buffer.from(again!).toString('utf8')).toBe('Қала әкімі');
  });
});

describe('SpareBuffers', () => {
  const firstSize = (): Uint8Array => {
    const sink = new ByteSink();
    sink.write('x');
    return sink.chunks()[0]!;
  };

  it('keeps only whole first-size buffers, and only a few', () => {
    const pool = new SpareBuffers();
    pool.give(new Uint8Array(100));
    expect(pool.take()).toBeUndefined();
    for (let i = 0; i < 20; i++) pool.give(firstSize());
    expect(pool.takeUpTo(100)).toHaveLength(8);
    expect(pool.take()).toBeUndefined();
  });

  it('keeps no buffer whose memory went to another thread', () => {
    const pool = new SpareBuffers();
    const chunk = firstSize();
    const { port1 } = new MessageChannel();
    port1.postMessage(chunk, [chunk.buffer as ArrayBuffer]);
    port1.close();
    pool.give(chunk);
    expect(pool.take()).toBeUndefined();
  });
});

describe('RecordWriter', () => {
  it('gives a batch buffer back for reuse once its bytes are in the file', async () => {
    while (spareBuffers.take() !== undefined);
    const target = join(mkdtempSync(join(tmpdir(), 'kzx-spare-')), 'out.ndjson');
    const out = new AtomicOutput(target);
    const writer = new RecordWriter(out, 'ndjson');
    const sink = new ByteSink();
    sink.write('{"path":"a.txt"}\n');
    const chunks = sink.chunks();
    await writer.begin();
    await writer.write({ serialized: chunks, records: [] });
    await writer.end();
    await out.commit();
    expect(readFileSync(target, 'utf8')).toBe('{"path":"a.txt"}\n');
    expect(spareBuffers.take()?.buffer).toBe(chunks[0]!.buffer);
  });
});
