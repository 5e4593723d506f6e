import { Chalk, type ChalkInstance } from 'chalk';

export type ColorWhen = 'auto' | 'never' | 'always';

/**
 * Colours for messages on stderr. `--color never|always` decides; with `auto`, NO_COLOR (any
 * non-empty value, https://no-color.org) turns colour off, FORCE_COLOR on (0 or false: off), and
 * otherwise a terminal on stderr that is not TERM=dumb gets colour. Decided here rather than by
 * chalk, which looks at stdout and would read `--color never` in argv as a request for colour.
 */
export function colorsFor(when: ColorWhen, env: NodeJS.ProcessEnv = process.env, stderrIsTTY = process.stderr.isTTY === true): ChalkInstance {
  return new Chalk({ level: wantsColor(when, env, stderrIsTTY) ? 1 : 0 });
}

export function wantsColor(when: ColorWhen, env: NodeJS.ProcessEnv, stderrIsTTY: boolean): boolean {
  if (when !== 'auto') return when === 'always';
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stderrIsTTY && env.TERM !== 'dumb';
}
