/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { ReportData, ReportDoc, ReportOfficial } from './data.js';

/**
 * The report page's script. It is put into the page as the source of this function
 * (`reportApp.toString()`, from the compiled dist/ file), so it must stay self-contained: no
 * imports at run time, no references to anything outside its body. Type imports are erased.
 *
 * Everything is built with DOM calls and textContent, never innerHTML, so the texts of the
 * documents cannot inject markup. Only one page of documents (or officials) is in the DOM at a
 * time, which keeps a page of 10,000 documents responsive.
 */
export function reportApp(): void {
  const DOCS_PER_PAGE = 20;
  const OFFICIALS_PER_PAGE = 50;
  const data = JSON.parse(document.getElementById('kzx-data')!.textContent!) as ReportData;
  const types = data.types;

  type Child = Node | string | null | undefined | false;
  function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number | boolean | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (k === 'text') node.textContent = String(v);
      else if (typeof v === 'boolean') {
        if (v) node.setAttribute(k, '');
      } else node.setAttribute(k, String(v));
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }
  const SVG_NS = 'http://www.w3.org/2000/svg';
  function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1, notation: 'compact' });
  const whole = new Intl.NumberFormat('en');
  const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

  // ---- filters ----
  const state = { q: '', lang: '', type: '', official: '', page: 0, oSort: 'mentions', oDesc: true, oPage: 0 };
  let lowered: string[] | undefined;
  const haystack = (i: number): string => {
    lowered ??= data.docs.map((d) => `${d.t ?? ''}\n${d.p}\n${d.x ?? ''}`.toLowerCase());
    return lowered[i]!;
  };
  /** An official's documents carry the key of the name they give, which a lone surname shares with the full name. */
  const holdsKey = (d: ReportDoc, key: string): boolean => d.o.some((o) => o[1] === key || (!o[1].includes(' ') && key.split(' ').includes(o[1])));
  function matching(): number[] {
    const q = state.q.trim().toLowerCase();
    const type = state.type === '' ? -1 : types.indexOf(state.type);
    const out: number[] = [];
    data.docs.forEach((d, i) => {
      if (state.lang !== '' && d.l !== state.lang) return;
      if (type >= 0 && !d.m.some((m) => m[0] === type)) return;
      if (state.official !== '' && !holdsKey(d, state.official)) return;
      if (q !== '' && !haystack(i).includes(q)) return;
      out.push(i);
    });
    return out;
  }

  // ---- one document ----
  type Span = { t: number; s: number; e: number; tip: string; i: number };
  function fill(parent: Node, text: string, from: number, to: number, list: Span[]): void {
    let cur = from;
    let k = 0;
    while (k < list.length) {
      const m = list[k]!;
      const start = Math.max(m.s, cur);
      const end = Math.min(m.e, to);
      if (end <= start) {
        k++;
        continue;
      }
      if (start > cur) parent.appendChild(document.createTextNode(text.slice(cur, start)));
      // Mentions inside this one are drawn inside it (one that reaches past its end is cut there).
      const inner: Span[] = [];
      let j = k + 1;
      while (j < list.length && list[j]!.s < end) inner.push(list[j++]!);
      const type = types[m.t] ?? 'unknown';
      const mark = h('mark', { class: `m t-${type}`, tabindex: 0, 'data-i': m.i, 'data-type': type, 'data-start': m.s, 'data-end': m.e, 'data-tip': m.tip, 'aria-description': m.tip });
      fill(mark, text, start, end, inner);
      parent.appendChild(mark);
      cur = end;
      k = j;
    }
    if (cur < to) parent.appendChild(document.createTextNode(text.slice(cur, to)));
  }

  function docView(d: ReportDoc, index: number): HTMLElement {
    const body = h('div', { class: 'text' });
    if (d.x !== undefined) {
      const spans = d.m.map((m, i): Span => ({ t: m[0], s: m[1], e: m[2], tip: m[3], i })).sort((a, b) => a.s - b.s || b.e - a.e);
      fill(body, d.x, 0, d.x.length, spans);
    } else {
      body.append(h('p', { class: 'muted', text: 'The text is not in the records (extract with --with-text, or keep the files at their paths); the mentions:' }));
      d.m.forEach((m, i) => {
        body.append(
          h('mark', {
            class: `m t-${types[m[0]] ?? 'unknown'}`,
            tabindex: 0,
            'data-i': i,
            'data-type': types[m[0]] ?? 'unknown',
            'data-start': m[1],
            'data-end': m[2],
            'data-tip': m[3],
            'aria-description': m[3],
            text: m[3],
          }),
          ' ',
        );
      });
    }
    const officials = h('aside', { class: 'officials' }, h('h4', { text: d.o.length > 0 ? 'Officials' : 'No officials' }));
    const list = h('ul');
    for (const [name, key, position, role] of d.o) {
      list.append(
        h(
          'li',
          {},
          h('button', { class: 'link', type: 'button', title: `documents of ${name}`, onclick: () => setFilter('official', key) }, name),
          h('div', { class: 'muted', text: `${position}${role ? ` (${role})` : ''}` }),
        ),
      );
    }
    officials.append(list);
    const counts = types.map((t, ti) => [t, d.m.filter((m) => m[0] === ti).length] as const).filter(([, n]) => n > 0);
    return h(
      'article',
      { class: 'doc', 'data-doc': index, 'data-lang': d.l },
      h(
        'header',
        {},
        h('h3', { text: d.t ?? d.p }),
        h(
          'div',
          { class: 'meta' },
          h('span', { class: 'lang', text: d.l }),
          d.d !== undefined && h('span', { text: d.d }),
          h('span', { class: 'path', text: d.p }),
          ...counts.map(([t, n]) => h('span', { class: `count t-${t}`, text: `${t} ${n}` })),
        ),
      ),
      h('div', { class: 'doc-body' }, body, officials),
    );
  }

  function renderDocs(): void {
    const hits = matching();
    const pages = Math.max(1, Math.ceil(hits.length / DOCS_PER_PAGE));
    state.page = Math.min(state.page, pages - 1);
    const list = byId('docs');
    list.replaceChildren(...hits.slice(state.page * DOCS_PER_PAGE, (state.page + 1) * DOCS_PER_PAGE).map((i) => docView(data.docs[i]!, i)));
    byId('doc-count').textContent = `${whole.format(hits.length)} of ${whole.format(data.docs.length)} documents`;
    for (const id of ['pager-top', 'pager-bottom'])
      byId(id).replaceChildren(
        ...pager(state.page, pages, (p) => {
          state.page = p;
          renderDocs();
        }),
      );
  }

  function pager(page: number, pages: number, go: (p: number) => void): Node[] {
    return [
      h('button', { type: 'button', disabled: page === 0, onclick: () => go(page - 1), text: '‹ Previous' }),
      h('span', { class: 'muted', text: ` page ${page + 1} of ${pages} ` }),
      h('button', { type: 'button', disabled: page >= pages - 1, onclick: () => go(page + 1), text: 'Next ›' }),
    ];
  }

  function setFilter(name: 'lang' | 'type' | 'official', value: string): void {
    state[name] = value;
    state.page = 0;
    (byId(`f-${name}`) as HTMLSelectElement).value = value;
    showTab('documents');
    renderDocs();
  }

  // ---- corpus view ----
  function barChart(rows: ReadonlyArray<readonly [string, number, string?]>, label: string): SVGElement {
    const max = Math.max(1, ...rows.map((r) => r[1]));
    const rowH = 22;
    const width = 520;
    const labelW = 210;
    const svg = s('svg', { viewBox: `0 0 ${width} ${rows.length * rowH + 4}`, width, height: rows.length * rowH + 4, role: 'img', 'aria-label': label, class: 'chart' });
    rows.forEach(([name, n, cls], i) => {
      const y = i * rowH + 2;
      svg.append(s('text', { x: labelW - 6, y: y + 15, 'text-anchor': 'end', class: 'axis' }, name.length > 32 ? `${name.slice(0, 31)}…` : name));
      svg.append(s('rect', { x: labelW, y, width: Math.max(1, ((width - labelW - 70) * n) / max), height: rowH - 6, rx: 3, class: cls ?? 'bar' }));
      svg.append(s('text', { x: labelW + ((width - labelW - 70) * n) / max + 6, y: y + 15, class: 'axis' }, whole.format(n)));
    });
    return svg;
  }

  function columnChart(points: ReadonlyArray<readonly [string, number]>, label: string): SVGElement {
    const max = Math.max(1, ...points.map((p) => p[1]));
    const colW = Math.max(14, Math.min(48, 480 / Math.max(1, points.length)));
    const height = 160;
    const width = Math.max(260, points.length * colW + 60);
    const svg = s('svg', { viewBox: `0 0 ${width} ${height + 46}`, width, height: height + 46, role: 'img', 'aria-label': label, class: 'chart' });
    svg.append(s('text', { x: 0, y: 12, class: 'axis' }, fmt.format(max)));
    svg.append(s('line', { x1: 50, x2: width, y1: 8, y2: 8, class: 'grid' }));
    svg.append(s('line', { x1: 50, x2: width, y1: height + 8, y2: height + 8, class: 'grid' }));
    points.forEach(([month, total], i) => {
      const barH = Math.max(1, (height * total) / max);
      const x = 54 + i * colW;
      const rect = s('rect', { x, y: height + 8 - barH, width: colW - 4, height: barH, rx: 2, class: 'bar t-money' });
      rect.append(s('title', {}, `${month}: ${whole.format(total)}`));
      svg.append(rect);
      svg.append(s('text', { x: x + (colW - 4) / 2, y: height + 24, 'text-anchor': 'end', transform: `rotate(-45 ${x + (colW - 4) / 2} ${height + 24})`, class: 'axis small' }, month));
    });
    return svg;
  }

  function renderCorpus(): void {
    const st = data.stats;
    const langs = Object.keys(st.byLang).sort();
    const langTable = h(
      'table',
      { class: 'grid-table' },
      h('thead', {}, h('tr', {}, h('th', { text: 'language' }), h('th', { text: 'documents' }), ...types.map((t) => h('th', { text: t })))),
      h(
        'tbody',
        {},
        ...langs.map((l) =>
          h(
            'tr',
            {},
            h('td', { text: l }),
            h('td', { class: 'num', text: whole.format(st.byLang[l] ?? 0) }),
            ...types.map((t) => h('td', { class: 'num', text: whole.format(st.byLangType[l]?.[t] ?? 0) })),
          ),
        ),
      ),
    );
    const money = h('div', { class: 'money' });
    const currencies = Object.entries(data.money);
    if (currencies.length === 0) money.append(h('p', { class: 'muted', text: 'No amounts of money.' }));
    for (const [currency, months] of currencies) {
      const total = months.reduce((n, m) => n + m[1], 0);
      money.append(h('figure', {}, h('figcaption', { text: `${currency}: ${fmt.format(total)} in all, by month of the article date` }), columnChart(months, `${currency} by month`)));
    }
    byId('corpus').replaceChildren(
      h(
        'section',
        {},
        h('h2', { text: 'Mentions by type' }),
        barChart(
          types.map((t) => [t, st.byType[t] ?? 0, `bar t-${t}`] as const),
          'mentions by type',
        ),
      ),
      h('section', {}, h('h2', { text: 'By language' }), langTable),
      h('section', {}, h('h2', { text: 'Money by currency' }), h('p', { class: 'muted', text: 'A range counts at its midpoint.' }), money),
      h(
        'section',
        {},
        h('h2', { text: 'Most frequent projects' }),
        data.projects.length > 0
          ? barChart(
              data.projects.map(([n, c]) => [n, c, 'bar t-project'] as const),
              'most frequent projects',
            )
          : h('p', { class: 'muted', text: 'No projects.' }),
      ),
      h('section', {}, h('h2', { text: `Officials (${whole.format(data.officials.length)})` }), h('div', { id: 'officials-table' })),
    );
    renderOfficials();
  }

  const OFFICIAL_COLUMNS: Array<[keyof ReportOfficial, string]> = [
    ['n', 'name'],
    ['roles', 'roles'],
    ['docs', 'documents'],
    ['mentions', 'mentions'],
    ['first', 'first date'],
    ['last', 'last date'],
  ];
  function renderOfficials(): void {
    const key = state.oSort as keyof ReportOfficial;
    const value = (o: ReportOfficial): string | number => {
      const v = o[key];
      return Array.isArray(v) ? v.join(', ') : (v ?? '');
    };
    const rows = [...data.officials].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return state.oDesc ? -c : c;
    });
    const pages = Math.max(1, Math.ceil(rows.length / OFFICIALS_PER_PAGE));
    state.oPage = Math.min(state.oPage, pages - 1);
    const sortBy = (k: string): void => {
      state.oDesc = state.oSort === k ? !state.oDesc : k === 'docs' || k === 'mentions';
      state.oSort = k;
      renderOfficials();
    };
    const table = h(
      'table',
      { class: 'grid-table', id: 'officials' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...OFFICIAL_COLUMNS.map(([k, label]) =>
            h(
              'th',
              { 'aria-sort': state.oSort === k ? (state.oDesc ? 'descending' : 'ascending') : 'none' },
              h('button', { type: 'button', class: 'sort', 'data-sort': k, onclick: () => sortBy(k), text: `${label}${state.oSort === k ? (state.oDesc ? ' ▼' : ' ▲') : ''}` }),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows
          .slice(state.oPage * OFFICIALS_PER_PAGE, (state.oPage + 1) * OFFICIALS_PER_PAGE)
          .map((o) =>
            h(
              'tr',
              {},
              h('td', {}, h('button', { class: 'link', type: 'button', onclick: () => setFilter('official', o.k), text: o.n })),
              h('td', { text: o.roles.join(', ') }),
              h('td', { class: 'num', text: String(o.docs) }),
              h('td', { class: 'num', text: String(o.mentions) }),
              h('td', { text: o.first ?? '' }),
              h('td', { text: o.last ?? '' }),
            ),
          ),
      ),
    );
    byId('officials-table').replaceChildren(
      table,
      h(
        'div',
        { class: 'pager' },
        ...pager(state.oPage, pages, (p) => {
          state.oPage = p;
          renderOfficials();
        }),
      ),
    );
  }

  // ---- tabs and controls ----
  function showTab(name: string): void {
    for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
      const on = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', String(on));
      byId(`panel-${tab.dataset.tab}`).hidden = !on;
    }
  }
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) tab.addEventListener('click', () => showTab(tab.dataset.tab!));

  const langSelect = byId<HTMLSelectElement>('f-lang');
  for (const l of Object.keys(data.stats.byLang).sort()) langSelect.append(h('option', { value: l, text: `${l} (${data.stats.byLang[l]})` }));
  const typeSelect = byId<HTMLSelectElement>('f-type');
  for (const t of types) typeSelect.append(h('option', { value: t, text: t }));
  const officialSelect = byId<HTMLSelectElement>('f-official');
  for (const o of data.officials) officialSelect.append(h('option', { value: o.k, text: `${o.n} (${o.mentions})` }));
  for (const name of ['lang', 'type', 'official'] as const) byId<HTMLSelectElement>(`f-${name}`).addEventListener('change', (e) => setFilter(name, (e.target as HTMLSelectElement).value));
  let timer: ReturnType<typeof setTimeout> | undefined;
  byId<HTMLInputElement>('f-q').addEventListener('input', (e) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.q = (e.target as HTMLInputElement).value;
      state.page = 0;
      renderDocs();
    }, 120);
  });
  byId('f-reset').addEventListener('click', () => {
    byId<HTMLInputElement>('f-q').value = '';
    state.q = '';
    for (const name of ['lang', 'type', 'official'] as const) state[name] = '';
    for (const name of ['lang', 'type', 'official']) byId<HTMLSelectElement>(`f-${name}`).value = '';
    state.page = 0;
    renderDocs();
  });
  byId('legend').replaceChildren(...types.map((t) => h('button', { type: 'button', class: `m t-${t}`, title: `documents with a ${t}`, onclick: () => setFilter('type', t), text: t })));
  byId('summary').textContent =
    `${whole.format(data.stats.documents)} documents, ${whole.format(Object.values(data.stats.byType).reduce((a, b) => a + b, 0))} mentions, ${whole.format(data.officials.length)} officials` +
    (data.stats.withoutText > 0 ? `; ${whole.format(data.stats.withoutText)} without their text` : '');

  renderDocs();
  renderCorpus();
  document.body.dataset.ready = 'true';
}
