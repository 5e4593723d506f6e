import type { Lang } from './detect.js';

/**
 * Picks a language's entry of a per-language table. Rules ask for their language at every token,
 * and `table[lang]` with a key that varies is a megamorphic keyed load in V8; comparing the
 * (internalized) language string against fields split out once costs a pointer compare or two.
 */
export function byLang<T>(table: Readonly<Record<Lang, T>>): (lang: Lang) => T {
  const { kk, ru, en } = table;
  return (lang) => (lang === 'kk' ? kk : lang === 'ru' ? ru : en);
}
