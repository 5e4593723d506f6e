import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../src/index.js';
import { decodeDocument } from '../src/read/read.js';
import { looksLikeHtml, readPage } from '../src/clean/html.js';
import { isFurnitureLine } from '../src/clean/boilerplate.js';
import { detectLanguage } from '../src/lang/detect.js';
import { resolveYearless } from '../src/extract/date/year.js';
import { processDocument } from '../src/document.js';
import { OutputRecordSchema, type DocumentRecord } from '../src/schema/record.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const LONG_RU = 'Аким области сообщил, что на ремонт дорог выделено 4 млрд тенге, работы начнутся весной и завершатся до осени.';

describe('the main article of a page', () => {
  it('is the story, not the teaser <article> that comes first', () => {
    const html = page(
      '',
      `<article class="card"><h3><a href="/a">Другая новость: 100 млн тенге</a></h3><p>Коротко.</p></article>
      <article><h1>Дороги отремонтируют</h1><p>${LONG_RU}</p><p>${LONG_RU}</p></article>`,
    );
    expect(readPage(html).text).toBe(`Дороги отремонтируют\n${LONG_RU}\n${LONG_RU}`);
  });

  it('is the element marked itemprop="articleBody", with the headline put before it once', () => {
    const html = page('', `<h1>Заголовок статьи</h1><div class="intro"><p>${LONG_RU} ${LONG_RU}</p></div><div itemprop="articleBody"><p>Короткий текст статьи.</p></div>`);
    expect(readPage(html).text).toBe('Заголовок статьи\nКороткий текст статьи.');
  });

  it('is chosen by its paragraphs when no element names it, and takes in the headline beside it', () => {
    const related = '<li><a href="/1">Ссылка на другую новость с длинным заголовком про 5 млрд тенге</a></li>'.repeat(20);
    const html = page('', `<div class="wrap"><h1>Заголовок</h1><div class="body"><p>${LONG_RU}</p><p>${LONG_RU}</p></div></div><div class="list"><ul>${related}</ul></div>`);
    expect(readPage(html).text).toBe(`Заголовок\n${LONG_RU}\n${LONG_RU}`);
  });

  it('takes the headed sections after a chosen <section> that ran from the headline (a project team), up to a link list', () => {
    const long = 'The bank will lend 200 million dollars to rebuild canals in two regions, where a third of the water is lost on the way.';
    const docs = '<li><a href="/d1">Report and recommendation of the President (PDF)</a></li>'.repeat(3);
    const html = page(
      '',
      `<main><div class="head"><h1>Canal project</h1></div><section class="about"><h2>Description</h2><p>${long}</p><p>${long}</p></section>
      <section class="team"><h2>Project team</h2><ul><li>Dana Omarova – Team Leader</li><li>Erik Lund – Senior Engineer</li></ul></section>
      <section class="docs"><h2>Documents</h2><ul>${docs}</ul></section><section class="more"><h2>More</h2><p>Not reached after the link list.</p></section></main>`,
    );
    expect(readPage(html).text).toBe(`Canal project\nDescription\n${long}\n${long}\nProject team\nDana Omarova – Team Leader\nErik Lund – Senior Engineer`);
  });

  it('in an old table layout, is the content cell, not the row with the menu column', () => {
    const html = `<table><tr><td><a href="/">Главная</a><br><a href="/n">Новости</a><br><b>Разделы сайта</b></td><td><b>Заголовок</b><br>${LONG_RU}<br><br>${LONG_RU}</td></tr></table>`;
    expect(readPage(html).text).toBe(`Заголовок\n${LONG_RU}\n${LONG_RU}`);
  });

  it('runs from a headline outside the story to the story, and leaves the cards after it out', () => {
    const card = (n: number): string => `<div class="item"><a href="/${n}">Карточка ${n}</a><p>Описание карточки номер ${n}: в селе построили ${n} домов за 50 млн тенге.</p></div>`;
    const html = page(
      '',
      `<div class="head"><h1>Заголовок</h1><div class="date">3 ноября</div></div><div class="text"><p>${LONG_RU}</p><p>${LONG_RU}</p></div><div class="items">${card(1)}${card(2)}${card(3)}</div>`,
    );
    expect(readPage(html).text).toBe(`Заголовок\n3 ноября\n${LONG_RU}\n${LONG_RU}`);
  });

  it('leaves out furniture by element and by class, and holds the headline once', () => {
    const html = page(
      '<title>Заголовок | Сайт</title>',
      `<header><a href="/">Сайт</a></header><nav>Меню</nav>
      <article><header><h1>Заголовок</h1></header><div class="share-buttons">Поделиться 15</div><p>${LONG_RU}</p>
      <aside>Реклама 5 000 тенге</aside><div class="related-news">Читайте также про 7 школ</div><footer>Теги</footer></article>
      <div id="cookie-banner">Мы используем cookie</div><footer>© 2025</footer>`,
    );
    const { text } = readPage(html);
    expect(text).toBe(`Заголовок\n${LONG_RU}`);
  });

  it('never lets attributes leak and decodes every entity', () => {
    const html = page('', `<article><p title="5 млрд тенге" data-x='<b>1 000</b>'>Половина &frac12; &rarr; &#1179;&#x49B; &laquo;жоба&raquo;&nbsp;&amp; A&lt;B</p></article>`);
    expect(readPage(html).text).toBe('Половина ½ → ққ «жоба» & A<B');
  });

  it('keeps a text of malformed markup: unclosed and stray tags, an unterminated comment', () => {
    const html = `<div><p>Первый абзац.<p>Второй абзац.</span></div></div><p>Третий <b>абзац<!-- без конца`;
    expect(readPage(html).text).toBe('Первый абзац.\nВторой абзац.\nТретий абзац');
  });

  it('ends a <head> left open where the page content starts', () => {
    expect(readPage('<html><head><title>Т</title><meta charset="utf-8"><div><p>Абзац без body.</p></div>').text).toBe('Абзац без body.');
    expect(readPage('<head><title>Т</title>Текст сразу после заголовка.').text).toBe('Текст сразу после заголовка.');
  });
});

describe('what a page holds as text', () => {
  it('a line break in the source is a space; only blocks, <br> and <pre> break lines', () => {
    expect(readPage(page('', '<article><p>Аким района\nСерик Оспанов\r\nпроверил стройку.<br>Вторая строка.</p><pre>a\nb</pre></article>')).text).toBe(
      'Аким района Серик Оспанов проверил стройку.\nВторая строка.\na\nb',
    );
  });

  it('leaves out lines that are all link text (a section name, the author, titles under «Читайте также:»), but not the headline', () => {
    const html = page(
      '',
      `<div class="c"><div class="hdr"><a href="/economy">Экономика</a><h1><a href="/this">Заголовок</a></h1><a href="/author/1">Тимур Оспанов</a></div><div class="body"><p>${LONG_RU}</p><p><strong>Читайте также:</strong></p><p><a href="/1">Аким города Нурлан Ахметов открыл мост</a></p><ul><li><a href="/2">Министр Арман Беков посетил завод</a></li></ul>
      <p>${LONG_RU}</p><p>Тағы оқыңыз: <a href="/3">Әкім Ерлан Омаров</a></p><p>Текст со <a href="/x">ссылкой</a> внутри.</p><p>${LONG_RU}</p></div></div>`,
    );
    expect(readPage(html).text).toBe(`Заголовок\n${LONG_RU}\nЧитайте также:\n${LONG_RU}\nТағы оқыңыз: Әкім Ерлан Омаров\nТекст со ссылкой внутри.\n${LONG_RU}`);
  });

  it('takes every section of a body split around an ad, and every record of a page-builder longread', () => {
    const split = page(
      '',
      `<h1>З</h1><div class="article-text"><p>${LONG_RU}</p></div><div class="inline-ad">Кредит до 5 млн тенге</div><div class="article-text"><p>Второй абзац текста.</p></div><div class="cards"><div class="article-text-teaser"><a href="/x">Другая новость</a></div></div>`,
    );
    expect(readPage(split).text).toBe(`З\n${LONG_RU}\nВторой абзац текста.`);
    const record = (text: string): string => `<div class="r t-rec"><div class="t004"><div class="t-container"><div class="t-col"><div class="t-text t-text_md ">${text}</div></div></div></div></div>`;
    const longread = page(
      '',
      `<div class="t-records">${record('Первая часть.<br><br>Ещё абзац.')}<div class="r t-rec"><div class="t107"><div class="t-text t-text_sm">Сурет: Асқар Бекболатов</div></div></div>${record(LONG_RU)}${record('Последняя часть.')}<div class="r t-rec"><div class="t345"><div class="t-descr">© 2025 Медиа</div></div></div></div>`,
    );
    expect(readPage(longread).text).toBe(`Первая часть.\nЕщё абзац.\n${LONG_RU}\nПоследняя часть.`);
  });

  it('holds each line once when the headline and its date line stand beside the body', () => {
    const html = page(
      '',
      `<div class="wrap"><h1>Заголовок</h1><p class="meta">12 мая 2025</p><p class="caption">Подпись к фото.</p><div class="body"><p>${LONG_RU}</p><p>${LONG_RU}</p></div><p>Абзац после.</p></div>`,
    );
    // The "meta" line names a day: a dateline, read for the date and left out of the text.
    expect(readPage(html).text).toBe(`Заголовок\nПодпись к фото.\n${LONG_RU}\n${LONG_RU}\nАбзац после.`);
    expect(readPage(html.replace('12 мая 2025', 'Москва')).text).toBe(`Заголовок\nМосква\nПодпись к фото.\n${LONG_RU}\n${LONG_RU}\nАбзац после.`);
  });

  it('reads a page whose <body> classes name furniture, and content blocks a page builder calls widgets', () => {
    const body = (cls: string, inner: string): string => `<!DOCTYPE html><html class="no-js"><head></head><body class="${cls}">${inner}</body></html>`;
    expect(readPage(body('single-post has-sidebar comments-open', `<article><p>${LONG_RU}</p></article><aside>Реклама</aside>`)).text).toBe(LONG_RU);
    const elementor = `<div class="elementor-widget elementor-widget-heading"><h1>Заголовок</h1></div><div class="elementor-widget elementor-widget-theme-post-content"><p>${LONG_RU}</p><p>${LONG_RU}</p></div>`;
    expect(readPage(body('elementor-page', elementor)).text).toBe(`Заголовок\n${LONG_RU}\n${LONG_RU}`);
    const post = (text: string): string =>
      `<div class="msg_widget_wrap"><div class="msg_widget"><div class="msg_widget_author"><a href="/c">Канал</a></div><div class="msg_widget_text">${text}</div><span class="msg_widget_views">3.1K</span></div></div>`;
    expect(readPage(body('widget_frame', `<section>${post(LONG_RU)}${post('Второй пост канала: аким открыл школу.')}</section>`)).text).toBe(`${LONG_RU}\nВторой пост канала: аким открыл школу.`);
  });

  it('leaves out the AMP components of ads, side menus and share buttons, whatever their fallback text', () => {
    const html = page(
      '',
      `<amp-sidebar id="m" layout="nodisplay"><ul><li><a href="/">Басты бет</a></li></ul><div>USD 538,20 · EUR 621,45</div></amp-sidebar><article><h1>Тақырып</h1><p>${LONG_RU}</p><amp-ad width="300" height="250" type="adsense"><div fallback>Жарнама: несие 7 млн теңгеге дейін, 18 пайызбен</div></amp-ad><p>${LONG_RU}</p><amp-social-share type="telegram"><span>Бөлісу 58</span></amp-social-share></article>`,
    );
    expect(readPage(html).text).toBe(`Тақырып\n${LONG_RU}\n${LONG_RU}`);
  });

  it('reads a page drawn by scripts from the article body in its data: a hydration blob, JSON-LD articleBody', () => {
    const blob = (data: unknown): string => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
    const body = `<p>${LONG_RU}</p><figure><img src="x.jpg"><figcaption>Фото: пресс-служба</figcaption></figure><p>Второй абзац.</p>`;
    const data = { props: { pageProps: { article: { title: 'Заголовок', content: body }, related: [{ title: 'Другое: 5 млрд тенге', lead: '<p>Коротко.</p>' }] } } };
    const shell = page(
      '<meta property="og:title" content="Заголовок"><title>Заголовок — Сайт</title>',
      `<div id="__next"><header>Сайт</header><main><div class="skeleton"></div></main></div>${blob(data)}`,
    );
    expect(readPage(shell).text).toBe(`Заголовок\n${LONG_RU}\nФото: пресс-служба\nВторой абзац.`);
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Заголовок', articleBody: `${LONG_RU}\n\nВторой абзац.` })}</script>`;
    expect(readPage(page(ld, '<div id="root">Загрузка…</div>')).text).toBe(`Заголовок\n${LONG_RU}\nВторой абзац.`);
    // A page that shows its article keeps it: the same body in its data is not read again.
    const rendered = page('', `<article><h1>Заголовок</h1>${body}</article>${blob(data)}`);
    expect(readPage(rendered).text).toBe(`Заголовок\n${LONG_RU}\nФото: пресс-служба\nВторой абзац.`);
    // Long markup with little text in it (a styled button) does not stand for the article the page shows.
    const styled = { props: { pageProps: { widget: `<p style="${'color:red;'.repeat(200)}">Подпишитесь</p>` } } };
    expect(readPage(page('', `<article><h1>Заголовок</h1><p>${LONG_RU}</p></article>${blob(styled)}`)).text).toBe(`Заголовок\n${LONG_RU}`);
  });

  it('leaves out furniture whose class words run together or change case', () => {
    const html = page(
      '',
      `<article><p>${LONG_RU}</p><div id="jp-relatedposts" class="jp-relatedposts"><p>Глава города Нурлан Ахметов</p></div><div class="readAlso"><p>Аким Серик Оспанов</p></div></article>`,
    );
    expect(readPage(html).text).toBe(LONG_RU);
  });

  it('reads a list page as its items: each item\'s linked headline and text, not its dateline or "more" link', () => {
    const item = (day: string, title: string, text: string): string =>
      `<div class="feed-item"><div class="feed-item__date">${day}.11.2026</div><h3 class="feed-item__title"><a href="/n/${day}">${title}</a></h3><div class="feed-item__body"><p>${text}</p></div><a class="feed-item__link" href="/n/${day}">Подробнее</a></div>`;
    const html = page(
      '',
      `<main><h1>Жаңалықтар</h1><div class="feed">${item('12', 'Аудан әкімі тағайындалды', LONG_RU)}${item('11', 'Жолдар жөнделді', 'Облыста 40 шақырым жол жөнделді, оған 2 млрд теңге жұмсалды.')}</div><div class="pages"><a href="?p=2">2</a></div></main>`,
    );
    expect(readPage(html).text).toBe(`Жаңалықтар\nАудан әкімі тағайындалды\n${LONG_RU}\nЖолдар жөнделді\nОблыста 40 шақырым жол жөнделді, оған 2 млрд теңге жұмсалды.`);
    // One story beside teaser cards of another class stays alone.
    const story = page('', `<div class="story"><div class="story__text"><p>${LONG_RU}</p></div></div><div class="card"><div class="story__text"><a href="/x">Другая новость</a></div></div>`);
    expect(readPage(story).text).toBe(LONG_RU);
    // An article whose <h1> is in its own item keeps its text: the items of the same class after it are teasers.
    const teaser = (day: string): string =>
      `<div class="post"><span class="date">${day}.11.2026</span><h2><a href="/n/${day}">Другая новость</a></h2><div class="post-text"><p>Короткий анонс.</p></div></div>`;
    const article = page(
      '',
      `<div class="posts"><div class="post"><span class="date">12.11.2026</span><h1>Заголовок</h1><div class="post-text"><p>${LONG_RU}</p></div></div>${teaser('11')}${teaser('10')}</div>`,
    );
    expect(readPage(article).text).toBe(`Заголовок\n${LONG_RU}`);
  });

  it('reads a list whose items are the chosen block itself as its items, each with its linked heading', () => {
    // No item's text is a block of its own class: the list holds the paragraphs, each item a dateline, a linked <h2> and paragraphs.
    const item = (day: string, title: string, text: string): string =>
      `<div class="notice"><div class="notice__date">${day}.12.2026</div><h2 class="notice__title"><a href="/a/${day}">${title}</a></h2><p>${text}</p></div>`;
    const html = page(
      '',
      `<main><h1>Хабарландырулар</h1><div class="notice-list">${item('02', 'Бас дәрігер тағайындалды', LONG_RU)}${item('01', 'Тегін тексеру', 'Емханада 5 желтоқсаннан бастап тегін тексеру өтеді.')}</div><div class="pager"><a href="?page=2">2</a></div></main>`,
    );
    expect(readPage(html).text).toBe(`Хабарландырулар\nБас дәрігер тағайындалды\n${LONG_RU}\nТегін тексеру\nЕмханада 5 желтоқсаннан бастап тегін тексеру өтеді.`);
    // Items of equal length: the list itself is the block its paragraphs are credited to most.
    const three = page('', `<main><h1>Хабарландырулар</h1><div class="notice-list">${['03', '02', '01'].map((d) => item(d, `Хабарландыру ${d}`, LONG_RU)).join('')}</div></main>`);
    expect(readPage(three).text).toBe(`Хабарландырулар\n${['03', '02', '01'].map((d) => `Хабарландыру ${d}\n${LONG_RU}`).join('\n')}`);
    // Items without a heading are one article's paragraphs: its linked lines stay out.
    const plain = page('', `<article><div class="txt"><p class="par">${LONG_RU}</p><p class="par">${LONG_RU}</p><p class="par"><a href="/x">Другая новость</a></p></div></article>`);
    expect(readPage(plain).text).toBe(`${LONG_RU}\n${LONG_RU}`);
  });

  it('reads the dateline of a WordPress post, whose <article> is marked "status-publish", and leaves out a gallery\'s count', () => {
    const html = page(
      '',
      `<article class="post type-post status-publish"><header class="entry-header"><h1>Заголовок</h1><div class="entry-meta"><span class="posted-on">05.11.2026</span></div></header><div class="entry-content"><p>${LONG_RU}</p><div class="gallery"><img src="a.jpg"><span class="gallery__count">3 фото</span></div></div></article>`,
    );
    const read = readPage(html);
    expect(read.text).toBe(`Заголовок\n${LONG_RU}`);
    expect(read.date).toBe('2026-11-05');
  });

  it("puts a table row of plain cells on one line, cells parted by a tab; an inline ad's class is furniture", () => {
    const html = page(
      '',
      `<article><h1>Марапат</h1><p>${LONG_RU}</p><div class="ad-inline">Несие 6 пайыздан</div><table><tr><th>Аты-жөні</th><th>Лауазымы</th></tr><tr><td>Анна Белова</td><td><b>Заместитель</b> директора</td></tr><tr><td>Олег Ким</td><td></td><td>Тренер</td></tr></table></article>`,
    );
    expect(readPage(html).text).toBe(`Марапат\n${LONG_RU}\nАты-жөні\tЛауазымы\nАнна Белова\tЗаместитель директора\nОлег Ким\tТренер`);
  });

  it('leaves out the media contacts of a press release inside the article', () => {
    const html = page('', `<article><p>${LONG_RU}</p><div class="field--name-field-contacts"><p>Айгуль Бекова, пресс-секретарь, +7 (7172) 55 12 30</p></div></article>`);
    expect(readPage(html).text).toBe(LONG_RU);
  });

  it("leaves out a release's legal disclaimer inside the article", () => {
    const html = page('', `<article><p>${LONG_RU}</p><p class="disclaimer">These forward-looking statements speak only as of 2 March 2026.</p></article>`);
    expect(readPage(html).text).toBe(LONG_RU);
  });

  it("leaves out a decision's attached files, with their formats and sizes", () => {
    const html = page('', `<article><p>${LONG_RU}</p><div class="attachments"><b>Тіркелген файлдар:</b> <a href="/f/1.pdf">№ 15/1 шешімі (PDF, 2,1 МБ)</a></div></article>`);
    expect(readPage(html).text).toBe(LONG_RU);
  });

  it("leaves out an embedded post's signature link (its date), not the post's text", () => {
    const tweet = (cls: string): string =>
      `<article><p>${LONG_RU}</p><blockquote class="${cls}"><p lang="ru">Эвакуированы 120 человек.</p>&mdash; ДЧС (@dchs) <a href="https://twitter.com/dchs/status/1">28 ноября 2026 г.</a></blockquote><p>${LONG_RU}</p></article>`;
    expect(readPage(page('', tweet('twitter-tweet'))).text).toBe(`${LONG_RU}\nЭвакуированы 120 человек.\n— ДЧС (@dchs)\n${LONG_RU}`);
    // A plain quote keeps its link: it is no embed.
    const quote = `<article><p>${LONG_RU}</p><blockquote>Сказано в <a href="/law">законе от 2 мая 2025 года</a>.</blockquote></article>`;
    expect(readPage(page('', quote)).text).toBe(`${LONG_RU}\nСказано в законе от 2 мая 2025 года.`);
  });

  it("leaves out a paywall's offer inside the story", () => {
    const html = page('', `<article><p>${LONG_RU}</p><div class="paywall-offer"><p>Subscribe for $2 for the first month, then $25 a month.</p></div><p>${LONG_RU}</p></article>`);
    expect(readPage(html).text).toBe(`${LONG_RU}\n${LONG_RU}`);
  });
});

describe('page metadata', () => {
  it('reads the date of an RDFa property and of a dateline written as text in the article, not in a teaser', () => {
    expect(readPage(page('', `<article><span property="schema:dateCreated" content="2025-11-03T04:12:37+00:00">3 қараша</span><p>${LONG_RU}</p></article>`)).date).toBe('2025-11-03');
    const dated = (line: string): string | undefined =>
      readPage(
        page('', `<div class="list"><span class="news-date-time">01.01.2024</span><a href="/x">Другое</a></div><div class="news-detail"><span class="news-date-time">${line}</span>${LONG_RU}</div>`),
      ).date;
    expect(dated('21.10.2025')).toBe('2025-10-21');
    expect(dated('Опубликовано 18.12.2025 12:05')).toBe('2025-12-18');
    expect(dated('2 декабря 2025, 14:37')).toBe('2025-12-02');
    expect(dated('03 қараша 2025')).toBe('2025-11-03');
    expect(dated('2025 жылғы 12 желтоқсан')).toBe('2025-12-12');
    expect(dated('September 24, 2025')).toBe('2025-09-24');
    // An old table layout: the date, the headline and the text in rows of one table, the date column's archive apart.
    const rows = `<table><tr><td class="menu"><span class="date">01.11.2026</span></td><td><table><tr><td class="date">12.11.2026</td></tr><tr><td class="title"><h2>В Павлодаре открылась выставка</h2></td></tr><tr><td class="text">${LONG_RU}<br><br>${LONG_RU}</td></tr></table></td></tr></table>`;
    expect(readPage(page('<title>В Павлодаре открылась выставка :: Газета</title>', rows)).date).toBe('2026-11-12');
    expect(dated('31.02.2025')).toBeUndefined();
    // Like a <time> dateline, a dateline read for its date is not text; one without a year stays.
    const withLines = (line: string): string =>
      readPage(page('', `<h1>Заголовок</h1><div class="post-date">${line}</div><div class="lead">Короткий лид.</div><div itemprop="articleBody"><p>${LONG_RU}</p></div>`)).text;
    expect(withLines('Опубликовано 18.12.2025 12:05')).toBe(`Заголовок\nКороткий лид.\n${LONG_RU}`);
    expect(withLines('3 ноября')).toBe(`Заголовок\n3 ноября\nКороткий лид.\n${LONG_RU}`);
    // A post's details line, its time and its last change are datelines too when they name a day;
    // a short line of such a class without a day stays text.
    const detailLine = (cls: string, line: string): string => readPage(page('', `<h1>Заголовок</h1><div class="${cls}">${line}</div><div itemprop="articleBody"><p>${LONG_RU}</p></div>`)).text;
    expect(detailLine('news-full__info', 'Опубликовано: 05 ноября 2026, 16:40 · Просмотров: 1 245')).toBe(`Заголовок\n${LONG_RU}`);
    expect(detailLine('article__time', '12:30, 27 тамыз 2026')).toBe(`Заголовок\n${LONG_RU}`);
    expect(detailLine('entry-meta', 'By Dana Sadykova · May 5, 2025')).toBe(`Заголовок\n${LONG_RU}`);
    expect(detailLine('press-release__updated', 'Дата последнего изменения: 26.11.2026 11:52')).toBe(`Заголовок\n${LONG_RU}`);
    expect(detailLine('last-update', 'Last updated: 3 March 2026, 17:02')).toBe(`Заголовок\n${LONG_RU}`);
    // Beside the article's container too, where a paragraph with text of its own would be taken as a stray one.
    expect(readPage(page('', `<div class="press"><p>${LONG_RU}</p></div><p class="last-update">Last updated: 3 March 2026, 17:02</p>`)).text).toBe(LONG_RU);
    expect(detailLine('reading-time', '5 минут')).toBe(`Заголовок\n5 минут\n${LONG_RU}`);
    // A sentence of such a class tells a date in the text, and is no dateline: «до 15 декабря 2026 года.».
    expect(detailLine('event-info', 'Заявки принимаются до 15 декабря 2026 года.')).toBe(`Заголовок\nЗаявки принимаются до 15 декабря 2026 года.\n${LONG_RU}`);
    expect(withLines('5 ноября 2026 г.')).toBe(`Заголовок\nКороткий лид.\n${LONG_RU}`);
  });

  it('reads a page that is not UTF-8 in the Western code page it declares, and a Cyrillic one by how it reads', () => {
    const latin = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owner Aig\u00fcl Nurlanova paid \u201c5 million tenge\u201d.</p></body></html>', 'latin1');
    latin[latin.indexOf('\u201c', 0, 'latin1')] = 0x93;
    latin[latin.indexOf('\u201d', 0, 'latin1')] = 0x94;
    expect(decodeDocument('p.html', latin)).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'Café owner Aigül Nurlanova paid “5 million tenge”.' });
    const cyrillic = Buffer.concat([
      Buffer.from('<html><head><meta charset="koi8-r"></head><body><p>'),
      Buffer.from([0xc0, 0xea, 0xe8, 0xec, 0x20, 0xee, 0xe1, 0xeb, 0xe0, 0xf1, 0xf2, 0xe8]),
      Buffer.from('</p></body></html>'),
    ]);
    expect(decodeDocument('p.html', cyrillic)).toMatchObject({ ok: true, encoding: 'windows-1251', text: 'Аким области' });
  });

  it('takes as headline, on a page with no <h1>, the element of a title class whose text the <title> holds', () => {
    const HEAD = 'Аким района осужден за получение взятки';
    // A printer-friendly version: the headline in a «print-title» div, the <title> prefixed «Версия для печати:».
    const printed = readPage(page(`<title>Версия для печати: ${HEAD}</title>`, `<div class="print-title">${HEAD}</div><div class="print-body">${LONG_RU}<br><br>${LONG_RU}</div>`));
    expect(printed.text).toBe(`${HEAD}\n${LONG_RU}\n${LONG_RU}`);
    expect(printed.title).toBe(HEAD);
    // A block's title the page's title does not hold stays out, as it did.
    const block = readPage(page(`<title>${HEAD} | Суд</title>`, `<div class="block-title">Новости суда за неделю</div><div class="print-body">${LONG_RU}</div>`));
    expect(block.text).toBe(LONG_RU);
  });

  it('takes og:title first, then the JSON-LD headline, the <h1> and <title>', () => {
    expect(readPage(page('<title>Т | Сайт</title><meta property="og:title" content="OG &amp; заголовок">', '<h1>H</h1><p>Текст.</p>')).title).toBe('OG & заголовок');
    expect(readPage(page('<title>Т | Сайт</title>', '<h1>H</h1><p>Текст.</p>')).title).toBe('H');
    expect(readPage(page('<title>Т | Сайт</title>', '<p>Текст.</p>')).title).toBe('Т | Сайт');
  });

  it('reads the publication date from JSON-LD (an @graph too), meta tags and the article own <time>', () => {
    const ld = (x: unknown): string => `<script type="application/ld+json">${JSON.stringify(x)}</script>`;
    expect(readPage(page(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2025-10-09T23:50:00+05:00' }] }), '<p>Текст.</p>')).date).toBe('2025-10-09');
    expect(readPage(page('<meta property="article:published_time" content="2024-02-29T08:00:00Z">', '<p>Текст.</p>')).date).toBe('2024-02-29');
    const teaserTime = '<article class="card"><a href="/x">Другое</a><time datetime="2025-01-01">1 января</time></article>';
    expect(readPage(page('', `${teaserTime}<article><h1>З</h1><time datetime="2025-05-05T10:00">5 мая</time><p>${LONG_RU}</p></article>`)).date).toBe('2025-05-05');
  });

  it("dates a channel preview by its posts' footer times when nothing else dates it, and never over the article's own date", () => {
    const post = (stamp: string, text: string): string => `<div class="message"><div class="message_text">${text}</div><div class="message_footer"><time datetime="${stamp}">09:12</time></div></div>`;
    const feed = `<section class="history">${post('2026-11-28T09:12:40+00:00', LONG_RU)}${post('2026-12-01T11:47:03+00:00', 'Второй пост канала, и в нем есть текст.')}</section>`;
    expect(readPage(page('', feed)).date).toBe('2026-11-28');
    expect(readPage(page('<meta property="article:published_time" content="2026-12-03T08:00:00Z">', feed)).date).toBe('2026-12-03');
    // A comment's time, in its footer inside the comments, is no date of the article.
    const comment = `<div class="comments"><div class="comment"><p>Хорошая новость.</p><footer><time datetime="2023-03-05T10:00">5 марта</time></footer></div></div>`;
    expect(readPage(page('', `<article><h1>З</h1><p>${LONG_RU}</p>${comment}</article>`)).date).toBeUndefined();
  });

  it("dates a story by the <time> in its author line when nothing else dates it, not by a related card's author line", () => {
    const byline = (stamp: string): string => `<div class="story__author">Автор: <a href="/a/1">Дина Омарова</a> · <time datetime="${stamp}">3 марта, 10:05</time></div>`;
    const story = `<div class="story"><h1 class="story__title">Заголовок</h1>${byline('2027-03-03T10:05:00+05:00')}<div class="story__text"><p>${LONG_RU}</p></div></div>`;
    expect(readPage(page('', story)).date).toBe('2027-03-03');
    expect(readPage(page('<meta property="article:published_time" content="2027-03-04T08:00:00Z">', story)).date).toBe('2027-03-04');
    // A card in a related block signs another story.
    const related = `<div class="related-news"><div class="card"><a href="/x">Другая новость</a>${byline('2027-01-15T09:00:00+05:00')}</div></div>`;
    expect(readPage(page('', `<article><h1>З</h1><p>${LONG_RU}</p>${related}</article>`)).date).toBeUndefined();
  });

  it('reads data with arrays of hundreds of thousands of items (a spread of them overflowed the stack)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    const body = `<p>${LONG_RU}</p><p>Второй абзац.</p>`;
    const blob = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { ids: many, article: { content: body } } })}</script>`;
    expect(readPage(page('', `<div id="__next"></div>${blob}`)).text).toBe(`${LONG_RU}\nВторой абзац.`);
    const ld = `<script type="application/ld+json">${JSON.stringify([many, { '@type': 'NewsArticle', datePublished: '2025-10-09' }])}</script>`;
    expect(readPage(page(ld, '<p>Текст.</p>')).date).toBe('2025-10-09');
  });

  it('ignores dates that are not real days and JSON-LD that does not parse', () => {
    expect(readPage(page('<meta property="article:published_time" content="2025-02-30">', '<p>Текст.</p>')).date).toBeUndefined();
    expect(readPage(page('<script type="application/ld+json">{"datePublished": </script>', '<p>Текст.</p>')).date).toBeUndefined();
  });

  it('gives the record its title and date, so year-less and relative dates resolve', () => {
    const { text, title, date } = readPage(
      page('<meta property="article:published_time" content="2025-10-20">', `<h1>Кеңес өтті</h1><p>Облыс әкімі 9 қазанда кеңес өткізді. Биыл жиын 5 тамызда болды.</p>`),
    );
    const rec = processDocument({ path: 'p.html', text, title, date }) as DocumentRecord;
    expect(rec.title).toBe('Кеңес өтті');
    expect(rec.date).toBe('2025-10-20');
    const dates = rec.mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.value, m.relative]);
    expect(dates).toEqual([
      ['9 қазанда', '2025-10-09', true],
      ['Биыл', '2025', true],
      ['5 тамызда', '2025-08-05', true],
    ]);
  });
});

describe('pages saved as a single file (MHTML)', () => {
  const mime = (parts: string[], close = true): string =>
    [
      'From: <Saved by Blink>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----B----"',
      '',
      '',
      ...parts.flatMap((p) => ['------B----', p]),
      ...(close ? ['------B------', ''] : []),
    ].join('\r\n');
  const html = `<html><head><title>Т</title><meta property="article:published_time" content="2025-10-15T09:05:00+05:00"></head><body><article><h1>Жаңа бекет</h1><p>Қала әкімі Ерлан Омаров 98 млрд теңге бөлінгенін айтты.</p></article></body></html>`;
  /** Quoted-printable with soft line breaks every 70 characters or so, never inside an "=XX". */
  const qp = (s: string): string => {
    let line = '';
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
      line += b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
      if (line.length >= 70) {
        out += `${line}=\r\n`;
        line = '';
      }
    }
    return out + line;
  };
  const read = (text: string | Buffer, name = 'p.mhtml'): ReturnType<typeof decodeDocument> => decodeDocument(name, Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1'));

  it('reads the page part, quoted-printable, with its title and date, and not the frames and styles after it', () => {
    const frame = 'Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Жарнама: несие 5 млн теңге</p>';
    const r = read(
      mime([`Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://x.kz/a\r\n\r\n${qp(html)}`, 'Content-Type: text/css\r\n\r\nbody{}', qp(frame)]),
    );
    expect(r).toMatchObject({ ok: true, text: 'Жаңа бекет\nҚала әкімі Ерлан Омаров 98 млрд теңге бөлінгенін айтты.', date: '2025-10-15', title: 'Жаңа бекет' });
  });

  it('joins quoted-printable lines at a soft break with spaces before it, and keeps an "=" that escapes nothing', () => {
    const part =
      'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=D0=90=d0=ba=D0=B8=D0=BC =  \r\n=D0=BE=D0=B1=D0=BB=D0=B0=D1=81=D1=82=D0=B8: 2=3D2 =ZZ</p>';
    expect(read(mime([part]))).toMatchObject({ ok: true, text: 'Аким области: 2=2 =ZZ' });
  });

  it('reads a base64 part in the charset it declares, and finds an archive by its content whatever its name', () => {
    const cp1251 = Buffer.from([0xc0, 0xea, 0xe8, 0xec, 0x20, 0xee, 0xe1, 0xeb, 0xe0, 0xf1, 0xf2, 0xe8]).toString('base64'); // «Аким области»
    const r = read(
      mime([`Content-Type: text/html; charset="windows-1251"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(`<p>`).toString('base64')}`]).replace(
        /PHA\+/,
        Buffer.from(`<p>${Buffer.from(cp1251, 'base64').toString('latin1')}</p>`, 'latin1').toString('base64'),
      ),
      'saved.txt',
    );
    expect(r).toMatchObject({ ok: true, text: 'Аким области', encoding: 'windows-1251' });
  });

  it('gives a clear error for an archive without a page or cut short inside it, and reads a plain page named .mht as a page', () => {
    expect(read(mime(['Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=']))).toMatchObject({
      ok: false,
      code: 'DECODE',
      message: expect.stringMatching(/without a page/),
    });
    expect(read(mime(['Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><head><title>Cut ='], false))).toMatchObject({
      ok: false,
      code: 'DECODE',
      message: expect.stringMatching(/cut short/),
    });
    expect(read(Buffer.from(html, 'utf8'), 'p.mht')).toMatchObject({ ok: true, title: 'Жаңа бекет' });
  });

  it('a page with no article text is an EMPTY error that says why, and the run goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-pages-'));
    writeFileSync(join(dir, 'a-shell.html'), '<!DOCTYPE html><html><head><title>Loading</title><script>window.x=1</script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(dir, 'b-cut.mhtml'), mime(['Content-Type: text/html\r\n\r\n<html><head><title>Cut'], false));
    writeFileSync(join(dir, 'c-ok.mhtml'), mime([`Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(html)}`]), 'latin1');
    const recs = [];
    for await (const r of extractFiles([dir])) recs.push(r);
    expect(recs.map((r) => ('error' in r ? `${r.error.code} ${r.error.message.split(':')[0]}` : r.title))).toEqual([
      'EMPTY page has no article text outside markup, scripts and page furniture (a page whose text is drawn by scripts',
      'DECODE MHTML archive cut short',
      'Жаңа бекет',
    ]);
  });
});

describe('is it a page?', () => {
  it('a text with a few closing tags is text; a document that opens like a page or is mostly tags is a page', () => {
    expect(looksLikeHtml(`${LONG_RU}</p>\n${LONG_RU}</p>\n${LONG_RU}</div>`.repeat(3))).toBe(false);
    expect(looksLikeHtml('  <!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('<!-- saved --><html lang="kk"><p>x')).toBe(true);
    expect(looksLikeHtml('<div><p>Абзац один.</p><p>Абзац два.</p><p>Три.</p><p>Четыре.</p></div>')).toBe(true);
  });
});

describe('furniture lines', () => {
  const furniture = [
    '👁 3 452',
    'Поделиться: 15',
    'Бөлісу: 15',
    'Бөлісу: Facebook Telegram',
    'Просмотров: 1 204',
    'Пікірлер: 3',
    'Share this article: X LinkedIn',
    '  1234 ',
    'Фото: Айдос Ержанов',
    'Фото пресс-службы акимата',
    'Сурет: баспасөз қызметі',
    'Суретті түсірген Нұрлан Бекмағамбетов',
    'By Dana Sadykova',
    'Автор: Марат Касымов',
    'Читайте также: В Алматы открыли 3 школы',
    'Тағы оқыңыз',
    'Related',
    'Похожее',
    'By Aliya Serikova · September 24, 2025',
    'USD 538,20 ▲ 1,15 EUR 626,40 ▼ 0,80',
    'KASE 6 412,30 ▲ 0,4%',
    'Погода: Астана +5°',
    'Алматы −3 °C, облачно',
    'Мы используем файлы cookie, чтобы сайт работал удобнее.',
    'Принять',
  ];
  const text = [
    'Like many cities, Almaty grew by 5% in 2024.',
    'Аким области выделил 5 млрд тенге.',
    'Сурет көрмесі 5 мамырда ашылады.',
    'Суретті түсірген Нұрлан ағай көрмеге 12 жұмысын әкелді.',
    'Related costs rose 5% in 2024.',
    'По теме выступил аким.',
    'Поделиться опытом приехали 15 учителей из 3 областей.',
    'Фото Алтынбека КАРТАБАЯ.',
    'By 2030 the city will have 12 new schools.',
    'Ауа райы бүгін құбылмалы болады, деді синоптиктер.',
    '12.10.2025 14:30',
    '2 450 .',
  ];
  it.each(furniture)('blanks %j', (line) => expect(isFurnitureLine(line)).toBe(true));
  it.each(text)('keeps %j', (line) => expect(isFurnitureLine(line)).toBe(false));

  it('in plain text too: no mentions from counters, tickers and share lines', () => {
    const rec = processDocument({ path: 't.txt', text: 'Бөлісу: 15\n👁 3 452\nUSD 538,20 ▲ 1,15\nОблыс әкімі 5 млрд теңге бөлді.' }) as DocumentRecord;
    expect(rec.mentions.map((m) => m.text)).toEqual(['Облыс әкімі', '5 млрд теңге']);
  });
});

describe('dates without a year', () => {
  it.each([
    ['--10-09', '2025-10-20', '2025-10-09'],
    ['--01-05', '2025-12-28', '2026-01-05'],
    ['--12-30', '2026-01-03', '2025-12-30'],
    ['--02-29', '2025-03-01', '2024-02-29'],
    ['--05', '2025-10-14', '2025-05'],
    ['--01', '2025-12-20', '2026-01'],
  ])('%s in an article of %s is %s', (value, doc, expected) => expect(resolveYearless(value, doc)).toBe(expected));

  it('stay year-less without a document date, and leave other values alone', () => {
    const rec = processDocument({ path: 't', text: 'Жиын 9 октября прошёл в Актобе.' }) as DocumentRecord;
    expect(rec.mentions.find((m) => m.type === 'date')).toMatchObject({ value: '--10-09' });
    expect(resolveYearless('2025-10-09', '2025-10-20')).toBeUndefined();
  });
});

describe('languages kzx does not read', () => {
  const und = {
    kyrgyz: 'Бишкек шаарынын мэриясы быйыл жаңы мектептерди курууга 500 миллион сом бөлдү. Шаар башчысы курулуш күзгө чейин бүтөт деп билдирди. Өкмөт жолдорду оңдоого да каражат бөлүүдө.',
    kazakhArabic: 'وبلىس اكىمى بيىل جاڭا مەكتەپتەر سالۋعا 500 ملن تەڭگە ءبولىنگەنىن ايتتى.',
    ukrainian: 'Уряд виділив 500 мільйонів гривень на ремонт шкіл. Міністр освіти заявив, що роботи завершаться до кінця року, і всі діти підуть до нових класів.',
    german: 'Die Regierung hat in diesem Jahr 500 Millionen Euro für neue Schulen bereitgestellt, sagte der Bürgermeister der Stadt.',
    chinese: '政府今年拨款五亿用于新建学校。',
  };
  it.each(Object.entries(und))('%s is und', (_name, text) => expect(detectLanguage(text).lang).toBe('und'));

  it.each([
    ['kk', 'Облыс әкімі Берік Уәли биыл жаңа мектептер салуға 500 млн теңге бөлінгенін айтты. Жұмыстар күзге дейін аяқталады.'],
    // Kazakh in the 2018 Latin alphabet (see tests/kk-latin.test.ts).
    ['kk', 'Oblys ákimi bıyl jańa mektepter salýǵa 500 mln teńge bólingenin aıtty. Jumystar kúzge deıin aıaqtalady.'],
    ['ru', 'Аким области Берик Уали сообщил, что в этом году на строительство новых школ выделено 500 млн тенге.'],
    ['en', 'The akim of the region said that 500 million tenge was allocated for new schools this year.'],
    // Kazakh typed without its own letters, as on a Russian keyboard: franc decides, and reads it.
    ['kk', 'Осы жылы ауданда он бес мектеп салынады деп жоспарланып отыр.'],
  ])('%s stays %s', (lang, text) => expect(detectLanguage(text).lang).toBe(lang));

  it('an und document keeps only percents with "%" and amounts of digits with a currency sign', () => {
    const text =
      'Мэр Айбек Жунушалиев быйыл 2,4 миллиард сом бөлүнөрүн билдирди. Окуучулардын саны 22% өстү, бир мектепке $4500000 жумшалат, ал эми 15 мектеп курулат. Бишкекте үч жолду оңдоого 300 000 ₸ бөлүндү.';
    const rec = processDocument({ path: 'ky.txt', text, date: '2025-09-03' }) as DocumentRecord;
    expect(rec.lang).toBe('und');
    expect(rec.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['percent 22%', 'money $4500000', 'money 300 000 ₸']);
  });
});

describe('any markup', () => {
  const TAGS = [
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<p ',
    '<',
    '</',
    '<!--',
    '-->',
    '<script>',
    '</script>',
    '<article>',
    '</article>',
    '<h1>',
    '</h1>',
    '<a href="x">',
    '</a>',
    '<br>',
    '&',
    '&amp;',
    '&#1179;',
    '&frac12',
    '"',
    "'",
    '=',
    '>',
    '<![CDATA[',
    ']]>',
    '<!doctype html>',
    '<title>',
    '<nav>',
    '<time datetime="2025-01-01">',
    '<b>',
    '</span>',
  ];
  const WORDS = ['Аким', 'әкімі', '5 млн тенге', '12%', ' ', '\n', 'Берик Уали', '9 октября'];
  const markup = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 300 }).map((xs) => xs.join(''));
  const adversarial = fc
    .tuple(
      fc.constantFrom('<div>', '<b>', '<p ', '<', '<!--', '<a><i>', '</span>', '<div class="', '&amp', '<script>', '<p>x'),
      fc.integer({ min: 1, max: 4000 }),
      fc.constantFrom('', '</div>'.repeat(50), 'текст'),
    )
    .map(([unit, n, tail]) => unit.repeat(n) + tail);
  /** Work per character is bounded by a constant: a quadratic builder would do thousands per character on the long runs. */
  const MAX_WORK_PER_CHAR = 8;

  const check = (html: string): void => {
    const p = readPage(html);
    expect(p.work).toBeLessThanOrEqual(MAX_WORK_PER_CHAR * html.length + 64);
    const rec = processDocument({ path: 'p.html', text: p.text, title: p.title, date: p.date });
    expect(OutputRecordSchema.safeParse(rec).success).toBe(true);
  };
  it('does work linear in its length and gives valid records, on random markup', () => fc.assert(fc.property(markup, check), { numRuns: 300 }));
  it('does work linear in its length and gives valid records, on long runs of one construct', () => fc.assert(fc.property(adversarial, check), { numRuns: 100 }));

  it('does the same work per character on 10 and on 100 times the input', () => {
    // Nested and unmatched tags were quadratic in htmlparser2's Parser; the others are classic traps of regular expressions.
    const shapes: Array<(n: number) => string> = [
      (n) => '<div>'.repeat(n),
      (n) => '<div>'.repeat(n) + '</span>'.repeat(n),
      (n) => '<p '.repeat(n),
      (n) => '<a><i>t'.repeat(n),
      (n) => `<!--${'a'.repeat(n)}`,
      (n) => '&amp'.repeat(n),
      (n) => `<div class="${'share '.repeat(n)}`,
      (n) => `<script type="application/json">${JSON.stringify({ a: Array.from({ length: n / 10 }, (_, i) => `<p>${'x'.repeat(i % 50)}</p>`) })}</script>`,
    ];
    for (const shape of shapes) {
      const small = shape(2_000);
      const large = shape(20_000);
      const perChar = (html: string): number => readPage(html).work / html.length;
      expect(perChar(large), large.slice(0, 20)).toBeLessThanOrEqual(perChar(small) * 1.05 + 0.01);
    }
  });
});
