/** Letter folding shared by name normalisation and person keys. */

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  Ә: 'А',
  Ғ: 'Г',
  Қ: 'К',
  Ң: 'Н',
  Ө: 'О',
  Ұ: 'У',
  Ү: 'У',
  Һ: 'Х',
  І: 'И',
};
const KAZAKH_LETTER_RE = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** Kazakh-specific letters to their Russian counterparts: "Берік Уәли" → "Берик Уали". */
export const foldKazakh = (s: string): string => s.replace(KAZAKH_LETTER_RE, (ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch);

/** "ё" as "е", as most Russian text writes it: "Королёв" → "Королев". */
export const foldYo = (s: string): string => s.replace(/ё/g, 'е');

/** "БЕКЕНКЫЗЫ" → "Бекенкызы", "Қасым-Жомарт" unchanged; a regnal number stays as it is ("Елизавета II"). */
export const titleCase = (word: string): string =>
  word
    .split('-')
    .map((p) => (p.length === 0 || ROMAN_NUMERAL.test(p) ? p : p[0]!.toUpperCase() + p.slice(1).toLowerCase()))
    .join('-');
const ROMAN_NUMERAL = /^[IVXLC]+$/;
