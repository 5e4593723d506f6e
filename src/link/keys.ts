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

// The keys of «ұлы»/«улы»/"uly" and «қызы»/«кызы»/"kyzy": a patronymic written apart is the one written together
// («Асқар Ұзақбай ұлы» = «Асқар Ұзақбайұлы»).
const PATRONYMIC_NOUNS: ReadonlySet<string> = new Set(['oli', 'kizi']);

function computePersonKey(norm: string): string {
  const words = norm
    .split(/[\s]+/)
    .filter((w) => w.length > 0)
    .map((word) => {
      if (REGNAL_RE.test(word)) return word.toLowerCase();
      const w = foldYo(word.toLowerCase());
      return /^\p{L}\.$/u.test(w) ? `${simplifyLatin(transliterate(foldKazakh(w[0]!)))[0] ?? w[0]}.` : simplifyLatin(transliterate(foldKazakh(w)));
    });
  for (let n = words.length - 1; n > 0; n--) {
    if (PATRONYMIC_NOUNS.has(words[n]!) && !words[n - 1]!.endsWith('.')) words.splice(n - 1, 2, simplifyLatin(words[n - 1]! + words[n]!));
  }
  return words.sort().join(' ');
}
