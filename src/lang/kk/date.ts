import { kkStems } from '../../segment/morph-kk.js';
import { memoByWord } from '../../segment/word-memo.js';
import months from '../../extract/date/months.json' with { type: 'json' };
import type { DateRules, DurationUnit } from '../../extract/date/index.js';

const MONTHS = new Map(Object.entries(months.kk));
const MONTH_PREFIXES = new Set([...MONTHS.keys()].map((m) => m.slice(0, 3)));
const DURATION_UNITS = new Map<string, DurationUnit>([['жыл', 'Y'], ['ай', 'M'], ['апта', 'W'], ['күн', 'D'], ['тәулік', 'D'], ['ғасыр', 'C'], ['сағат', 'H'], ['минут', 'MIN']]);
const DURATION_ADJECTIVE_RE = /^(.+?)(?:лық|лік|дық|дік|тық|тік)$/;
// "жылы", "жылғы", "жылдың", "жылдарға", "ж."
const YEAR_RE = /^(?:ж|жыл(?:дар|лар)?(?:ы|ғы|дың|ның|да|ға|дан|ды|мен|ына|ында|ынан|ы|)?)$/;

// A month in the locative or the ablative is a time by itself: "қаңтарда", "қыркүйектен".
const MONTH_IN_TIME_CASE_RE = new RegExp(`^(?:${[...MONTHS.keys()].join('|')})(?:да|де|та|те|дан|ден|тан|тен|нан|нен)$`);

/** Kazakh: "2025 жылы", "2026-2030 жылдарға", "4 қарашада", "2025 жылғы 4 қараша", "мамыр айында". */
export const kkDateRules: DateRules = {
  month(lower) {
    if (!MONTH_PREFIXES.has(lower.slice(0, 3))) return undefined;
    for (const { stem } of kkStems(lower, 3)) {
      const m = MONTHS.get(stem);
      if (m !== undefined) return m;
    }
    return undefined;
  },
  isYearWord: (lower) => YEAR_RE.test(lower),
  yearPrepositions: new Set(),
  monthNeedsContext: new Set([6, 10]), // "маусым" is also a season, "қазан" a cauldron and a city
  durationUnit: memoByWord((lower) => {
    // "үш жылдық", "бес күндік": the adjective of a duration is the duration.
    // "айлық" is also a salary, so months stay nouns.
    const adjective = DURATION_ADJECTIVE_RE.exec(lower)?.[1];
    const noun = adjective !== undefined && adjective !== 'ай' ? adjective : lower;
    for (const { stem } of kkStems(noun, 2)) {
      const unit = DURATION_UNITS.get(stem);
      if (unit !== undefined) return { unit, lemma: stem };
    }
    return undefined;
  }),
  durationAfter: new Set(['бері', 'ішінде', 'бойы', 'бойына', 'кейін', 'соң']),
  durationAgo: new Set(['бұрын']),
  durationBefore: new Set(['соңғы', 'алғашқы']),
  vagueCounts: new Set(['бірнеше', 'біраз', 'көп', 'ұзақ']),
  monthWord: (lower) => /^ай(?:ы|ында|ынан|ына|да|ға)?$/.test(lower),
  monthInTimeCase: (lower) => MONTH_IN_TIME_CASE_RE.test(lower),
  isPartOfYear: (lower) => /^(?:тоқсан|жартыжылдық)/.test(lower),
};
