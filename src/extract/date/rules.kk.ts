import { kkStems } from '../../segment/morph-kk.js';
import months from './months.json' with { type: 'json' };
import type { DateRules } from './index.js';

const MONTHS = new Map(Object.entries(months.kk));
const YEAR_STEMS = new Set(['жыл', 'ж']);

/** Kazakh: "2025 жылы", "2026-2030 жылдарға", "4 қарашада", "2025 жылғы 4 қараша", "мамыр айында". */
export const kkDateRules: DateRules = {
  month(lower) {
    for (const { stem } of kkStems(lower, 3)) {
      const m = MONTHS.get(stem);
      if (m !== undefined) return m;
    }
    return undefined;
  },
  isYearWord: (lower) => kkStems(lower, 1).some(({ stem }) => YEAR_STEMS.has(stem)) && !lower.startsWith('жылдық'),
  yearPrepositions: new Set(),
  monthNeedsContext: new Set([10]), // "қазан" is also a cauldron and a city
  monthWord: (lower) => /^ай(?:ы|ында|ынан|ына|да|ға)?$/.test(lower),
};
