export type ColorWhen = 'auto' | 'never' | 'always';

/** The two colours kzx's messages use. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
}

// The 16-colour codes (what chalk wrote at its level 1): loading chalk, an ES module required from
// the CommonJS bundle, cost ~30 ms of a one-file run's start-up for two colours.
const paint = (open: number) => (text: string) => `\u001B[${open}m${text}\u001B[39m`;
const COLORS: Colors = { red: paint(31), yellow: paint(33) };
const PLAIN: Colors = { red: String, yellow: String };

/**
 * Colours for messages on stderr. `--color never|always` decides; with `auto`, NO_COLOR (any
 * non-empty value, https://no-color.org) turns colour off, FORCE_COLOR on (0 or false: off), and
 * otherwise a terminal on stderr that is not TERM=dumb gets colour.
 */
export function colorsFor(when: ColorWhen, env: NodeJS.ProcessEnv = process.env, stderrIsTTY = process.stderr.isTTY === true): Colors {
  return wantsColor(when, env, stderrIsTTY) ? COLORS : PLAIN;
}

export function wantsColor(when: ColorWhen, env: NodeJS.ProcessEnv, stderrIsTTY: boolean): boolean {
  if (when !== 'auto') return when === 'always';
  if ((env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stderrIsTTY && env.TERM !== 'dumb';
}
