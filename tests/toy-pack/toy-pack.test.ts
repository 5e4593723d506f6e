/** A fourth language registered through the registry alone extracts through the shared code. */
import { describe, expect, it } from 'vitest';
import { registerPack, registeredPacks } from '../../src/lang/registry.js';
import { extractText } from '../../src/extract/index.js';
import { questionCount } from '../../src/segment/word.js';
import { toyPack } from './index.js';

registerPack(toyPack);
const pick = (text: string, docDate?: string): Array<{ type: string; text: string; value?: unknown }> =>
  extractText({ text, lang: 'id', docDate }).map((m) => ({ type: m.type, text: m.text, ...('value' in m ? { value: m.value } : {}) }));

describe('toy fourth pack (id)', () => {
  it('is registered after the shipped packs', () => {
    expect(
      registeredPacks()
        .map((p) => p.lang)
        .slice(0, 4),
    ).toEqual(['kk', 'ru', 'en', 'id']);
  });

  it('money, percents, numbers and dates by its own rules', () => {
    const found = pick('Pemerintah menyiapkan 5 miliar rupiah pada 12 Januari 2024, naik 7,5 persen dari tahun lalu.', '2024-01-15');
    expect(found).toContainEqual({ type: 'money', text: '5 miliar rupiah', value: 5_000_000_000 });
    expect(found).toContainEqual({ type: 'percent', text: '7,5 persen', value: 7.5 });
    expect(found).toContainEqual({ type: 'date', text: 'pada 12 Januari 2024', value: '2024-01-12' });
    expect(found).toContainEqual({ type: 'date', text: 'tahun lalu', value: '2023' });
  });

  it('spelled numerals and thousand groups', () => {
    const found = pick('Sekitar dua juta warga dan 1.500.000 siswa.');
    expect(found.filter((m) => m.type === 'number').map((m) => m.value)).toEqual([2_000_000, 1_500_000]);
  });

  it('negatives: no month without a day, year or preposition', () => {
    expect(pick('Mei adalah bulan kelima.').filter((m) => m.type === 'date')).toEqual([]);
  });

  it('leaves the shipped packs as they were', () => {
    const ru = extractText({ text: 'В 2025 году выделено 5 млрд тенге.', lang: 'ru' }).map((m) => m.type);
    expect(ru).toEqual(['date', 'money']);
  });

  it('word questions grow with the registry: more packs than the bits of a word entry hold', () => {
    // Each pack asks its own questions of every word (perPack tables): three more toy packs pass the 30 bits.
    for (const lang of ['ms', 'jv', 'su']) registerPack({ ...toyPack, lang });
    for (const lang of ['ms', 'jv', 'su', 'id']) {
      const found = extractText({ text: 'Anggaran 5 miliar rupiah, naik 3 persen pada 1 Mei 2024.', lang }).map((m) => m.text);
      expect(found, lang).toEqual(['5 miliar rupiah', '3 persen', 'pada 1 Mei 2024']);
    }
    expect(questionCount()).toBeGreaterThan(30);
  });
});
