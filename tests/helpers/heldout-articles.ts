import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { z } from 'zod';
import { extract, personKey } from '../../src/index.js';
import { type DocumentRecord, type Mention, QuantityValueSchema } from '../../src/schema/record.js';

// Scoring of the Kazakh and Russian held-out articles (gold format in fixtures/heldout/README.md),
// shared by tests/heldout.test.ts, tests/heldout-kk.test.ts, tests/heldout-ru.test.ts, tests/heldout-3.test.ts
// and tests/heldout-4.test.ts (which adds English).

export const Gold = z
  .object({
    lang: z.enum(['kk', 'ru', 'en']),
    people: z.array(z.object({ name: z.string().min(1), forms: z.array(z.string().min(1)).min(1) }).strict()),
    officials: z.array(
      z
        .object({
          name: z.string().min(1),
          positions: z.array(z.string().min(1)).min(1),
          /** The post as an analyst would write it (nominative, with its owner): the record's `position` should equal one of these (folded). */
          nominative: z.array(z.string().min(1)).min(1).optional(),
          former: z.boolean().optional(),
          acting: z.boolean().optional(),
        })
        .strict(),
    ),
    money: z.array(z.object({ text: z.string().min(1), value: QuantityValueSchema, currency: z.string().length(3) }).strict()),
    percents: z.array(z.object({ text: z.string().min(1), value: QuantityValueSchema }).strict()),
    dates: z.array(z.object({ text: z.string().min(1), value: z.string().min(1) }).strict()),
  })
  .strict();
export type Gold = z.infer<typeof Gold>;

interface Span {
  start: number;
  end: number;
}

/** Case, ё and punctuation folded, so "Аким области" = "аким области". */
const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”.,:;()–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Where `needle` occurs; a gold string absent from its own article is an error, but a page's cleaned text may lose it (`lenient`): then it matches nothing. */
function occurrencesIn(text: string, needle: string, lenient = false): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  if (out.length === 0 && !lenient) throw new Error(`gold string not in the article: ${needle}`);
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Counts one score is made of, summed over articles. */
export interface Tally {
  gold: number;
  predicted: number;
  correct: number; // predicted items that match gold (precision)
  found: number; // gold items matched (recall)
}
export const tally = (): Tally => ({ gold: 0, predicted: 0, correct: 0, found: 0 });
export const add = (a: Tally, b: Tally): void => {
  a.gold += b.gold;
  a.predicted += b.predicted;
  a.correct += b.correct;
  a.found += b.found;
};
export const prf = (t: Tally): { p: number; r: number; f1: number } => {
  const p = t.predicted ? t.correct / t.predicted : 1;
  const r = t.gold ? t.found / t.gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface ArticleScore {
  officials: Tally;
  names: { right: number; all: number };
  flags: { right: number; all: number };
  /** Of the found pairs whose gold gives `nominative`, those whose record `position` is one of them. */
  posts: { right: number; all: number };
  values: Tally;
  misses: string[];
}

/** Scores one record against its gold; `lenient` for a text the gold was not written on (a cleaned page), where a gold string may be missing. */
export function scoreArticle(name: string, text: string, rec: Pick<DocumentRecord, 'mentions' | 'officials'>, gold: Omit<Gold, 'lang'>, lenient = false): ArticleScore {
  const occurrences = (t: string, needle: string): Span[] => occurrencesIn(t, needle, lenient);
  const misses: string[] = [];
  const ms = rec.mentions;
  // The leading "date YYYY-MM-DD" is the fixture's metadata (the record's `date`), not article text.
  const header = /^date \d{4}-\d{2}-\d{2}/.exec(text)?.[0].length ?? 0;

  // Officials: a predicted (person, post) link is right when its person is a gold person (same key or
  // folded nominative name) and one of its title mentions overlaps a gold wording of that post, or
  // its nominative position equals one folded.
  const goldPos = gold.officials.map((g) => ({ g, key: personKey(g.name), spans: g.positions.flatMap((p) => occurrences(text, p)) }));
  const links = rec.officials;
  const matches = (o: (typeof links)[number], gp: (typeof goldPos)[number]): boolean =>
    (o.key === gp.key || fold(o.name) === fold(gp.g.name)) &&
    (o.positionMentions.some((i) => gp.spans.some((s) => overlaps(s, ms[i] as Span))) || gp.g.positions.some((p) => fold(p) === fold(o.position)));
  const officials: Tally = { gold: goldPos.length, predicted: links.length, correct: 0, found: 0 };
  const flags = { right: 0, all: 0 };
  const posts = { right: 0, all: 0 };
  for (const o of links) {
    if (goldPos.some((gp) => matches(o, gp))) officials.correct++;
    else misses.push(`${name}: false link ${o.name} — ${o.position}${o.former ? ' (former)' : ''}${o.acting ? ' (acting)' : ''}`);
  }
  for (const gp of goldPos) {
    const hit = links.find((o) => matches(o, gp));
    if (!hit) {
      misses.push(`${name}: missed ${gp.g.name} — ${gp.g.positions[0]}`);
      continue;
    }
    officials.found++;
    // Diagnostics only: title mentions joined to the right pair that are not its wordings.
    for (const i of hit.positionMentions) {
      const m = ms[i] as Mention;
      if (!gp.spans.some((s) => overlaps(s, m))) misses.push(`${name}: stray title «${m.text}» on ${gp.g.name} — ${hit.position}`);
    }
    if (gp.g.nominative !== undefined) {
      posts.all++;
      if (gp.g.nominative.some((p) => fold(p) === fold(hit.position))) posts.right++;
      else misses.push(`${name}: post of ${gp.g.name} «${hit.position}», not «${gp.g.nominative.join('» / «')}»`);
    }
    for (const flag of ['former', 'acting'] as const) {
      const want = gp.g[flag];
      if (want === undefined) continue;
      flags.all++;
      if ((hit[flag] === true) === want) flags.right++;
      else misses.push(`${name}: ${flag} ${want ? 'not set' : 'set'} on ${gp.g.name} — ${hit.position}`);
    }
  }

  // Names: a gold person is right when some person mention covers one of its written forms and every
  // such mention has the gold nominative (folded); a person not found is wrong.
  const persons = ms.filter((m): m is Extract<Mention, { type: 'person' }> => m.type === 'person');
  let right = 0;
  for (const p of gold.people) {
    const spans = p.forms.flatMap((f) => occurrences(text, f));
    const hits = persons.filter((m) => spans.some((s) => overlaps(s, m)));
    if (hits.length && hits.every((m) => fold(m.norm) === fold(p.name))) right++;
    else misses.push(`${name}: name ${p.name} → ${hits.length ? [...new Set(hits.map((m) => m.norm))].join(' / ') : 'no person'}`);
  }

  // Values: one-to-one, a predicted mention of the type whose span overlaps the gold text and whose
  // value (and currency) is equal.
  const values = tally();
  const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  // A range («85–90 мың теңге») matches a range of the same ends, as the record carries it.
  type Quantity = z.infer<typeof QuantityValueSchema>;
  const sameQuantity = (a: Quantity, b: Quantity): boolean =>
    typeof a === 'number' || typeof b === 'number' ? typeof a === 'number' && typeof b === 'number' && sameNumber(a, b) : sameNumber(a.from, b.from) && sameNumber(a.to, b.to);
  const showQuantity = (v: Quantity): string => (typeof v === 'number' ? `${v}` : `${v.from}–${v.to}`);
  const goldValues: { type: Mention['type']; text: string; ok: (m: Mention) => boolean; show: string }[] = [
    ...gold.money.map((g) => ({
      type: 'money' as const,
      text: g.text,
      ok: (m: Mention) => m.type === 'money' && sameQuantity(m.value, g.value) && m.currency === g.currency,
      show: `${showQuantity(g.value)} ${g.currency}`,
    })),
    ...gold.percents.map((g) => ({
      type: 'percent' as const,
      text: g.text,
      ok: (m: Mention) => m.type === 'percent' && sameQuantity(m.value, g.value),
      show: `${showQuantity(g.value)}%`,
    })),
    ...gold.dates.map((g) => ({ type: 'date' as const, text: g.text, ok: (m: Mention) => m.type === 'date' && m.value === g.value, show: g.value })),
  ];
  const predicted = ms.filter((m) => (m.type === 'money' || m.type === 'percent' || m.type === 'date') && m.start >= header);
  const used = new Set<Mention>();
  values.gold = goldValues.length;
  values.predicted = predicted.length;
  for (const g of goldValues) {
    const spans = occurrences(text, g.text);
    const hit = predicted.find((m) => !used.has(m) && g.ok(m) && spans.some((s) => overlaps(s, m)));
    if (hit) {
      used.add(hit);
      values.found++;
      values.correct++;
    } else {
      const near = predicted.find((m) => m.type === g.type && spans.some((s) => overlaps(s, m)));
      misses.push(`${name}: ${g.type} «${g.text}» ${g.show} → ${near ? `«${near.text}» ${JSON.stringify('value' in near ? near.value : '')}` : 'not found'}`);
    }
  }
  for (const m of predicted) if (!used.has(m)) misses.push(`${name}: extra ${m.type} «${m.text}» ${JSON.stringify('value' in m ? m.value : '')}`);

  return { officials, names: { right, all: gold.people.length }, flags, posts, values, misses };
}

/** One language's sums over a folder's articles. */
export interface LangScore {
  officials: Tally;
  names: { right: number; all: number };
  flags: { right: number; all: number };
  posts: { right: number; all: number };
  values: Tally;
}

export const emptyScore = (): LangScore => ({ officials: tally(), names: { right: 0, all: 0 }, flags: { right: 0, all: 0 }, posts: { right: 0, all: 0 }, values: tally() });

/** Adds a score (an article's, or a language's sums) into `acc`. */
export function addInto(acc: LangScore, s: LangScore): void {
  add(acc.officials, s.officials);
  add(acc.values, s.values);
  acc.names.right += s.names.right;
  acc.names.all += s.names.all;
  acc.flags.right += s.flags.right;
  acc.flags.all += s.flags.all;
  acc.posts.right += s.posts.right;
  acc.posts.all += s.posts.all;
}

/** Adds one article's score to its language's sums. */
export function addScore(byLang: Map<Gold['lang'], LangScore>, lang: Gold['lang'], s: ArticleScore): void {
  const acc = byLang.get(lang) ?? emptyScore();
  addInto(acc, s);
  byLang.set(lang, acc);
}

/** Scores every `NAME.txt` of `dir` against its `NAME.gold.json`, summed per language. */
export function scoreGoldDir(dir: string): { files: number; byLang: Map<Gold['lang'], LangScore>; misses: string[]; wrongLang: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const byLang = new Map<Gold['lang'], LangScore>();
  const misses: string[] = [];
  const wrongLang: string[] = [];
  for (const f of files) {
    const base = f.replace(/\.txt$/, '');
    const text = readFileSync(join(dir, f), 'utf8');
    const gold = Gold.parse(JSON.parse(readFileSync(join(dir, `${base}.gold.json`), 'utf8')));
    const rec = extract(text, { path: f });
    if (!('mentions' in rec)) throw new Error(`${f}: ${JSON.stringify(rec)}`);
    if (rec.lang !== gold.lang) wrongLang.push(f);
    const s = scoreArticle(base, text, rec, gold);
    addScore(byLang, gold.lang, s);
    misses.push(...s.misses);
  }
  return { files: files.length, byLang, misses, wrongLang };
}

/** A printable row of one language's figures. */
export function scoreRow(lang: string, a: LangScore): Record<string, string> {
  const fmt = (x: number): string => x.toFixed(3);
  const o = prf(a.officials);
  const v = prf(a.values);
  return {
    lang,
    officials: `${a.officials.found}/${a.officials.gold} gold, ${a.officials.predicted} predicted`,
    P: fmt(o.p),
    R: fmt(o.r),
    F1: fmt(o.f1),
    names: `${fmt(a.names.right / a.names.all)} (${a.names.right}/${a.names.all})`,
    flags: `${a.flags.right}/${a.flags.all}`,
    ...(a.posts.all > 0 ? { posts: `${a.posts.right}/${a.posts.all}` } : {}),
    values: `P ${fmt(v.p)} R ${fmt(v.r)} F1 ${fmt(v.f1)} (${a.values.found}/${a.values.gold}, ${a.values.predicted} predicted)`,
  };
}

/** Floors of one language of a held-out set: a regression guard on text the rules were not written against, not a target. */
export interface HeldoutFloors {
  readonly officialsF1: number;
  readonly names: number;
  readonly valuesF1: number;
  /** Share of the found pairs whose record `position` is the gold's nominative, for a set whose gold gives it. */
  readonly posts?: number;
}

/**
 * Scores a held-out folder, prints a row per language (and every miss with KZX_HELDOUT_VERBOSE) and
 * checks each language's floors; every language of the folder must have floors.
 */
export function expectHeldoutAbove(dir: string, files: number, floors: Partial<Record<Gold['lang'], HeldoutFloors>>): void {
  const scored = scoreGoldDir(dir);
  expect(scored.files).toBe(files);
  expect(scored.wrongLang).toEqual([]);
  expect([...scored.byLang.keys()].sort()).toEqual(Object.keys(floors).sort());
  console.table([...scored.byLang].map(([lang, score]) => scoreRow(lang, score)));
  if (process.env.KZX_HELDOUT_VERBOSE) console.log(scored.misses.join('\n'));
  for (const [lang, score] of scored.byLang) expectLanguageFloors(lang, score, floors[lang]!);
}

/** One language's officials F1, name accuracy and values F1 at or above its floors. */
export function expectLanguageFloors(lang: Gold['lang'], score: LangScore, floor: HeldoutFloors): void {
  expect(prf(score.officials).f1, `${lang} officials F1`).toBeGreaterThanOrEqual(floor.officialsF1);
  expect(score.names.right / score.names.all, `${lang} name accuracy`).toBeGreaterThanOrEqual(floor.names);
  expect(prf(score.values).f1, `${lang} values F1`).toBeGreaterThanOrEqual(floor.valuesF1);
  if (floor.posts !== undefined) expect(score.posts.right / score.posts.all, `${lang} posts in the nominative`).toBeGreaterThanOrEqual(floor.posts);
}
