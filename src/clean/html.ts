/**
 * The article out of a saved web page: its text, headline and publication date.
 *
 * htmlparser2's Tokenizer (a linear state machine that decodes every named and numeric entity)
 * feeds a tree builder of our own. htmlparser2's Parser is not used: it keeps its open elements in
 * an array it unshifts and searches for every end tag, so deeply nested or unmatched tags cost
 * time quadratic in their number (measured: 40,000 `<div>` then 40,000 `</span>`, 400 KB, 5.5 s).
 * Here an open tag costs O(1), an end tag O(1) plus the elements it closes, each closed once.
 */
import { createRequire } from 'node:module';
import type { QuoteType } from 'htmlparser2';

type Htmlparser2 = typeof import('htmlparser2');
let tokenizerClass: Htmlparser2['Tokenizer'] | undefined;
/**
 * htmlparser2 and its entity tables took 150–220 ms to load on the busy development VM, and most
 * runs read no page, so it is loaded with the first page; require() of an ES module works from
 * Node 20.19.
 */
const loadTokenizer = (): Htmlparser2['Tokenizer'] => (tokenizerClass ??= (createRequire(import.meta.url)('htmlparser2') as Htmlparser2).Tokenizer);

export interface Page {
  /** Headline (when outside the chosen container) and the main article's text, one block per line. */
  readonly text: string;
  readonly title?: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date?: string;
  /** Units of work done (tokenizer callbacks, characters copied, nodes visited): linear in the input. */
  readonly work: number;
}

interface El {
  readonly name: string;
  readonly parent: El | undefined;
  readonly children: Array<El | string>;
  /** Nearest block element, itself included (set right after the element is made when it is one). */
  block: El | undefined;
  /** Page furniture, or inside it (dropped content included): left out of the text and of the choice of the article. */
  readonly furniture: boolean;
  readonly dropped: boolean;
  readonly link: boolean;
  /** Inside a <pre>: its line breaks are the text's. Elsewhere a line break in the source is a space. */
  readonly verbatim: boolean;
  /** The class attribute, as written: sections of one article body share it. */
  readonly cls: string;
  /** Its class names a dateline ("date", "published"), and no element around it does: its text is read for a date. */
  readonly dateClass: boolean;
  /** It or an element around it has a dateline class. */
  readonly underDateline: boolean;
  /** A dateline whose date was read: like a <time> dateline, it gives the date, not text. */
  datelineRead: boolean;
  /** One item of a list page's article (see listItems): its linked headline is text. */
  listItem: boolean;
  /** Marked as the article body (itemprop="articleBody"). */
  readonly articleBody: boolean;
  /** Inside an <article>, <main> or article body, whose own <header> holds the headline and stays. */
  readonly content: boolean;
  /** Paragraph text credited to this container (its paragraphs in full, its grandchildren's at half). */
  score: number;
  /** Counted (non-link, non-furniture) characters in the subtree. */
  chars: number;
  /** Non-furniture characters in the subtree, links included. */
  all: number;
  /** Preorder number and the last preorder number inside it, to test "x is inside y" in O(1). */
  readonly pre: number;
  post: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
const BLOCK = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'fieldset',
  'hr',
  'br',
  'title',
  'center',
  'aside',
  'nav',
  'header',
  'footer',
  'form',
]);
/** Blocks that are one paragraph: their text is credited to the container they sit in (a table cell is a container: old pages lay out in tables). */
const PARAGRAPH = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'blockquote', 'pre', 'figcaption']);
/** Content that is never text: scripts, styles, graphics, embedded frames, form controls. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button', 'textarea', 'head', 'video', 'audio', 'map']);
/**
 * Page structure that is furniture wherever it is: menus, sidebars, forms, dialogs, and the AMP
 * components of ads (their fallback text: "Жарнама: несие 7 млн теңгеге дейін"), side menus,
 * share buttons and consent notices.
 */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'form', 'dialog', 'menu', 'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-sidebar', 'amp-social-share', 'amp-consent', 'amp-user-notification']);
/**
 * Class and id words of page furniture (matched against their parts split at spaces, "-" and "_").
 * Not "widget": page builders and embeds name their content blocks so (Elementor's post text is an
 * "elementor-widget-theme-post-content", a Telegram preview's posts are "tgme_widget_message"), and
 * sidebar widgets sit in an <aside> or a "sidebar".
 */
const FURNITURE_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'socials',
  'related',
  'recommended',
  'recommendations',
  'readmore',
  'read',
  'also',
  'more',
  'comments',
  'comment',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'ad',
  'advert',
  'advertisement',
  'ads',
  'adv',
  'promo',
  'sponsored',
  'weather',
  'currency',
  'currencies',
  'rates',
  'exchange',
  'ticker',
  'stocks',
  'quotes',
  'subscribe',
  'subscription',
  'newsletter',
  // a paywall's offer inside the story ("Subscribe for $1 for the first month, then $39 a month")
  'paywall',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'views',
  'counter',
  'counters',
  // a gallery's "3 фото", "1 / 4"
  'count',
  'byline',
  'author',
  'credits',
  'credit',
  'sidebar',
  'popup',
  'modal',
  'menu',
  'navbar',
  'nav',
  'toolbar',
  'pagination',
  'prev',
  'previous',
  'footer',
  'copyright',
  // a press release's media contacts: a press officer's name, e-mail and phone ("+7 (7172) 69 65 44")
  'contacts',
  'contact',
  // a release's legal boilerplate: forward-looking statements ("They speak only as of 1 December 2026")
  'disclaimer',
  // the files attached to a decision or a release: names, formats and sizes («№ 15/1 шешімі (PDF, 2,1 МБ)»)
  'attachments',
  'attachment',
]);
const CLASS_WORD_SPLIT_RE = /[\s_-]+|(?<=[a-z])(?=[A-Z])/;
/** Furniture words that begin no word of content: matched at the start of a class word. */
const FURNITURE_STEMS = ['related', 'readalso', 'social', 'cookie', 'breadcrumb', 'newsletter', 'subscri', 'advert'];
/**
 * Class words of a dateline: the element holds the article's date as text. The line of a post's
 * details ("…__info", "entry-meta": "Опубликовано: 05 ноября 2026 · Просмотров: 1 245"), its time
 * ("article__time": "12:30, 27 тамыз 2026") and its last change ("…__updated") count only when
 * their short text names a day, as for the others ("last-update": "Last updated: 26 November 2026, 17:02").
 */
const DATELINE_WORDS = new Set(['date', 'datetime', 'dateline', 'pubdate', 'published', 'posted', 'publish', 'time', 'info', 'meta', 'updated', 'update', 'modified']);
/** Class words of a headline in a page with no <h1> («print-title», «news__headline»): see titledHeadline. */
const HEADLINE_WORDS = new Set(['title', 'headline']);
/** A dateline is short: longer elements with such a class hold more than a date. */
const MAX_DATELINE_CHARS = 80;
/** Microdata and RDFa properties of the publication date (`itemprop="datePublished"`, `property="schema:dateCreated"`, `dc:date`). */
const PUBLISHED_PROP_RE = /(?:^|[\s:])(?:datePublished|dateCreated|date|created|issued)(?:\s|$)/;

/** What a <head> holds: anything else (or text) ends a <head> left open, as in a browser. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template']);
/** Opening one of these closes an open element of the listed kinds first (the HTML rules that matter for text). */
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ['p', new Set(['p'])],
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['option', new Set(['option'])],
  ...['div', 'ul', 'ol', 'table', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'hr', 'main', 'dl'].map(
    (t) => [t, new Set(['p'])] as const,
  ),
]);
const DATE_META = new Set([
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
]);
/** A published date's day, from ISO 8601 ("2025-10-09T14:30:00+05:00") or "09.10.2025". */
const ISO_DAY_RE = /^\s*(\d{4})-(\d{2})-(\d{2})/;
const DOTTED_DAY_RE = /^\s*(\d{2})\.(\d{2})\.(\d{4})/;

/** Whether a file without an .html name is a page: it opens like one, or tags are a good part of it. */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!--[\s\S]{0,4000}?-->\s*)?(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]{0,200}>\s*<(?:!doctype html|html))/i.test(text.slice(0, 4200))) return true;
  // A text with a few tags in it ("</p>" left by a copy) is text: a page is markup for a good part.
  let tags = 0;
  let tagChars = 0;
  for (const m of text.matchAll(/<\/?(?:p|div|span|a|li|ul|br|img|h[1-6]|table|tr|td|section|article|meta|link|script)\b[^<>]{0,300}>/gi)) {
    tags++;
    tagChars += m[0].length;
  }
  return tags >= 8 && tagChars >= text.length * 0.05;
}

/** A page → its article text, title and date (see Page). */
export function readPage(html: string): Page {
  return readMarkup(html, true);
}

/**
 * A page whose body is drawn by scripts holds the article in data: JSON-LD's articleBody, or a
 * framework's hydration blob (`<script type="application/json">`: Next's __NEXT_DATA__, Nuxt's)
 * with the body as a string of markup. Such a body is read when it holds more than this many times
 * the text the page shows as its article (a skeleton, a "Loading…", nothing).
 */
const HIDDEN_BODY_RATIO = 2;

/** `blobs`: whether data in scripts may stand for the article (not in markup read out of such data). */
function readMarkup(html: string, blobs: boolean): Page {
  let work = 0;
  let preorder = 0;
  const root = makeEl('#root', undefined, new Map());
  let cur = root;
  const stack: El[] = [];
  const openCount = new Map<string, number>();
  let tagName = '';
  let attrs = new Map<string, string>();
  let attrName = '';
  let attrValue = '';
  let h1: El | undefined;
  let headlineProp: El | undefined;
  const titled: El[] = [];
  const published: Array<{ el: El; stamp: string }> = [];
  const times: Array<{ el: El; stamp: string }> = [];
  /**
   * <time> stamps inside a footer or a byline that is furniture of its own, not inside comments or related cards: a post's
   * footer in a feed («tgme_widget_message_footer»), an author line «Автор: … · <time>», read when nothing else dates the page.
   */
  const furnitureTimes: Array<{ el: El; stamp: string }> = [];
  const datelines: Array<{ el: El; stamp: string }> = [];
  const meta = new Map<string, string>();
  const ldJson: string[] = [];
  const dataJson: string[] = [];
  let titleText: string | undefined;
  let rawTarget: { kind: 'title' | 'ld' | 'data'; parts: string[] } | undefined;

  function makeEl(name: string, parent: El | undefined, a: ReadonlyMap<string, string>): El {
    const dropped = (parent?.dropped ?? false) || DROPPED.has(name) || a.has('hidden') || a.get('aria-hidden') === 'true' || /display\s*:\s*none/i.test(a.get('style') ?? '');
    const inContent = parent?.content ?? false;
    // A <time> outside a paragraph is the article's dateline: its day is the record's date, and as text it would run into the headline.
    const dateline = name === 'time' && a.has('datetime') && !PARAGRAPH.has(parent?.block?.name ?? '');
    // An embedded post («<blockquote class="twitter-tweet"><p>…</p>— Name (@handle) <a>28 ноября 2026 г.</a>») quotes its
    // text in paragraphs and signs it with a link to the post, whose text is the date it was posted.
    const signature = name === 'a' && parent?.name === 'blockquote' && parent.cls !== '' && parent.children.some((c) => typeof c !== 'string' && c.name === 'p');
    // The classes of <html> and <body> describe the whole page ("single has-sidebar comments-open"), not a part of it.
    const furniture =
      (parent?.furniture ?? false) ||
      dropped ||
      dateline ||
      signature ||
      FURNITURE_TAGS.has(name) ||
      name === 'footer' ||
      (name === 'header' && !inContent) ||
      (name !== 'body' && name !== 'html' && hasFurnitureClass(a));
    const articleBody = /\barticleBody\b/.test(a.get('itemprop') ?? '');
    // Spaced as written or not ("t-text t-text_md " and "t-text t-text_md" are one class list).
    const cls = (a.get('class') ?? '').trim().replace(/\s+/g, ' ');
    const datelineClass = !furniture && hasDatelineClass(cls);
    const el: El = {
      name,
      parent,
      children: [],
      block: parent?.block,
      furniture,
      dropped,
      link: (parent?.link ?? false) || name === 'a',
      verbatim: (parent?.verbatim ?? false) || name === 'pre',
      cls,
      dateClass: datelineClass && !(parent?.underDateline ?? false),
      underDateline: (parent?.underDateline ?? false) || datelineClass,
      datelineRead: false,
      listItem: false,
      articleBody,
      content: inContent || articleBody || name === 'article' || name === 'main',
      score: 0,
      chars: 0,
      all: 0,
      pre: preorder++,
      post: 0,
    };
    if (BLOCK.has(name) || parent === undefined) el.block = el;
    return el;
  }

  function open(name: string, a: Map<string, string>): void {
    if (!HEAD_CONTENT.has(name) && (openCount.get('head') ?? 0) > 0) close('head');
    const closes = CLOSED_BY.get(name);
    if (closes !== undefined) while (stack.length > 0 && closes.has(cur.name)) pop();
    const el = makeEl(name, cur, a);
    if (!el.dropped) cur.children.push(el);
    if (name === 'h1' && h1 === undefined && !el.furniture) h1 = el;
    if (/\bheadline\b/.test(a.get('itemprop') ?? '') && headlineProp === undefined && !el.furniture) headlineProp = el;
    if (h1 === undefined && !el.furniture && hasHeadlineClass(el.cls)) titled.push(el);
    readMeta(name, a, el);
    if (VOID.has(name)) {
      el.post = preorder - 1;
      if (name === 'br' || name === 'hr') cur.children.push('\n');
      return;
    }
    stack.push(el);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    cur = el;
    if (name === 'title' && titleText === undefined) rawTarget = { kind: 'title', parts: [] };
    else if (name === 'script' && /ld\+json/i.test(a.get('type') ?? '')) rawTarget = { kind: 'ld', parts: [] };
    else if (name === 'script' && blobs && /^application\/json$/i.test(a.get('type') ?? '')) rawTarget = { kind: 'data', parts: [] };
  }

  /**
   * <meta name|property> anywhere describes the page; a datePublished item or a <time> counts only
   * inside the chosen article (teaser cards carry their own).
   */
  function readMeta(name: string, a: ReadonlyMap<string, string>, el: El): void {
    const key = (a.get('property') ?? a.get('name') ?? '').toLowerCase();
    const content = a.get('content');
    if (name === 'meta' && key.length > 0 && content !== undefined && !meta.has(key)) meta.set(key, content);
    const stamp = a.get('datetime') ?? a.get('content');
    // Within furniture (a sidebar's cards) dates are other articles'; a dateline is furniture only as text.
    if (stamp === undefined) return;
    if (el.parent?.furniture === true) {
      if (name === 'time' && signsPost(el.parent)) furnitureTimes.push({ el, stamp });
      return;
    }
    if (PUBLISHED_PROP_RE.test(a.get('itemprop') ?? '') || PUBLISHED_PROP_RE.test(a.get('property') ?? '')) published.push({ el, stamp });
    else if (name === 'time') times.push({ el, stamp });
  }

  function pop(): void {
    const el = stack.pop()!;
    work++;
    openCount.set(el.name, openCount.get(el.name)! - 1);
    el.post = preorder - 1;
    const parent = el.parent!;
    parent.chars += el.chars;
    parent.all += el.all;
    cur = stack.length > 0 ? stack[stack.length - 1]! : root;
    // A dateline written as text ("21.10.2025", "Опубликовано 2 декабря 2025"): short, so its text
    // is cheap to take. Like a <time> dateline it gives the date and is left out of the text.
    if (el.dateClass && el.all > 0 && el.all <= MAX_DATELINE_CHARS) {
      const line = flatText(el, (n) => (work += n));
      const day = endsSentence(line) ? undefined : dayInText(line);
      if (day !== undefined) {
        datelines.push({ el, stamp: day });
        el.datelineRead = true;
      }
    }
    if (rawTarget !== undefined && (el.name === 'title' || el.name === 'script')) {
      const raw = rawTarget.parts.join('');
      if (rawTarget.kind === 'title') titleText = raw;
      else (rawTarget.kind === 'ld' ? ldJson : dataJson).push(raw);
      rawTarget = undefined;
    }
  }

  function close(name: string): void {
    if ((openCount.get(name) ?? 0) > 0) {
      while (stack.length > 0) {
        const top = cur.name;
        pop();
        if (top === name) break;
      }
    } else if (name === 'br') cur.children.push('\n');
  }

  function text(s: string): void {
    work += s.length;
    if (rawTarget !== undefined) {
      rawTarget.parts.push(s);
      return;
    }
    if (cur.name === 'head' && countedChars(s) > 0) close('head');
    if (cur.dropped) return;
    if (!cur.verbatim && s.includes('\n')) s = s.replace(/\r?\n/g, ' ');
    const last = cur.children.length - 1;
    if (last >= 0 && typeof cur.children[last] === 'string' && cur.children[last] !== '\n') cur.children[last] += s;
    else cur.children.push(s);
    if (cur.furniture) return;
    const len = countedChars(s);
    cur.all += len;
    if (len === 0 || cur.link) return;
    cur.chars += len;
    const block = cur.block ?? root;
    const container = PARAGRAPH.has(block.name) ? (block.parent?.block ?? root) : block;
    container.score += len;
    const grand = container.parent?.block;
    if (grand !== undefined) grand.score += len / 2;
  }

  const slice = (start: number, end: number): string => {
    work += end - start;
    return html.slice(start, end);
  };
  const Tokenizer = loadTokenizer();
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        work++;
        tagName = slice(start, end).toLowerCase();
        attrs = new Map();
      },
      onattribname(start, end) {
        attrName = slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += slice(start, end);
      },
      onattribentity(cp) {
        work++;
        attrValue += String.fromCodePoint(cp);
      },
      onattribend(_quote: QuoteType) {
        work++;
        if (!attrs.has(attrName)) attrs.set(attrName, attrValue);
      },
      onopentagend() {
        open(tagName, attrs);
      },
      onselfclosingtag() {
        // HTML ignores the slash of a non-void element ("<div/>" opens a div).
        open(tagName, attrs);
      },
      onclosetag(start, end) {
        close(slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        text(slice(start, end));
      },
      ontextentity(cp) {
        text(String.fromCodePoint(cp));
      },
      oncdata(start, end) {
        work += 1 + end - start;
      },
      oncomment(start, end) {
        work += 1 + end - start;
      },
      ondeclaration() {
        work++;
      },
      onprocessinginstruction() {
        work++;
      },
      onend() {
        work++;
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  root.post = preorder - 1;

  const inside = (x: El, y: El): boolean => x.pre >= y.pre && x.pre <= y.post;
  const parts = articleParts(root, h1, (n) => (work += n));
  const inArticle = (x: El): boolean => parts.some((p) => inside(x, p));
  const headline = headlineProp ?? h1 ?? titledHeadline(titled, [meta.get('og:title'), titleText], (n) => (work += n));
  const lines: string[] = [];
  const headlineText = headline !== undefined ? flatText(headline, (n) => (work += n)) : '';
  if (headlineText.length > 0 && !inArticle(headline!)) lines.push(headlineText);
  // A line that is all link text is navigation: a section's name, the author's page, a tag, another
  // article's title under «Читайте также:», an embed's "View this post". The headline is kept.
  // A list page's item keeps its linked headline.
  for (const part of parts) for (const line of textOf(part, (n) => (work += n))) if (!line.linkOnly || line.text === headlineText || (part.listItem && line.heading)) lines.push(line.text);

  const ld = ldJson.map((raw) => fromLinkedData(raw, (n) => (work += n)));
  const datePublished = ld.find((x) => x.date !== undefined)?.date;
  const inMain = (xs: ReadonlyArray<{ el: El; stamp: string }>): string | undefined =>
    xs.find((t) => (inArticle(t.el) || (headline?.parent !== undefined && inside(t.el, headline.parent))) && dayOf(t.stamp) !== undefined)?.stamp;
  // An old table layout gives the headline, its date and the text a row each of one table: when nothing
  // else dates the page, a dateline before the text in the smallest element holding the headline and the
  // text counts (not one of the whole page's: a top bar's today, a sidebar's list of dates).
  let around = headline !== undefined && parts[0] !== undefined ? headline : undefined;
  while (around !== undefined && !inside(parts[0]!, around)) around = around.parent;
  const near = around !== undefined && around !== root && around.name !== 'body' && around.name !== 'html' ? datelines.find((t) => inside(t.el, around) && t.el.pre < parts[0]!.pre)?.stamp : undefined;
  // Last, the time in a footer or byline inside the article: a channel preview's posts each carry theirs there and the page
  // no other, and some sites date a story only in its author line.
  const date = firstDay([datePublished, ...[...DATE_META].map((k) => meta.get(k)), inMain(published), inMain(times), inMain(datelines), near, inMain(furnitureTimes)]);
  const titles = [meta.get('og:title'), ld.find((x) => x.headline !== undefined)?.headline, headlineText, titleText].map((t) => (t ?? '').replace(/\s+/g, ' ').trim());
  const title = titles.find((t) => t.length > 0 && t.length <= 300);
  const hidden = blobs ? hiddenBody(ld, dataJson, lines, (n) => (work += n)) : undefined;
  // The headline over a body read from data: the page's own headline, or the article's (not <title>: it carries the site's name).
  const over = titles.slice(0, 3).find((t) => t.length > 0 && t.length <= 300);
  const out = hidden === undefined ? lines : [...(over !== undefined && hidden[0] !== over ? [over] : []), ...hidden];
  return { text: out.join('\n'), ...(title !== undefined ? { title } : {}), ...(date !== undefined ? { date } : {}), work };
}

/**
 * A page with no <h1> (a printer-friendly version: «<div class="print-title">»): the first element whose
 * class names a title and whose text the page's <title> or og:title holds, as a title holds the
 * headline with the site's name or «Версия для печати:» around it. A block's or a teaser's title is
 * no part of the page's title.
 */
function titledHeadline(titled: readonly El[], pageTitles: ReadonlyArray<string | undefined>, count: (n: number) => void): El | undefined {
  const folded = pageTitles.filter((t) => t !== undefined).map((t) => t.replace(/\s+/g, ' ').trim());
  if (folded.length === 0) return undefined;
  for (const el of titled) {
    const text = flatText(el, count);
    if (text.length >= 20 && folded.some((t) => t.includes(text))) return el;
  }
  return undefined;
}

/** The lines of the article body held in data (see HIDDEN_BODY_RATIO), when it holds more text than the page shows. */
function hiddenBody(ld: ReadonlyArray<{ body?: string }>, dataJson: readonly string[], lines: readonly string[], count: (n: number) => void): string[] | undefined {
  const shown = lines.reduce((n, l) => n + countedChars(l), 0);
  count(shown);
  // Data no longer than the ratio allows cannot hold such a body: a page that shows its article parses no blob.
  const least = HIDDEN_BODY_RATIO * shown;
  let body: string | undefined;
  for (const x of ld) if (x.body !== undefined && x.body.length > Math.max(least, body?.length ?? 0)) body = x.body;
  for (const raw of dataJson) {
    const markup = raw.length > least ? longestMarkup(raw, count) : undefined;
    if (markup !== undefined && markup.length > Math.max(least, body?.length ?? 0)) body = markup;
  }
  if (body === undefined) return undefined;
  count(body.length);
  if (countedChars(body) <= least) return undefined;
  // A body of markup is read as a page (the data in its own scripts is not looked into); JSON-LD's is mostly plain text.
  if (body.includes('<')) {
    const page = readMarkup(body, false);
    count(page.work);
    // Measured again as text: markup heavy with attributes («<p style="…">Подпишитесь</p>») holds little.
    return countedChars(page.text) > least ? page.text.split('\n') : undefined;
  }
  return body
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** Paragraph markup in a string: a body, not a title or a teaser. */
const PARAGRAPH_MARKUP_RE = /<p[\s>]/i;

/** The longest string in a JSON document that holds paragraph markup (a hydration blob's article body), if any. */
/** `stack.push(...items)` without spreading: a spread passes every item as an argument, and a JSON array of ~100,000 items overflowed the call stack. */
function pushAll(stack: unknown[], items: readonly unknown[]): void {
  for (const item of items) stack.push(item);
}

function longestMarkup(raw: string, count: (n: number) => void): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  count(raw.length);
  let best: string | undefined;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const x = pending.pop();
    count(1);
    if (typeof x === 'string') {
      if (x.length > (best?.length ?? 0) && PARAGRAPH_MARKUP_RE.test(x)) best = x;
    } else if (Array.isArray(x)) pushAll(pending, x);
    else if (x !== null && typeof x === 'object') pushAll(pending, Object.values(x));
  }
  return best;
}

function hasFurnitureClass(a: ReadonlyMap<string, string>): boolean {
  const names = `${a.get('class') ?? ''} ${a.get('id') ?? ''}`;
  if (names.length > 1000) return false;
  // Words are split at "-", "_" and a lower-to-upper case change ("readAlso"); a few furniture
  // stems are also known at the start of a word run together ("jp-relatedposts", "socialbar").
  for (const part of names.split(CLASS_WORD_SPLIT_RE)) {
    const word = part.toLowerCase();
    if (FURNITURE_WORDS.has(word) || FURNITURE_STEMS.some((stem) => word.startsWith(stem))) return true;
  }
  return a.get('role') === 'navigation' || a.get('role') === 'banner' || a.get('role') === 'complementary' || a.get('role') === 'contentinfo';
}

/** A class attribute's words, lowercase, split as hasFurnitureClass splits them ("news__headline" → news, headline). */
const classWords = (cls: string): string[] => cls.split(CLASS_WORD_SPLIT_RE).map((part) => part.toLowerCase());

/** Class words of furniture that signs the post it stands in: its footer, its author line. */
const SIGNING_WORDS = new Set(['footer', 'byline', 'author']);

/**
 * Whether the outermost furniture around `el` signs a post (a footer, a byline): the post's own, not a comment's
 * footer in a comments section, whose outermost furniture is the comments.
 */
function signsPost(el: El): boolean {
  let top = el;
  while (top.parent?.furniture === true) top = top.parent;
  return top.name === 'footer' || classWords(top.cls).some((w) => SIGNING_WORDS.has(w));
}

function hasDatelineClass(cls: string): boolean {
  if (cls.length === 0 || cls.length > 300 || !/date|publish|posted|time|info|meta|updated|modified/i.test(cls)) return false;
  // WordPress marks every post's <article> "status-publish" (its status, not its date): that would put the whole post under a dateline.
  const parts = classWords(cls);
  return parts.some((part, i) => DATELINE_WORDS.has(part) && !(part === 'publish' && parts[i - 1] === 'status'));
}

function hasHeadlineClass(cls: string): boolean {
  return cls.length > 0 && /title|headline/i.test(cls) && classWords(cls).some((part) => HEADLINE_WORDS.has(part));
}

/** Letters and digits of a piece of text (what makes a paragraph worth reading). */
function countedChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
}

/**
 * The elements that make the article: the explicit article body when the page marks one;
 * otherwise the container its paragraphs are credited to most, widened to the <article> it sits
 * in. Link text (teaser cards, related lists) and furniture earn nothing, so a related-news
 * <article> loses to the story. When the <h1> headline stands outside that container (or outside
 * the marked body: a lead and a date line often stand between them), the article
 * runs from the headline's branch to the container's in the nearest element holding both (a lead
 * paragraph, the date line), without link lists in between; cards after the story stay out.
 */
function articleParts(root: El, h1: El | undefined, count: (n: number) => void): El[] {
  let best: El | undefined;
  let body: El | undefined;
  const pending: El[] = [root];
  while (pending.length > 0) {
    const el = pending.pop()!;
    count(1);
    if (el.furniture) continue;
    if (el.articleBody && el.chars > 0 && (body === undefined || el.chars > body.chars)) body = el;
    if (el.score > 0 && (best === undefined || el.score > best.score)) best = el;
    for (const c of el.children) if (typeof c !== 'string') pending.push(c);
  }
  if (body === undefined && best === undefined) return [root];
  // The marked body is the article as it stands; a chosen container is widened to its <article>.
  let main = (body ?? best)!;
  for (let up = main.parent; body === undefined && up !== undefined; up = up.parent) {
    count(1);
    if (up.name === 'article' && !up.furniture) {
      main = up;
      break;
    }
  }
  const inside = (x: El, y: El): boolean => x.pre >= y.pre && x.pre <= y.post;
  if (main === root) return [root];
  // What comes with the container by itself: the marked body nothing; the chosen block its other
  // sections; an <article> the paragraphs a stray end tag left beside it.
  const alone = (): El[] => (main === body ? [main] : main === best ? withSections(main, h1, count) : withStraySiblings(main, count));
  if (h1 === undefined || inside(h1, main)) return alone();
  let common = main.parent!;
  while (!inside(h1, common)) {
    count(1);
    common = common.parent!;
  }
  const kids = common.children.filter((c): c is El => typeof c !== 'string' && !c.furniture);
  count(common.children.length);
  const from = kids.findIndex((k) => inside(h1, k));
  const to = kids.findIndex((k) => inside(main, k));
  if (from < 0 || to < 0 || from > to) return alone();
  const between = kids.slice(from + 1, to).filter((k) => k.chars > 0 && k.chars * 2 >= k.all && !k.datelineRead);
  const extra = kids[from]!.chars + between.reduce((n, k) => n + k.chars, 0);
  if (extra > main.chars) return alone();
  if (kids[to] !== main) return [kids[from]!, ...between, ...(main === best ? (listItems(main, main.cls, h1, count) ?? [main]) : [main])];
  // Paragraphs before the container are already in (or were left out of) the run from the headline; the container's own items are not.
  const after = alone().filter((c) => c.pre >= main.pre);
  return [kids[from]!, ...between, ...after, ...headedSectionsAfter(kids, to, count)];
}

/**
 * The <section>s right after a chosen <section> that ran from the headline, each with a heading and text of its own:
 * a project page's "Project team" list after its description. The first link list ("Documents") or furniture ends them.
 */
function headedSectionsAfter(kids: readonly El[], to: number, count: (n: number) => void): El[] {
  const out: El[] = [];
  if (kids[to]!.name !== 'section') return out;
  for (let k = to + 1; k < kids.length; k++) {
    const c = kids[k]!;
    if (c.name !== 'section' || c.chars === 0 || c.chars * 2 < c.all || c.datelineRead || !hasHeading(c, count)) break;
    out.push(c);
  }
  return out;
}

/**
 * The chosen container with the paragraphs beside it: a stray end tag in the article ("</div>"
 * too many) leaves its last paragraphs outside the container, as siblings of it. Paragraphs with
 * text of their own come along; a link list, a teaser card, furniture or a dateline read for its date
 * ("<p class="last-update">Last updated: …</p>") does not.
 */
function withStraySiblings(main: El, count: (n: number) => void): El[] {
  const siblings = main.parent!.children;
  count(siblings.length);
  return siblings.filter((c): c is El => c === main || (typeof c !== 'string' && (c.name === 'p' || c.name === 'blockquote') && !c.furniture && !c.datelineRead && c.chars > 0));
}

/** A line of a page's text, whether all of it is link text (a related-news title, a menu entry), and whether it is a heading's. */
interface Line {
  readonly text: string;
  readonly linkOnly: boolean;
  readonly heading: boolean;
}

/**
 * The chosen text block with the other sections of the same body. Page builders (Tilda) put each
 * paragraph group of a longread in a record of its own, and news sites break a body around an ad
 * or a player into blocks of one class: the chosen block is climbed out of the wrappers that hold
 * only it, and the wrapper's siblings that hold a block of the same class, of text rather than
 * links, come along in page order.
 */
function withSections(main: El, h1: El | undefined, count: (n: number) => void): El[] {
  const items = itemsWithin(main, h1, count);
  if (items !== undefined) return items;
  if (main.cls.length === 0) return withStraySiblings(main, count);
  let wrapper = main;
  while (wrapper.parent !== undefined && wrapper.parent.parent !== undefined && onlyChild(wrapper.parent, count) === wrapper) wrapper = wrapper.parent;
  const siblings = wrapper.parent?.children ?? [];
  count(siblings.length);
  const sections = siblings.filter((c): c is El => typeof c !== 'string' && (c === wrapper || (!c.furniture && holdsSection(c, main.cls, count))));
  if (sections.length < 2) return listItems(wrapper, main.cls, h1, count) ?? withStraySiblings(main, count);
  // Sections that each have a heading are a list's items (announcements, a digest): their linked headings are text.
  if (sections.every((c) => hasHeading(c, count))) for (const c of sections) c.listItem = true;
  return sections;
}

/**
 * The items of a list page (an akimat's news list, a digest) when the chosen text block is one
 * item's: the block sits in an item with its dateline and linked headline, and the item's siblings
 * of the same tag and class hold a text block of the same class (or, when the block is an item itself,
 * a heading). Two levels up at most, so a page's columns are not taken for items. Not when the page's <h1> is in one of them: that item is the
 * article, and its siblings of the same class are teasers of other news.
 */
function listItems(wrapper: El, cls: string, h1: El | undefined, count: (n: number) => void): El[] | undefined {
  if (cls.length === 0) return undefined;
  // The block may be an item itself, its paragraphs its own children: then each of its kin has a heading.
  let item: El | undefined = wrapper;
  for (let depth = 0; depth < 3 && item?.parent !== undefined; depth++, item = item.parent) {
    if (item.cls.length === 0) continue;
    const kin = item.parent.children;
    count(kin.length);
    const own = depth === 0;
    const items = kin.filter(
      (c): c is El => typeof c !== 'string' && c.name === item!.name && c.cls === item!.cls && !c.furniture && (own ? c.chars * 2 >= c.all && hasHeading(c, count) : holdsSection(c, cls, count)),
    );
    if (items.length > 1) return asListItems(items, h1);
  }
  return undefined;
}

/**
 * The items of a list page when the chosen block is the list itself (a hospital's announcements: each
 * item a dateline, a linked heading and paragraphs): two or more children of one tag and class, of
 * text rather than links, each with a heading, that hold most of the block's text (asListItems).
 */
function itemsWithin(main: El, h1: El | undefined, count: (n: number) => void): El[] | undefined {
  count(main.children.length);
  const first = main.children.find((c): c is El => typeof c !== 'string' && c.cls.length > 0 && !c.furniture && c.chars > 0);
  if (first === undefined) return undefined;
  const items = main.children.filter((c): c is El => typeof c !== 'string' && c.name === first.name && c.cls === first.cls && !c.furniture && c.chars * 2 >= c.all && hasHeading(c, count));
  if (items.length < 2 || items.reduce((n, x) => n + x.chars, 0) * 2 < main.chars) return undefined;
  return asListItems(items, h1);
}

/** The items, marked as a list's; none when the page's <h1> is in one of them: that item is the article, the others teasers. */
function asListItems(items: El[], h1: El | undefined): El[] | undefined {
  if (h1 !== undefined && items.some((x) => h1.pre >= x.pre && h1.pre <= x.post)) return undefined;
  for (const x of items) x.listItem = true;
  return items;
}

function hasHeading(el: El, count: (n: number) => void): boolean {
  const pending: El[] = [el];
  while (pending.length > 0) {
    const x = pending.pop()!;
    count(1);
    if (HEADINGS.has(x.name)) return true;
    for (const c of x.children) if (typeof c !== 'string' && !c.furniture) pending.push(c);
  }
  return false;
}

/** The one child element with text (counting link text) of an element, if it has one only. */
function onlyChild(el: El, count: (n: number) => void): El | undefined {
  let only: El | undefined;
  count(el.children.length);
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (countedChars(c) > 0) return undefined;
    } else if (c.all > 0) {
      if (only !== undefined) return undefined;
      only = c;
    }
  }
  return only;
}

/** Whether an element holds (or is) a block of the given class whose text is mostly not links. */
function holdsSection(el: El, cls: string, count: (n: number) => void): boolean {
  const pending: El[] = [el];
  while (pending.length > 0) {
    const x = pending.pop()!;
    count(1);
    if (x.furniture) continue;
    if (x.cls === cls) return x.chars > 0 && x.chars * 2 >= x.all;
    for (const c of x.children) if (typeof c !== 'string') pending.push(c);
  }
  return false;
}

/**
 * The lines of an element's text: blocks and <br> on lines of their own, spaces collapsed, furniture
 * left out. A table row of cells holding inline text only (names and posts, results) is one line with
 * a tab between cells, as a browser's innerText gives it; a layout table's cells, which hold blocks,
 * stay blocks.
 */
function textOf(el: El, count: (n: number) => void): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let headings = 0;
  const flush = (): void => {
    const text = parts
      .join('')
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(CELL_GAPS_RE, '\t')
      .trim();
    count(text.length + 1);
    if (text.length > 0) lines.push({ text, linkOnly: linkChars === chars, heading: headings > 0 });
    parts = [];
    chars = 0;
    linkChars = 0;
  };
  const add = (s: string, link: boolean): void => {
    const n = countedChars(s);
    chars += n;
    if (link) linkChars += n;
    parts.push(s);
  };
  const pending: Array<El | string | LinkText | typeof BLOCK_END | typeof HEADING_END> = [el];
  while (pending.length > 0) {
    const node = pending.pop()!;
    count(1);
    if (node === BLOCK_END) flush();
    else if (node === HEADING_END) {
      flush();
      headings--;
    } else if (typeof node === 'string' || node instanceof LinkText) {
      const link = typeof node !== 'string';
      const s = link ? node.text : node;
      // Line breaks left in a string are a <br>'s or a <pre>'s.
      let from = 0;
      for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
        add(s.slice(from, nl), link);
        flush();
        from = nl + 1;
      }
      add(from === 0 ? s : s.slice(from), link);
    } else if (node === el || (!node.furniture && !node.datelineRead)) {
      if (node !== el && CELLS.has(node.name) && inlineCell(node, count)) {
        if (chars > 0) parts.push(CELL_GAP);
      } else if (HEADINGS.has(node.name)) {
        flush();
        headings++;
        pending.push(HEADING_END);
      } else if (BLOCK.has(node.name)) {
        flush();
        pending.push(BLOCK_END);
      }
      for (let i = node.children.length - 1; i >= 0; i--) {
        const c = node.children[i]!;
        pending.push(typeof c === 'string' && node.link ? new LinkText(c) : c);
      }
    }
  }
  flush();
  return lines;
}
const BLOCK_END = Symbol('block end');
const HEADING_END = Symbol('heading end');
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = new Set(['td', 'th']);
/** Marks a cell's start in a line being built (a file with a NUL byte is BINARY, never read as a page). */
const CELL_GAP = '\u0000';
const CELL_GAPS_RE = /(?: ?\u0000 ?)+/g;
/** Nodes looked at to tell a data cell from a layout cell: a data cell is small. */
const CELL_NODES = 24;

/** Whether a table cell holds inline text only (no block, no <br>), in a few nodes. */
function inlineCell(cell: El, count: (n: number) => void): boolean {
  const pending: Array<El | string> = [...cell.children];
  for (let seen = 0; pending.length > 0; seen++) {
    const x = pending.pop()!;
    count(1);
    if (seen > CELL_NODES) return false;
    if (typeof x === 'string') {
      if (x.includes('\n')) return false;
    } else if (BLOCK.has(x.name)) return false;
    else pushAll(pending, x.children);
  }
  return true;
}
/** Text inside a link, told apart on the way to its line. */
class LinkText {
  constructor(readonly text: string) {}
}

/** The text of an element on one line. */
const flatText = (el: El, count: (n: number) => void): string =>
  textOf(el, count)
    .map((l) => l.text)
    .join(' ');

/** datePublished, headline and articleBody of a JSON-LD block (an object, an array or an @graph of them). */
function fromLinkedData(raw: string, count: (n: number) => void): { date?: string; headline?: string; body?: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
  } catch {
    return {};
  }
  let date: string | undefined;
  let headline: string | undefined;
  let body: string | undefined;
  const pending: unknown[] = [data];
  while (pending.length > 0 && (date === undefined || headline === undefined || body === undefined)) {
    const x = pending.pop();
    count(1);
    if (Array.isArray(x)) pushAll(pending, x);
    else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (date === undefined && typeof o.datePublished === 'string') date = o.datePublished;
      if (headline === undefined && typeof o.headline === 'string') headline = o.headline;
      if (body === undefined && typeof o.articleBody === 'string') body = o.articleBody;
      for (const k of ['@graph', 'mainEntity']) if (o[k] !== undefined) pending.push(o[k]);
    }
  }
  return { ...(date !== undefined ? { date } : {}), ...(headline !== undefined ? { headline } : {}), ...(body !== undefined ? { body } : {}) };
}

function firstDay(values: ReadonlyArray<string | undefined>): string | undefined {
  for (const v of values) {
    const day = v !== undefined ? dayOf(v) : undefined;
    if (day !== undefined) return day;
  }
  return undefined;
}

/** Month names of datelines, by month number: Russian and Kazakh stems (any case ending), English names and abbreviations. */
const MONTH_STEMS: ReadonlyArray<readonly string[]> = [
  ['январ', 'қаңтар', 'jan'],
  ['феврал', 'ақпан', 'feb'],
  ['март', 'наурыз', 'mar'],
  ['апрел', 'сәуір', 'apr'],
  ['мая', 'май', 'мамыр', 'may'],
  ['июн', 'маусым', 'jun'],
  ['июл', 'шілде', 'jul'],
  ['август', 'тамыз', 'aug'],
  ['сентябр', 'қыркүйек', 'sep'],
  ['октябр', 'қазан', 'oct'],
  ['ноябр', 'қараша', 'nov'],
  ['декабр', 'желтоқсан', 'dec'],
];
const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  const i = MONTH_STEMS.findIndex((stems) => stems.some((stem) => w.startsWith(stem)));
  return i < 0 ? undefined : i + 1;
};
const NUMERIC_DATE_RE = /(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?!\d)/;
/** "2 декабря 2025", "03 қараша 2025", "24 September 2025"; "September 24, 2025"; "2025 жылғы 3 қараша". */
const DAY_MONTH_YEAR_RE = /(?<!\d)(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR_RE = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;
const KK_YEAR_DAY_MONTH_RE = /(?<!\d)(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}+)/u;

const isLowerLetter = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase();

/**
 * Whether a short text is a sentence, its last word's letters before a full stop: a date said in the
 * text (<p class="info">«Заявки принимаются до 15 декабря 2026 года.»), not a dateline ("12 мая 2025",
 * "5 ноября 2026 г.", "Просмотров: 1 245").
 */
function endsSentence(text: string): boolean {
  const s = text.trimEnd();
  return '.!?…'.includes(s[s.length - 1] ?? ' ') && isLowerLetter(s[s.length - 2]) && isLowerLetter(s[s.length - 3]);
}

/** The day a dateline's text names (digits, or a day, a month's name and a year), if it is a real day. */
function dayInText(text: string): string | undefined {
  const pad = (n: number | string): string => String(n).padStart(2, '0');
  const numeric = NUMERIC_DATE_RE.exec(text);
  if (numeric !== null) return numeric[1] !== undefined ? dayOf(`${numeric[1]}-${numeric[2]}-${numeric[3]}`) : dayOf(`${numeric[6]}-${pad(numeric[5]!)}-${pad(numeric[4]!)}`);
  const named = (y: string, m: string, d: string): string | undefined => {
    const month = monthOf(m);
    return month === undefined ? undefined : dayOf(`${y}-${pad(month)}-${pad(d)}`);
  };
  const dmy = DAY_MONTH_YEAR_RE.exec(text);
  if (dmy !== null) return named(dmy[3]!, dmy[2]!, dmy[1]!);
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  if (mdy !== null) return named(mdy[3]!, mdy[1]!, mdy[2]!);
  const kk = KK_YEAR_DAY_MONTH_RE.exec(text);
  return kk !== null ? named(kk[1]!, kk[3]!, kk[2]!) : undefined;
}

/** The calendar day a timestamp was written on (its own time zone), when it is a real day. */
function dayOf(value: string): string | undefined {
  const iso = ISO_DAY_RE.exec(value);
  const dotted = iso === null ? DOTTED_DAY_RE.exec(value) : null;
  const [y, m, d] = iso !== null ? [iso[1]!, iso[2]!, iso[3]!] : dotted !== null ? [dotted[3]!, dotted[2]!, dotted[1]!] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const day = `${y}-${m}-${d}`;
  const t = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === day && Number(y) >= 1900 && Number(y) <= 2100 ? day : undefined;
}
