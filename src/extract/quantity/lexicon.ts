import { oneOf } from '../../lang/lexicon-check.js';

export type Qualifier = 'more_than' | 'about' | 'up_to' | 'less_than' | 'at_least';
export type NumeralKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'hundredMultiplier' | 'scale' | 'half' | 'oneAndHalf' | 'decimalPoint' | 'collective' | 'part';

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
  /** Word between a hundred or a scale and the smaller numeral after it ("one hundred and fifty"). */
  readonly scaleJoiner: string | undefined;
  /** Words that are numerals only before a hundred or a scale ("one hundred"; "one" alone is a pronoun), with their value. */
  readonly beforeScaleOnly: ReadonlyMap<string, number>;
  /** Letters glued to digits that scale them only after a currency sign ("$15m", "€1.5m"), with their value. */
  readonly signScales: ReadonlyMap<string, number>;
}

/** A pack's numerals.json: its numeral words by kind (shape checked in tests/lexicons.test.ts). */
export interface NumeralFile {
  readonly units: Readonly<Record<string, number>>;
  readonly teens: Readonly<Record<string, number>>;
  readonly tens: Readonly<Record<string, number>>;
  readonly hundredsAbsolute: Readonly<Record<string, number>>;
  readonly hundredMultiplier: readonly string[];
  readonly scales: Readonly<Record<string, number>>;
  readonly halves: readonly string[];
  readonly decimalPoint: readonly string[];
  readonly fractionDenominators: Readonly<Record<string, number>>;
  readonly collective?: Readonly<Record<string, number>>;
  /** "мыңдаған", "жүздеген", "десятки": thousands of, hundreds of, tens of. */
  readonly approximate?: Readonly<Record<string, number>>;
  /** "дважды", "трижды": twice, three times. */
  readonly multiplicative?: Readonly<Record<string, number>>;
  readonly oneAndHalf?: readonly string[];
  /** A part of a whole by its denominator: "треть" 3, "четверть" 4, "half" 2 (the value is 1/3, 1/4, 1/2). */
  readonly parts?: Readonly<Record<string, number>>;
  readonly gluedOrdinalEndings?: readonly string[];
  /** Written between a ten and a unit to make one word ("twenty-five"): each such pair is a numeral. */
  readonly tensUnitsJoiner?: string;
  /** "and" in "one hundred and fifty", "two thousand and five". */
  readonly scaleJoiner?: string;
  /** Units (listed in `units` and `notNumerals`) that are numerals before a hundred or a scale: "one" in "one hundred". */
  readonly beforeScaleOnly?: readonly string[];
  /** Letters glued to digits that scale an amount only after a currency sign ("$15m", "€1.5m"): alone they are a unit ("a 100m sprint"). */
  readonly signScales?: Readonly<Record<string, number>>;
  readonly notNumerals: readonly string[];
}

type QualifierWords = Readonly<Record<string, string>>;
/** A pack's qualifiers.json: qualifier words before a number (phrases), after it, and verbs after its span. */
export interface QualifierFile {
  readonly before: QualifierWords;
  readonly after: QualifierWords;
  readonly verbsAfter: QualifierWords;
}
export const QUALIFIERS: readonly Qualifier[] = ['more_than', 'about', 'up_to', 'less_than', 'at_least'];

/** The numeral lexicon of a pack, from its numerals.json and qualifiers.json. */
export function numeralLexicon(file: NumeralFile, qualifierTable: QualifierFile): NumeralLexicon {
  const qualifierOf = (word: string): Qualifier => oneOf(QUALIFIERS, word, 'qualifiers.json');
  const qualifierMap = (words: QualifierWords): ReadonlyMap<string, Qualifier> => new Map(Object.entries(words).map(([w, q]) => [w, qualifierOf(q)]));
  const map = new Map<string, Numeral>();
  const add = (table: Readonly<Record<string, number>>, kind: NumeralKind): void => {
    for (const [w, value] of Object.entries(table)) map.set(w, { kind, value });
  };
  add(file.units, 'unit');
  add(file.teens, 'teen');
  add(file.tens, 'ten');
  add(file.hundredsAbsolute, 'hundred');
  add(file.scales, 'scale');
  add(file.collective ?? {}, 'collective');
  add(file.approximate ?? {}, 'unit');
  add(file.multiplicative ?? {}, 'unit');
  for (const w of file.hundredMultiplier) map.set(w, { kind: 'hundredMultiplier', value: 100 });
  for (const w of file.halves) map.set(w, { kind: 'half', value: 0.5 });
  for (const w of file.decimalPoint) map.set(w, { kind: 'decimalPoint', value: 0 });
  for (const w of file.oneAndHalf ?? []) map.set(w, { kind: 'oneAndHalf', value: 1.5 });
  for (const [w, denominator] of Object.entries(file.parts ?? {})) map.set(w, { kind: 'part', value: Math.round(1e6 / denominator) / 1e6 });
  const joiner = file.tensUnitsJoiner;
  if (joiner !== undefined) {
    for (const [ten, tenValue] of Object.entries(file.tens)) {
      if (tenValue < 20) continue;
      for (const [unit, unitValue] of Object.entries(file.units)) if (unitValue > 0) map.set(`${ten}${joiner}${unit}`, { kind: 'ten', value: tenValue + unitValue });
    }
  }
  const before = Object.entries(qualifierTable.before)
    .map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier: qualifierOf(qualifier) }))
    .sort((a, b) => b.words.length - a.words.length);
  const unitValue = (w: string): number => {
    const v = file.units[w];
    if (v === undefined) throw new Error(`numerals.json: beforeScaleOnly «${w}» is not a unit`);
    return v;
  };
  const beforeByFirst = new Map<string, Array<{ words: string[]; qualifier: Qualifier }>>();
  for (const q of before) beforeByFirst.set(q.words[0]!, [...(beforeByFirst.get(q.words[0]!) ?? []), q]);
  return {
    words: map,
    notNumerals: new Set(file.notNumerals),
    gluedOrdinalEndings: new Set(file.gluedOrdinalEndings),
    fractionDenominators: new Map(Object.entries(file.fractionDenominators)),
    qualifiersBefore: beforeByFirst,
    qualifiersAfter: qualifierMap(qualifierTable.after),
    scaleJoiner: file.scaleJoiner,
    beforeScaleOnly: new Map((file.beforeScaleOnly ?? []).map((w) => [w, unitValue(w)])),
    signScales: new Map(Object.entries(file.signScales ?? {})),
    qualifyingVerbs: qualifierMap(qualifierTable.verbsAfter),
  };
}
