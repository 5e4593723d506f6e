import months from './months.json' with { type: 'json' };
import type { DateRules, DurationUnit } from './index.js';

const MONTH_RE = /^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем|ом|а|у|й)?$/;
const MONTHS = new Map(Object.entries(months.ru));
const DURATION_UNITS: ReadonlyArray<[RegExp, DurationUnit]> = [
  [/^(?:год|года|году|годом|годы|лет|годам|годами|годах)$/, 'Y'],
  [/^месяц(?:а|у|ем|е|ы|ев|ам|ами|ах)?$/, 'M'],
  [/^недел(?:я|и|е|ю|ей|ь|ям|ями|ях)$/, 'W'],
  [/^(?:день|дня|дню|днем|днём|дне|дни|дней|дням|днями|днях|сутки|суток)$/, 'D'],
  [/^(?:век|века|веку|веков|столетие|столетия)$/, 'C'],
  [/^час(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/, 'H'],
  [/^минут(?:а|ы|у|е|ой|ам|ами|ах)?$/, 'MIN'],
];
const YEAR_RE = /^(?:год|года|году|годом|годе|годы|годов|годах|годам|гг|г)$/;

/** Russian: "20 мая 2017 года", "в 2025 году", "2025-2027 годы", "в августе 2016 года", "В 1976". */
export const ruDateRules: DateRules = {
  month(lower) {
    const m = MONTH_RE.exec(lower);
    if (m === null || (m[1] === 'ма' && !/^ма[йяею]$/.test(lower))) return undefined;
    return MONTHS.get(m[1]!);
  },
  isYearWord: (lower) => YEAR_RE.test(lower),
  yearPrepositions: new Set(['в', 'с', 'до', 'к', 'по', 'от', 'во']),
  monthNeedsContext: new Set([3, 5]), // "март" and "мая" are safe with a day; alone they need "в"
  durationUnit(lower) {
    for (const [re, unit] of DURATION_UNITS) if (re.test(lower)) return unit;
    return undefined;
  },
  durationAfter: new Set(['назад', 'спустя']),
  durationBefore: new Set(['последние', 'последних', 'ближайшие', 'ближайших', 'первые', 'первых']),
  vagueCounts: new Set(['несколько', 'нескольких', 'много', 'многих']),
  monthWord: () => false,
};
