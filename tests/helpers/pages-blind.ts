import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { processDocument } from '../../src/document.js';
import { decodeDocument } from '../../src/read/read.js';
import type { DocumentRecord } from '../../src/schema/record.js';
import { expect } from 'vitest';
import { add, addInto, addScore, emptyScore, expectLanguageFloors, Gold, type HeldoutFloors, type LangScore, scoreArticle, scoreGoldDir, scoreRow, tally, type Tally } from './heldout-articles.js';

// Scoring of the blind saved pages (fixtures/pages-blind/README.md): the held-out articles' gold
// scored on the page's cleaned text, with the article's lines to find what cleaning lost and what
// furniture it let through.

const PageGold = Gold.extend({ article: z.array(z.string().min(1)).min(1) });

/** Types whose mentions outside the article's lines are furniture that leaked. */
const VALUE_TYPES: ReadonlySet<string> = new Set(['money', 'percent', 'date', 'number']);

export interface PagesScore {
  officials: Tally;
  names: { right: number; all: number };
  values: Tally;
  /** The same sums per language. */
  byLang: Map<Gold['lang'], LangScore>;
  lines: { lost: number; all: number };
  /** Value mentions (money, percent, date, number) outside every article line. */
  furnitureValues: number;
  misses: string[];
}

/** A line's span in the text, whitespace folded, or undefined when the text lost it. */
function findLine(text: string, line: string): { start: number; end: number } | undefined {
  const re = new RegExp(
    line
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export function scorePages(dir: string): PagesScore {
  const s: PagesScore = { officials: tally(), names: { right: 0, all: 0 }, values: tally(), byLang: new Map(), lines: { lost: 0, all: 0 }, furnitureValues: 0, misses: [] };
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const name = f.replace(/\.html$/, '');
    const gold = PageGold.parse(JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')));
    const read = decodeDocument(f, readFileSync(join(dir, f)));
    const text = read.ok ? read.text : '';
    const rec = read.ok ? processDocument({ path: f, text, ...(read.title !== undefined ? { title: read.title } : {}), ...(read.date !== undefined ? { date: read.date } : {}) }) : undefined;
    if (rec === undefined || !('mentions' in rec)) s.misses.push(`${name}: no record (${read.ok ? 'error record' : read.message})`);
    const doc: Pick<DocumentRecord, 'mentions' | 'officials'> = rec !== undefined && 'mentions' in rec ? rec : { mentions: [], officials: [] };
    const one = scoreArticle(name, text, doc, gold, true);
    add(s.officials, one.officials);
    add(s.values, one.values);
    s.names.right += one.names.right;
    s.names.all += one.names.all;
    addScore(s.byLang, gold.lang, one);
    s.misses.push(...one.misses);
    const spans = gold.article.flatMap((line) => {
      const at = findLine(text, line);
      if (at === undefined) s.misses.push(`${name}: line lost «${line.slice(0, 60)}»`);
      return at === undefined ? [] : [at];
    });
    s.lines.all += gold.article.length;
    s.lines.lost += gold.article.length - spans.length;
    for (const m of doc.mentions) {
      if (!VALUE_TYPES.has(m.type) || spans.some((a) => a.start <= m.start && m.end <= a.end)) continue;
      s.furnitureValues++;
      s.misses.push(`${name}: furniture ${m.type} «${m.text}»`);
    }
  }
  return s;
}

/** Most article lines a page may lose and value mentions of its furniture it may let through. */
export interface PageFloors {
  readonly linesLost: number;
  readonly furnitureValues: number;
}

const sumScores = (...scores: (LangScore | undefined)[]): LangScore => {
  const out = emptyScore();
  for (const s of scores) if (s !== undefined) addInto(out, s);
  return out;
};

/**
 * Scores a blind round of texts and saved pages (fixtures/heldout-4 and later): prints a row per
 * language for texts, pages and both (every miss with KZX_HELDOUT_VERBOSE) and checks each
 * language's floors on texts and pages together, and the pages' cleaning.
 */
export function expectRoundAbove(dir: string, textFiles: number, floors: Partial<Record<Gold['lang'], HeldoutFloors>>, pageFloors: PageFloors): void {
  const texts = scoreGoldDir(dir);
  const pages = scorePages(dir);
  expect(texts.files).toBe(textFiles);
  expect(texts.wrongLang).toEqual([]);
  const langs = Object.keys(floors) as Gold['lang'][];
  expect([...new Set([...texts.byLang.keys(), ...pages.byLang.keys()])].sort()).toEqual([...langs].sort());
  const rows = [];
  for (const lang of langs) {
    const text = texts.byLang.get(lang);
    const page = pages.byLang.get(lang);
    if (text !== undefined) rows.push(scoreRow(`${lang} text`, text));
    if (page !== undefined) rows.push(scoreRow(`${lang} page`, page));
    rows.push(scoreRow(`${lang} all`, sumScores(text, page)));
  }
  console.table(rows);
  console.log(`pages: ${pages.lines.lost}/${pages.lines.all} article lines lost, ${pages.furnitureValues} furniture values`);
  if (process.env.KZX_HELDOUT_VERBOSE) console.log([...texts.misses, ...pages.misses].join('\n'));
  for (const lang of langs) expectLanguageFloors(lang, sumScores(texts.byLang.get(lang), pages.byLang.get(lang)), floors[lang]!);
  expect(pages.lines.lost, 'article lines lost').toBeLessThanOrEqual(pageFloors.linesLost);
  expect(pages.furnitureValues, 'furniture values').toBeLessThanOrEqual(pageFloors.furnitureValues);
}
