/**
 * Page furniture left in the text by scrapers and pages: ad markers, comment notices, screen-reader
 * blurbs, share/view/comment counters, photo credits and bylines, "read also" lines, weather
 * widgets, currency and stock tickers, cookie banners. Such lines are blanked (replaced by spaces,
 * so offsets keep pointing into the original text) and produce no mentions.
 *
 * Word edges are written as Unicode lookarounds: JavaScript's \b knows only ASCII letters, so
 * /\bбөлісу\b/ never matches.
 */
import { deferred } from '../lang/deferred.js';

const W = '(?![\\p{L}\\p{N}])';
const words = (list: readonly string[]): string => `(?:${list.join('|')})`;

/** Buttons, counters and numbers: a line of nothing else ("Поделиться: 15", "Бөлісу: Facebook Telegram", "👁 3 452", "Пікірлер: 3"). */
const BUTTON_WORDS = [
  'поделиться',
  'поделись',
  'share',
  'shares',
  'tweet',
  'бөлісу',
  'бөлісіңіз',
  'нравится',
  'like',
  'likes',
  'подписывайтесь',
  'подпишитесь',
  'жазылыңыз',
  'subscribe',
  'facebook',
  'twitter',
  'telegram',
  'whatsapp',
  'instagram',
  'vk',
  'вконтакте',
  'ok',
  'x',
  'youtube',
  'tiktok',
  'linkedin',
  'reddit',
  'threads',
  'e-mail',
  'email',
  'print',
  'печать',
  'просм',
  'views?',
  'қаралды',
  'оқылды',
  'comments?',
  'reposts?',
];
/**
 * Button words with any ending ("Просмотров", "Пікірлер"). One \p{L}* after all of them, not one
 * each: it matches the same lines, and V8 spends ~2 ms compiling each Unicode letter class, on
 * the first line it tests — a tenth of a small file's start-up had gone to this rule's expressions.
 */
const BUTTON_STEMS = ['лайк', 'просмотр', 'қаралым', 'комментари', 'пікір', 'репост'];
/** Words that point elsewhere, alone on their line or before a colon or dash ("Читайте также: …", "Тағы оқыңыз"). */
const POINTER_WORDS = [
  'читайте также',
  'читайте нас',
  'смотрите также',
  'по теме',
  'похожие новости',
  'другие новости',
  'тағы оқыңыз',
  'тағы оқи отырыңыз',
  'оқи отырыңыз',
  'ұқсас жаңалықтар',
  'тақырыпқа қатысты',
  'басқа жаңалықтар',
  'related',
  'related news',
  'related stories',
  'read also',
  'read more',
  'see also',
  'more news',
  'также читайте',
  'похожее',
  'похожие материалы',
  'материалы по теме',
  'ещё по теме',
  'еще по теме',
  'ұқсас материалдар',
  'тақырып бойынша',
  'you may also like',
];
/** Non-letters, non-digits a button or counter line may hold: emoji and their joiners, symbols, punctuation, spaces. */
const ICONS = '[\\s\\p{Extended_Pictographic}\\p{S}\\p{P}\\p{M}\\u200d]';
const BUTTON = `(?:${words(BUTTON_WORDS)}|${words(BUTTON_STEMS)}\\p{L}*)${W}`;
/** Tokens of a ticker line ("USD 478,50 ▲ 0,12", "Brent $65,3", "KASE 5 400,12 +0,3%"). */
const TICKER_NAMES = [
  'usd',
  'eur',
  'rub',
  'cny',
  'gbp',
  'jpy',
  'chf',
  'try',
  'kzt',
  'uzs',
  'kgs',
  'brent',
  'wti',
  'kase',
  'aix',
  'нефть',
  'мұнай',
  'золото',
  'алтын',
  'gold',
  'oil',
  'курс',
  'курсы',
  'валют',
  'валюта',
  'бағамы',
  'бағамдары',
  'нацбанк',
  'exchange',
  'rates',
  'доллар',
  'евро',
  'рубль',
  'юань',
];
const TICKER_NAME_RE = new RegExp(`^${words(TICKER_NAMES)}(?:/${words(TICKER_NAMES)})?:?$`, 'i');
const CURRENCY_SIGN_RE = /[$€£¥₸₽]/u;
const TICKER_SIGN_RE = /^[$€£¥₸₽▲▼↑↓+−\-–:=|/•·]+$/u;
const TICKER_NUMBER_RE = /^[+−-]?[$€£¥₸₽]?\d[\d.,]*%?[$€£¥₸₽]?$/u;

interface LineRule {
  /** Only lines up to this long are tried (furniture is short; running text is not tested for nothing). */
  readonly maxChars: number;
  readonly test: (line: string) => boolean;
}
const byRe = (maxChars: number, re: RegExp): LineRule => ({ maxChars, test: (line) => re.test(line) });
// Rules without Unicode classes go without the u flag: V8 runs them several times faster, and i alone folds Cyrillic case.

// One credit of a sign-off and its names, capitalised words joined by spaces, commas, "and" or "in" (no i flag: the
// capitals tell names from a sentence's words).
const SIGN_OFF_CREDIT = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)\s+by\s+[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.-]*(?:(?:\s*,\s*|\s+(?:and|in)\s+|\s+)[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.-]*)*`;
const SIGN_OFF_RE = new RegExp(String.raw`^\s*\(?\s*${SIGN_OFF_CREDIT}(?:\s*;\s*${SIGN_OFF_CREDIT})*\s*\)?\s*\.?\s*$`);

// The minutes with a word that says they are reading time, before them or after: a count of minutes alone is a sentence's.
const MINUTES = String.raw`(?:~\s*)?\d{1,2}\s*(?:мин[а-яё]*|min[a-z]*)\.?`;
const READING_TIME_RE = new RegExp(
  String.raw`^[\s·•|/-]*(?:(?:время (?:про)?чтения|оқу уақыты|оқылу уақыты|reading time|read time)\s*[:—–-]?\s*${MINUTES}|${MINUTES}\s*(?:(?:на )?(?:про)?чтени[ея]|оқу|оқылады|оқуға|read|to read))[\s·•|/.-]*$`,
  'i',
);

const LINE_RULES: readonly LineRule[] = [
  byRe(60, /^[-–—\s]*(?:advertisement|реклама|жарнама)[-–—\s]*$/i),
  byRe(80, /^\s*(?:comments are closed|комментарии закрыты|пікір қалдыру жабық)\.?\s*$/i),
  // English words: ASCII \b is right here, and a plain expression is quicker on every long line.
  byRe(Infinity, /\b(?:page reader|screen reader|press enter to)\b/i),
  // Credits and bylines: "Фото: …", "Фото пресс-службы акимата", "Автор: …", "By Dana Sadykova".
  byRe(240, /^\s*(?:фото|сурет|видео|photo|photos|video|источник|дереккөз|автор|авторы|author|credit|текст|мәтін)\s*[:—–|/].*$/i),
  // "Суретті түсірген Нұрлан Бекмағамбетов" (photo taken by): the credit and a name, nothing else.
  // The plain look first: compiling the expression took ~10 ms (a {0,3} repeat of Unicode classes).
  { maxChars: 80, test: (line) => line.includes('уретті түсірген') && PHOTO_TAKEN_RE.get().test(line) },
  // Without a colon only before a lowercase word: "Фото Алтынбека КАРТАБАЯ" names a person some corpora mark.
  byRe(100, /^\s*(?:[Фф]ото|[Pp]hoto)\s+(?:\p{Ll}|©).*$/u),
  // The plain look first: V8 takes ~30-60 ms to compile the byline expression (its {0,3} repeats
  // two Unicode classes), which then happens only for a line that starts with "By".
  { maxChars: 80, test: (line) => BYLINE_START_RE.test(line) && BYLINE_RE.get().test(line) },
  { maxChars: 200, test: (line) => POINTER_RE.test(line) },
  // A wire story's sign-off: "Reporting by Mariya Gordeyeva in Almaty; Editing by Jan Harvey", "(Writing by …)". Only
  // names, places and "and" after each "by", so that a sentence is kept ("Written by Abai in 1890, the poem …").
  byRe(300, SIGN_OFF_RE),
  // When a story was updated, as a page's dateline says it: "· Updated 48 min ago", "Updated 2 hours ago".
  byRe(60, /^[\s·•|/-]*updated\s+\d+\s+(?:min|mins|minutes?|hours?|hrs?)\s+ago\s*$/i),
  // A story's reading time, alone or left beside its dateline: "· 2 мин оқу", "Время чтения: 4 минуты", "5 min read".
  byRe(60, READING_TIME_RE),
  // "Share this article: …", "Поделитесь новостью: …"
  byRe(120, /^\s*(?:share|поделиться|поделитесь|бөлісу|бөлісіңіз)(?:\s+[^\s:]+){0,3}\s*:.*$/i),
  { maxChars: 160, test: isCounterLine },
  // Weather widgets: "Погода: Астана +5°", "Алматы −3 °C, облачно".
  byRe(100, /^\s*(?:погода|ауа райы|weather)(?:\s*:.*|[^.!?°]{0,60}°.*)$/i),
  byRe(60, /^[^.!?°]{0,40}[+−-]?\d{1,2}\s?°\s?[CС]?[^.!?°]{0,20}$/u),
  // Cookie banners and their buttons.
  { maxChars: 400, test: (line) => COOKIE_HINT_RE.test(line) && COOKIE_RE.get().test(line) },
  byRe(30, /^\s*(?:принять|accept|ok|согласен|понятно|қабылдау|келісемін)\s*$/i),
  { maxChars: 160, test: isTickerLine },
];

const POINTER_RE = new RegExp(`^\\s*${words(POINTER_WORDS)}\\s*(?:[:—–-].*)?$`, 'i');

// These three are made on first use: a pattern is parsed, Unicode classes and all, when it is made,
// and most texts have no credit, byline or cookie banner.
const PHOTO_TAKEN_RE = deferred(() => /^\s*(?:[Фф]отос|[Сс])уретті түсірген\s+\p{Lu}\p{L}*(?:[\s-]+\p{Lu}\p{L}*){0,3}\s*\.?\s*$/u);
const BYLINE_START_RE = /^\s*[Bb]y\s/;
// A byline may go on with the date or the outlet after a comma, a bar, a slash or a middle dot ("By Dana Sadykova · May 5, 2025").
const BYLINE_RE = deferred(() => /^\s*[Bb]y\s+\p{Lu}\p{L}+(?:[\s-]+\p{Lu}\p{L}+){0,3}\s*(?:[,|/·•].*)?$/u);
/** A cheap look for the letters before the exact test: most lines have neither. */
const COOKIE_HINT_RE = /cookie|куки/i;
const COOKIE_RE = deferred(() => /(?<![\p{L}\p{N}])(?:cookies?|куки|cookie-файл\p{L}*)(?![\p{L}\p{N}])/iu);
// The alternatives are disjoint (digits, non-letters, words), so the match is linear. Without the
// i flag they compile faster, but lower-casing every short line to test them cost 6× more per line
// (mayBeCounterLine lowers only the few letters a button word could begin with).
// Made on first use: their Unicode classes cost ~4 M instructions to parse, and most documents have no such line.
const COUNTER_RE = deferred(() => new RegExp(`^(?:\\d|${ICONS}|${BUTTON})+$`, 'iu'));
const BUTTON_RE = deferred(() => new RegExp(`(?<![\\p{L}\\p{N}])${BUTTON}`, 'iu'));
const DIGIT_RE = /\d/;
const DATE_OR_TIME_RE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}/u;

/**
 * A line of buttons, counters and icons ("👁 3 452", "Поделиться: 15", "Facebook Telegram") or a
 * number alone. A dateline ("05/08/2008 10:35") and a number with punctuation only ("683 .", a
 * sentence of some corpora) are not counters.
 */
function isCounterLine(line: string): boolean {
  if (!mayBeCounterLine(line) || !COUNTER_RE.get().test(line) || DATE_OR_TIME_RE.test(line)) return false;
  return /^[\d\s]+$/u.test(line) || /[\p{Extended_Pictographic}\p{S}]/u.test(line) || BUTTON_RE.get().test(line);
}

/** What each button alternative begins with ("views?" → "view"), in lowercase. */
const BUTTON_STARTS = [...BUTTON_WORDS.map((w) => w.replace(/.\?$/, '')), ...BUTTON_STEMS];
const LONGEST_BUTTON_START = Math.max(...BUTTON_STARTS.map((w) => w.length));
const LETTER_RE = /\p{L}/u;
/** ASCII and the Cyrillic block: there, lower case is the case folding of the i flag (tests/clean.test.ts checks it). */
const PLAIN_RE = /^[\u0000-\u007f\u0400-\u04ff]*$/;

/**
 * False only where COUNTER_RE cannot match: a line whose first letter does not begin a button
 * word (no digit or icon of that expression is such a letter). COUNTER_RE's case-insensitive
 * Unicode classes took ~15 M instructions to compile, ~3% of a small file's run, and most short
 * lines are headlines and sentences. Where the letters are not all ASCII or Cyrillic the
 * expression itself decides.
 */
function mayBeCounterLine(line: string): boolean {
  const first = line.search(LETTER_RE);
  if (first < 0) return true;
  const start = line.slice(first, first + LONGEST_BUTTON_START);
  if (!PLAIN_RE.test(start)) return true;
  const lower = start.toLowerCase();
  return BUTTON_STARTS.some((w) => lower.startsWith(w));
}

/** A line made only of ticker names, currency signs, arrows and numbers, with at least one name or sign and one number. */
function isTickerLine(line: string): boolean {
  // No digit, no number: most lines end here, and the name and sign expressions are then never compiled (~6 ms).
  if (!DIGIT_RE.test(line)) return false;
  let named = false;
  let numbered = false;
  for (const token of line.trim().split(/\s+/)) {
    if (TICKER_NUMBER_RE.test(token)) {
      numbered = true;
      named ||= CURRENCY_SIGN_RE.test(token);
    } else if (TICKER_NAME_RE.test(token)) named = true;
    else if (TICKER_SIGN_RE.test(token)) named ||= CURRENCY_SIGN_RE.test(token);
    else return false;
  }
  return named && numbered;
}

export interface CleanResult {
  /** Same length as the input; furniture lines replaced by spaces. */
  readonly text: string;
  /** [start, end) character ranges that were blanked. */
  readonly furniture: ReadonlyArray<readonly [number, number]>;
}

export const isFurnitureLine = (line: string): boolean => line.trim().length > 0 && LINE_RULES.some((r) => line.length <= r.maxChars && r.test(line));

export function blankFurniture(text: string): CleanResult {
  const furniture: Array<[number, number]> = [];
  for (let pos = 0; pos <= text.length; ) {
    const newline = text.indexOf('\n', pos);
    const end = newline === -1 ? text.length : newline;
    if (isFurnitureLine(text.slice(pos, end))) furniture.push([pos, end]);
    pos = end + 1;
  }
  // Most articles have no furniture: their text is returned as it is, not rebuilt.
  if (furniture.length === 0) return { text, furniture };
  // Joined, not concatenated: join makes a flat string, which the rules read faster than a chain of pieces.
  const parts: string[] = [];
  let kept = 0;
  for (const [start, end] of furniture) {
    parts.push(text.slice(kept, start), ' '.repeat(end - start));
    kept = end;
  }
  parts.push(text.slice(kept));
  return { text: parts.join(''), furniture };
}
