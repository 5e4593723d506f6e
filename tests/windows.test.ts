import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions, extractText } from '../src/extract/index.js';
import { tokenize } from '../src/segment/tokenize.js';
import { WHOLE_TEXT_LIMIT, windowsOf } from '../src/segment/windows.js';
import { ROOT } from './helpers/run.js';

const ARTICLES = join(ROOT, 'fixtures', 'articles');
const russian = readdirSync(ARTICLES)
  .filter((f) => f.startsWith('ru-'))
  .sort()
  .map((f) => readFileSync(join(ARTICLES, f), 'utf8'))
  .join('\n');
/** A Russian text far over the window limit, made of the fixture articles over and over. */
const longText = (separator: string): string => {
  let text = '';
  while (text.length < WHOLE_TEXT_LIMIT * 2.5) text += russian.replaceAll('\n', separator) + separator;
  return text;
};

describe('windows over very long texts', () => {
  it('leave an article-sized text whole', () => {
    expect(windowsOf('x'.repeat(WHOLE_TEXT_LIMIT))).toEqual([{ from: 0, to: WHOLE_TEXT_LIMIT, keepFrom: 0, keepTo: WHOLE_TEXT_LIMIT }]);
  });

  it('cover a long text with contiguous keep ranges, cut at line breaks or spaces, with margins', () => {
    for (const text of [longText('\n'), longText(' '), 'я'.repeat(WHOLE_TEXT_LIMIT * 2)]) {
      const windows = windowsOf(text);
      expect(windows.length).toBeGreaterThan(2);
      expect(windows[0]!.keepFrom).toBe(0);
      expect(windows.at(-1)!.keepTo).toBe(text.length);
      windows.forEach((w, k) => {
        if (k > 0) expect(w.keepFrom).toBe(windows[k - 1]!.keepTo);
        expect(w.from).toBeLessThanOrEqual(w.keepFrom);
        expect(w.to).toBeGreaterThanOrEqual(w.keepTo);
        if (k < windows.length - 1 && text.includes(' ')) expect(/\s/.test(text[w.keepTo - 1]!)).toBe(true);
      });
    }
  });

  it('cut after a near line break before a space, after the first space when the break is far', () => {
    const first = windowsOf('я'.repeat(WHOLE_TEXT_LIMIT * 2))[0]!.keepTo;
    const near = `${'я'.repeat(first + 10)} яя\n${'я'.repeat(WHOLE_TEXT_LIMIT * 2)}`;
    expect(near[windowsOf(near)[0]!.keepTo - 1]).toBe('\n');
    const far = `${'я'.repeat(first + 10)} ${'я'.repeat(5_000)}\n${'я'.repeat(WHOLE_TEXT_LIMIT * 2)}`;
    expect(windowsOf(far)[0]!.keepTo).toBe(first + 11);
  });

  it('find the same mentions as extracting the whole text at once', () => {
    for (const separator of ['\n', ' ']) {
      const text = longText(separator);
      const input = { text, lang: 'ru' as const, docDate: '2025-11-04' };
      const whole = extractMentions({ ...input, tokens: tokenize(text) });
      const windowed = extractText(input);
      expect(windowed.length).toBeGreaterThan(1000);
      expect(windowed).toEqual(whole);
    }
  });

  it('keep offsets valid and mentions apart in a text with no spaces to cut at', () => {
    const text = '1000тенге«Smart»'.repeat(WHOLE_TEXT_LIMIT / 8);
    const mentions = extractText({ text, lang: 'ru' });
    mentions.forEach((m, k) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (k > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[k - 1]!.end);
    });
  });
});
