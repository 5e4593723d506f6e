/**
 * Memoises a pure function of a word or a short phrase (a title, a name). News vocabulary is
 * Zipfian, so most lookups hit; the table is emptied when it fills, which keeps memory flat however
 * large the corpus.
 */
export function memoByWord<T>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T | typeof NONE>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(word);
    cache.set(word, value === undefined ? NONE : value);
    return value;
  };
}

const NONE: unique symbol = Symbol('none');
