import { foldKazakh, foldYo } from './fold.js';
import { simplifyLatin, transliterate } from './translit.js';
import { memoByWord } from '../segment/word-memo.js';

/**
 * Canonical identity of a person from the nominative name, the same in kk, ru and en:
 * Kazakh letters folded, ё→е, transliterated and simplified, words sorted so that
 * "Иванов Иван" and "Иван Иванов" agree. Initials stay as "d." until linking resolves them.
 */
export const personKey: (norm: string) => string = memoByWord(computePersonKey);

// A regnal number keeps its letters: simplifying would make «III» and «II» one («Карл III», «Карл II»).
const REGNAL_RE = /^[IVX]+$/;

function computePersonKey(norm: string): string {
  const words = norm
    .split(/[\s]+/)
    .filter((w) => w.length > 0)
    .map((word) => {
      if (REGNAL_RE.test(word)) return word.toLowerCase();
      const w = foldYo(word.toLowerCase());
      return /^\p{L}\.$/u.test(w) ? `${simplifyLatin(transliterate(foldKazakh(w[0]!)))[0] ?? w[0]}.` : simplifyLatin(transliterate(foldKazakh(w)));
    });
  return words.sort().join(' ');
}
