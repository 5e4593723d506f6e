import { describe, expect, it } from 'vitest';
import { ByteSink } from '../src/write/byte-sink.js';

describe('ByteSink', () => {
  it('returns no bytes when nothing was written', () => {
    expect(new ByteSink().bytes()).toHaveLength(0);
  });

  it('encodes as UTF-8 across growth, with Cyrillic, Kazakh, astral and lone-surrogate text', () => {
    const parts = ['{"a":1}\\n', 'Тоқаевтың 658 млн теңге', '😀 ₸', '\ud800', 'x'.repeat(70_000), 'әі'.repeat(40_000)];
    const sink = new ByteSink();
    for (const p of parts) sink.write(p);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });

  it('owns its memory outright, so it can be transferred to another thread', () => {
    const sink = new ByteSink();
    sink.write('Облыс әкімі');
    const bytes = sink.bytes();
    const { port1 } = new MessageChannel();
    port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    port1.close();
    expect(bytes.byteLength).toBe(0);
  });
});
