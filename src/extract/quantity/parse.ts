import type { Token } from '../../segment/tokenize.js';
import type { NumeralLexicon, Qualifier } from './lexicon.js';
import type { NumeralReading, Quantity } from './quantity.js';
import type { NumeralRules } from './rules.js';
import { wordQuestion, type Word } from '../../segment/word.js';
import { perPack, type RegisteredPack } from '../../lang/pack.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS } from '../money/table.js';

/** Punctuation that goes on with the sentence after an abbreviation's dot. */
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', ')', '»']);

interface Core {
  readonly first: number;
  readonly next: number;
  readonly value: number;
  readonly hasDigits: boolean;
  readonly ordinal: boolean;
  readonly yearLike: boolean;
  readonly ending: string;
  readonly scaled: boolean;
}

// The longest qualifier before a number ("более чем на", "кем дегенде").
const MAX_QUALIFIER_WORDS = 3;
// How far before "до" a word of change is looked for: "увеличилась на 20 процентов до".
const MAX_CHANGE_REACH = 4;
const DASHES = new Set(['-', '–', '—']);
const GLUE_BEFORE = new Set(['-', '_', '.']);
const THOUSAND_GAP_RE = /^[ \u00A0\u202F]$/;

function readNumeral(rules: NumeralRules, lower: string): NumeralReading | undefined {
  const lex = rules.lexicon;
  if (lex.notNumerals.has(lower)) return undefined;
  const direct = lex.words.get(lower);
  if (direct !== undefined) return { numeral: direct, ending: '', ordinal: false };
  return rules.inflected(lower);
}

type QualifierBefore = { readonly words: readonly string[]; readonly qualifier: Qualifier };

/** What the parser knows of a word that can start or continue a quantity: its numeral reading, the qualifiers it starts ("более", "кемінде"). */
interface QuantityWord {
  readonly numeral: NumeralReading | undefined;
  readonly qualifiers: readonly QualifierBefore[] | undefined;
}

/** Both questions are asked of every word: one answer per word form (see segment/word.ts). */
const quantityWordsOf = (rules: NumeralRules): ((word: Word | undefined) => QuantityWord | undefined) =>
  wordQuestion((lower) => {
    const numeral = readNumeral(rules, lower);
    const qualifiers = rules.lexicon.qualifiersBefore.get(lower);
    return numeral !== undefined || qualifiers !== undefined ? { numeral, qualifiers } : undefined;
  }, undefined);
const QUANTITY_WORDS = perPack((pack) => quantityWordsOf(pack.numerals));

export class QuantityParser {
  private readonly lex: NumeralLexicon;
  private readonly rules: NumeralRules;
  private readonly wordOf: (word: Word | undefined) => QuantityWord | undefined;
  /** Thousand groups: "1.000.000" in Kazakh and Russian, "1,000,000" in English. */
  private readonly groupMark: string;
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    pack: RegisteredPack,
  ) {
    this.rules = pack.numerals;
    this.lex = pack.numerals.lexicon;
    this.wordOf = QUANTITY_WORDS(pack);
    this.groupMark = pack.numerals.groupMark;
  }

  private gap(a: Token, b: Token): string {
    return this.text.slice(a.end, b.start);
  }

  /** Numeral word meaning, with the Kazakh ending split off and ordinals flagged. */
  numeral(tok: Token | undefined): NumeralReading | undefined {
    return tok === undefined ? undefined : this.wordOf(tok.word)?.numeral;
  }

  /** Digits with thousand separators and a decimal part: "14 000", "423,1", "1.000.000", "27.5". */
  private digits(i: number): { next: number; value: number; yearLike: boolean } | undefined {
    const t0 = this.tokens[i];
    if (t0?.kind !== 'number') return undefined;
    // Digits glued to what comes before are part of a name or code: "COVID-19", "10:00", "v=4", "№5".
    const before = this.tokens[i - 1];
    // A currency code glued to the amount ("KZT20.5 bln") leaves it an amount.
    if (
      before !== undefined &&
      !t0.spaceBefore &&
      ((before.kind === 'word' && !CURRENCY_CODES.has(before.text)) ||
        (GLUE_BEFORE.has(before.text) && this.tokens[i - 2] !== undefined && !before.spaceBefore && this.tokens[i - 2]!.kind !== 'number'))
    )
      return undefined;
    if (before !== undefined && !t0.spaceBefore && (before.text === ':' || before.text === '/' || before.text === '=' || before.text === '№')) return undefined;
    let intPart = t0.text;
    let j = i + 1;
    if (t0.text.length <= 3) {
      // Thousand groups: exactly three digits after a single space-like gap or a dot.
      for (;;) {
        const sep = this.tokens[j];
        const grp = this.tokens[j + 1];
        if (sep?.kind === 'number' && sep.text.length === 3 && THOUSAND_GAP_RE.test(this.gap(this.tokens[j - 1]!, sep))) {
          intPart += sep.text;
          j += 1;
          continue;
        }
        if (sep?.text === this.groupMark && !sep.spaceBefore && grp?.kind === 'number' && grp.text.length === 3 && !grp.spaceBefore) {
          const after = this.tokens[j + 2];
          if (after?.kind === 'number' && !after.spaceBefore) break;
          intPart += grp.text;
          j += 2;
          continue;
        }
        break;
      }
    }
    let fraction = '';
    const sep = this.tokens[j];
    const frac = this.tokens[j + 1];
    if (((sep?.text === ',' && this.rules.decimalComma) || sep?.text === '.') && !sep.spaceBefore && frac?.kind === 'number' && !frac.spaceBefore) {
      fraction = frac.text;
      j += 2;
    }
    const value = fraction === '' ? Number(intPart) : Number(`${intPart}.${fraction}`);
    const yearLike = j === i + 1 && t0.text.length === 4 && value >= 1000 && value <= 2199;
    return { next: j, value, yearLike };
  }

  /** Spelled numeral sequence: "екі жүз қырық миллион", "двух с половиной миллионов", "он бір бүтін оннан сегіз". */
  private words(i: number, stopAtScale = false): Core | undefined {
    let total = 0;
    let group = 0;
    let j = i;
    let lastKind: string | undefined;
    let lastScale = Infinity;
    let ending = '';
    let ordinal = false;
    let any = false;
    for (;;) {
      const tok = this.tokens[j];
      const hit = this.numeral(tok) ?? (j === i ? this.beforeScale(j) : undefined);
      if (hit === undefined || ordinal) {
        // "one hundred and fifty": the joiner after a hundred or a scale, before a smaller numeral.
        if (any && !ordinal && tok?.lower === this.lex.scaleJoiner && (lastKind === 'hundredMultiplier' || lastKind === 'scale') && this.smallNumeralAt(j + 1)) {
          j += 1;
          continue;
        }
        // "с половиной", "and a half" after a numeral add a half.
        const halfEnd = any && group > 0 ? this.andAHalfEnd(j) : -1;
        if (halfEnd > 0) {
          group += 0.5;
          j = halfEnd;
          continue;
        }
        // "он жеті де жеті пайыз", "бір де сегіз миллиард": decimals said with a particle between the whole and its digits;
        // not after a bare scale word or a zero ("мың да бір" a thousand and one, "нөл де үш" a score).
        const particle = any && !ordinal && ending === '' && lastKind !== 'scale' && group > 0 && this.rules.decimalParticles?.has(tok?.lower ?? '') === true;
        const decimals = particle ? this.spokenDecimals(j + 1, total + group) : undefined;
        if (decimals !== undefined) {
          const end = this.scaledDecimal(decimals.next, total + group + decimals.value);
          return { first: i, next: end.next, value: round(end.value), hasDigits: false, ordinal: false, yearLike: false, ending: end.ending, scaled: end.scaled || lastScale !== Infinity };
        }
        break;
      }
      if (j > i && this.tokens[j]!.sentenceStart) break;
      if (ending !== '' && hit.numeral.kind !== 'decimalPoint') break; // a case ending closes the numeral
      if (any && hit.from !== undefined) break; // a pair only starts a numeral: see parseAt
      const { kind, value } = hit.numeral;
      // A part of a whole is multiplied only by a scale after it ("четверть миллиона").
      if (lastKind === 'part' && kind !== 'scale') break;
      if (kind === 'unit' || kind === 'teen' || kind === 'collective') {
        if (lastKind === 'unit' || lastKind === 'teen' || lastKind === 'collective') break;
        group += value;
      } else if (kind === 'ten') {
        if (lastKind === 'unit' || lastKind === 'teen' || lastKind === 'ten' || lastKind === 'collective') break;
        group += value;
      } else if (kind === 'hundred') {
        if (group !== 0) break;
        group = value;
      } else if (kind === 'hundredMultiplier') {
        if (lastKind === 'hundredMultiplier') break;
        group = (group === 0 ? 1 : group) * 100;
      } else if (kind === 'scale') {
        if (value >= lastScale || stopAtScale) break;
        total += (group === 0 ? 1 : group) * value;
        group = 0;
        lastScale = value;
      } else if (kind === 'half') {
        // "екі жарым" two and a half; alone only before a scale word: "жарты миллион".
        if (!any && this.numeral(this.tokens[j + 1])?.numeral.kind !== 'scale') break;
        group += 0.5;
      } else if (kind === 'oneAndHalf') {
        if (any) break;
        group = 1.5;
      } else if (kind === 'part') {
        // After a numeral it is the denominator of a fraction ("две трети", see fractionOf).
        if (any || this.rules.partAlone?.(this.tokens[j - 1]?.lower, this.tokens[j + 1]?.lower) === false) break;
        group = value;
      } else if (kind === 'decimalPoint') {
        // "он бір бүтін оннан сегіз" (the denominator named), "тоқсан үш бүтін төрт" (said as digits)
        const fraction = any ? (this.fraction(j + 1) ?? this.spokenDecimals(j + 1, total + group)) : undefined;
        if (fraction === undefined) break;
        const end = this.scaledDecimal(fraction.next, total + group + fraction.value);
        return { first: i, next: end.next, value: round(end.value), hasDigits: false, ordinal: false, yearLike: false, ending: end.ending, scaled: end.scaled || lastScale !== Infinity };
      }
      any = true;
      lastKind = kind;
      ending = hit.ending;
      ordinal = hit.ordinal;
      j += 1;
    }
    if (!any) return undefined;
    return { first: i, next: j, value: round(total + group), hasDigits: false, ordinal, yearLike: false, ending, scaled: lastScale !== Infinity };
  }

  /** "one" in "one hundred", "one million", "one and a half billion": a numeral only before a hundred or a scale word. */
  private beforeScale(j: number): NumeralReading | undefined {
    const value = this.lex.beforeScaleOnly.get(this.tokens[j]?.lower ?? '');
    if (value === undefined) return undefined;
    const halfEnd = this.andAHalfEnd(j + 1);
    const kind = this.numeral(this.tokens[halfEnd > 0 ? halfEnd : j + 1])?.numeral.kind;
    return kind === 'hundredMultiplier' || kind === 'scale' ? { numeral: { kind: 'unit', value }, ending: '', ordinal: false } : undefined;
  }

  /** The end of the pack's words for "and a half" starting at j, in the same sentence, or -1. */
  private andAHalfEnd(j: number): number {
    const words = this.rules.andAHalf;
    if (words === undefined) return -1;
    for (let n = 0; n < words.length; n++) {
      const tok = this.tokens[j + n];
      if (tok === undefined || tok.lower !== words[n] || tok.sentenceStart) return -1;
    }
    return j + words.length;
  }

  /** A unit, teen or ten at j in the same sentence: what a scale joiner may be followed by. */
  private smallNumeralAt(j: number): boolean {
    const tok = this.tokens[j];
    const kind = tok === undefined || tok.sentenceStart ? undefined : this.numeral(tok)?.numeral.kind;
    return kind === 'unit' || kind === 'teen' || kind === 'ten';
  }

  /** After a decimal-point word ("бүтін"): "оннан сегіз" = 8/10, "жүзден жиырма бес" = 25/100. */
  private fraction(i: number): { next: number; value: number } | undefined {
    const denTok = this.tokens[i];
    if (denTok === undefined) return undefined;
    const denominator = this.rules.fractionDenominator?.(denTok.lower);
    if (denominator === undefined) return undefined;
    const numerator = this.words(i + 1, true);
    if (numerator === undefined) return undefined;
    return { next: numerator.next, value: numerator.value / denominator };
  }

  /** Decimal digits said as a number after the whole ("бүтін төрт" = .4, "де он бес" = .15); not "бір де бір" (not a single one). */
  private spokenDecimals(i: number, whole: number): { next: number; value: number } | undefined {
    const digits = this.words(i, true);
    if (digits === undefined || digits.ordinal || !Number.isInteger(digits.value) || digits.value >= 1000 || (whole === 1 && digits.value === 1)) return undefined;
    return { next: digits.next, value: digits.value / 10 ** String(digits.value).length };
  }

  /** A decimal number ending before token j, multiplied by a scale word there ("бір де сегіз миллиард"). */
  private scaledDecimal(j: number, value: number): { next: number; value: number; ending: string; scaled: boolean } {
    const scale = this.numeral(this.tokens[j]);
    if (scale?.numeral.kind !== 'scale') return { next: j, value, ending: '', scaled: false };
    return { next: j + 1, value: scaleValue(round(value), scale.numeral.value), ending: scale.ending, scaled: true };
  }

  /** Bare number: digits (with an optional scale word) or spelled numerals, and a glued Kazakh ending. */
  private core(i: number): Core | undefined {
    const d = this.digits(i);
    if (d === undefined) return this.words(i);
    // "55-12-34", "Д-03-6468": three groups of digits or more joined by dashes are a phone number or a code.
    if (this.dashedGroups(i) >= 3) return undefined;
    let j = d.next;
    let value = d.value;
    let ending = '';
    let scaled = false;
    let yearLike = d.yearLike;
    const next = this.tokens[j];
    if (next?.kind === 'word' && !next.spaceBefore) {
      // "5th", "1970s": an ordinal or a decade, its letters the ending.
      if (this.lex.gluedOrdinalEndings.has(next.lower)) return { first: i, next: j + 1, value, hasDigits: true, ordinal: true, yearLike: false, ending: next.lower, scaled };
      // "$15m", "€1.5m": a letter that scales an amount right after its currency sign.
      const signScale = this.lex.signScales.get(next.lower);
      if (signScale !== undefined && !this.tokens[i]!.spaceBefore && i > 0 && CURRENCY_SYMBOLS.has(this.tokens[i - 1]!.text)) {
        return { first: i, next: j + 1, value: scaleValue(value, signScale), hasDigits: true, ordinal: false, yearLike: false, ending: '', scaled: true };
      }
      // Other glued letters ("5G", "3D") make a name, not a number; a glued scale word ("580bn") is a scale.
      if (this.numeral(next)?.numeral.kind !== 'scale') return undefined;
    }
    if (next !== undefined && DASHES.has(next.text) && !next.spaceBefore) {
      const after = this.tokens[j + 1];
      if (after?.kind === 'word' && !after.spaceBefore) {
        // The language reads the suffix: in Russian "97-м" is an ordinal, in Kazakh "12-ден" a case ending.
        const suffix = this.rules.suffixAfterHyphen(after.lower);
        if (suffix === 'ordinal') return { first: i, next: j + 2, value, hasDigits: true, ordinal: true, yearLike, ending: after.lower, scaled };
        if (suffix === undefined) return undefined; // "1-сыныпқа", "100-долларовой": part of a compound word
        if (suffix === 'ending') ending = after.lower;
        j += 2;
      }
    }
    if (ending === '') {
      const scale = this.numeral(this.tokens[j]);
      if (scale?.numeral.kind === 'scale') {
        value = scaleValue(d.value, scale.numeral.value);
        ending = scale.ending;
        scaled = true;
        yearLike = false;
        j += 1;
        if (this.abbreviationDot(j)) j += 1;
        // "3 млрд 200 млн": a smaller scaled part adds to the larger one
        const rest = ending === '' ? this.digits(j) : undefined;
        const restScale = rest !== undefined ? this.numeral(this.tokens[rest.next]) : undefined;
        if (rest !== undefined && restScale?.numeral.kind === 'scale' && restScale.numeral.value < scale.numeral.value) {
          value += scaleValue(rest.value, restScale.numeral.value);
          ending = restScale.ending;
          j = rest.next + 1;
        }
      }
    }
    return { first: i, next: j, value, hasDigits: true, ordinal: false, yearLike, ending, scaled };
  }

  /** A qualifier whose words end right before token `next` ("more than" in "more than $300 million"). */
  qualifierEndingAt(next: number): { first: number; qualifier: Qualifier } | undefined {
    for (let first = next - 1; first >= 0 && next - first <= MAX_QUALIFIER_WORDS; first--) {
      const q = this.qualifierBefore(first);
      if (q?.next === next) return { first, qualifier: q.qualifier };
      if (this.tokens[first]!.sentenceStart) break; // a qualifier does not cross a sentence start
    }
    return undefined;
  }

  private qualifierBefore(i: number): { next: number; qualifier: Qualifier } | undefined {
    const tok = this.tokens[i];
    if (tok === undefined) return undefined;
    const candidates = this.wordOf(tok.word)?.qualifiers;
    if (candidates === undefined) return undefined;
    for (const q of candidates) if (wordsAt(this.tokens, i, q.words)) return { next: i + q.words.length, qualifier: q.qualifier };
    return undefined;
  }

  /** Parse a quantity starting exactly at token i. */
  parseAt(i: number): Quantity | undefined {
    const tok = this.tokens[i];
    if (tok === undefined) return undefined;
    // "от 3 до 5 тысяч"
    const range = this.rules.range;
    if (range !== undefined && tok.lower === range.from) {
      const a = this.core(i + 1);
      if (a !== undefined && this.tokens[a.next]?.lower === range.to) {
        const b = this.core(a.next + 1);
        if (b !== undefined && !a.ordinal && !b.ordinal) return this.rangeOf(i, a, b);
      }
    }
    const q = this.qualifierBefore(i);
    const coreStart = q?.next ?? i;
    const core = this.core(coreStart);
    if (core === undefined) return undefined;
    // "с 29 до 86" is a change between two numbers, not a range: "до" here is no qualifier.
    if (q?.qualifier === 'up_to' && this.changeFrom(i)) return this.finish(coreStart, core, undefined);
    const part = this.fractionAfter(core) ?? this.fractionOf(core);
    if (part !== undefined) return this.finish(q === undefined ? coreStart : i, part, q?.qualifier);
    // "екі-үш жыл", "бес-алты мың": a pair of numerals in one word is a range, sharing what follows its second
    const pairFrom = core.hasDigits ? undefined : this.numeral(this.tokens[core.first])?.from;
    if (pairFrom !== undefined) return this.rangeOf(q === undefined ? coreStart : i, { ...core, next: core.first + 1, value: pairFrom, scaled: false }, core, q?.qualifier);
    // Ranges "300-400", "10 – 15 мың"; not a dash that opens a line or a table cell ("520<TAB>-1,2": a price, then a change)
    const dash = this.tokens[core.next];
    if (!core.ordinal && core.ending === '' && dash !== undefined && DASHES.has(dash.text) && !dash.sentenceStart) {
      const second = this.core(core.next + 1);
      // Two small numbers joined downwards with no space are a score ("won 2-1"), two numbers; spoken "3 – 2 адам" is a
      // range, and so are a year and its abbreviated end ("1989-90"), which the date rules read.
      const score = second !== undefined && core.hasDigits && !dash.spaceBefore && !this.tokens[core.next + 1]!.spaceBefore && core.value < 100 && second.value < core.value;
      if (second !== undefined && !score && !second.ordinal && second.hasDigits === core.hasDigits) return this.rangeOf(q === undefined ? coreStart : i, core, second, q?.qualifier);
    }
    return this.finish(q === undefined ? coreStart : i, core, q?.qualifier);
  }

  /** How many groups of digits, joined by dashes with no space, the group at token i stands among. */
  private dashedGroups(i: number): number {
    const t = this.tokens;
    const joined = (k: number): boolean => t[k]?.kind === 'number' && DASHES.has(t[k + 1]?.text ?? '') && !t[k + 1]!.spaceBefore && t[k + 2]?.kind === 'number' && !t[k + 2]!.spaceBefore;
    let groups = 1;
    for (let k = i; joined(k); k += 2) groups++;
    for (let k = i - 2; joined(k); k -= 2) groups++;
    return groups;
  }

  /** A fraction that starts with the denominator `den`: "үштен екісі" = 2/3, "4-тен 1-і" = 1/4. */
  private fractionAfter(den: Core): Core | undefined {
    const isFraction = this.rules.isFraction;
    if (isFraction === undefined || den.ordinal || den.ending === '' || !Number.isInteger(den.value) || den.value < 2 || this.tokens[den.next]?.sentenceStart !== false) return undefined;
    const num = this.core(den.next);
    if (num === undefined || num.ordinal || num.hasDigits !== den.hasDigits || num.value >= den.value || !isFraction(den.ending, num.ending, this.tokens[num.next]?.lower ?? '')) return undefined;
    return { first: den.first, next: num.next, value: round(num.value / den.value), hasDigits: num.hasDigits, ordinal: false, yearLike: false, ending: num.ending, scaled: false };
  }

  /** A fraction that starts with the numerator `num`: "две трети" = 2/3, "одной четверти" = 1/4. */
  private fractionOf(num: Core): Core | undefined {
    const word = this.tokens[num.next];
    const den = word === undefined || word.sentenceStart || num.ordinal || num.scaled || num.ending !== '' ? undefined : this.rules.denominatorAfter?.(word.lower, this.tokens[num.next + 1]?.lower);
    if (den === undefined || !Number.isInteger(num.value) || num.value < 1 || num.value >= den) return undefined;
    return { ...num, next: num.next + 1, value: round(num.value / den), yearLike: false };
  }

  private rangeOf(first: number, a: Core, b: Core, qualifier?: Qualifier): Quantity {
    const from = withSharedScale(a, b);
    const c: Core = { ...b, value: b.value };
    const base = this.finish(first, c, qualifier);
    return { ...base, value: { from: round(from), to: b.value }, yearLike: a.yearLike && b.yearLike, hasDigits: a.hasDigits || b.hasDigits };
  }

  private finish(first: number, core: Core, qualifier?: Qualifier): Quantity {
    let next = core.next;
    let q = qualifier ?? (this.rules.approximateEnding?.(core.ending) === true ? 'about' : undefined);
    const after = this.tokens[next];
    let postQualified = false;
    // A qualifier after the numeral belongs to the span even after one before it ("шамамен 30 мыңға жуық"); the first one names it.
    if (after !== undefined && !after.sentenceStart) {
      const post = this.lex.qualifiersAfter.get(after.lower);
      if (post !== undefined) {
        q ??= post;
        next += 1;
        postQualified = true;
      }
    }
    return {
      first,
      coreFirst: core.first,
      next,
      value: core.value,
      qualifier: q,
      hasDigits: core.hasDigits,
      ordinal: core.ordinal,
      yearLike: core.yearLike,
      ending: core.ending,
      postQualified,
      scaled: core.scaled,
    };
  }

  /** The dot after "тыс."/"млн." belongs to the abbreviation when the sentence goes on: in lowercase, or past a comma or bracket ("5 тыс. руб.),"). */
  abbreviationDot(j: number): boolean {
    const dot = this.tokens[j];
    const after = this.tokens[j + 1];
    return (
      dot?.text === '.' &&
      !dot.spaceBefore &&
      this.rules.abbreviations.has(this.tokens[j - 1]!.lower) &&
      after !== undefined &&
      ((after.kind === 'word' && after.text === after.lower && !after.text.includes('\n')) || (!after.spaceBefore && CLAUSE_PUNCT.has(after.text)))
    );
  }

  /**
   * The end point of a change that starts with `q`: "с 1,8 до 3,4 процента", "с 50 до 90 млн тенге",
   * "53530-дан 66913 теңгеге" (Kazakh: the start in the ablative), with the start's value, which
   * takes the end's scale as a range's does.
   */
  changeEnd(q: Quantity): { end: Quantity; startValue: number } | undefined {
    if (typeof q.value !== 'number' || q.ordinal || q.qualifier !== undefined) return undefined;
    if (!this.rules.startsChange(this.tokens, q) || this.tokens[q.next]?.sentenceStart !== false) return undefined;
    const end = this.parseAt(q.next);
    if (end === undefined || typeof end.value !== 'number' || end.ordinal) return undefined;
    return { end, startValue: withSharedScale({ value: q.value, scaled: q.scaled }, { value: end.value, scaled: end.scaled }) };
  }

  /** "с 29 до 86", "с 1,8 до 3,4": the number before "до" is a starting point, so "до" is no qualifier. */
  private changeFrom(i: number): boolean {
    const from = this.rules.changeFrom;
    if (from === undefined) return false;
    let k = i - 1;
    while (k >= 0 && (this.tokens[k]!.kind === 'number' || this.tokens[k]!.text === ',' || this.numeral(this.tokens[k]) !== undefined)) k--;
    return (k < i - 1 && this.tokens[k]?.lower === from) || this.changedTo(i);
  }

  /** A word of change shortly before "до" ("выросло до 13", "увеличилась на 20 процентов до 668"): the number is the new value. */
  private changedTo(i: number): boolean {
    const stems = this.rules.changeStems;
    if (stems === undefined) return false;
    for (let k = i - 1; k >= 0 && i - k <= MAX_CHANGE_REACH; k--) {
      const tok = this.tokens[k]!;
      if (tok.kind === 'punct') return false;
      if (stems.some((s) => tok.lower.startsWith(s))) return true;
      if (tok.sentenceStart) return false;
    }
    return false;
  }

  /**
   * The qualifier of a quantity whose unit word ends before `next`: the one before the number, else
   * a Kazakh one after the unit ("30 пайыздан астам", "мың теңгеге дейін"), which joins the span.
   */
  qualifierAfterUnit(q: Quantity, next: number): { qualifier?: Qualifier; next: number } {
    if (q.qualifier !== undefined) return { qualifier: q.qualifier, next };
    const tok = this.tokens[next];
    const qualifier = tok === undefined || tok.sentenceStart ? undefined : this.lex.qualifiersAfter.get(tok.lower);
    return qualifier === undefined ? { next } : { qualifier, next: next + 1 };
  }

  /** A qualifier verb right after the span: "98 пайыздан асты". */
  verbQualifier(next: number): Qualifier | undefined {
    const tok = this.tokens[next];
    return tok === undefined ? undefined : this.lex.qualifyingVerbs.get(tok.lower);
  }
}

/**
 * The start of a range or change with the scale stated once at its end: "10 – 15 мың" = 10 000 …
 * 15 000, "с 50 до 90 млн" = 50 млн; only a start with no scale of its own, small enough to share it.
 */
function withSharedScale(start: { value: number; scaled: boolean }, end: { value: number; scaled: boolean }): number {
  return !start.scaled && end.scaled && start.value < end.value / 1000 + 1 ? scaleValue(start.value, scaleOf(end)) : start.value;
}

function scaleOf(core: { value: number; scaled: boolean }): number {
  if (!core.scaled) return 1;
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (core.value >= s) return s;
  return 1;
}

/** value × scale without binary noise: "423,1 млрд" = 423100000000 exactly. */
export function scaleValue(value: number, scale: number): number {
  // Most values are whole: no digits to shift, and no string to make.
  if (Number.isInteger(value)) return value * scale;
  const [int, frac = ''] = String(value).split('.');
  return (Number(int + frac) * scale) / 10 ** frac.length;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The words start at token i, in order. (A loop, not `every` with a closure: called at every number.) */
function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}
