import { describe, expect, it } from 'vitest';
import { blankFurniture } from '../src/clean/boilerplate.js';
import { extract } from '../src/index.js';

describe('page furniture', () => {
  it('blanks furniture lines with spaces, keeping every offset, and reports their ranges', () => {
    const text = 'Облыс әкімі 5 млрд теңге бөлді.\nРеклама\nФото: Айдос Ержанов\n  1234 \nБиыл 12 мектеп салынды.';
    const { text: clean, furniture } = blankFurniture(text);
    expect(clean).toHaveLength(text.length);
    expect(furniture.map(([s, e]) => text.slice(s, e))).toEqual(['Реклама', 'Фото: Айдос Ержанов', '  1234 ']);
    expect(clean.split('\n')).toEqual(['Облыс әкімі 5 млрд теңге бөлді.', ' '.repeat(7), ' '.repeat(19), ' '.repeat(7), 'Биыл 12 мектеп салынды.']);
  });

  it('returns a text with no furniture as it is, whatever its line ends', () => {
    for (const text of ['', '\n', 'Аким области выделил 658 млн тенге.\r\n\r\nВторой абзац.', 'no newline at the end']) {
      expect(blankFurniture(text)).toEqual({ text, furniture: [] });
    }
  });

  it('finds no mentions in furniture', () => {
    const text = 'Фото: Берик Уали, 2024\nАким области выделил 658 млн тенге.';
    const rec = extract(text);
    expect('mentions' in rec && rec.mentions.map((m) => m.text)).toEqual(['Аким области', '658 млн тенге']);
  });
});
