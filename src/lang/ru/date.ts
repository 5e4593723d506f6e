import months from '../../extract/date/months.json' with { type: 'json' };
import type { DateRules, DurationUnit } from '../../extract/date/index.js';

const MONTH_RE = /^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем|ом|а|у|й)?$/;
const MONTHS = new Map(Object.entries(months.ru));
// "1 авг", "5 сент." in datelines; "мар" and "май" are left out ("мар" is no safe word, "май" is whole).
const MONTH_ABBREVIATIONS = new Map([['янв', 1], ['фев', 2], ['февр', 2], ['апр', 4], ['авг', 8], ['сен', 9], ['сент', 9], ['окт', 10], ['нояб', 11], ['дек', 12]]);
const DURATION_UNITS: ReadonlyArray<[RegExp, DurationUnit, string]> = [
  [/^(?:год|года|году|годом|годы|лет|годам|годами|годах)$/, 'Y', 'год'],
  [/^месяц(?:а|у|ем|е|ы|ев|ам|ами|ах)?$/, 'M', 'месяц'],
  [/^недел(?:я|и|е|ю|ей|ь|ям|ями|ях)$/, 'W', 'неделя'],
  [/^(?:день|дня|дню|днем|днём|дне|дни|дней|дням|днями|днях)$/, 'D', 'день'],
  [/^(?:сутки|суток)$/, 'D', 'сутки'],
  [/^(?:век|века|веку|веков)$/, 'C', 'век'],
  [/^(?:столетие|столетия)$/, 'C', 'столетие'],
  [/^час(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/, 'H', 'час'],
  [/^минут(?:а|ы|у|е|ой|ам|ами|ах)?$/, 'MIN', 'минута'],
];
const YEAR_RE = /^(?:год|года|году|годом|годе|годы|годов|годах|годам|гг|г)$/;

/** Russian: "20 мая 2017 года", "в 2025 году", "2025-2027 годы", "в августе 2016 года", "В 1976". */
export const ruDateRules: DateRules = {
  month(lower) {
    const abbreviated = MONTH_ABBREVIATIONS.get(lower);
    if (abbreviated !== undefined) return abbreviated;
    const m = MONTH_RE.exec(lower);
    if (m === null || (m[1] === 'ма' && !/^ма[йяею]$/.test(lower))) return undefined;
    return MONTHS.get(m[1]!);
  },
  isYearWord: (lower) => YEAR_RE.test(lower),
  yearPrepositions: new Set(['в', 'с', 'до', 'к', 'по', 'от', 'во']),
  monthNeedsContext: new Set([3, 5]), // "март" and "мая" are safe with a day; alone they need "в"
  durationUnit(lower) {
    for (const [re, unit, lemma] of DURATION_UNITS) if (re.test(lower)) return { unit, lemma };
    return undefined;
  },
  durationAfter: new Set(['спустя']),
  durationAgo: new Set(['назад']),
  durationBefore: new Set(['последние', 'последних', 'ближайшие', 'ближайших', 'первые', 'первых']),
  vagueCounts: new Set(['несколько', 'нескольких', 'много', 'многих']),
  monthWord: () => false,
  monthInTimeCase: () => false,
  isPartOfYear: (lower) => /^(?:квартал|полугоди)/.test(lower),
};
