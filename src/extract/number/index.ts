import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { Quantity } from '../quantity/quantity.js';
import type { NumberMention } from '../../schema/record.js';
import { isCyrillic, type Token } from '../../segment/tokenize.js';
import { tracer } from '../trace.js';
import { acrossPacks } from '../../lang/registry.js';
import { unionSet } from '../../lang/pack.js';

const MAX_NOUN_WORDS = 2;

/**
 * Bare digits that are identifiers or clock times rather than counts: five or more digits with no
 * separators ("3814598"), digits glued to a hyphen ("589658-7"), the hours of a clock time ("13:15"), a dot decimal in Kazakh or
 * Russian text where decimals take a comma ("13.15" is a time), the last part of a dotted address or
 * date ("54.231.19.48").
 */
function looksLikeCode(ctx: ExtractContext, q: Quantity): boolean {
  const t = ctx.tokens;
  const first = t[q.coreFirst]!;
  const text = ctx.text.slice(first.start, t[q.next - 1]!.end);
  if (/^\d{5,}$/.test(text) || (/^\d+[-/]\d+$/.test(text) && !/^\d{1,4}-\d{1,4}$/.test(text))) return true;
  if (ctx.pack.numerals.decimalComma && /^\d+\.\d+$/.test(text)) return true;
  const before = t[q.coreFirst - 1];
  if (before?.text === '.' && !first.spaceBefore && !before.spaceBefore && t[q.coreFirst - 2]?.kind === 'number') return true;
  const after = t[q.next];
  return after !== undefined && !after.spaceBefore && after.text === ':' && t[q.next + 1]?.kind === 'number';
}

/**
 * The provision word a number refers to, if any: right before it ("статьи 104"), abbreviated with
 * its dot ("ст. 141"), before a list the number ends ("статьями 205 и 209", "пунктов 3, 4 и 5"), or
 * before a dotted section number the number is the last part of ("пункт 4.1.7").
 */
function provisionBefore(ctx: ExtractContext, first: number): string | undefined {
  const t = ctx.tokens;
  const rules = ctx.pack.number;
  let k = first - 1;
  for (;;) {
    const joiner = t[k];
    const dotted = joiner?.text === '.' && !joiner.spaceBefore && !t[k + 1]!.spaceBefore;
    const listed = joiner !== undefined && (joiner.text === ',' || rules.listJoiners.has(joiner.lower));
    if (!(dotted || listed) || t[k - 1]?.kind !== 'number') break;
    k -= 2;
  }
  const word = t[k];
  if (word === undefined) return undefined;
  if (rules.notAfter(word.lower)) return word.text;
  return word.text === '.' && t[k - 1] !== undefined && rules.notAfter(t[k - 1]!.lower) ? t[k - 1]!.text : undefined;
}

// Makers whose models are numbered, in every registered language: the number names a model.
const MODEL_MAKERS = acrossPacks((packs) => unionSet(packs.map((p) => p.number.modelMakers)));
const LATIN_CAPITAL_RE = /^[A-Z][A-Za-z]*$/;

/**
 * A numeral inside a name: after a model maker or a Latin name in Cyrillic text ("Боинг 737",
 * "Sukhoi Superjet 100"), or after a spaced dash that follows an all-capitals name
 * ("COVID – 19", "КОВИД – он тоғыз").
 */
function insideName(ctx: ExtractContext, q: Quantity): boolean {
  const t = ctx.tokens;
  if (quotedLabel(t, q)) return true;
  const prev = t[q.first - 1];
  // A numeral word written capitalised after a first name or a form of address is a surname: "Vladislav Ten", "Mr Ten".
  const word = t[q.first]!;
  const person = ctx.pack.person;
  if (q.first + 1 === q.next && word.kind === 'word' && word.text !== word.lower && !word.sentenceStart && (person.firstName(prev?.word) || person.kinBefore?.test(prev?.text ?? '') === true))
    return true;
  if (prev === undefined || prev.kind !== 'word' || t[q.first]!.sentenceStart) {
    const name = t[q.first - 2];
    return prev !== undefined && DASH_RE.test(prev.text) && name !== undefined && name.kind === 'word' && name.text.length >= 3 && name.text === name.text.toUpperCase() && name.text !== name.lower;
  }
  // A Latin name of two words or more ("Sukhoi Superjet 100"); after one ("Samsung 20 компьютер") the number may count.
  const before = t[q.first - 2];
  return prev.text !== prev.lower && (MODEL_MAKERS().has(prev.lower) || (ctx.pack.cyrillic && LATIN_CAPITAL_RE.test(prev.text) && before !== undefined && LATIN_CAPITAL_RE.test(before.text)));
}
const DASH_RE = /^[-–—]$/;
const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '„', '“']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '“', '”']);

/**
 * A number that closes a quotation opened right before it or before one capitalised word (and a
 * dash) is a name or a label, not a count: a channel «Хабар 24», an exercise «Қыс – 2019», a phone
 * line «109».
 */
function quotedLabel(t: readonly Token[], q: Quantity): boolean {
  if (!CLOSING_QUOTES.has(t[q.next]?.text ?? '')) return false;
  let k = q.first - 1;
  if (OPENING_QUOTES.has(t[k]?.text ?? '')) return true;
  if (DASH_RE.test(t[k]?.text ?? '')) k -= 1;
  const word = t[k];
  return word !== undefined && word.kind === 'word' && word.text !== word.lower && OPENING_QUOTES.has(t[k - 1]?.text ?? '');
}

/** Where the counted noun stands, outside the count's span (contract 2). */
export interface UnitOf {
  readonly unit: string;
  readonly start: number;
  readonly end: number;
}

/** A count mention, its optional fields present only when set, in the order the schema lists them. */
export function countMention(start: number, end: number, text: string, value: NumberMention['value'], unit: UnitOf | undefined, qualifier: NumberMention['qualifier']): NumberMention {
  if (unit === undefined) return qualifier ? { type: 'number', start, end, text, value, qualifier } : { type: 'number', start, end, text, value };
  return qualifier
    ? { type: 'number', start, end, text, value, unit: unit.unit, unitStart: unit.start, unitEnd: unit.end, qualifier }
    : { type: 'number', start, end, text, value, unit: unit.unit, unitStart: unit.start, unitEnd: unit.end };
}

/** The last rule a numeral meets, so its declines are the quantity stage's final word; called only when a tracer is set, so no reason is built otherwise. */
function declineAt(ctx: ExtractContext, q: Quantity, reason: string): undefined {
  tracer?.declined('quantities', ctx.tokens[q.first]!.start, ctx.tokens[q.next - 1]!.end, reason);
  return undefined;
}

/**
 * A number not claimed by money, percent or date, with the noun it counts. The span is the quantity
 * with its qualifier words ("мыңнан астам", "более двух тысяч", "екі есе"); the counted noun is the
 * `unit`, with offsets of its own, and its tokens are still claimed so no other rule reads them.
 */
export function numberFrom(ctx: ExtractContext, q: Quantity, measuresAsCounts: boolean): { mention: NumberMention; next: number } | undefined {
  const rules = ctx.pack.number;
  const t = ctx.tokens;
  if (q.ordinal) return tracer === undefined ? undefined : declineAt(ctx, q, 'an ordinal with no date or count after it');
  const firstCore = t[q.first]!;
  if (q.first + 1 === q.next && firstCore.kind === 'word' && rules.notANumber(firstCore.lower, t[q.next]?.lower, firstCore.sentenceStart ? undefined : t[q.first - 1]?.lower, t[q.first - 2]?.lower))
    return tracer === undefined ? undefined : declineAt(ctx, q, `«${firstCore.text}» is an ordinary word here, not a numeral`);
  const provision = provisionBefore(ctx, q.first);
  if (provision !== undefined) return tracer === undefined ? undefined : declineAt(ctx, q, `a reference number after the provision word «${provision}»`);
  if (q.first > 0 && insideName(ctx, q)) return tracer === undefined ? undefined : declineAt(ctx, q, 'a number inside a name');
  let spanNext = q.next;
  // "екі есе", "в три раза": a multiplier word belongs to the quantity, and nothing is counted after it.
  const times = t[spanNext];
  const multiplied = times !== undefined && !times.sentenceStart && rules.multiplier(times.lower);
  let qualifier = q.qualifier;
  if (multiplied) {
    spanNext += 1;
    // "екі еседен астам", "екі есе жоғары": a qualifier or a comparative after the multiplier belongs to it.
    const more = ctx.quantities.qualifierAfterUnit(q, spanNext);
    qualifier = more.qualifier;
    const comparative = t[more.next];
    spanNext = comparative !== undefined && !comparative.sentenceStart && rules.comparative?.(comparative.lower) === true ? more.next + 1 : more.next;
  }
  let next = spanNext;
  const words: string[] = [];
  // A unit of measurement belongs to its measure's span, as a currency word to an amount's ("250 км").
  let measured = false;
  // A case or possessive ending on the numeral ("мыңы", "24-і") closes it, unless a qualifier follows ("мыңнан астам адам").
  if (!multiplied && (q.ending === '' || q.postQualified)) {
    const maxWords = rules.maxWords ?? MAX_NOUN_WORDS;
    while (words.length < maxWords) {
      const tok = t[next];
      if (tok === undefined || tok.kind !== 'word' || tok.sentenceStart || isCyrillic(tok.text) !== ctx.pack.cyrillic || tok.text !== tok.lower) break;
      // «500 кв. м», "40 sq. km": the abbreviation, its dot and the unit after them are the unit.
      const abbreviated = words.length === 0 && rules.unitAbbreviation?.(tok.lower) === true && t[next + 1]?.text === '.' && t[next + 2]?.kind === 'word';
      if (abbreviated && rules.measure(t[next + 2]!.lower) === 'physical') {
        if (!measuresAsCounts) return tracer === undefined ? undefined : declineAt(ctx, q, `unit rejected: «${tok.text}. ${t[next + 2]!.text}» is a measure`);
        measured = true;
        words.push(`${tok.lower}. ${t[next + 2]!.lower}`);
        next += 3;
        continue;
      }
      if (words.length === 0) {
        const measure = rules.measure(tok.lower);
        if (rules.notCounted(tok.lower) || (measure !== undefined && !(measuresAsCounts && measure === 'physical')))
          return tracer === undefined ? undefined : declineAt(ctx, q, `unit rejected: «${tok.text}» is ${measure !== undefined ? 'a measure' : 'not a counted noun'}`);
        measured = measure !== undefined;
      }
      if (!rules.isNoun(tok.lower) || ctx.quantities.numeral(tok) !== undefined) break;
      const last = words[words.length - 1];
      if (last !== undefined && !rules.takesNextWord(last) && !rules.continuesCompound(last, tok.lower)) break;
      words.push(tok.lower);
      next += 1;
    }
  }
  // The unit's last token (an abbreviated unit's words are one: «кв. м»), before a smaller unit moves `next` on.
  const unitLast = next - 1;
  // "21 метр 36 сантиметров": the measure goes on in a smaller unit, one span and one value in the larger.
  let value = q.value;
  if (measured && typeof value === 'number') {
    const part = measurePartAt(ctx, next, words[words.length - 1]!);
    if (part !== undefined) {
      value = Math.round((value + part.value / part.factor) * 1e6) / 1e6;
      next = part.next;
    }
  }
  if (words.length === 0 && !multiplied && q.hasDigits && typeof q.value === 'number' && looksLikeCode(ctx, q))
    return tracer === undefined ? undefined : declineAt(ctx, q, 'a bare number that looks like a code or an identifier');
  // Only a counted noun can carry a qualifier after it ("17 ауылға жуық"); a bare numeral got its own with the quantity.
  const after = words.length > 0 ? ctx.quantities.qualifierAfterUnit(q, next) : { qualifier, next };
  const unit = words.length > 0 ? { unit: rules.lemma(words), start: t[spanNext]!.start, end: t[unitLast]!.end } : undefined;
  const { start, end, text } = spanOf(ctx, q.first, measured ? next : spanNext);
  return { mention: countMention(start, end, text, value, unit, after.qualifier), next: after.next };
}

/** A plain number at `k` and a unit `unit` divides into after it: the rest of a measure ("36 сантиметров" after "21 метр"). */
function measurePartAt(ctx: ExtractContext, k: number, unit: string): { value: number; factor: number; next: number } | undefined {
  const t = ctx.tokens;
  if (t[k]?.kind !== 'number' || t[k]!.sentenceStart) return undefined;
  const q = ctx.quantities.parseAt(k);
  const word = q === undefined ? undefined : t[q.next];
  if (q === undefined || typeof q.value !== 'number' || q.qualifier !== undefined || word === undefined || word.kind !== 'word' || word.sentenceStart) return undefined;
  const factor = ctx.pack.number.measurePart?.(unit, word.lower);
  return factor === undefined || q.value >= factor ? undefined : { value: q.value, factor, next: q.next + 1 };
}
