import { numeralLexicon } from '../../extract/quantity/lexicon.js';
import type { NumeralRules } from '../../extract/quantity/rules.js';
import numerals from './numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };

/** "5-й", "97-м", "1990-х", "25-летие", "10-кратный": a Russian ordinal or adjective glued to digits. */
export const RU_ORDINAL_AFTER_HYPHEN_RE = /^(?:й|го|му|м|я|е|ой|ый|ий|х|ю|ая|ое|ые|ых|летие|лети|летия|летний|летнего|летняя|ти|ми|ка|ки|кратн)/;
/** Scales and currencies abbreviated with a dot ("млн.", "тыс.", "руб."), in Russian and Kazakh text alike. */
export const CYRILLIC_ABBREVIATIONS: ReadonlySet<string> = new Set(['тыс', 'млн', 'млрд', 'трлн', 'тг', 'руб', 'долл']);

const LEXICON = numeralLexicon(numerals, qualifiers);
/** Starts of ordinals before "половины", "четверти" that make it a period ("первой половины века", "во второй четверти"). */
const ORDINAL_BEFORE_PART = ['перв', 'втор', 'трет', 'четверт', 'четвёрт', 'последн'];

/** Russian numerals: "двух с половиной миллионов", "от 3 до 5 тысяч", "с 1,8 до 3,4", "две трети". */
export const ruNumeralRules: NumeralRules = {
  lexicon: LEXICON,
  // Russian numerals are listed in every form; "пол-" makes half of a scale in one word ("полмиллиона", "полусотни").
  inflected(lower) {
    const stem = lower.startsWith('полу') ? lower.slice(4) : lower.startsWith('пол') ? lower.slice(3) : undefined;
    const scale = stem === undefined ? undefined : LEXICON.words.get(stem);
    return scale !== undefined && (scale.kind === 'scale' || (stem !== undefined && stem in numerals.approximate))
      ? { numeral: { kind: 'part', value: scale.value / 2 }, ending: '', ordinal: false }
      : undefined;
  },
  groupMark: '.',
  decimalComma: true,
  suffixAfterHyphen: (lower) => (RU_ORDINAL_AFTER_HYPHEN_RE.test(lower) ? 'ordinal' : undefined),
  abbreviations: CYRILLIC_ABBREVIATIONS,
  range: { from: 'от', to: 'до' },
  andAHalf: ['с', 'половиной'],
  startsChange(t, q) {
    const before = t[q.first - 1]?.lower;
    return (before === 'с' || before === 'со') && t[q.next]?.lower === 'до';
  },
  changeFrom: 'с',
  // "выросло до 13", "сокращение до 11": NEREL train leaves "до" out after such a word 6 times of 8
  changeStems: ['увелич', 'вырос', 'выраст', 'возрос', 'сократ', 'сокращ', 'сниз', 'сниж', 'уменьш', 'повыс', 'повыш', 'пониз', 'понижен', 'подорож', 'подешев', 'упал', 'упад'],
  partAlone: (before) => before === undefined || !ORDINAL_BEFORE_PART.some((s) => before.startsWith(s)),
  denominatorAfter: (lower) => LEXICON.fractionDenominators.get(lower),
};
