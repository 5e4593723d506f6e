import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, extractFile, schemas, type DocumentRecord, type OutputRecord } from '../src/index.js';
import { kzx } from './helpers/run.js';

const HUGE = `1${'0'.repeat(400)}`;

function kept(rec: OutputRecord): DocumentRecord {
  expect('error' in rec ? rec.error : undefined).toBeUndefined();
  expect(schemas.record.safeParse(rec).success).toBe(true);
  return rec as DocumentRecord;
}

describe('a document with one bad value keeps its record', () => {
  it.each([
    ['money', `Аким области Берик Уали выделил ${HUGE} тенге и ещё 5 млн тенге.`],
    ['number', `Построено ${HUGE} домов и 12 школ.`],
    ['percent', `Рост составил ${HUGE}% при плане 5%.`],
    ['date', `Программа рассчитана на ${HUGE} лет, до 2030 года.`],
  ])('an overflowing %s value is dropped with a warning, the rest kept', (type, text) => {
    const rec = kept(extract(text));
    expect(rec.warnings).toHaveLength(1);
    expect(rec.warnings![0]).toMatchObject({ code: 'MENTION_DROPPED' });
    expect(rec.warnings![0]!.message).toMatch(new RegExp(`^${type} mention "(?:на )?1000`));
    expect(rec.mentions.length).toBeGreaterThan(0);
    expect(rec.mentions.every((m) => !m.text.includes('0000000000'))).toBe(true);
  });

  it('officials survive, renumbered', () => {
    const rec = kept(extract(`Аким области Берик Уали выделил ${HUGE} тенге.`));
    expect(rec.officials).toEqual([expect.objectContaining({ name: 'Берик Уали', mentions: [1], positionMentions: [0] })]);
  });

  it('a day that does not exist is dropped with a warning; 29 February of a leap year is kept', () => {
    const bad = kept(extract('Собрание прошло 30 февраля 2025 года, а 12 школ открылись.'));
    expect(bad.mentions.some((m) => m.type === 'date')).toBe(false);
    expect(bad.warnings?.[0]?.message).toMatch(/does not exist \(2025-02-30\)/);
    const leap = kept(extract('Собрание прошло 29 февраля 2024 года.'));
    expect(leap.mentions.find((m) => m.type === 'date')).toMatchObject({ value: '2024-02-29' });
    expect(leap.warnings).toBeUndefined();
  });

  it('through the CLI and extractFile: exit 0, one record with its warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-badvalue-'));
    writeFileSync(join(dir, 'a.txt'), `Выделено ${HUGE} тенге и 7 млн тенге.`);
    const r = kzx(['extract', dir, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(0);
    const rec = kept(JSON.parse(r.stdout) as OutputRecord);
    expect(rec.warnings?.map((w) => w.code)).toEqual(['MENTION_DROPPED']);
    expect(kept(extractFile(join(dir, 'a.txt')))).toEqual(rec);
  });

  it('fuzz: huge and odd numerals never cost the record', () => {
    const numeral = fc.oneof(
      fc.integer({ min: 300, max: 700 }).map((n) => `1${'0'.repeat(n)}`),
      fc.integer({ min: 300, max: 700 }).map((n) => `${'9'.repeat(n)},5`),
      fc.constantFrom('Infinity', 'PInfinityY', '1e400', '31 февраля', '30 февраля 2023 года', '45 марта', '0 января'),
    );
    const cue = fc.constantFrom(' тенге', ' млрд тенге', '%', ' лет', ' жыл', ' домов', ' года', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(numeral, cue), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = `Аким области сообщил: ${parts.map(([n, c]) => `${n}${c}`).join(', ')} и 3 школы.`;
        kept(extract(text));
      }),
      { numRuns: 120 },
    );
  });
});
