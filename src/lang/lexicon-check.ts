/**
 * Lexicons are JSON, read without zod at run time (loading zod costs a worker ~0.1 s of CPU, more
 * than the rest of its start): their shapes are checked with zod in tests/lexicons.test.ts, and a
 * word that must be one of a few values is narrowed here, with an error instead of a cast.
 */
export function oneOf<T extends string>(allowed: readonly T[], value: string, where: string): T {
  const known = allowed.find((a) => a === value);
  if (known === undefined) throw new Error(`${where}: «${value}» is none of ${allowed.join(', ')}`);
  return known;
}
