import type { CurrencyRules } from '../extract/money/table.js';
import type { PercentRules } from '../extract/percent/rules.js';
import type { CountedNounRules } from '../extract/number/rules.js';
import type { TitleRules } from '../extract/position/rules.js';
import type { NameRules } from '../extract/person/rules.js';
import type { DateRules } from '../extract/date/rules.js';
import type { ProjectRules } from '../extract/project/rules.js';
import type { NumeralRules } from '../extract/quantity/rules.js';
import type { LinkCues } from '../link/cues.js';

/**
 * A pack's language tag (BCP 47, e.g. "kk"). Any registered pack can extract, so this is wider than
 * `Lang` (detect.ts), the languages the detector tells apart and the CLI writes in records.
 */
export type PackLang = string;

/**
 * One language's rules, reached from the extraction context (`ctx.pack`), so shared extractor code
 * asks the pack instead of branching on the language. Each field is that dimension's rules, kept
 * in `src/lang/<lang>/<dimension>.ts`.
 */
export interface LanguagePack {
  readonly lang: PackLang;
  /** Whether the rules read Cyrillic text: Latin words then stand out as foreign names ("Smart City", "Sukhoi Superjet 100"). */
  readonly cyrillic: boolean;
  readonly numerals: NumeralRules;
  readonly money: CurrencyRules;
  readonly percent: PercentRules;
  readonly number: CountedNounRules;
  readonly position: TitleRules;
  readonly person: NameRules;
  readonly date: DateRules;
  readonly project: ProjectRules;
  /** Who holds which title: the words between titles and names (src/lang/<lang>/link.ts). */
  readonly link: LinkCues;
}

/** A pack as registered: its slot numbers the per-pack tables that shared code derives from it. */
export interface RegisteredPack extends LanguagePack {
  readonly slot: number;
}

/**
 * A table derived once per pack by shared code (e.g. a word cache over the pack's rules): an
 * array indexed by the pack's slot, filled on first use, so it grows with the registry and a
 * lookup is one indexed load rather than a keyed one.
 */
export function perPack<T>(derive: (pack: LanguagePack) => T): (pack: RegisteredPack) => T {
  const table: T[] = [];
  return (pack) => table[pack.slot] ?? (table[pack.slot] = derive(pack));
}

// Matches nothing: the pattern of an empty list.
const NEVER = /(?!)/;

/** One pattern matching what any of `patterns` matches (they must share their flags); never matching when there are none. */
export function unionPattern(patterns: readonly (RegExp | undefined)[]): RegExp {
  const given = patterns.filter((p): p is RegExp => p !== undefined);
  if (given.length === 0) return NEVER;
  const flags = given[0]!.flags;
  if (given.some((p) => p.flags !== flags)) throw new Error(`patterns to unite differ in flags: ${given.map((p) => p.flags).join(', ')}`);
  return new RegExp(given.map((p) => `(?:${p.source})`).join('|'), flags);
}

/** One set of the words of every list (lists a pack leaves out count as empty). */
export const unionSet = (lists: readonly (Iterable<string> | undefined)[]): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const list of lists) if (list !== undefined) for (const w of list) out.add(w);
  return out;
};
