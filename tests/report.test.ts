import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { kzx, ROOT } from './helpers/run.js';
import { embedJson } from '../src/report/page.js';
import type { DocumentRecord } from '../src/schema/record.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Fixture folders whose documents (18) fit on the report's first page; the held-out sets are not drawn. */
const FIRST_PAGE_FIXTURES = ['fixtures/articles', 'fixtures/multilingual', 'fixtures/officials', 'fixtures/pages'];

it('embeds data so that no text can close its script block', () => {
  const json = embedJson({ text: '</script><script>alert(1)</script> <!-- \u2028' });
  expect(json).not.toMatch(/<\/script|<!--/i);
  expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> <!-- \u2028' });
});

it('takes records without their text from the files at their paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzx-report-'));
  const records = join(dir, 'out.ndjson');
  expect(kzx(['extract', 'fixtures/multilingual', '--format', 'ndjson', '-o', records, '--quiet']).status).toBe(0);
  writeFileSync(records, `${readFileSync(records, 'utf8')}{"path":"gone.txt","error":{"code":"ENOENT","message":"no such file"}}\n`);
  const r = kzx(['report', '--from-records', records, '--quiet']);
  expect(r.status).toBe(1);
  const data = JSON.parse(/<script type="application\/json" id="kzx-data">(.*?)<\/script>/s.exec(r.stdout)![1]!) as { docs: Array<{ p: string; x?: string }> };
  expect(data.docs.map((d) => d.p)).toEqual(['fixtures/multilingual/en.txt', 'fixtures/multilingual/kk.txt', 'fixtures/multilingual/ru.txt']);
  for (const d of data.docs) expect(d.x).toBe(readFileSync(join(ROOT, d.p), 'utf8'));
});

it('draws records with code-point offsets at the right place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzx-report-'));
  const file = join(dir, 'emoji.txt');
  writeFileSync(file, '🚀🚀 Аким области Ержан Омаров выделил 120 млн тенге.');
  const records = join(dir, 'out.ndjson');
  expect(kzx(['extract', file, '--format', 'ndjson', '--offsets', 'codepoint', '-o', records, '--quiet', '--lang', 'ru']).status).toBe(0);
  const html = kzx(['report', '--from-records', records, '--quiet']).stdout;
  const data = JSON.parse(/<script type="application\/json" id="kzx-data">(.*?)<\/script>/s.exec(html)![1]!) as { docs: Array<{ x: string; m: Array<[number, number, number, string]> }> };
  const [doc] = data.docs;
  const rec = JSON.parse(readFileSync(records, 'utf8')) as DocumentRecord;
  expect(doc!.m.map(([, s, e]) => doc!.x.slice(s, e))).toEqual(rec.mentions.map((m) => m.text));
});

describe.skipIf(!HAVE_CHROMIUM)(`kzx report in headless Chromium${HAVE_CHROMIUM ? '' : ` (SKIPPED: ${CHROMIUM} not found; install Debian's chromium package to run it)`}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzx-report-'));
  const reportPath = join(dir, 'report.html');
  let ctx: BrowserContext;
  let records: DocumentRecord[];
  /** Every URL the pages asked for. */
  const requests: string[] = [];

  beforeAll(async () => {
    // The fixtures that fit on the report's first page (20 documents), so every record is drawn.
    const r = kzx(['report', ...FIRST_PAGE_FIXTURES, '-o', reportPath, '--quiet']);
    expect(r.status).toBe(0);
    records = JSON.parse(kzx(['extract', ...FIRST_PAGE_FIXTURES, '--quiet']).stdout) as DocumentRecord[];
    ctx = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
    ctx.on('request', (req) => requests.push(req.url()));
    // Anything but the page's own file is refused (and recorded above).
    await ctx.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    // Generous: on a loaded machine two CLI runs and a browser start take a while.
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    expect(errors).toEqual([]);
    return page;
  }

  const shownDocs = (page: Page): Promise<string[]> => page.$$eval('article.doc', (els) => els.map((e) => e.querySelector('.path')!.textContent!));

  it('highlights exactly the mentions of each record, with their tips on focus', async () => {
    const page = await open(reportPath);
    const docs = await page.$$eval('article.doc', (els) =>
      els.map((e) => ({
        path: e.querySelector('.path')!.textContent!,
        marks: [...e.querySelectorAll('.text mark.m')].map((m) => ({
          type: m.getAttribute('data-type'),
          start: Number(m.getAttribute('data-start')),
          end: Number(m.getAttribute('data-end')),
          text: m.textContent,
        })),
      })),
    );
    expect(docs.map((d) => d.path)).toEqual(records.map((r) => r.path));
    docs.forEach((d, i) => {
      const expected = records[i]!.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text }));
      expect(d.marks.sort((a, b) => a.start - b.start || b.end - a.end)).toEqual(expected);
    });
    // The tip shows on keyboard focus as on hover.
    const first = page.locator('article.doc mark.m').first();
    await first.focus();
    const tip = await first.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tip).toBe(JSON.stringify(await first.getAttribute('data-tip')));
    expect(await first.getAttribute('data-tip')).toMatch(/^\w+ · /);
    await page.close();
  }, 120_000);

  it('filters by language, type, official and search', async () => {
    const page = await open(reportPath);
    await page.selectOption('#f-lang', 'kk');
    expect(await shownDocs(page)).toEqual(records.filter((r) => r.lang === 'kk').map((r) => r.path));
    await page.click('#f-reset');
    await page.selectOption('#f-type', 'project');
    expect(await shownDocs(page)).toEqual(records.filter((r) => r.mentions.some((m) => m.type === 'project')).map((r) => r.path));
    await page.click('#f-reset');
    await page.selectOption('#f-official', 'berik oali');
    expect(await shownDocs(page)).toEqual(records.filter((r) => r.officials.some((o) => o.key === 'berik oali')).map((r) => r.path));
    await page.click('#f-reset');
    await page.fill('#f-q', 'павлодар');
    await page.waitForFunction(() => document.querySelectorAll('article.doc').length === 1);
    expect(await shownDocs(page)).toEqual(['fixtures/articles/ru-pavlodar-roads.txt']);
    await page.click('#f-reset');
    expect(await shownDocs(page)).toHaveLength(records.length);
    await page.close();
  }, 120_000);

  it('shows the corpus: counts, a sortable officials table, money and projects as SVG', async () => {
    const page = await open(reportPath);
    // The screenshot in the README, with one mention's tip shown.
    await page.locator('article.doc mark.t-person').first().focus();
    await page.screenshot({ path: join(ROOT, 'docs', 'report.png') });
    await page.click('[data-tab=corpus]');
    expect(await page.locator('#panel-corpus svg').count()).toBeGreaterThanOrEqual(3);
    const names = (): Promise<string[]> => page.$$eval('#officials tbody tr td:first-child', (tds) => tds.map((td) => td.textContent!));
    await page.click('#officials [data-sort=n]');
    const sorted = await names();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
    await page.click('#officials [data-sort=n]');
    expect(await names()).toEqual([...sorted].reverse());
    const totals = await page.$$eval('#panel-corpus figcaption', (f) => f.map((e) => e.textContent));
    expect(totals.some((t) => t!.startsWith('KZT'))).toBe(true);
    await page.close();
  }, 120_000);

  it('stays responsive with 10,000 documents, given as records', async () => {
    // Records written here: one money amount per document, in three languages.
    const lines: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      const lang = (['ru', 'kk', 'en'] as const)[n % 3]!;
      const amount = `${n + 1} млн тенге`;
      const text = `Сводка номер ${n}: район получил ${amount} на ремонт школ.`;
      const start = text.indexOf(amount);
      const rec: DocumentRecord = {
        path: `synthetic/${n}.txt`,
        id: n.toString(16).padStart(16, '0'),
        lang,
        langConfidence: 1,
        encoding: 'utf-8',
        chars: text.length,
        date: `2025-${String((n % 12) + 1).padStart(2, '0')}-01`,
        mentions: [{ type: 'money', start, end: start + amount.length, text: amount, value: (n + 1) * 1e6, currency: 'KZT' }],
        officials: [],
        text,
      };
      lines.push(JSON.stringify(rec));
    }
    const input = join(dir, 'many.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const big = join(dir, 'many.html');
    expect(kzx(['report', '--from-records', input, '-o', big, '--quiet']).status).toBe(0);
    const t0 = Date.now();
    const page = await open(big);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(await page.locator('article.doc').count()).toBe(20);
    expect(await page.textContent('#doc-count')).toBe('10,000 of 10,000 documents');
    await page.selectOption('#f-lang', 'en');
    expect(await page.textContent('#doc-count')).toBe('3,333 of 10,000 documents');
    await page.fill('#f-q', 'номер 9999:');
    await page.waitForFunction(() => document.querySelector('#doc-count')!.textContent === '0 of 10,000 documents');
    await page.click('#f-reset');
    await page.fill('#f-q', 'номер 9999:');
    await page.waitForFunction(() => document.querySelector('#doc-count')!.textContent === '1 of 10,000 documents');
    await page.close();
  }, 180_000);

  it('made no request beyond the page files', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(readFileSync(reportPath, 'utf8')).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//);
  });
});
