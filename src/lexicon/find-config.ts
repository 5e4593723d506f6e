import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Kept apart from load.ts, which loads zod: a run without lexicons only looks for the file. */
export const CONFIG_NAME = 'kzx.config.json';

/** The nearest kzx.config.json from `dir` upward, if any. */
export function findConfig(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const candidate = join(at, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(at) === at) return undefined;
  }
}
