import { isKazakhEnding, kkStems, stemGate } from './morph.js';
import { numeralLexicon } from '../../extract/quantity/lexicon.js';
import type { NumeralRules } from '../../extract/quantity/rules.js';
import type { NumeralReading } from '../../extract/quantity/quantity.js';
import { CYRILLIC_ABBREVIATIONS, RU_ORDINAL_AFTER_HYPHEN_RE } from '../ru/numerals.js';
import { KK_YEAR_RE } from './date.js';
import numerals from './numerals.json' with { type: 'json' };
import qualifiers from './qualifiers.json' with { type: 'json' };

const LEXICON = numeralLexicon(numerals, qualifiers);
/** Words that may begin with a numeral: the others are not stemmed. */
const NUMERAL_START = stemGate(LEXICON.words.keys());
// First/second-person possessives occur on collectives only ("екеуіміз" the two of us, "екеуің" you two);
// on another numeral they make another word ("жетім" is an orphan, not "my seven").
const PERSONAL_POSSESSIVE_RE = /^(?:ы|і)?(?:м|ң|мыз|міз|ңыз|ңіз)/;
// The personal possessives of a collective: "we", "you" (not the instrumental "-мен": "біреумен" is "with someone").
const COLLECTIVE_POSSESSIVE_RE = /^[ыі]?(?:мыз|міз|ңыз|ңіз|ң)/;
const ORDINAL_SUFFIXES = ['ыншы', 'інші', 'сыншы', 'сінші', 'ншы', 'нші'];
// After a hyphen: "1-ші", "2020-сыншы", "5-інші"
const ORDINAL_AFTER_HYPHEN_RE = /^(?:с|ы|і)?(?:ын|ін|н)?(?:шы|ші)(?:[а-яәғқңөұүһі]*)$/;
// "100-деген" (hundreds of), "100-дей": an approximate written with digits.
const APPROXIMATE_AFTER_HYPHEN_RE = /^(?:[дт]аған|[дт]еген|[дт][ае]й[ыі])$/;
// "2-еуі" (two of them), "2-еуіміз" (the two of us), "7-еуінің": a collective written with digits, with any ending.
const COLLECTIVE_AFTER_HYPHEN_RE = /^[еа]у/;
// A fraction's denominator in the ablative: "оннан", "жүзден".
const DENOMINATOR_RE = /(?:нан|нен|дан|ден|тан|тен)$/;
// The ablative ending of a starting point: "12-ден", "мыңнан".
const ABLATIVE_RE = /^-?(?:дан|ден|тан|тен|нан|нен)$/;
// A fraction's numerator is possessed by its denominator ("үштен екісі", "оннан біріне", "4-тен 1-і") or names a part ("үштен бір бөлігі").
const NUMERATOR_ENDING_RE = /^с?[ыі](?:н(?:а|е|да|де|ан|ен|ың|ің)?)?$/;
const PART_NOUN_RE = /^бөлі[гк]/;
const LOCATIVE_RE = /н[дт][ае]/;
// The similative with a possessive makes a numeral approximate: "мыңдайы", "жүздейі", "170-тейі".
const APPROXIMATE_RE = /^(?:дай|дей|тай|тей)[ыі]$/;
const APPROXIMATE_END_RE = /(?:дай|дей|тай|тей)[ыі]$/;
// The particle "-ақ" (only, just) after a numeral: "үш-ақ күн", "бір-ақ рет".
const ONLY_PARTICLE_RE = /-ақ$/;
// The kinds of numeral an approximate pair joins: "бір-екі", "он бес-жиырма" is no pair.
const PAIR_KINDS: ReadonlySet<string> = new Set(['unit', 'teen', 'ten']);

/** "екі-үш", "бес-алты күннің": two numerals joined by a hyphen, the second larger, are an approximate range. */
function hyphenPair(lower: string, hyphen: number): NumeralReading | undefined {
  const first = LEXICON.words.get(lower.slice(0, hyphen));
  if (first === undefined || !PAIR_KINDS.has(first.kind)) return undefined;
  const rest = lower.slice(hyphen + 1);
  const second = LEXICON.words.get(rest) !== undefined ? { numeral: LEXICON.words.get(rest)!, ending: '', ordinal: false } : kkNumeralRules.inflected(rest);
  if (second === undefined || second.ordinal || second.from !== undefined || !PAIR_KINDS.has(second.numeral.kind) || second.numeral.value <= first.value) return undefined;
  return { ...second, from: first.value };
}

/** Kazakh numerals take endings and ordinal suffixes: "мыңнан", "бесінші", "екі мың оныншы", "12-ден". */
export const kkNumeralRules: NumeralRules = {
  lexicon: LEXICON,
  fractionDenominator(lower) {
    const ending = DENOMINATOR_RE.exec(lower);
    return ending === null ? undefined : LEXICON.fractionDenominators.get(lower.slice(0, ending.index));
  },
  inflected(lower): NumeralReading | undefined {
    if (!NUMERAL_START(lower)) return undefined;
    if (ONLY_PARTICLE_RE.test(lower)) {
      const bare = lower.slice(0, -3);
      const word = LEXICON.words.get(bare);
      return word !== undefined ? { numeral: word, ending: '', ordinal: false } : kkNumeralRules.inflected(bare);
    }
    const hyphen = lower.indexOf('-');
    if (hyphen > 0) return hyphenPair(lower, hyphen);
    // Ordinals first, or "сегізінші" would read as "сегіз" with an ending: "бесінші", "екі мың оныншы", "жиырма екінші жылы".
    for (const suffix of ORDINAL_SUFFIXES) {
      const at = lower.indexOf(suffix);
      if (at < 2) continue;
      const rest = lower.slice(at + suffix.length);
      const hit = LEXICON.words.get(lower.slice(0, at));
      if (hit !== undefined && hit.kind !== 'half' && hit.kind !== 'decimalPoint' && (rest === '' || isKazakhEnding(rest))) return { numeral: hit, ending: suffix + rest, ordinal: true };
    }
    const approximate = APPROXIMATE_END_RE.exec(lower);
    const similar = approximate === null ? undefined : LEXICON.words.get(lower.slice(0, approximate.index));
    if (similar !== undefined) return { numeral: similar, ending: approximate![0], ordinal: false };
    for (const { stem, ending } of kkStems(lower, 2)) {
      if (ending === '') continue;
      const hit = LEXICON.words.get(stem);
      // "жартысы", "жартысынан": a half possessed is half of something, a part alone (bare "жарты" needs a scale);
      // in the locative it is a period ("екінші жартысында" in the second half of the year).
      if (hit?.kind === 'half' && (ending.startsWith('сы') || ending.startsWith('сі')) && !LOCATIVE_RE.test(ending)) return { numeral: { kind: 'part', value: hit.value }, ending, ordinal: false };
      if (hit !== undefined && (!PERSONAL_POSSESSIVE_RE.test(ending) || (hit.kind === 'collective' && COLLECTIVE_POSSESSIVE_RE.test(ending)))) return { numeral: hit, ending, ordinal: false };
    }
    return undefined;
  },
  groupMark: '.',
  decimalComma: true,
  // Kazakh press also writes the Russian ordinal suffixes ("5-й").
  suffixAfterHyphen(lower) {
    // «2020-жылы», «1990-жылдары»: a year named by its ordinal, the year word glued.
    if (ORDINAL_AFTER_HYPHEN_RE.test(lower) || KK_YEAR_RE.test(lower)) return 'ordinal';
    if (lower === 'ақ') return 'particle';
    if (isKazakhEnding(lower) || APPROXIMATE_AFTER_HYPHEN_RE.test(lower)) return 'ending';
    if (COLLECTIVE_AFTER_HYPHEN_RE.test(lower) && (lower.length === 2 || isKazakhEnding(lower.slice(2)))) return 'ending';
    return RU_ORDINAL_AFTER_HYPHEN_RE.test(lower) ? 'ordinal' : undefined;
  },
  abbreviations: CYRILLIC_ABBREVIATIONS,
  range: undefined,
  andAHalf: undefined,
  startsChange: (_t, q) => ABLATIVE_RE.test(q.ending),
  isFraction: (den, num, after) => ABLATIVE_RE.test(den) && (NUMERATOR_ENDING_RE.test(num) || PART_NOUN_RE.test(after)),
  approximateEnding: (ending) => APPROXIMATE_RE.test(ending),
  decimalParticles: new Set(['да', 'де', 'та', 'те']),
  changeFrom: undefined,
};
