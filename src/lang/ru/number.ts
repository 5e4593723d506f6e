import measureFile from './measures.json' with { type: 'json' };
import type { CountedNounRules } from '../../extract/number/rules.js';
import { type MeasureFile, measureOf, partFactor } from '../../extract/number/measure.js';

const STOP = new Set([
  'и',
  'а',
  'но',
  'или',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'до',
  'от',
  'из',
  'за',
  'к',
  'о',
  'об',
  'у',
  'при',
  'для',
  'без',
  'под',
  'над',
  'через',
  'между',
  'что',
  'как',
  'это',
  'из',
  'не',
  'ни',
  'же',
  'ли',
  'бы',
  'уже',
  'еще',
  'ещё',
  'также',
  'тоже',
  'раз',
  'раза',
  'его',
  'ее',
  'её',
  'их',
  'наиболее',
  'более',
  'менее',
  'самых',
  'самые',
  'всех',
  'всего',
  'лишь',
  'только',
  'около',
  'почти',
]);
const VERB_RE = /(?:ть|ться|ет|ют|ут|ит|ат|ят|ет|ал|ала|ало|али|ил|ила|ило|или|ся|сь|ешь|ем|им)$/;
// Count nouns whose endings look verbal ("лет" like "-ет").
const COUNT_NOUNS = new Set(['лет', 'человек', 'мест', 'раз', 'дет', 'минут', 'секунд', 'единиц', 'штук', 'тонн', 'голов', 'гектар']);
// "-ий" is left out: after a number it is a genitive plural noun ("семь направлений").
const ADJECTIVE_RE = /(?:ых|их|ый|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ыми|ими|ую|юю)$/;

/** Units of measurement, time and age: after a number they make a measure, not a count ("12 тонна", "35 градус"). */
const MEASURES: MeasureFile = measureFile;
// A unit is the start of its word ("метрах", "тонны"), but an abbreviation of one or two letters is the whole word:
// "га" and "см" would otherwise make "5 газет" and "12 смартфонов" measures.
const UNIT_MATCHES = (word: string, unit: string): boolean => (unit.length <= 2 ? word === unit : word.startsWith(unit));

/** "семь направлений", "16 тысяч учителей", "14 тысяч рабочих мест", "53 вопроса". */
export const ruCountedNoun: CountedNounRules = {
  isNoun: (lower) => COUNT_NOUNS.has(lower) || (!STOP.has(lower) && !VERB_RE.test(lower)),
  takesNextWord: (lower) => ADJECTIVE_RE.test(lower),
  continuesCompound: () => false,
  lemma: (words) => words.join(' '),
  // anniversaries, percents, and legal references ("2 статьи", "6 части") that are not counts
  notCounted: (lower) => /^(?:лет(?:ие|ия|ию|ием)|процент|стат(?:ья|ьи|ье|ью)|част(?:ь|и)$|пункт(?:а|е)?$|ст$)/.test(lower),
  // "одним из" means "one of", not a count
  // "один из", and "семью" alone, which is "family" unless a noun in the instrumental follows ("семью детьми")
  // "по одним данным" is "by some accounts", no count
  // "ни один", "ни одного": a negative quantifier ("not a single"), which counts nothing
  notANumber: (lower, nextLower, prevLower) =>
    (/^(?:один|одн)/.test(lower) && (nextLower === 'из' || prevLower === 'ни' || (prevLower === 'по' && nextLower === 'данным'))) || (lower === 'семью' && !/(?:ами|ями|ьми)$/.test(nextLower ?? '')),
  // "статьи 104", "статьями 205", "части 2", "пункту 6", "главе 8", "разделе 4": numbers of legal provisions
  listJoiners: new Set(['и', 'или']),
  notAfter: (lower) =>
    /^(?:стат(?:ья|ьи|ье|ью|ей|ьей|ьёй|ьям|ьями|ьях)|част(?:ь|и|ью|ям|ями|ях)|(?:под)?пункт(?:а|у|ом|е|ы|ам|ами|ах|ов)?|глав(?:а|ы|е|у|ой)|раздел(?:а|у|ом|е)?|абзац(?:а|у|ем|е)?|ст|ч|п|№)$/.test(
      lower,
    ),
  // "в три раза": NEREL leaves "раза" out of the number, and it counts nothing either way
  multiplier: () => false,
  measure: (lower) => measureOf(MEASURES, lower, UNIT_MATCHES),
  measurePart: (unit, part) => partFactor(MEASURES, unit, part, UNIT_MATCHES),
  unitAbbreviation: (lower) => MEASURES.unitAbbreviations?.includes(lower) === true,
  // "Боинг 737", "Ил 76", "КамАЗ 5320"
  scoreWords: new Set(['счёт', 'счет', 'счёта', 'счета', 'счёте', 'счете', 'счётом', 'счетом']),
  modelMakers: ['боинг', 'аэробус', 'суперджет', 'ил', 'ту', 'ан', 'як', 'миг', 'су', 'ми', 'камаз', 'лада', 'ваз', 'газ', 'уаз'],
};
