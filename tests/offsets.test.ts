import { describe, expect, it } from 'vitest';
import { extract, schemas } from '../src/index.js';
import type { DocumentRecord } from '../src/schema/record.js';
import { kzx } from './helpers/run.js';

// Emoji and a mathematical letter (outside the BMP: two UTF-16 units each) before and inside the mentions' stretch.
const TEXT = '🚀 Новость 👍🏽: аким области Ержан Омаров 𝐀 выделил 120 млн тенге 🎉 на 35 школ. 😀';

/** What Python's text[start:end] gives: a slice by code points. */
const pySlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

describe('--offsets codepoint', () => {
  it('counts code points, so Python and R slice the mention text', () => {
    const utf16 = extract(TEXT, { lang: 'ru', withText: true }) as DocumentRecord;
    const cp = extract(TEXT, { lang: 'ru', withText: true, offsets: 'codepoint' }) as DocumentRecord;
    expect(cp.mentions.map((m) => m.text)).toEqual(utf16.mentions.map((m) => m.text));
    expect(cp.mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of utf16.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    for (const m of cp.mentions) expect(pySlice(TEXT, m.start, m.end)).toBe(m.text);
    // A counted noun's own offsets move with the rest ("школ" in "35 школ").
    const counted = (r: DocumentRecord) => r.mentions.flatMap((m) => (m.type === 'number' && m.unitStart !== undefined && m.unitEnd !== undefined ? [[m.unitStart, m.unitEnd] as const] : []));
    expect(counted(utf16).map(([s, e]) => TEXT.slice(s, e))).toContain('школ');
    expect(counted(cp).map(([s, e]) => pySlice(TEXT, s, e))).toEqual(counted(utf16).map(([s, e]) => TEXT.slice(s, e)));
    // Every mention comes after the astral characters, so every offset moved.
    for (const [i, m] of cp.mentions.entries()) expect(m.start).toBeLessThan(utf16.mentions[i]!.start);
    expect(cp.chars).toBe(Array.from(TEXT).length);
    expect(cp.provenance).toEqual({ offsets: 'codepoint' });
    expect(schemas.record.safeParse(cp).success).toBe(true);
    expect(utf16.provenance).toBeUndefined();
  });

  it('keeps the numbers of a text without astral characters', () => {
    const text = 'Аким области Ержан Омаров выделил 120 млн тенге.';
    const a = extract(text, { lang: 'ru' }) as DocumentRecord;
    const b = extract(text, { lang: 'ru', offsets: 'codepoint' }) as DocumentRecord;
    expect(b.mentions).toEqual(a.mentions);
  });

  it('is a CLI option, in every format', () => {
    const r = kzx(['extract', '-', '--offsets', 'codepoint', '--format', 'ndjson', '--quiet', '--lang', 'ru'], { input: TEXT });
    const rec = JSON.parse(r.stdout) as DocumentRecord;
    const money = rec.mentions.find((m) => m.type === 'money')!;
    expect(pySlice(TEXT, money.start, money.end)).toBe(money.text);
    const csv = kzx(['extract', '-', '--offsets', 'codepoint', '--format', 'csv', '--quiet', '--lang', 'ru'], { input: TEXT }).stdout;
    expect(csv).toContain(`,${money.start},${money.end},`);
    expect(kzx(['extract', '-', '--offsets', 'bytes'], { input: TEXT }).status).toBe(2);
  });
});
