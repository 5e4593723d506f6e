import type { ReportData } from './data.js';
import { reportApp } from './client.js';

/**
 * Mention colours, one pair per type: light mode, dark mode. Chosen to keep dark text readable on
 * the light fills and light text on the dark ones.
 */
const COLOURS: Record<string, [string, string]> = {
  person: ['#cfe3ff', '#1f4b85'],
  position: ['#e6d7ff', '#553089'],
  money: ['#c9f2d0', '#1d6a34'],
  number: ['#ffe2bf', '#8a4b0c'],
  percent: ['#c5eeee', '#16646a'],
  date: ['#ffd3dc', '#8b2a43'],
  project: ['#f3e7a6', '#6e5c0c'],
};

const STYLE = `
:root { color-scheme: light dark; --bg: #fbfbfa; --fg: #1d1d1f; --muted: #5d5d66; --card: #fff; --line: #d9d9de; --accent: #1a5fb4;
  ${Object.entries(COLOURS)
    .map(([t, [light]]) => `--${t}: ${light};`)
    .join(' ')} }
@media (prefers-color-scheme: dark) { :root { --bg: #16171a; --fg: #e8e8ec; --muted: #a4a4ae; --card: #202226; --line: #3a3c42; --accent: #8ab4f8;
  ${Object.entries(COLOURS)
    .map(([t, [, dark]]) => `--${t}: ${dark};`)
    .join(' ')} } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--fg); }
header.top { padding: 12px 20px; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: baseline; }
header.top h1 { font-size: 20px; margin: 0; }
.muted { color: var(--muted); }
main { padding: 12px 20px 40px; max-width: 1200px; margin: 0 auto; }
[role=tablist] { display: flex; gap: 4px; margin-bottom: 12px; }
[role=tab] { font: inherit; padding: 6px 14px; border: 1px solid var(--line); background: var(--card); color: var(--fg); border-radius: 6px; cursor: pointer; }
[role=tab][aria-selected=true] { border-color: var(--accent); box-shadow: inset 0 -2px 0 var(--accent); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
.filters input, .filters select, button { font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.filters input { min-width: 220px; flex: 1; }
.filters select { max-width: 260px; }
button:disabled { opacity: .45; }
button:focus-visible, mark:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
#legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 12px; }
#legend button { border: 0; cursor: pointer; color: var(--fg); }
.pager { margin: 8px 0; }
.doc { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
.doc h3 { margin: 0 0 2px; font-size: 17px; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 13px; color: var(--muted); }
.meta .count { color: var(--fg); border-radius: 4px; padding: 0 5px; }
.lang { font-weight: 600; text-transform: uppercase; }
.path { word-break: break-all; }
.doc-body { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 16px; margin-top: 8px; }
@media (max-width: 760px) { .doc-body { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.officials { border-left: 1px solid var(--line); padding-left: 12px; font-size: 14px; }
.officials h4 { margin: 0 0 4px; }
.officials ul { list-style: none; margin: 0; padding: 0; }
.officials li { margin-bottom: 8px; }
button.link { border: 0; background: none; padding: 0; color: var(--accent); cursor: pointer; text-align: left; }
mark.m, .m { color: inherit; border-radius: 3px; padding: 0 1px; position: relative; }
mark.m { cursor: help; }
mark.m mark.m { box-shadow: inset 0 -2px 0 var(--fg); }
${Object.keys(COLOURS)
  .map((t) => `.t-${t} { background: var(--${t}); fill: var(--${t}); }`)
  .join('\n')}
mark.m[data-tip]:hover::after, mark.m[data-tip]:focus::after {
  content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 10; margin-top: 4px; white-space: pre; font-size: 13px;
  background: var(--fg); color: var(--bg); padding: 3px 7px; border-radius: 4px; pointer-events: none; }
section { margin: 20px 0; }
section h2 { font-size: 17px; margin: 0 0 8px; }
.chart { max-width: 100%; height: auto; display: block; }
.chart .axis { fill: var(--fg); font-size: 12px; }
.chart .small { font-size: 10px; }
.chart .grid { stroke: var(--line); }
.chart .bar { fill: var(--accent); stroke: var(--muted); stroke-width: .5; }
${Object.keys(COLOURS)
  .map((t) => `.chart .bar.t-${t} { fill: var(--${t}); }`)
  .join('\n')}
.grid-table { border-collapse: collapse; font-size: 14px; width: 100%; }
.grid-table th, .grid-table td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; }
.grid-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.grid-table button.sort { border: 0; background: none; font-weight: 600; padding: 0; cursor: pointer; }
figure { margin: 0 0 16px; }
figcaption { font-size: 14px; margin-bottom: 4px; }
`;

/**
 * The data goes into a JSON script block, which the browser never runs; `<` is written as \\u003c
 * (still the same JSON) so no text can close the block ("</script") or open a comment.
 */
export const embedJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One self-contained page: inline style, data and script, nothing fetched. */
export function renderReport(data: ReportData, title = 'kzx report'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>${escapeHtml(title)}</h1><span id="summary" class="muted"></span></header>
<main>
<div role="tablist">
<button role="tab" type="button" data-tab="documents" aria-selected="true" aria-controls="panel-documents">Documents</button>
<button role="tab" type="button" data-tab="corpus" aria-selected="false" aria-controls="panel-corpus">Corpus</button>
</div>
<div id="panel-documents" role="tabpanel">
<div class="filters">
<input id="f-q" type="search" placeholder="Search titles, paths and texts" aria-label="search">
<select id="f-lang" aria-label="language"><option value="">all languages</option></select>
<select id="f-type" aria-label="mention type"><option value="">all types</option></select>
<select id="f-official" aria-label="official"><option value="">all officials</option></select>
<button id="f-reset" type="button">Reset</button>
<span id="doc-count" class="muted" aria-live="polite"></span>
</div>
<div id="legend" aria-label="legend"></div>
<div id="pager-top" class="pager"></div>
<div id="docs"></div>
<div id="pager-bottom" class="pager"></div>
</div>
<div id="panel-corpus" role="tabpanel" hidden><div id="corpus"></div></div>
</main>
<script type="application/json" id="kzx-data">${embedJson(data)}</script>
<script>(${reportApp.toString().replace(/<\/(script)/gi, '<\\/$1')})();</script>
</body>
</html>
`;
}
