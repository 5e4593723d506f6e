import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { francVerdict } from '../src/lang/detect.js';
import { generateArticle } from '../src/tools/corpus-generator.js';

const ROOT = join(import.meta.dirname, '..');
const FRANC_TO_LANG: Record<string, string> = { kaz: 'kk', rus: 'ru', eng: 'en' };
const expected = (text: string): string | undefined => FRANC_TO_LANG[franc(text, { only: ['kaz', 'rus', 'eng'], minLength: 3 })];

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(txt|html|json)$/.test(name) ? [path] : [];
  });
}

/** Every text, its paragraphs and its short prefixes: detection asks franc about short and borderline texts most. */
function samples(text: string): string[] {
  const out = [text];
  for (const paragraph of text.split(/\n+/)) if (paragraph.trim() !== '') out.push(paragraph);
  for (const length of [3, 10, 40, 120, 400, 2100]) if (text.length > length) out.push(text.slice(0, length));
  return out;
}

function mismatches(texts: Iterable<string>): string[] {
  const wrong: string[] = [];
  for (const text of texts) for (const sample of samples(text)) if (francVerdict(sample) !== expected(sample)) wrong.push(sample.slice(0, 80));
  return wrong;
}

describe('francVerdict equals franc restricted to kaz/rus/eng', () => {
  it('on every fixture and on generated articles', () => {
    const files = textFiles(join(ROOT, 'fixtures')).map((path) => readFileSync(path, 'utf8'));
    const generated = Array.from({ length: 200 }, (_, seed) => generateArticle(seed));
    expect(mismatches([...files, ...generated])).toEqual([]);
  });

  const shared = join(ROOT, '..', 'shared');
  it.skipIf(!existsSync(shared))(
    'on every ../shared seed and corpus document (when present)',
    () => {
      const files = [...textFiles(join(shared, 'seeds')), ...textFiles(join(shared, 'corpora'))];
      expect(mismatches(files.map((path) => readFileSync(path, 'utf8')))).toEqual([]);
    },
    300_000,
  );

  it('on mixed-script and edge texts', () => {
    const texts = ['', 'аб', '   ', '123 456', 'Астана Astana Астана', 'ӘҒҚ ұһі', 'İstanbul мен Алматы', 'Привет 😀 мир ъъъ', 'ааа ааа ааа ааа', 'Қазақстан Республикасы Президенті'];
    expect(mismatches(texts)).toEqual([]);
  });
});
