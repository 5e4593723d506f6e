import { describe, expect, it, vi } from 'vitest';
import type { PreparedDocument } from '../src/document.js';

// runBatch takes a batch through each phase in turn (prepare, extract, finish): a document that throws or runs out of
// time in one phase gets its error record there, and the others keep theirs, in order, as in a run without it.
vi.mock('../src/document.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/document.js')>();
  const { checkDeadline } = await import('../src/extract/deadline.js');
  const failIn = (phase: string, path: string): void => {
    if (path === `${phase}-throws`) throw new Error(`${phase} broke`);
    // Runs until the deadline stops it, as a slow document's loops do.
    if (path === `${phase}-slow`) for (;;) checkDeadline();
  };
  return {
    ...real,
    prepareDocument: (input: Parameters<typeof real.prepareDocument>[0], opts: Parameters<typeof real.prepareDocument>[1]) => {
      failIn('prepare', input.path);
      return real.prepareDocument(input, opts);
    },
    // Fails at its second step, after the first stage of every document of the batch has run.
    extractionSteps: function* (p: PreparedDocument, opts: Parameters<typeof real.extractionSteps>[1]) {
      const steps = real.extractionSteps(p, opts);
      let step = steps.next();
      yield;
      failIn('extract', p.input.path);
      while (step.done !== true) {
        yield;
        step = steps.next();
      }
      return step.value;
    },
    finishDocument: (p: PreparedDocument, found: Parameters<typeof real.finishDocument>[1], opts: Parameters<typeof real.finishDocument>[2]) => {
      failIn('finish', p.input.path);
      return real.finishDocument(p, found, opts);
    },
  };
});

const { runBatch } = await import('../src/batch.js');

const texts = [
  'Аким области Ерлан Маратов выделил 5 млрд тенге на ремонт дорог 12 марта 2025 года.',
  'Облыс әкімі Серік Омаров 2025 жылы 300 мектеп салынатынын айтты.',
  'The EBRD President Anna Smith visited Astana on 3 March 2026 and pledged €1.5m.',
];
const good = texts.map((text, k) => ({ doc: { path: `ok${k}`, text } }));
const bad = ['prepare', 'extract', 'finish'].flatMap((phase) => [`${phase}-throws`, `${phase}-slow`]).map((path) => ({ doc: { path, text: texts[0]! } }));

const ndjson = (batch: Parameters<typeof runBatch>[0]): string[] => {
  const out = runBatch(batch, { extract: {}, timeoutMs: 200 }, 'ndjson');
  return Buffer.concat(out.serialized.flatMap((p) => (p instanceof Uint8Array ? [p] : [...p])))
    .toString('utf8')
    .trim()
    .split('\n');
};

describe('runBatch phase by phase', () => {
  it('a document that throws or times out in any phase leaves the others byte-identical and in order', () => {
    const alone = ndjson(good);
    // The failing documents between and around the good ones.
    const mixed = ndjson([bad[0]!, good[0]!, bad[1]!, bad[2]!, good[1]!, bad[3]!, bad[4]!, good[2]!, bad[5]!]);
    expect(mixed.filter((l) => l.startsWith('{"path":"ok'))).toEqual(alone);
    const codes = mixed.map((l) => {
      const r = JSON.parse(l) as { path: string; error?: { code: string; message: string } };
      return `${r.path} ${r.error?.code ?? 'OK'}`;
    });
    expect(codes).toEqual([
      'prepare-throws INTERNAL',
      'ok0 OK',
      'prepare-slow TIMEOUT',
      'extract-throws INTERNAL',
      'ok1 OK',
      'extract-slow TIMEOUT',
      'finish-throws INTERNAL',
      'ok2 OK',
      'finish-slow TIMEOUT',
    ]);
    expect(mixed[3]).toContain('extractor failed: extract broke');
  });
});
