import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { Quantity } from '../quantity/quantity.js';
import type { DateMention, NumberMention } from '../../schema/record.js';
import type { Token } from '../../segment/tokenize.js';
import { wordQuestion, type Word } from '../../segment/word.js';
import { perPack, unionSet } from '../../lang/pack.js';
import { acrossPacks } from '../../lang/registry.js';
import { countMention } from '../number/index.js';
import { tracer } from '../trace.js';
import { type Adpositions, type DateRules, DURATION_UNIT_NAMES, type DurationUnit, type DurationUnitName, type Relation, type RelativeRule, type YearPart } from './rules.js';
import { monthsOfYear, periodInYear, rangeFrom, resolveYearless, resolveYearlessMonths, resolveYearlessRange } from './year.js';

export type { DateRules, DurationUnit } from './rules.js';

/** What the date rules know of a word that can start a date: its relative rules, its month, whether it is a vague count. */
interface DateWord {
  readonly relative: readonly RelativeRule[];
  readonly month: number | undefined;
  readonly monthAdjective: number | undefined;
  readonly durationAdjective: { readonly n?: number; readonly unit: DurationUnit } | undefined;
  readonly vagueCount: boolean;
  /** Two months joined by a hyphen into one word ("январь-август", "қаңтар-тамыз"), first before last. */
  readonly monthPair: readonly [number, number] | undefined;
}
/** Every word of a text is asked these questions: one answer per word form (see segment/word.ts). Most words start no date. */
function dateWordsOf(rules: DateRules): (word: Word | undefined) => DateWord | undefined {
  return wordQuestion((lower) => {
    const relative = rules.relativeRules(lower);
    const month = rules.month(lower);
    const monthAdjective = rules.monthAdjective?.(lower);
    const durationAdjective = rules.durationAdjective?.(lower);
    const vagueCount = rules.vagueCounts.has(lower) || rules.countWords?.has(lower) === true;
    const monthPair = monthPairOf(rules, lower);
    return relative.length > 0 || month !== undefined || monthAdjective !== undefined || durationAdjective !== undefined || vagueCount || monthPair !== undefined
      ? { relative, month, monthAdjective, durationAdjective, vagueCount, monthPair }
      : undefined;
  }, undefined);
}
function monthPairOf(rules: DateRules, lower: string): readonly [number, number] | undefined {
  const hyphen = lower.indexOf('-');
  const from = hyphen > 0 ? rules.month(lower.slice(0, hyphen)) : undefined;
  const to = from === undefined ? undefined : rules.month(lower.slice(hyphen + 1));
  return to !== undefined && to > from! ? [from!, to] : undefined;
}
const GLUED_YEAR_WORDS = acrossPacks((packs) => unionSet(packs.map((p) => p.date.gluedYearWords)));
const DATE_WORDS = perPack((pack) => dateWordsOf(pack.date));
const monthOf = (ctx: ExtractContext, tok: Token | undefined): number | undefined => (tok === undefined ? undefined : DATE_WORDS(ctx.pack)(tok.word)?.month);

/** A date found, and (`moved`) whether it is one an event is moved to or from, which joinDates makes no range of. */
type Found = { mention: DateMention; next: number; moved?: true };
/** Words between two days of one month: "с 25 по 28 июля", "с 3 на 4 июня", "17 и 21 апреля", "12 бен 14 мамыр". */
const pad = (n: number): string => String(n).padStart(2, '0');
/** The most words for a part of the period after a preposition ("by the end of 2025"). */
const MAX_PARTS = 4;
const isYear = (v: number): boolean => Number.isInteger(v) && v >= 1000 && v <= 2199;
const isDay = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 31;

/**
 * Whether the clause before a date without its year at `first` tells of the past ("launched in March", "talks held
 * January 10–12") or of what is to come ("will be held on June 3–5"); a date "until" which something runs is no past
 * one's (`until`).
 */
function yearlessDirection(ctx: ExtractContext, first: number, until = false): 'past' | 'future' | undefined {
  const rules = ctx.pack.date;
  if (!until && rules.pastBefore?.(ctx.tokens, first) === true) return 'past';
  return rules.futureClause?.(ctx.tokens, first) === true ? 'future' : undefined;
}

/**
 * Whether the date whose preposition is at `first` follows a word of moving, right before it or past up to two words of
 * what is moved («перенёс заседание на 15 декабря», "postponed the vote to June"), or a date "from" it ("postponed from
 * March 3 to May").
 */
function movedAt(ctx: ExtractContext, first: number): boolean {
  const rules = ctx.pack.date;
  if (rules.reschedulers === undefined) return false;
  const t = ctx.tokens;
  if (first === 0 || t[first]!.sentenceStart) return false;
  // "pushed back", "brought forward": a particle after the verb.
  const mover = (k: number): boolean => rules.reschedulers!.has(t[k]!.lower) || (rules.rescheduleParticles?.has(t[k]!.lower) === true && k > 0 && rules.reschedulers!.has(t[k - 1]!.lower));
  for (let k = first - 1; k >= 0 && first - k <= MAX_MOVED_WORDS + 1 && t[k]!.kind === 'word' && !t[k + 1]!.sentenceStart; k--) if (mover(k)) return true;
  for (let k = first - 2; k > 0 && first - k <= MAX_OLD_DATE_WORDS && !t[k + 1]!.sentenceStart; k--)
    if (rules.adpositions.before.get(t[k]!.lower) === 'from') return !t[k]!.sentenceStart && mover(k - 1);
  return false;
}
// What is moved, between the word of moving and the date: «заседание», "the vote".
const MAX_MOVED_WORDS = 2;
// "from March 3, 2027": the old date's words between a word of moving and the new date's "to".
const MAX_OLD_DATE_WORDS = 6;

/** The relation an adposition before a date adds; some join only a point of time, not a duration. */
const adpositionBefore = (adp: Adpositions, lower: string, point: boolean): Relation | '' | undefined => adp.before.get(lower) ?? (point ? adp.beforePoint.get(lower) : undefined);

/**
 * A date mention over tokens [first, next), widened to the words that give it its meaning as
 * readers mark them (contract 2): a Russian preposition, with a part of the period ("в начале 2017
 * года", "с 2019 года"), a Kazakh determiner before ("алдағы үш жылда") and postposition after
 * ("бүгінге дейін"; "2020 жылдан бастап" gives `from` but the converb stays out, as readers leave it).
 * `relation` says what the adposition adds.
 */
function make(ctx: ExtractContext, first: number, next: number, value: string | undefined, rel = false): Found {
  const t = ctx.tokens;
  const adp = ctx.pack.date.adpositions;
  let relation: Relation | '' | undefined;
  const point = value === undefined || !value.startsWith('P');
  // A letter with its abbreviation's dot is no preposition: «с.г.» (сего года) opens a relative year, not a start.
  const abbreviation = t[first + 1]?.text === '.' && !t[first + 1]!.spaceBefore;
  const inside = abbreviation ? undefined : adpositionBefore(adp, t[first]!.lower, point);
  if (inside !== undefined) relation = inside;
  else if (!t[first]!.sentenceStart && first > 0) {
    // Words for a part of the period between the preposition and the date: «в конце», "by the end of".
    let prepAt = first - 1;
    let part: Relation | '' | undefined;
    for (let k = first - 1; k >= 0 && first - k <= MAX_PARTS; k--) {
      const p = t[k + 1]!.sentenceStart ? undefined : adp.parts.get(t[k]!.lower);
      if (p === undefined) break;
      part ||= p;
      prepAt = k - 1;
    }
    const prep = prepAt >= 0 ? adpositionBefore(adp, t[prepAt]!.lower, point) : undefined;
    const anaphoric = prep !== undefined && ctx.pack.date.anaphoricBefore.has(t[prepAt]!.lower) && ctx.quantities.parseAt(first) !== undefined;
    if (prep !== undefined && !anaphoric && !t[prepAt + 1]!.sentenceStart) {
      relation = part || prep;
      first = prepAt;
    } else if (value !== undefined && YEAR_VALUE_RE.test(value)) first = yearPartStart(ctx.pack.date, t, first);
  }
  const noun = t[next];
  const timeNoun = noun !== undefined && !noun.sentenceStart && ctx.pack.date.timeAdjective(t[next - 1]!.lower) ? ctx.pack.date.timeNoun(noun.lower) : undefined;
  if (timeNoun !== undefined) {
    relation = timeNoun || relation;
    next += 1;
  }
  next = ctx.pack.date.partOfPeriod(t, next);
  const after = t[next];
  const following = after !== undefined && !after.sentenceStart ? after.lower : undefined;
  const post = following !== undefined ? adp.after.get(following) : undefined;
  const outside = post === undefined && following !== undefined ? adp.afterOutside.get(following) : undefined;
  if (post !== undefined) {
    relation = post || relation;
    next += 1;
  } else if (outside) relation = outside;
  else {
    const last = adp.after.get(t[next - 1]!.lower);
    if (last) relation = last;
  }
  // "postponed to May", «перенесли на май»: the new date, not a limit; "from March" before it is the old one, not a start.
  const moved = (relation === 'until' || relation === 'from' || ctx.pack.date.targetPrepositions?.has(t[first]!.lower) === true) && movedAt(ctx, first);
  if (moved && relation !== 'from') relation = 'at';
  // «с 1 января … родились»: a date in the past that something runs from is since then, up to the article.
  if (relation === 'from' && !moved && value?.startsWith('--') === true && ctx.pack.date.pastClause?.(t, first, next) === true) relation = 'since';
  // "a review launched in March" in a November story: the March before it, not the nearest one; "prices will be frozen
  // until December 31" in a June story: the coming one.
  // «в феврале этого года»: a year after the month gives it (the two are joined after, see joinDates).
  if (value?.startsWith('--') === true && ctx.docDate !== undefined && (t[next] === undefined || t[next]!.sentenceStart || relativeYearAt(ctx, next) === undefined)) {
    // A move announced is of dates to come, the old one as the new («перенесли с апреля на июнь» in October: next year's).
    const direction = moved ? 'future' : yearlessDirection(ctx, first, relation === 'until');
    const resolved = direction === undefined ? undefined : resolveYearless(value, ctx.docDate, direction);
    if (resolved !== undefined) {
      value = resolved;
      rel = true;
    }
  }
  const { start, end, text } = spanOf(ctx, first, next);
  if (value !== undefined && YEAR_VALUE_RE.test(value)) {
    const months = yearPartMonthsAt(ctx, first, next);
    if (months !== undefined) value = monthsOfYear(value, months[0], months[1]);
  } else if (value === undefined && ctx.docDate !== undefined) {
    // A quarter or half with no year is one of the article's, the one that has begun unless the clause tells of what is to
    // come ("Output rose in the third quarter" in October: this year's third; "will open in the first quarter": next year's).
    const months = yearPartMonthsAt(ctx, first, next);
    const resolved = months === undefined ? undefined : resolveYearlessMonths(months[0], months[1], ctx.docDate, yearlessDirection(ctx, first) ?? 'past');
    if (resolved !== undefined) {
      value = resolved;
      rel = true;
    }
  }
  // Literals, never spreads: see the note on mention shapes in ../context.ts.
  let mention: DateMention;
  if (relation) {
    if (value === undefined) mention = rel ? { type: 'date', start, end, text, relative: true, relation } : { type: 'date', start, end, text, relation };
    else mention = rel ? { type: 'date', start, end, text, value, relative: true, relation } : { type: 'date', start, end, text, value, relation };
  } else if (value === undefined) mention = rel ? { type: 'date', start, end, text, relative: true } : { type: 'date', start, end, text };
  else mention = rel ? { type: 'date', start, end, text, value, relative: true } : { type: 'date', start, end, text, value };
  return moved ? { mention, next, moved } : { mention, next };
}

/** Year (+ optional year word) starting at token i: "2016 года", "2025". */
function yearAt(ctx: ExtractContext, rules: DateRules, i: number): { year: number; next: number } | undefined {
  const tok = ctx.tokens[i];
  if (tok?.kind !== 'number' || tok.text.length !== 4) return undefined;
  const year = Number(tok.text);
  if (!isYear(year)) return undefined;
  // «марта 1998-го года»: an ordinal's ending after a hyphen is part of the year.
  const ordinal = ctx.tokens[i + 1]?.text === '-' ? ctx.quantities.parseAt(i) : undefined;
  let next = ordinal?.ordinal === true ? ordinal.next : i + 1;
  if (ctx.tokens[next] !== undefined && !ctx.tokens[next]!.sentenceStart && rules.isYearWord(ctx.tokens[next]!.lower)) next += 1;
  return { year, next };
}

/**
 * Patterns that start with a word or an ISO string: "2025-11-04", "04.11.2025", "в августе 2016
 * года", "биыл", and durations of a vague count ("несколько лет").
 */
export function dateAt(ctx: ExtractContext, i: number): (Found & { asCount?: NumberMention }) | undefined {
  const t = ctx.tokens;
  const tok = t[i]!;
  if (tok.kind === 'number') {
    // "mid-2027": a year glued to the word before it is no count the quantities read.
    const label = tok.text.length === 4 && !tok.spaceBefore && isYear(Number(tok.text)) ? (ctx.pack.date.periodLabelBefore?.(t, i) ?? -1) : -1;
    // «3-тоқсанында»: a quarter's digit joined to it by a hyphen (the part alone would read as a count, «тоқсан» 90).
    if (label < 0 && gluedYearPart(ctx, i)) return make(ctx, i, i + 3, undefined);
    return label >= 0 ? make(ctx, label, i + 1, tok.text) : (durationAdjectiveAt(ctx, i) ?? isoAt(ctx, i));
  }
  if (tok.kind !== 'word') return undefined;
  const word = DATE_WORDS(ctx.pack)(tok.word);
  if (word === undefined) return undefined;
  const candidates = word.relative;
  for (let c = 0; c < candidates.length; c++) {
    const r = candidates[c]!;
    if (r.except.has(tok.lower)) continue;
    if (!relativeRuleAt(ctx, r, i)) continue;
    const next = i + r.words.length;
    // "the first quarter of 2027": the year's date takes the quarter in with its parts.
    if (ctx.pack.date.partOfYear(t[next - 1]!.lower) !== undefined && ctx.pack.date.adpositions.parts.has(t[next]?.lower ?? '')) return undefined;
    // "On Monday the minister will …": the preposition before the weekday may open the sentence, and so the clause.
    const opening = i > 0 && !tok.sentenceStart && t[i - 1]!.sentenceStart && adpositionBefore(ctx.pack.date.adpositions, t[i - 1]!.lower, true) !== undefined;
    // A span of time: its words before the unit are the adpositions make() reads the relation from («в течение» during).
    if (isDurationUnit(r.unit)) return make(ctx, next - 1, next, `P${r.offset}${DURATION_UNIT_NAMES[r.unit]}`);
    return make(ctx, i, next, resolveRelative(ctx.docDate, r, r.unit === 'weekday' && ctx.pack.date.futureClause?.(ctx.tokens, opening ? i - 1 : i) === true), true);
  }
  if (word.monthPair !== undefined) return monthPairAt(ctx, i, word.monthPair);
  if (word.monthAdjective !== undefined) return monthAdjectiveAt(ctx, i, word.monthAdjective);
  if (word.durationAdjective !== undefined) return durationAdjectiveAt(ctx, i);
  const month = word.month;
  if (month === undefined) return word.vagueCount ? durationFromQuantity(ctx, undefined, i) : undefined;
  const rules = ctx.pack.date;
  // "в конце марта", "до начала мая": the part of the month belongs to the date
  let start = i;
  if (rules.partsOfMonth.has(t[i - 1]?.lower ?? '') && t[i - 2] !== undefined && rules.yearPrepositions.has(t[i - 2]!.lower)) start = i - 2;
  let prep = start === i ? t[i - 1] : t[start];
  // "by the end of March": the words for a part of the period stand between the preposition and the month.
  let parted = start !== i;
  for (let k = i - 1; start === i && k > 0 && i - k <= MAX_PARTS && !t[k + 1]!.sentenceStart && ctx.pack.date.adpositions.parts.has(t[k]!.lower); k--) {
    prep = t[k - 1];
    parted = true;
  }
  const next = i + 1;
  // A day after the month: "наурыздың 19-ынан", "мамыр айының 9-ы" (a "күні" after it is no part of the date, as after "9 мамыр").
  const dayAt = rules.dayAfterMonth(t, i);
  // The dot of an abbreviated month ("Feb. 16") ends no sentence.
  const continues = dayAt >= 0 && (t[dayAt]?.sentenceStart === false || (dayAt === i + 2 && t[i + 1]!.text === '.' && t[dayAt]!.kind === 'number'));
  const day = continues ? ctx.quantities.parseAt(dayAt) : undefined;
  // "Sept. 24-25 (, 2025)": days of one month, a value only with the year, as "27-28 сентября".
  if (day !== undefined && typeof day.value === 'object' && isDay(day.value.from) && isDay(day.value.to) && day.value.to > day.value.from && day.qualifier === undefined) {
    const yearIndex = t[day.next]?.text === ',' ? day.next + 1 : day.next;
    const year = yearAt(ctx, rules, yearIndex);
    const iso = (d: number): string => `${year?.year}-${pad(month)}-${pad(d)}`;
    if (year !== undefined) return make(ctx, start, year.next, `${iso(day.value.from)}/${iso(day.value.to)}`);
    return yearlessDays(ctx, start, day.next, month, day.value.from, day.value.to);
  }
  // "желтоқсанның 15-іне дейін": a postposition the day was read with as its qualifier ("up to") is the date's relation.
  const dayNext = day?.postQualified && rules.adpositions.after.has(t[day.next - 1]!.lower) ? day.next - 1 : day?.next;
  if (day !== undefined && dayNext !== undefined && typeof day.value === 'number' && isDay(day.value) && (day.qualifier === undefined || dayNext < day.next)) {
    // "October 14, 2025": the year after the day, past its comma, whatever follows it.
    const endDay = dayRangeEnd(ctx, start, dayNext, day.value);
    if (endDay !== undefined) {
      const yearAfter = t[endDay.next]?.text === ',' ? endDay.next + 1 : endDay.next;
      const endYear = t[yearAfter]?.sentenceStart === false ? yearAt(ctx, rules, yearAfter) : undefined;
      const iso = (d: number): string => `${endYear?.year}-${pad(month)}-${pad(d)}`;
      if (endYear !== undefined) return make(ctx, start, endYear.next, `${iso(day.value)}/${iso(endDay.day)}`);
      return yearlessDays(ctx, start, endDay.next, month, day.value, endDay.day);
    }
    const yearIndex = t[dayNext]?.text === ',' ? dayNext + 1 : dayNext;
    const year = t[yearIndex]?.sentenceStart === false ? yearAt(ctx, rules, yearIndex) : undefined;
    if (year !== undefined) return make(ctx, start, year.next, `${year.year}-${pad(month)}-${pad(day.value)}`);
    const to = secondDayAt(ctx, dayNext, day.value);
    if (to !== undefined) return yearlessDays(ctx, start, to.next, month, day.value, to.day);
    return make(ctx, start, dayNext, `--${pad(month)}-${pad(day.value)}`);
  }
  // "Oct. 2022": past the abbreviation's dot.
  const yearFrom = t[next]?.text === '.' && !t[next]!.spaceBefore && t[next + 1]?.kind === 'number' ? next + 1 : next;
  const year = yearAt(ctx, rules, yearFrom);
  if (year !== undefined) return make(ctx, start, year.next, `${year.year}-${pad(month)}`);
  if (t[next] !== undefined && rules.monthWord(t[next]!.lower)) return make(ctx, start, next + 1, `--${pad(month)}`);
  // A month that is also a word needs a year before it: "өткен жылдың қазанында", not "қазанында" (in his cauldron).
  const afterYear = i > 0 && !tok.sentenceStart && rules.isYearWord(t[i - 1]!.lower);
  if (rules.monthInTimeCase(tok.lower) && (afterYear || !rules.monthNeedsContext.has(month))) return make(ctx, start, next, `--${pad(month)}`);
  // "қыркүйектің соңында", "мамырдың басынан": a month in the genitive with the part of it after it (taken in by the caller).
  if (rules.partOfPeriod(t, next) > next && (afterYear || !rules.monthNeedsContext.has(month))) return make(ctx, start, next, `--${pad(month)}`);
  if (monthRangeAfter(ctx, next) || monthListAfter(ctx, next) || monthRangeBefore(ctx, i, month)) return make(ctx, start, next, `--${pad(month)}`);
  // A preposition of years, or one that takes a month alone («на май»).
  if (prep === undefined || !(rules.yearPrepositions.has(prep.lower) || rules.targetPrepositions?.has(prep.lower) === true)) return undefined;
  if (!rules.monthAfterPreposition(tok.lower, month, parted, prep.lower, tok.text)) return undefined;
  return make(ctx, start, next, `--${pad(month)}`);
}

// What may follow the last day of "from August 14 to 16": no noun the number would count ("to 16 percent").
const AFTER_DAY_RANGE: ReadonlySet<string> = new Set(['this', 'next', 'last', 'and', 'in', 'at', 'on', 'the', 'of', 'for', 'with', 'will', 'was', 'were', 'is', 'are']);

/**
 * "from August 14 to 16", "between March 3 and 5": a Latin-script month's day, a joiner of days that the pack reads as a
 * range with the date before it, and a later day of the same month; the last day and where it ends, or undefined.
 */
function dayRangeEnd(ctx: ExtractContext, start: number, dayNext: number, from: number): { day: number; next: number } | undefined {
  const t = ctx.tokens;
  const rules = ctx.pack.date;
  const joiner = t[dayNext];
  const last = t[dayNext + 1];
  if (ctx.pack.cyrillic || joiner === undefined || last === undefined || last.kind !== 'number' || last.sentenceStart || !rules.dayJoiners.has(joiner.lower)) return undefined;
  const end = ctx.quantities.parseAt(dayNext + 1);
  if (end === undefined || typeof end.value !== 'number' || !isDay(end.value) || end.value <= from || end.qualifier !== undefined) return undefined;
  const after = t[end.next];
  if (after !== undefined && after.kind === 'word' && !after.sentenceStart && (monthOf(ctx, after) !== undefined || !AFTER_DAY_RANGE.has(after.lower))) return undefined;
  // The range is read with the preposition before the month ("from", "between") and the joiner on either side of the gap.
  const first = start > 0 && t[start - 1]!.kind === 'word' ? start - 1 : start;
  const startText = ctx.text.slice(t[first]!.start, t[dayNext - 1]!.end);
  const lastA = lastWord(startText);
  const range = rules.isRange(lastA, ' ', last.text, startText, `${joiner.text} ${last.text}`) || rules.isRange(lastA, ` ${joiner.text} `, last.text, startText, last.text);
  return range ? { day: end.value, next: end.next } : undefined;
}

/**
 * Two months joined by a hyphen ("январь-август 2026 года", «2026 жылдың қаңтар-тамыз айларында», "January-August this
 * year"): the months of the year written after or before them, or of the article's year, or no value.
 */
function monthPairAt(ctx: ExtractContext, i: number, [from, to]: readonly [number, number]): Found | undefined {
  const t = ctx.tokens;
  const rules = ctx.pack.date;
  // Russian and Kazakh write months in lowercase: a capital inside the sentence or after the hyphen makes the pair a name
  // («улица Май-Август», «на пленуме Ноябрь-Декабрь»), as it does a month's adjective (monthAdjectiveAt).
  const { text, lower, sentenceStart } = t[i]!;
  const last = text.slice(text.indexOf('-') + 1);
  if (ctx.pack.cyrillic && ((text !== lower && !sentenceStart) || last !== last.toLowerCase())) return undefined;
  let next = i + 1;
  if (t[next] !== undefined && !t[next]!.sentenceStart && rules.monthWord(t[next]!.lower)) next += 1;
  const written = t[next]?.sentenceStart === false ? yearAt(ctx, rules, next) : undefined;
  if (written !== undefined) return make(ctx, i, written.next, monthsOfYear(written.year, from, to));
  const relative = t[next]?.sentenceStart === false ? relativeYearAt(ctx, next) : undefined;
  if (relative !== undefined) return make(ctx, i, relative.next, relative.year === undefined ? undefined : monthsOfYear(relative.year, from, to), true);
  // A year before («2026 жылдың», «ағымдағы жылдың») is a date of its own, joined to this one (joinDates, which puts these
  // months in that year).
  const before = i > 1 && !t[i]!.sentenceStart && !t[i - 1]!.sentenceStart && rules.isYearWord(t[i - 1]!.lower) ? t[i - 2]! : undefined;
  if (before?.kind === 'number' && before.text.length === 4 && isYear(Number(before.text))) return make(ctx, i, next, monthsOfYear(before.text, from, to));
  // Without a clause about what is to come, months that have begun: news reports a period ("January–March" in October is this year's).
  const resolved = ctx.docDate === undefined ? undefined : resolveYearlessMonths(from, to, ctx.docDate, yearlessDirection(ctx, i) ?? 'past');
  return make(ctx, i, next, resolved, resolved !== undefined);
}

/**
 * Days `from`–`to` of a month written without its year, the date over tokens [first, next), in the article's year ("July
 * 1–3" in a story of June 2026); a relative year after them («27–29 мая следующего года») moves them there (joinDates).
 */
function yearlessDays(ctx: ExtractContext, first: number, next: number, month: number, from: number, to: number): Found {
  const yearless = (day: number): string => `--${pad(month)}-${pad(day)}`;
  const period = ctx.docDate === undefined ? undefined : resolveYearlessRange(yearless(from), yearless(to), ctx.docDate, yearlessDirection(ctx, first));
  return make(ctx, first, next, period, period !== undefined);
}

/**
 * A later day of the same month after the day that ends at `k`, joined to it as the end of a range that a postposition
 * closes: «мамырдың 5-і мен 14-і аралығында», «қазанның 10-ы – 12-сіне дейін». Where the day ends (before the postposition,
 * which make() takes in) and its number.
 */
function secondDayAt(ctx: ExtractContext, k: number, from: number): { next: number; day: number } | undefined {
  const t = ctx.tokens;
  const joiner = t[k];
  if (joiner === undefined || joiner.sentenceStart || !(RANGE_DASHES.has(joiner.text) || ctx.pack.date.dayJoiners.has(joiner.lower))) return undefined;
  const q = t[k + 1]?.sentenceStart === false ? ctx.quantities.parseAt(k + 1) : undefined;
  if (q === undefined || typeof q.value !== 'number' || !isDay(q.value) || q.value <= from || !q.hasDigits) return undefined;
  const adp = ctx.pack.date.adpositions;
  // «12-сіне дейін»: the postposition read with the day as its qualifier
  const next = q.postQualified && adp.after.has(t[q.next - 1]!.lower) ? q.next - 1 : ctx.pack.date.partOfPeriod(t, q.next);
  const after = t[next];
  if (after === undefined || after.sentenceStart || monthOf(ctx, after) !== undefined) return undefined;
  const gap = ctx.text.slice(t[k - 1]!.end, t[k + 1]!.start);
  const closes = RANGE_DASHES.has(joiner.text) ? adp.after.has(after.lower) : ctx.pack.date.isRange(t[k - 1]!.lower, gap, after.lower, '', '');
  return closes ? { next, day: q.value } : undefined;
}

/** A relative year at token k ("текущего года", "this year"): where it ends and its year, if the article has a date. */
function relativeYearAt(ctx: ExtractContext, k: number): { next: number; year: string | undefined } | undefined {
  const rules = DATE_WORDS(ctx.pack)(ctx.tokens[k]!.word)?.relative ?? [];
  for (const r of rules) if (r.unit === 'year' && !r.except.has(ctx.tokens[k]!.lower) && relativeRuleAt(ctx, r, k)) return { next: k + r.words.length, year: resolveRelative(ctx.docDate, r) };
  return undefined;
}

/**
 * "на декабрьском заседании", "майские указы": the adjective alone is the date; the preposition
 * belongs to the noun it qualifies. Written with a capital inside a sentence it is part of a name
 * («Октябрьский джамаат», the town Октябрьский).
 */
function monthAdjectiveAt(ctx: ExtractContext, i: number, month: number): Found | undefined {
  const tok = ctx.tokens[i]!;
  if (tok.text !== tok.lower && !tok.sentenceStart) return undefined;
  return { mention: { type: 'date', start: tok.start, end: tok.end, text: tok.text, value: `--${pad(month)}` }, next: i + 1 };
}

/**
 * "пятилетний срок", "15-летний опыт": the adjective alone (with its digits) is a duration when
 * the noun after it is one a duration measures; the preposition before belongs to that noun.
 */
function durationAdjectiveAt(ctx: ExtractContext, i: number): Found | undefined {
  const t = ctx.tokens;
  const rules = ctx.pack.date;
  if (rules.durationHead === undefined) return undefined;
  const digits = t[i]!.kind === 'number';
  const last = digits ? i + 2 : i;
  if (digits && (t[i + 1]?.text !== '-' || t[i + 1]!.spaceBefore || t[last] === undefined || t[last]!.spaceBefore)) return undefined;
  const adjective = t[last]?.kind === 'word' ? DATE_WORDS(ctx.pack)(t[last]!.word)?.durationAdjective : undefined;
  const n = digits ? Number(t[i]!.text) : adjective?.n;
  const head = t[last + 1];
  if (adjective === undefined || n === undefined || (digits && adjective.n !== undefined) || head === undefined || head.sentenceStart || !rules.durationHead(head.lower)) return undefined;
  const { start, end, text } = spanOf(ctx, i, last + 1);
  return { mention: { type: 'date', start, end, text, value: isoDuration(n, adjective.unit) }, next: last + 1 };
}

const RANGE_DASHES = new Set(['–', '—', '-']);

/** A dash and another month after a month make it the start of a range of months: "March–May 2026", "март–май". */
function monthRangeAfter(ctx: ExtractContext, k: number): boolean {
  const t = ctx.tokens;
  return RANGE_DASHES.has(t[k]?.text ?? '') && t[k + 1] !== undefined && !t[k + 1]!.sentenceStart && monthOf(ctx, t[k + 1]!) !== undefined;
}

/**
 * A month and a dash before the month at i make it the end of a range of months: "the January–March quarter"; so do a
 * month and a joiner ("between March and August", «в марте и апреле»), unless the month is also a word ("and may").
 */
function monthRangeBefore(ctx: ExtractContext, i: number, month: number): boolean {
  const t = ctx.tokens;
  if (i < 2 || t[i]!.sentenceStart || monthOf(ctx, t[i - 2]!) === undefined) return false;
  // A Latin month in capitals is the month there ("between March and May"); Cyrillic ones are written in lower case.
  const written = !ctx.pack.cyrillic && t[i]!.text !== t[i]!.lower;
  return RANGE_DASHES.has(t[i - 1]!.text) || (ctx.pack.date.dayJoiners.has(t[i - 1]!.lower) && (written || !ctx.pack.date.monthNeedsContext.has(month)));
}

/** The most months a list names ("January, March, June and August"). */
const MAX_LISTED_MONTHS = 12;

/**
 * A month before a list of months that ends in the month word or in a time case names a month too:
 * "қаңтар, наурыз, маусым және тамыз айларында", "ақпан мен мамыр айларында", "қаңтар мен ақпанда".
 */
function monthListAfter(ctx: ExtractContext, k: number): boolean {
  const t = ctx.tokens;
  const rules = ctx.pack.date;
  for (let n = 0; n < MAX_LISTED_MONTHS; n++, k += 2) {
    const gap = t[k];
    const m = t[k + 1];
    if (gap === undefined || m === undefined || gap.sentenceStart || m.sentenceStart || (gap.text !== ',' && !rules.dayJoiners.has(gap.lower))) return false;
    const month = monthOf(ctx, m);
    if (month === undefined) return false;
    const after = t[k + 2];
    if ((after !== undefined && !after.sentenceStart && rules.monthWord(after.lower)) || (rules.monthInTimeCase(m.lower) && !rules.monthNeedsContext.has(month))) return true;
  }
  return false;
}

function relativeRuleAt(ctx: ExtractContext, rule: RelativeRule, i: number): boolean {
  const last = rule.words.length - 1;
  for (let k = 0; k <= last; k++) if (!wordIs(ctx.pack.date, ctx.tokens[i + k], rule.words[k]!, k === last)) return false;
  return true;
}

/** The last word of a relative expression may be inflected where the language declines it ("биылдың", "бүгінге"). */
function wordIs(rules: DateRules, tok: Token | undefined, word: string, last: boolean): boolean {
  if (tok === undefined) return false;
  if (tok.lower === word) return true;
  return last && tok.lower.startsWith(word) && rules.relativeInflected(tok.lower, word);
}

function isoAt(ctx: ExtractContext, i: number): Found | undefined {
  const t = ctx.tokens;
  const a = t[i];
  // "1919г": the year word glued to the digits
  const glued = t[i + 1];
  if (a !== undefined && a.text.length === 4 && isYear(Number(a.text)) && glued !== undefined && !glued.spaceBefore && GLUED_YEAR_WORDS().has(glued.lower)) return make(ctx, i, i + 2, a.text);
  const s1 = t[i + 1];
  const b = t[i + 2];
  const s2 = t[i + 3];
  const c = t[i + 4];
  const season = a !== undefined && s1?.text === '/' ? seasonAt(ctx, i) : undefined;
  if (season !== undefined) return season;
  // "1912-1914гг": two years and the year word, all glued
  if (a !== undefined && s1 !== undefined && s1.text === '-' && !s1.spaceBefore && b?.kind === 'number' && !b.spaceBefore && s2 !== undefined && !s2.spaceBefore && GLUED_YEAR_WORDS().has(s2.lower)) {
    const [from, to] = [Number(a.text), Number(b.text)];
    if (a.text.length === 4 && b.text.length === 4 && isYear(from) && isYear(to) && from < to) return make(ctx, i, i + 4, `${from}/${to}`);
  }
  if (a === undefined || s1 === undefined || b === undefined || s2 === undefined || c === undefined) return undefined;
  if (s1.spaceBefore || b.spaceBefore || s2.spaceBefore || c.spaceBefore || b.kind !== 'number' || c.kind !== 'number') return undefined;
  if (s1.text === '-' && s2.text === '-' && a.text.length === 4 && b.text.length === 2 && c.text.length === 2) {
    const [y, m, d] = [Number(a.text), Number(b.text), Number(c.text)];
    if (isYear(y) && m >= 1 && m <= 12 && isDay(d)) return make(ctx, i, i + 5, `${a.text}-${b.text}-${c.text}`);
  }
  if (s1.text === '.' && s2.text === '.' && a.text.length <= 2 && b.text.length === 2 && c.text.length === 4) {
    const [d, m, y] = [Number(a.text), Number(b.text), Number(c.text)];
    if (isYear(y) && m >= 1 && m <= 12 && isDay(d)) {
      const rules = ctx.pack.date;
      const next = t[i + 5] !== undefined && rules.isYearWord(t[i + 5]!.lower) ? i + 6 : i + 5;
      return make(ctx, i, next, `${c.text}-${b.text}-${pad(d)}`);
    }
  }
  return undefined;
}

/**
 * A season across two years written with a slash, "2016/17", "2017/2018" (+ year word): one period.
 * The second year must follow the first, so a code or a year and month ("2016/07") is none.
 */
function seasonAt(ctx: ExtractContext, i: number): Found | undefined {
  const t = ctx.tokens;
  const a = t[i]!;
  const b = t[i + 2];
  if (a.text.length !== 4 || b === undefined || b.kind !== 'number' || t[i + 1]!.spaceBefore || b.spaceBefore || (b.text.length !== 2 && b.text.length !== 4)) return undefined;
  const from = Number(a.text);
  const to = from + 1;
  if (!isYear(from) || Number(b.text) !== (b.text.length === 2 ? to % 100 : to)) return undefined;
  const after = t[i + 3];
  // A slash or digits glued after it make a longer code ("2016/17/3").
  if (after !== undefined && !after.spaceBefore && (after.kind === 'number' || after.text === '/')) return undefined;
  const next = after !== undefined && !after.sentenceStart && ctx.pack.date.isYearWord(after.lower) ? i + 4 : i + 3;
  return make(ctx, i, next, `${from}/${to}`);
}

/** Patterns that start with a number: years, periods, decades, day + month (+ year). */
export function dateFromQuantity(ctx: ExtractContext, q: Quantity): Found | undefined {
  const rules = ctx.pack.date;
  const t = ctx.tokens;
  const after = t[q.next];
  const value = q.value;
  // Days sharing the month of the next: "27-28 сентября", "с 25 по 28 июля 2019 года", "с 3 на 4 июня", "17 и 21 апреля".
  if (typeof value === 'object' && isDay(value.from) && isDay(value.to) && value.to > value.from && after !== undefined && !after.sentenceStart) {
    const month = monthOf(ctx, after);
    if (month !== undefined) {
      const year = yearAt(ctx, rules, q.next + 1);
      if (year === undefined) return yearlessDays(ctx, q.first, q.next + 1, month, value.from, value.to);
      const iso = (day: number): string => `${year.year}-${pad(month)}-${pad(day)}`;
      return make(ctx, q.first, year.next, `${iso(value.from)}/${iso(value.to)}`);
    }
  }
  if (typeof value === 'number' && isDay(value) && q.hasDigits && rules.dayJoiners.has(after?.lower ?? '')) {
    const day = t[q.next + 1];
    const month = day?.kind === 'number' && isDay(Number(day.text)) ? monthOf(ctx, t[q.next + 2]) : undefined;
    if (month !== undefined) {
      const year = yearAt(ctx, rules, q.next + 3);
      return make(ctx, q.coreFirst, q.next, year === undefined ? `--${pad(month)}-${pad(value)}` : `${year.year}-${pad(month)}-${pad(value)}`);
    }
  }
  // Day + month (+ year): "20 мая 2017 года", "4 қарашада", "он бірінші мамыр"; a "до"/"около" before it is a preposition here.
  if (typeof value === 'number' && isDay(value) && after !== undefined && !after.sentenceStart) {
    const month = monthOf(ctx, after);
    if (month !== undefined) {
      const year = yearAt(ctx, rules, q.next + 1);
      if (year !== undefined) return make(ctx, q.coreFirst, year.next, `${year.year}-${pad(month)}-${pad(value)}`);
      return make(ctx, q.coreFirst, q.next + 1, `--${pad(month)}-${pad(value)}`);
    }
  }
  // «2026-2027 оқу жылына»: the kind of year may stand before the year word, and is part of the date.
  const kindAfter = t[q.next + 1];
  const kindNext = after !== undefined && !after.sentenceStart && rules.yearKind?.(after.lower) === true && kindAfter !== undefined && !kindAfter.sentenceStart && rules.isYearWord(kindAfter.lower);
  const yearWordNext = kindNext || (after !== undefined && !after.sentenceStart && rules.isYearWord(after.lower));
  const periodEnd = kindNext ? q.next + 2 : yearWordNext ? q.next + 1 : q.next;
  if (typeof value === 'object') {
    const bare = after === undefined || after.sentenceStart || after.kind === 'punct';
    if (isYear(value.from) && isYear(value.to) && value.to > value.from && value.to - value.from < 100 && (yearWordNext || (q.hasDigits && (precededByPreposition(ctx, rules, q.first) || bare)))) {
      return make(ctx, q.first, periodEnd, `${value.from}/${value.to}`);
    }
    // "the 2024-25 season", "2025/26": a season or school year that spans two years, the second written by its last two digits.
    // Not after a glued hyphen, the end of a code ("KZ-2025-26"); three groups of digits or more ("8-800-2025-26",
    // "2025-26-11": phone numbers) are no quantity at all (the quantity parser).
    const glued = q.first > 0 && t[q.first - 1]!.text === '-' && !t[q.first]!.spaceBefore;
    if (isYear(value.from) && q.hasDigits && !glued && t[q.next - 1]!.text.length === 2 && value.to === (value.from + 1) % 100) {
      return make(ctx, q.first, periodEnd, `${value.from}/${value.from + 1}`);
    }
    return undefined;
  }
  // "бірінші тоқсанда", "екінші жартыжылдықта", «во 2 квартале»: a quarter or half of the year, with no ISO value of its own
  // (a year after it is joined to it later, see joinDates).
  if (typeof value === 'number' && value >= 1 && value <= 4 && after !== undefined && !after.sentenceStart && rules.partOfYear(after.lower) !== undefined) {
    const digitOrdinal = !q.ordinal && q.hasDigits && q.qualifier === undefined && rules.digitBeforePart?.(after.lower, yearAt(ctx, rules, q.next + 1) !== undefined) === true;
    if (q.ordinal || digitOrdinal) return make(ctx, q.first, q.next + 1, undefined);
  }

  if (q.ordinal && value < 100 && rules.shortOrdinalYears) return shortOrdinalDate(ctx, q, value);
  if (!isYear(value)) return undefined;
  if (q.qualifier !== undefined && !yearWordNext) {
    tracer?.declined('quantities', t[q.first]!.start, t[q.next - 1]!.end, `date: not read as a year — it has a qualifier (${q.qualifier}) and no year word after it`);
    return undefined;
  }
  // Decades: "1980-е", "1990-шы жылдары", "1990-жылдары" (the year word glued)
  const yearWordGlued = q.ordinal && q.hasDigits && rules.isYearWord(q.ending);
  if (q.ordinal && q.hasDigits && rules.decadeEnding.test(q.ending) && value % 10 === 0 && (rules.bareDecades || yearWordNext || yearWordGlued)) {
    return make(ctx, q.first, periodEnd, `${String(value).slice(0, 3)}X`);
  }
  if (yearWordGlued) return make(ctx, q.first, q.next, String(value));
  // "Q3 2025", "H1 2026": a part of the year named before it
  const label = q.yearLike ? (rules.periodLabelBefore?.(t, q.first) ?? -1) : -1;
  if (label >= 0) return make(ctx, label, q.next, String(value));
  // A bare year with nothing counted after it: "в 1994", "1994." , "(2005)"
  if (q.yearLike && value >= 1800 && value <= 2100 && !yearWordNext && (after === undefined || after.sentenceStart || after.kind === 'punct' || after.text !== after.lower)) {
    return make(ctx, q.coreFirst, q.next, String(value));
  }
  if (yearWordNext) {
    // "екі мың жыл бұрын", "2000 жыл бұрын": years counted back from now, a duration
    if (!q.ordinal && rules.durationAgo.has(t[periodEnd]?.lower ?? '') && rules.durationUnit(after.lower)?.lemma === after.lower) return undefined;
    // "2025 жылғы 4 қараша": the year written before the day and month, unless, in a language that writes
    // the year after them, they have one of their own («в 2010 году 13 октября 2016 года …»: two dates; Kazakh writes it
    // before, «2020 жылы 5 наурыз 2021 жылғы жоспар» is one date and another's).
    const day = t[periodEnd];
    const month = monthOf(ctx, t[periodEnd + 1]);
    const ownYear = t[periodEnd + 2]?.sentenceStart === false && !rules.yearBeforeDay && yearAt(ctx, rules, periodEnd + 2) !== undefined;
    if (day?.kind === 'number' && isDay(Number(day.text)) && month !== undefined && !ownYear) {
      return make(ctx, q.first, periodEnd + 2, `${value}-${pad(month)}-${pad(Number(day.text))}`);
    }
    return make(ctx, q.coreFirst, periodEnd, String(value));
  }
  if (q.yearLike && precededByPreposition(ctx, rules, q.first)) return make(ctx, q.first, q.next, String(value));
  if (q.yearLike && q.qualifier === undefined && inListOfYears(ctx, rules, q)) return make(ctx, q.first, q.next, String(value));
  if (q.yearLike && q.qualifier === undefined && q.first === q.coreFirst && rules.yearEndsName?.(t, q.first) === true) return make(ctx, q.first, q.next, String(value));
  if (q.yearLike) tracer?.declined('quantities', t[q.first]!.start, t[q.next - 1]!.end, 'date: not read as a year — no year word after it and no preposition before it');
  return undefined;
}

/** Most ordinal centuries a date names ("жиырма бірінші ғасыр"). */
const MAX_CENTURY = 21;

/**
 * An ordinal under 100 before a year or century word names the year, decade or century by its
 * number alone, as speech does: "тоқсан бірінші жылы" ('91), "90-ыншы жылдары" (the '90s), "үшінші
 * жыл" (the third year), "екінші күні" (the second day), "жиырмасыншы ғасырда" (19XX). A year or decade leaves its century unsaid,
 * so it has no value. An ordinal before a dash and another such date starts its range ("он
 * төртінші – он бесінші ғасырларда", "24-інші — 27-нші маусым аралығында").
 */
function shortOrdinalDate(ctx: ExtractContext, q: Quantity, value: number): Found | undefined {
  const t = ctx.tokens;
  const after = t[q.next];
  if (after === undefined || after.sentenceStart) return undefined;
  if (RANGE_DASHES.has(after.text)) {
    const second = t[q.next + 1] !== undefined && !t[q.next + 1]!.sentenceStart ? ctx.quantities.parseAt(q.next + 1) : undefined;
    const end = second?.ordinal === true ? dateFromQuantity(ctx, second) : undefined;
    return end === undefined || end.mention.start !== t[second!.first]!.start ? undefined : make(ctx, q.first, end.next, undefined);
  }
  if (ctx.pack.date.isYearWord(after.lower)) return make(ctx, q.first, q.next + 1, undefined);
  const unit = ctx.pack.date.durationUnit(after.lower)?.unit;
  // "екінші күні" (on the second day), "26-ншы апта": a day, week or month counted within a period
  if (unit === 'D' || unit === 'W' || unit === 'M') return make(ctx, q.first, q.next + 1, undefined);
  if (unit !== 'C' || value < 1 || value > MAX_CENTURY) return undefined;
  return make(ctx, q.first, q.next + 1, `${pad(value - 1)}XX`);
}

/**
 * Durations are temporal expressions, as in TimeML and the KazNERD/NEREL guidelines: "5 жылдан
 * бері", "үш ай", "в течение трех лет", "соңғы 10 жылда", "бірнеше күн бұрын". Value: ISO 8601
 * duration (P5Y, P3M, P2W, PT4H), none for a vague count. "5 жыл бұрын" / "5 лет назад" is a point
 * in the past: relative, resolved against the document date. `asCount` is the same duration read
 * as a count of time units (value 5, unit "жыл"), for corpora that annotate durations as numbers.
 */
export function durationFromQuantity(ctx: ExtractContext, q: Quantity | undefined, i: number): (Found & { asCount?: NumberMention }) | undefined {
  const rules = ctx.pack.date;
  const t = ctx.tokens;
  let first = q?.first ?? i;
  let next = q?.next ?? i + 1;
  // Without a quantity, token i is a vague count ("бірнеше", "несколько") or a count word the numbers leave out ("one").
  const counted = q === undefined ? rules.countWords?.get(t[i]?.lower ?? '') : undefined;
  if (q === undefined && counted === undefined && (t[i]?.kind !== 'word' || !rules.vagueCounts.has(t[i]!.lower))) return undefined;
  // A range of units is a duration too ("2–3 жыл", "4 – 5 лет"), with no single ISO value.
  const ago = rules.durationAgo.has(t[next + 1]?.lower ?? '');
  if (q !== undefined && (q.ordinal || q.ending !== '' || (q.yearLike && !ago) || (typeof q.value !== 'number' && q.value.to > 100))) return undefined;
  const unitTok = t[next];
  if (unitTok === undefined || unitTok.sentenceStart) return undefined;
  const unit = rules.durationUnit(unitTok.lower);
  // Hours and minutes measure time of day and short spans, which the corpora class as times, not dates.
  if (unit === undefined || unit.unit === 'H' || unit.unit === 'MIN') return undefined;
  // "one day" is as often "some day" as a day's span.
  if (counted !== undefined && unit.unit === 'D') return undefined;
  next += 1;
  const n = q === undefined ? counted : typeof q.value !== 'number' ? undefined : q.value;
  const after = t[next] !== undefined && !t[next]!.sentenceStart ? t[next]!.lower : '';
  if (rules.notDurationBefore?.(unitTok.lower, after) === true) return undefined;
  if (rules.durationAgo.has(after)) return make(ctx, first, next + 1, n === undefined ? undefined : resolveAgo(ctx.docDate, n, unit.unit), true);
  if (rules.durationAfter.has(after)) next += 1;
  // "the first nine months of the year": a period from the year's start, not a duration.
  const opening = unit.unit === 'M' && n !== undefined && Number.isInteger(n) && n >= 1 && n < 12 ? rules.openingMonths?.(t, first, next) : undefined;
  const openingYear = opening === undefined ? undefined : (opening.year ?? (ctx.docDate === undefined ? undefined : Number(ctx.docDate.slice(0, 4))));
  if (opening !== undefined && openingYear !== undefined) return make(ctx, opening.first, opening.next, monthsOfYear(openingYear, 1, n!), opening.year === undefined);
  if (first > 0 && rules.durationBefore.has(t[first - 1]!.lower) && !t[first]!.sentenceStart) first -= 1;
  const found = make(ctx, first, next, n === undefined ? undefined : isoDuration(n, unit.unit));
  if (q === undefined) return found;
  const span = spanOf(ctx, q.first, q.next);
  return { mention: found.mention, next: found.next, asCount: countMention(span.start, span.end, span.text, q.value, { unit: unit.lemma, start: unitTok.start, end: unitTok.end }, q.qualifier) };
}

/** "5 жыл бұрын" written on 2025-11-04 → 2020; days and weeks give a day, months a month. */
function resolveAgo(docDate: string | undefined, n: number, unit: DurationUnit): string | undefined {
  if (!Number.isInteger(n)) return undefined;
  if (unit === 'Y') return resolveRelative(docDate, { unit: 'year', offset: -n });
  if (unit === 'M') return resolveRelative(docDate, { unit: 'month', offset: -n });
  if (unit === 'D' || unit === 'W') return resolveRelative(docDate, { unit: 'day', offset: unit === 'W' ? -7 * n : -n });
  return undefined;
}

function isoDuration(n: number, unit: DurationUnit): string {
  const num = String(n).replace(/\.0+$/, '');
  if (unit === 'C') return `P${n * 100}Y`;
  // "полтора года", "бір жарым жыл": a fraction of a year in whole months, as the record writes "1 год 6 месяцев" (P1Y6M).
  const months = unit === 'Y' && !Number.isInteger(n) ? (n % 1) * 12 : undefined;
  if (months !== undefined && Number.isInteger(months)) return n < 1 ? `P${months}M` : `P${Math.trunc(n)}Y${months}M`;
  if (unit === 'H') return `PT${num}H`;
  if (unit === 'MIN') return `PT${num}M`;
  return `P${num}${unit}`;
}

/** A year preposition before `first`, or before the words for a part of the period there ("by the end of 2027"), as for a month. */
/** A year written as four digits at token k ("1962"), not glued to anything after it. */
function bareYearAt(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok?.kind === 'number' && tok.text.length === 4 && isYear(Number(tok.text)) && t[k + 1]?.text !== '-';
}

/**
 * A bare year in a list of years that the list's end or start makes dates: "в 1958, 1962 и 1970
 * годах" (a year word after the last), "in 2027 and 2028" (a preposition before the first); not
 * "1500 and 2000 people".
 */
function inListOfYears(ctx: ExtractContext, rules: DateRules, q: Quantity): boolean {
  const t = ctx.tokens;
  const joins = (k: number): boolean => !t[k + 1]?.sentenceStart && (t[k]?.text === ',' || rules.dayJoiners.has(t[k]?.lower ?? ''));
  let k = q.next;
  while (joins(k) && bareYearAt(t, k + 1)) k += 2;
  if (k > q.next && !t[k]?.sentenceStart && rules.isYearWord(t[k]?.lower ?? '')) return true;
  k = q.first;
  while (!t[k]!.sentenceStart && joins(k - 1) && bareYearAt(t, k - 2)) k -= 2;
  return k < q.first && precededByPreposition(ctx, rules, k);
}

function precededByPreposition(ctx: ExtractContext, rules: DateRules, first: number): boolean {
  const t = ctx.tokens;
  const parts = rules.adpositions.parts;
  for (let k = first - 1; k >= 0 && first - k <= MAX_PARTS + 1; k--) {
    if (rules.yearPrepositions.has(t[k]!.lower)) return true;
    if (t[k]!.sentenceStart || !parts.has(t[k]!.lower)) return false;
  }
  return false;
}

const isDurationUnit = (unit: RelativeRule['unit']): unit is DurationUnitName => Object.hasOwn(DURATION_UNIT_NAMES, unit);

export function resolveRelative(docDate: string | undefined, rule: { unit: RelativeRule['unit']; offset: number }, ahead = false): string | undefined {
  if (docDate === undefined || rule.unit === 'none' || isDurationUnit(rule.unit)) return undefined;
  const d = new Date(`${docDate}T00:00:00Z`);
  // A weekday in news copy is the last such day on or before the article's date ("said on Thursday"),
  // or the next one on or after it in a clause about what is to come (`ahead`: "will meet on Monday").
  if (rule.unit === 'weekday') {
    const back = (d.getUTCDay() - (rule.offset % 7) + 7) % 7;
    d.setUTCDate(d.getUTCDate() + (ahead ? (7 - back) % 7 : -back));
    return d.toISOString().slice(0, 10);
  }
  if (rule.unit === 'year') return String(d.getUTCFullYear() + rule.offset);
  if (rule.unit === 'month') {
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + rule.offset);
    return d.toISOString().slice(0, 7);
  }
  d.setUTCDate(d.getUTCDate() + rule.offset);
  return d.toISOString().slice(0, 10);
}

const YEAR_VALUE_RE = /^\d{4}$/;
const YEARLESS_RE = /^--(\d{2}(?:-\d{2})?)$/;
const DAY_VALUE_RE = /^(?:\d{4}|-)-\d{2}-\d{2}$/;
const MONTH_VALUE_RE = /^\d{4}-\d{2}$/;
const DAY_WITH_YEAR_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_ONLY_RE = /^--\d{2}$/;
const JOIN_GAP_RE = /^[ \u00A0]*,?[ \u00A0]*$/;
const WRITTEN_YEAR_RE = /\d{4}/;
const NAMED_DAY_GAP_RE = /^[ \u00A0]*[,—–-]?[ \u00A0]*$/;
const DASH_GAP_RE = /^[ \u00A0]*[—–-][ \u00A0]*$/;
/** The longest gap between the two ends of a range (" мен ", " – ", " and "). */
const MAX_RANGE_GAP = 6;
const OPENING_MONTHS_RE = /^P([1-9]|1[01])M$/;
/** The months year `year` opens with, when `duration` counts fewer than twelve ("P9M" in 2026: 2026-01/2026-09), or undefined. */
function openingMonthsOf(year: string, duration: string): string | undefined {
  const n = YEAR_VALUE_RE.test(year) ? OPENING_MONTHS_RE.exec(duration)?.[1] : undefined;
  return n === undefined ? undefined : monthsOfYear(year, 1, Number(n));
}
/**
 * Whether a count of months counts from the year's start: no word before the count but "first" («за последние три месяца»,
 * "соңғы үш айда" count back), and no approximation, which measures time spent rather than names months («более 6 месяцев
 * 2025 года», «около трёх месяцев»).
 */
const countsFromStart = (rules: DateRules, text: string): boolean =>
  !(text.toLowerCase().match(SPAN_WORD_RE) ?? []).some((w) => (rules.durationBefore.has(w) && rules.yearPartOrdinal(w) !== 1) || rules.vagueCounts.has(w));
const PERIOD_OF_A_YEAR_RE = /^(\d{4})(-\d{2}(?:-\d{2})?)\/\1(-\d{2}(?:-\d{2})?)$/;
/**
 * Months or days of one year read against the article's ("2026-01/2026-08") put in year `year` («өткен жылдың қаңтар-тамыз
 * айларында», «с 1 по 3 октября прошлого года»), or undefined.
 */
function periodMovedTo(period: string, year: string): string | undefined {
  const m = YEAR_VALUE_RE.test(year) ? PERIOD_OF_A_YEAR_RE.exec(period) : null;
  return m === null ? undefined : `${year}${m[2]}/${year}${m[3]}`;
}
const MONTHS_IN: Readonly<Record<YearPart, number>> = { quarter: 3, half: 6 };
// A date's words, endings after a hyphen kept with them ("1-м", "2-тоқсанда"): where its quarter or half is looked for.
const SPAN_WORD_RE = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;
const LEADING_ORDINAL_RE = /^([1-4])(?:-|$)/;
/** The quarter or half a word names, its ending after a hyphen too («2-тоқсанда»). */
const partOfWord = (rules: DateRules, lower: string): YearPart | undefined => rules.partOfYear(lower) ?? rules.partOfYear(lower.slice(lower.indexOf('-') + 1));
/** The first and last month of the n-th quarter or half, or undefined when there is no such one. */
function monthsOfPart(part: YearPart, n: number | undefined): readonly [number, number] | undefined {
  const size = MONTHS_IN[part];
  return n === undefined || n * size > 12 ? undefined : [n * size - size + 1, n * size];
}
/** The first and last month of the quarter or half of a year a date's text names ("в первом квартале", "Q3", "екінші жартыжылдықта"), or undefined. */
function yearPartMonths(rules: DateRules, text: string): readonly [number, number] | undefined {
  const words = text.toLowerCase().match(SPAN_WORD_RE) ?? [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const part = partOfWord(rules, word);
    if (part !== undefined) return monthsOfPart(part, ordinalOfPart(rules, word) ?? (k > 0 ? ordinalOfPart(rules, words[k - 1]!) : undefined));
  }
  return undefined;
}
/**
 * The value of a date whose value is year `year`, made the months of the quarter or half its text names ("в первом квартале
 * 2026 года" 2026-01/2026-03, "2025 жылдың екінші жартыжылдығында" 2025-07/2025-12, "Q3 2025"), or the year when it names none.
 */
function withYearPart(rules: DateRules, text: string, year: string): string {
  const months = yearPartMonths(rules, text);
  return months === undefined ? year : monthsOfYear(year, months[0], months[1]);
}
/** Whether a word form is a quarter or half of a year, asked once per form: every date's words are asked (see yearPartMonthsAt). */
const PART_OF_YEAR = perPack((pack) => wordQuestion<YearPart | undefined>((lower) => partOfWord(pack.date, lower), undefined));
/**
 * yearPartMonths over a date's tokens [first, next), without making its text: the ordinal is the part's own word, a digit
 * glued after it ("Q 3"), the word before it, or a digit joined to it by a hyphen («3-тоқсанында»).
 */
function yearPartMonthsAt(ctx: ExtractContext, first: number, next: number): readonly [number, number] | undefined {
  const t = ctx.tokens;
  const rules = ctx.pack.date;
  const partOf = PART_OF_YEAR(ctx.pack);
  for (let k = first; k < next; k++) {
    const part = partOf(t[k]!.word);
    if (part === undefined) continue;
    const glued = k + 1 < next && !t[k + 1]!.spaceBefore ? t[k + 1]!.lower : undefined;
    // Before the part, past a digit's ending («3-м квартале», «2-го полугодия») or the hyphen that joins a digit to it.
    const ending = k - 3 >= first && t[k - 1]!.kind === 'word' && !t[k - 1]!.spaceBefore && t[k - 2]!.text === '-' && !t[k - 2]!.spaceBefore && t[k - 3]!.kind === 'number';
    const before = ending ? k - 3 : k > first && t[k - 1]!.text === '-' && !t[k]!.spaceBefore ? k - 2 : k - 1;
    return monthsOfPart(
      part,
      ordinalOfPart(rules, t[k]!.lower) ?? (glued === undefined ? undefined : ordinalOfPart(rules, glued)) ?? (before >= first ? ordinalOfPart(rules, t[before]!.lower) : undefined),
    );
  }
  return undefined;
}
/** A digit 1–4 at i, a hyphen and a quarter or half, all joined: «3-тоқсанында», «2-жартыжылдықта». */
function gluedYearPart(ctx: ExtractContext, i: number): boolean {
  const t = ctx.tokens;
  const hyphen = t[i + 1];
  const part = t[i + 2];
  return LEADING_ORDINAL_RE.test(t[i]!.text) && hyphen?.text === '-' && !hyphen.spaceBefore && part !== undefined && !part.spaceBefore && ctx.pack.date.partOfYear(part.lower) !== undefined;
}
/** Where the quarter or half of the year at `first` starts, among the parts of a date right before it with no preposition ("planned for the first half of 2027"), or `first`. */
function yearPartStart(rules: DateRules, t: readonly Token[], first: number): number {
  for (let k = first - 1; k > 0 && first - k <= MAX_PARTS && !t[k + 1]!.sentenceStart && rules.adpositions.parts.has(t[k]!.lower); k--) {
    if (rules.partOfYear(t[k]!.lower) !== undefined && ordinalOfPart(rules, t[k - 1]!.lower) !== undefined && !t[k]!.sentenceStart) return k - 1;
  }
  return first;
}
// «II тоқсан», «III квартал», "the IV quarter": Roman ordinals of a quarter or half are read for every language, as digits are.
const ROMAN_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
]);
function ordinalOfPart(rules: DateRules, lower: string): number | undefined {
  const digit = LEADING_ORDINAL_RE.exec(lower);
  return digit !== null ? Number(digit[1]) : (ROMAN_ORDINALS.get(lower) ?? rules.yearPartOrdinal(lower));
}
const PERIOD_END_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
// A duration of whole years, months or days, and the units in the order ISO 8601 writes them.
const WHOLE_DURATION_RE = /^P\d+([YMD])$/;
const DURATION_ORDER = 'YMD';
// The last word, past a hyphen or an abbreviation's dot («с.г»: сего года).
const LAST_WORD_RE = /[^\s.-]+$/;
const lastWord = (s: string): string => LAST_WORD_RE.exec(s)?.[0].toLowerCase() ?? '';

/**
 * Two dates side by side that a reader takes as one expression (contract 2): a year and a day or
 * month without one ("2020 жылдың 1 қаңтарынан", "в феврале этого года"), a weekday or "вчера" and
 * the full date after or before its comma ("в понедельник, 27 апреля 2020 года"), two months of one
 * period ("в январе — феврале 2015 года"). Returns the one
 * mention, or undefined when they stay two (a conjunction or other words between them).
 */
export function joinDates(text: string, a: DateMention, b: DateMention, rules: DateRules, docDate?: string, bMoved = false): DateMention | undefined {
  if (b.start < a.end) return undefined;
  const va = a.value;
  const vb = b.value;
  const gap = text.slice(a.end, b.start);
  // "в январе — феврале 2015 года": a month alone, a joiner, and a month without a preposition of its own.
  const monthPair =
    va !== undefined &&
    MONTH_ONLY_RE.test(va) &&
    vb !== undefined &&
    b.relation === undefined &&
    (MONTH_VALUE_RE.test(vb) || MONTH_ONLY_RE.test(vb)) &&
    rules.monthJoiners?.has(gap.trim().toLowerCase()) === true;
  // «1 год 6 месяцев», «2 жыл 3 ай», "one year and six months": a sentence or a term in two units is one duration.
  const unitA = va === undefined ? null : WHOLE_DURATION_RE.exec(va);
  const unitB = vb === undefined ? null : WHOLE_DURATION_RE.exec(vb);
  // Not two durations each with its own adposition («за 2 года и за 3 месяца»).
  const unitsJoined = unitA !== null && !(a.relation !== undefined && b.relation !== undefined) && (gap.trim() === '' || rules.unitJoiners.has(gap.trim().toLowerCase()));
  if (unitsJoined && unitB !== null && DURATION_ORDER.indexOf(unitA[1]!) < DURATION_ORDER.indexOf(unitB[1]!))
    return dateSpan(text, a.start, b.end, `${va}${vb!.slice(1)}`, false, a.relation ?? b.relation);
  // «1 год 6 месяцев назад», "one year and six months ago": the years go back from the month the months ago gave.
  if (unitsJoined && unitA[1] === 'Y' && b.relative === true && vb !== undefined && MONTH_VALUE_RE.test(vb) && rules.durationAgo.has(lastWord(b.text)))
    return dateSpan(text, a.start, b.end, `${Number(vb.slice(0, 4)) - Number(va!.slice(1, -1))}${vb.slice(4)}`, true, b.relation);
  // "postponed from April to June", «перенесли с 10 на 20 декабря»: the old date and the new one, not a range.
  if (monthPair || (gap.length <= MAX_RANGE_GAP && !bMoved && rules.isRange(lastWord(a.text), gap, lastWord(b.text), a.text, b.text))) {
    // A range has a period value only between two points of the calendar with their years; a month or day without one takes
    // the year of the end of the range ("March–May 2026", "from March 30 to April 2, 2026"), or the year before when it
    // would come after that end ("December 28 – January 3, 2027").
    // A start whose year came from its clause's tense ("Exports fell between January and September 2025") takes the end's
    // written year as a yearless one does.
    const endWritten = vb !== undefined && !b.relative && (MONTH_VALUE_RE.test(vb) || DAY_WITH_YEAR_RE.test(vb));
    const guessed = endWritten && a.relative === true && va !== undefined && !WRITTEN_YEAR_RE.test(a.text) && (MONTH_VALUE_RE.test(va) || DAY_WITH_YEAR_RE.test(va));
    const yearless = va === undefined ? null : YEARLESS_RE.exec(guessed ? `--${va.slice(5)}` : va);
    const endYear = yearless !== null && vb !== undefined && (MONTH_VALUE_RE.test(vb) || DAY_WITH_YEAR_RE.test(vb)) ? Number(vb.slice(0, 4)) : undefined;
    const startIn = (year: number): string => `${year}-${yearless![1]}`;
    const from = endYear === undefined ? va : startIn(endYear) > vb! ? startIn(endYear - 1) : startIn(endYear);
    const period = from !== undefined && vb !== undefined && PERIOD_END_RE.test(from) && PERIOD_END_RE.test(vb) && from < vb ? `${from}/${vb}` : undefined;
    // A start with its year gives the end without one its year, with or without an article date («2026 жылғы 20
    // желтоқсаннан 15 қаңтарға дейін»).
    const dated = period === undefined && from !== undefined && vb !== undefined && PERIOD_END_RE.test(from) ? rangeFrom(from, vb) : undefined;
    // Ends without a year ("с 1 ноября по 31 декабря", "between December 1 and December 20", "January–May") take the article's.
    const months = from !== undefined && vb !== undefined && MONTH_ONLY_RE.test(from) && MONTH_ONLY_RE.test(vb) ? [Number(from.slice(2)), Number(vb.slice(2))] : undefined;
    // Two months a dash joins are the period news reports, as in one hyphenated word (monthPairAt): the months that have
    // begun («в январе–марте» in October is this year's). A clause about what is to come has given the first its year already.
    const direction = DASH_GAP_RE.test(gap) ? 'past' : undefined;
    const resolved =
      period === undefined && dated === undefined && docDate !== undefined && from !== undefined && vb !== undefined
        ? months !== undefined && months[0]! < months[1]!
          ? resolveYearlessMonths(months[0]!, months[1]!, docDate, direction)
          : resolveYearlessRange(from, vb, docDate)
        : undefined;
    // A range that ends runs from its start, not «since» it up to now (a past clause made its start «since»: see make).
    const relation = a.relation === 'since' ? 'from' : (a.relation ?? b.relation);
    return dateSpan(text, a.start, b.end, period ?? dated ?? resolved, (a.relative === true && !guessed) || b.relative === true || resolved !== undefined, relation);
  }
  // "в среду 17 мая", "во вторник — 13 сентября": a weekday before the date it names, with or without a comma or a dash
  if (rules.weekday?.(lastWord(a.text)) === true && b.relative !== true && vb !== undefined && DAY_VALUE_RE.test(vb) && NAMED_DAY_GAP_RE.test(gap))
    return dateSpan(text, a.start, b.end, vb, false, a.relation ?? b.relation);
  // «с 1 по 3 октября прошлого года»: a range read against the article's date, then the year it is in (the range's own
  // joining came first, so its value had no year to go by).
  if (a.relative === true && b.relative === true && va !== undefined && vb !== undefined && gap.trim() === '' && !WRITTEN_YEAR_RE.test(a.text)) {
    const moved = periodMovedTo(va, vb);
    if (moved !== undefined) return dateSpan(text, a.start, b.end, moved, true, a.relation ?? b.relation);
  }
  if (!JOIN_GAP_RE.test(gap)) return undefined;
  let value: string | undefined;
  let relative: boolean;
  const monthA = va === undefined ? null : YEARLESS_RE.exec(va);
  const monthB = vb === undefined ? null : YEARLESS_RE.exec(vb);
  // («с 2019 года, в октябре …»: past a comma, a year that opens a span is no footing for the month after it.)
  if (va !== undefined && YEAR_VALUE_RE.test(va) && monthB !== null && !(gap.includes(',') && a.relation !== undefined && a.relation !== 'at')) {
    value = `${va}-${monthB[1]}`;
    relative = a.relative === true;
  } else if (vb !== undefined && YEAR_VALUE_RE.test(vb) && monthA !== null) {
    value = `${vb}-${monthA[1]}`;
    relative = b.relative === true;
  } else if (va !== undefined && YEAR_VALUE_RE.test(va) && b.relative === true && vb !== undefined && periodInYear(vb, va) !== undefined) {
    // «2027 жылғы 10-15 қаңтар аралығында»: a range read against the article date is in the year written before it.
    value = periodInYear(vb, va);
    relative = a.relative === true;
  } else if (vb === undefined && a.relative === true && va !== undefined && YEAR_VALUE_RE.test(va) && !text.slice(a.end, b.start).includes(',')) {
    // "биылғы бірінші тоқсанда", "в первом квартале этого года" read the other way round
    value = va;
    relative = true;
  } else if (vb === undefined && b.relative === true && monthA !== null && rules.isYearWord(lastWord(b.text)) && !gap.includes(',')) {
    // "в июле прошлого года" without an article date: the month is known, its year only as one relative to the article's
    value = va;
    relative = true;
  } else if (text.slice(a.end, b.start).includes(',') && (a.relative === true) !== (b.relative === true)) {
    // A weekday or "вчера" with the date it names: the absolute date gives the value.
    const absolute = a.relative === true ? b : a;
    if (absolute.value === undefined || !DAY_VALUE_RE.test(absolute.value)) return undefined;
    value = absolute.value;
    relative = false;
  } else if (!text.slice(a.end, b.start).includes(',') && rules.modifiesNext(lastWord(a.text))) {
    // "өткен жылдың шілде айында" without an article date: one expression, its value as far as known.
    value = modifiedValue(rules, a, b, monthB !== null);
    // A relative part with no value of its own before a date with its year takes that date's footing: «в первом квартале
    // 2027 года» is not relative («өткен жылдың тамыз айында» still is).
    const ownYear = (va === undefined || yearPartMonths(rules, a.text) !== undefined) && vb !== undefined && PERIOD_END_RE.test(vb);
    relative = (a.relative === true && !ownYear) || b.relative === true;
  } else if (
    va !== undefined &&
    vb !== undefined &&
    !gap.includes(',') &&
    rules.monthsOfYearAfter?.(lastWord(a.text), lastWord(b.text)) === true &&
    countsFromStart(rules, a.text) &&
    openingMonthsOf(vb, va) !== undefined
  ) {
    // «за 9 месяцев 2026 года», «пяти месяцев текущего года»
    value = openingMonthsOf(vb, va);
    relative = b.relative === true;
  } else {
    return undefined;
  }
  if (value !== undefined && YEAR_VALUE_RE.test(value)) value = withYearPart(rules, text.slice(a.start, b.end), value);
  return dateSpan(text, a.start, b.end, value, relative, a.relation ?? b.relation);
}

/** The value of date `a` that modifies date `b` after it (joinDates), `yearlessB`: b is a month or day without a year. */
function modifiedValue(rules: DateRules, a: DateMention, b: DateMention, yearlessB: boolean): string | undefined {
  const va = a.value;
  const vb = b.value;
  if (va === undefined) return yearlessB ? undefined : vb;
  if (vb === undefined) return va;
  // «2026 жылдың 9 айында», «биылғы тоғыз айда»: a year and a count of months are the months it opens with.
  if (vb.startsWith('P')) return (countsFromStart(rules, b.text) ? openingMonthsOf(va, vb) : undefined) ?? va;
  // «өткен жылдың қаңтар-тамыз айларында»: months read against the article go in the year before them.
  return (b.relative === true ? periodMovedTo(vb, va) : undefined) ?? vb;
}

function dateSpan(text: string, start: number, end: number, value: string | undefined, relative: boolean, relation: Relation | undefined): DateMention {
  const spanText = text.slice(start, end);
  // Literals, never spreads: see the note on mention shapes in ../context.ts.
  if (value === undefined) {
    if (relation !== undefined) return relative ? { type: 'date', start, end, text: spanText, relative: true, relation } : { type: 'date', start, end, text: spanText, relation };
    return relative ? { type: 'date', start, end, text: spanText, relative: true } : { type: 'date', start, end, text: spanText };
  }
  if (relation !== undefined) return relative ? { type: 'date', start, end, text: spanText, value, relative: true, relation } : { type: 'date', start, end, text: spanText, value, relation };
  return relative ? { type: 'date', start, end, text: spanText, value, relative: true } : { type: 'date', start, end, text: spanText, value };
}

/**
 * An age: "45 жастағы", "6 жасқа дейінгі", "45-летний", "в возрасте 70 лет". Annotators differ
 * (KazNERD marks ages as dates, NEREL as a class of its own), so the caller reports it by the
 * `ages` convention: as a date (value P45Y), as a number (45, unit "жас"/"год"), or not at all.
 */
export function ageFromQuantity(ctx: ExtractContext, q: Quantity): (Found & { asCount: NumberMention }) | undefined {
  if (typeof q.value !== 'number' || !Number.isInteger(q.value) || q.value > 150) return undefined;
  const age = ctx.pack.date.ageAt(ctx.tokens, q);
  if (age === undefined) return undefined;
  const unitTok = ctx.tokens[age.next - 1]!;
  return ageOf(ctx, q, age.next, age.unit === undefined ? undefined : { unit: age.unit, start: unitTok.start, end: unitTok.end }, age.range === true);
}

function ageOf(ctx: ExtractContext, q: Quantity, next: number, unit: { unit: string; start: number; end: number } | undefined, range = false): Found & { asCount: NumberMention } {
  const n = q.value as number;
  const found = make(ctx, q.first, next, range ? undefined : isoDuration(n, 'Y'));
  const span = spanOf(ctx, q.first, q.next);
  return { mention: found.mention, next: found.next, asCount: countMention(span.start, span.end, span.text, n, unit, q.qualifier) };
}
