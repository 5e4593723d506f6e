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

  it("blanks a story's reading time, not a sentence that counts minutes", () => {
    for (const line of ['· 2 мин оқу', '3 мин чтения', 'Время чтения: 4 минуты', '~5 min read', 'Оқу уақыты: 3 минут', 'Reading time: 6 minutes', '7 минут на чтение']) {
      expect(blankFurniture(`Аким выделил деньги.\n${line}\nБиыл салынды.`).furniture, line).toHaveLength(1);
    }
    for (const line of ['15 минут', 'Заседание длилось 40 минут.', 'Жиын 30 минутқа созылды', '5 минут чтения вслух в день помогают детям']) {
      expect(blankFurniture(`${line}\nБиыл салынды.`).furniture, line).toEqual([]);
    }
  });

  it('finds no mentions in furniture', () => {
    const text = 'Фото: Берик Уали, 2024\nАким области выделил 658 млн тенге.';
    const rec = extract(text);
    expect('mentions' in rec && rec.mentions.map((m) => m.text)).toEqual(['Аким области', '658 млн тенге']);
  });
});

describe('counter lines', () => {
  it('blanks buttons and counters whatever their case, and no sentence that opens with a button word', () => {
    const lines = ['Поделиться: 15', 'ПОДЕЛИТЬСЯ', 'Бөлісу: Facebook Telegram', '👁 3 452', 'Пікірлер: 3', 'Просмотров: 1 024', 'VIEWS 12', '  1234 ', 'E-mail Print'];
    for (const line of lines) expect(blankFurniture(`Аким выделил деньги.\n${line}\nБиыл салынды.`).furniture, line).toHaveLength(1);
    for (const line of ['Поделиться опытом приехали 15 делегаций', 'Views of the city', 'Просмотр фильма 12 июня']) {
      expect(blankFurniture(`${line}\nБиыл салынды.`).furniture, line).toEqual([]);
    }
  });

  // boilerplate.ts skips the counter expression for a line whose first letter, in lower case, begins no
  // button word. That holds if, for these characters, lower case is what the expression's i flag
  // compares, and no icon of the expression is one of their letters.
  it('reads ASCII and Cyrillic letters in lower case as the i flag folds them', () => {
    const plain = [...Array.from({ length: 0x80 }, (_, c) => c), ...Array.from({ length: 0x100 }, (_, c) => 0x400 + c)].map((c) => String.fromCharCode(c));
    const literal = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const wrong: string[] = [];
    for (const w of plain.filter((ch) => ch === ch.toLowerCase())) {
      const re = new RegExp(`^${literal(w)}$`, 'iu');
      for (const ch of plain) if (re.test(ch) !== (ch.toLowerCase() === w)) wrong.push(`${ch} ~ ${w}`);
    }
    expect(wrong).toEqual([]);
    // The digits and icons of the counter expression (src/clean/boilerplate.ts: ICONS).
    const icon = /^(?:\d|[\s\p{Extended_Pictographic}\p{S}\p{P}\p{M}\u200d])$/iu;
    expect(plain.filter((ch) => /\p{L}/u.test(ch) && icon.test(ch))).toEqual([]);
  });
});
