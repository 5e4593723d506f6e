import kk from '../../lang/kk/numerals.json' with { type: 'json' };
import ru from '../../lang/ru/numerals.json' with { type: 'json' };
import en from '../../lang/en/numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };
import { byLang } from '../../lang/by-lang.js';
import type { Lang } from '../../lang/detect.js';

export type Qualifier = 'more_than' | 'about' | 'up_to' | 'less_than' | 'at_least';
export type NumeralKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundredMultiplier' | 'scale' | 'half' | 'oneAndHalf' | 'decimalPoint' | 'collective';

export interface Numeral {
  readonly kind: NumeralKind;
  readonly value: number;
}

export interface NumeralLexicon {
  readonly words: ReadonlyMap<string, Numeral>;
  /** Words that look like an inflected numeral but are something else ("оны" = it, "үшін" = for). */
  readonly notNumerals: ReadonlySet<string>;
  /** Letters glued to digits that make an ordinal or a decade of them ("5th", "1970s"). */
  readonly gluedOrdinalEndings: ReadonlySet<string>;
  readonly fractionDenominators: ReadonlyMap<string, number>;
  /** Multi-word qualifiers before a number by their first word, longest first, as lowercase word lists. */
  readonly qualifiersBefore: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; qualifier: Qualifier }>>;
  readonly qualifiersAfter: ReadonlyMap<string, Qualifier>;
  /** Verbs after a quantity that qualify it without belonging to its span ("98 пайыздан асты"). */
  readonly qualifyingVerbs: ReadonlyMap<string, Qualifier>;
}

interface NumeralFile {
  units: Record<string, number>;
  teens: Record<string, number>;
  tens: Record<string, number>;
  hundredsAbsolute: Record<string, number>;
  hundredMultiplier: string[];
  scales: Record<string, number>;
  halves: string[];
  decimalPoint: string[];
  fractionDenominators: Record<string, number>;
  collective?: Record<string, number>;
  /** "мыңдаған", "жүздеген", "десятки": thousands of, hundreds of, tens of. */
  approximate?: Record<string, number>;
  /** "дважды", "трижды": twice, three times. */
  multiplicative?: Record<string, number>;
  oneAndHalf?: string[];
  gluedOrdinalEndings?: string[];
  /** Written between a ten and a unit to make one word ("twenty-five"): each such pair is a numeral. */
  tensUnitsJoiner?: string;
  notNumerals: string[];
}

function build(file: NumeralFile, lang: Lang): NumeralLexicon {
  const words = new Map<string, Numeral>();
  const add = (table: Record<string, number>, kind: NumeralKind): void => {
    for (const [w, value] of Object.entries(table)) words.set(w, { kind, value });
  };
  add(file.units, 'unit');
  add(file.teens, 'teen');
  add(file.tens, 'ten');
  add(file.hundredsAbsolute, 'hundred');
  add(file.scales, 'scale');
  add(file.collective ?? {}, 'collective');
  add(file.approximate ?? {}, 'unit');
  add(file.multiplicative ?? {}, 'unit');
  for (const w of file.hundredMultiplier) words.set(w, { kind: 'hundredMultiplier', value: 100 });
  for (const w of file.halves) words.set(w, { kind: 'half', value: 0.5 });
  for (const w of file.decimalPoint) words.set(w, { kind: 'decimalPoint', value: 0 });
  for (const w of file.oneAndHalf ?? []) words.set(w, { kind: 'oneAndHalf', value: 1.5 });
  const joiner = file.tensUnitsJoiner;
  if (joiner !== undefined) {
    for (const [ten, tenValue] of Object.entries(file.tens)) {
      if (tenValue < 20) continue;
      for (const [unit, unitValue] of Object.entries(file.units)) if (unitValue > 0) words.set(`${ten}${joiner}${unit}`, { kind: 'ten', value: tenValue + unitValue });
    }
  }
  const before = Object.entries(qualifiers.before[lang] as Record<string, Qualifier>)
    .map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier }))
    .sort((a, b) => b.words.length - a.words.length);
  const beforeByFirst = new Map<string, Array<{ words: string[]; qualifier: Qualifier }>>();
  for (const q of before) beforeByFirst.set(q.words[0]!, [...(beforeByFirst.get(q.words[0]!) ?? []), q]);
  return {
    words,
    notNumerals: new Set(file.notNumerals),
    gluedOrdinalEndings: new Set(file.gluedOrdinalEndings),
    fractionDenominators: new Map(Object.entries(file.fractionDenominators)),
    qualifiersBefore: beforeByFirst,
    qualifiersAfter: new Map(Object.entries(qualifiers.after[lang] as Record<string, Qualifier>)),
    qualifyingVerbs: new Map(Object.entries(qualifiers.verbsAfter[lang] as Record<string, Qualifier>)),
  };
}

export const numeralLexicon = byLang<NumeralLexicon>({ kk: build(kk, 'kk'), ru: build(ru, 'ru'), en: build(en, 'en') });
