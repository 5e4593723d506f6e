import programmes from '../extract/project/programmes.json' with { type: 'json' };
import { processDocument, type ExtractOptions } from '../document.js';
import { isErrorRecord } from '../schema/contract.js';
import type { DocumentRecord, Mention } from '../schema/record.js';
import { setTracer, type Stage } from '../extract/trace.js';
import { tokenize } from '../segment/tokenize.js';
import { wordFor } from '../segment/word.js';
import { kkHeadForm, ruHeadForm } from '../extract/position/heads.js';
import { isKnownFirstNameForm, nominativeGender, NOT_NAMES } from '../extract/person/names.js';
import { kkProjectCues } from '../lang/kk/project.js';
import { ruProjectCues } from '../lang/ru/project.js';
import type { LoadedLexicon } from '../lexicon/load.js';

export interface MentionExplanation {
  readonly index: number;
  readonly mention: Mention;
  /** The stage of extraction that produced it (they run in order, each claiming its tokens). */
  readonly stage: Stage | 'unknown';
  /** The rule family, in words. */
  readonly rule: string;
  /** The lexicon entry it rests on, when there is one (built-in or user). */
  readonly lexicon?: string;
}

export interface SpanExplanation {
  readonly start: number;
  readonly end: number;
  /** Mentions that cover the span or part of it. */
  readonly found: ReadonlyArray<{ index: number; exact: boolean }>;
  /** What the rules start from, checked for this span; each says whether it holds. */
  readonly checks: readonly string[];
}

export interface Explanation {
  readonly record: DocumentRecord;
  readonly mentions: readonly MentionExplanation[];
  readonly spans: ReadonlyArray<{ span: string; occurrences: readonly SpanExplanation[] }>;
}

const keyOf = (m: Mention): string => `${m.type}:${m.start}:${m.end}`;

/**
 * One document, extracted with a tracer listening: each mention with the stage and rule family that
 * produced it and the lexicon entry it rests on; for each span the user names, the mentions that
 * cover it and the checks the rules start from (a programme entry, quotes and cue words, a first
 * name, a never-name, a title head, a number). The checks are not a trace of every rule's decision.
 */
export function explainText(text: string, opts: ExtractOptions & { path?: string; spans?: readonly string[] } = {}): Explanation {
  const stages = new Map<string, Stage>();
  setTracer({ produced: (m, stage) => void stages.set(keyOf(m), stage) });
  let result;
  try {
    result = processDocument({ path: opts.path ?? '-', text }, opts);
  } finally {
    setTracer(undefined);
  }
  if (isErrorRecord(result)) throw new Error(`${result.path}: ${result.error.message} [${result.error.code}]`);
  const record = result;
  const lexicons = opts.lexicons ?? [];
  // The text the offsets refer to.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const mentions = record.mentions.map((m, index): MentionExplanation => {
    const stage = stages.get(keyOf(m)) ?? 'unknown';
    const { rule, lexicon } = ruleOf(m, stage, lexicons, body);
    return { index, mention: m, stage, rule, ...(lexicon !== undefined ? { lexicon } : {}) };
  });
  const spans = (opts.spans ?? []).map((span) => ({ span, occurrences: occurrences(body, span).map((start) => explainSpan(body, start, start + span.length, record, lexicons)) }));
  return { record, mentions, spans };
}

function occurrences(text: string, span: string): number[] {
  const out: number[] = [];
  if (span.length === 0) return out;
  for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) out.push(at);
  return out;
}

/** Programme entries, built-in and the user's, with where each comes from. */
function programmeEntries(lexicons: readonly LoadedLexicon[]): Array<{ names: string[]; forms: string[]; source: string }> {
  return [
    ...programmes.map((p) => ({ names: [p.kk, p.ru, p.en], forms: [p.kk, p.ru, p.en, ...p.forms], source: 'built-in programme lexicon (src/extract/project/programmes.json)' })),
    ...lexicons.flatMap((l) => (l.lexicon.programmes ?? []).map((p) => ({ names: [p.kk, p.ru, p.en], forms: [p.kk, p.ru, p.en, ...(p.forms ?? [])], source: `lexicon ${l.file}` }))),
  ];
}

const firstWord = (s: string): string => s.split(/\s+/)[0] ?? s;

function ruleOf(m: Mention, stage: Stage | 'unknown', lexicons: readonly LoadedLexicon[], text: string): { rule: string; lexicon?: string } {
  switch (m.type) {
    case 'project': {
      // The last user entry wins, as it was added last.
      const entry = programmeEntries(lexicons).reverse().find((p) => p.names.includes(m.norm));
      if (entry !== undefined) return { rule: 'programme lexicon: a known name, in any of its forms', lexicon: `${entry.source}: «${m.norm}»` };
      if (/[«"“„]/.test(text.slice(0, m.start).trimEnd().slice(-1))) return { rule: 'quoted name with a cue word next to it (жоба, бағдарлама, программа, проект…) or a last word that names it' };
      if (/^[A-Za-z]/.test(m.text)) return { rule: 'capitalised Latin words ending in a project word or next to a cue' };
      return { rule: 'a declared theme year ("… жылы")' };
    }
    case 'person': {
      const first = firstWord(m.norm).toLowerCase();
      const user = lexicons.find((l) => [...(l.lexicon.firstNames?.male ?? []), ...(l.lexicon.firstNames?.female ?? [])].some((n) => n.toLowerCase() === first));
      const rule = stage === 'names after titles' ? 'a capitalised name right after a title'
        : stage === 'later surnames' ? 'a surname first met after a title, recurring alone'
          : 'name rules: a first name with a surname, initials, or a surname form';
      if (user !== undefined) return { rule, lexicon: `lexicon ${user.file}: first name ${firstWord(m.norm)}` };
      if (nominativeGender(first) !== undefined) return { rule, lexicon: `built-in first-name lexicon: ${firstWord(m.norm)}` };
      return { rule };
    }
    case 'position': {
      const user = m.role === undefined ? undefined : lexicons.find((l) => (l.lexicon.titles ?? []).some((t) => t.role === m.role && m.norm.toLowerCase().includes(t.head.toLowerCase())));
      const rule = 'title rules: a title head word with its chain of owners (области, облыс, of the region)';
      if (user !== undefined) return { rule, lexicon: `lexicon ${user.file}: title with role ${m.role}` };
      return m.role !== undefined ? { rule, lexicon: `built-in role rules (src/extract/position/roles.json): ${m.role}` } : { rule };
    }
    case 'money': return { rule: stage === 'change start' ? 'the start of a change (с X до Y тенге): takes the currency of its end' : 'a number with a currency word or sign' };
    case 'percent': return { rule: stage === 'change start' ? 'the start of a change: takes the percent of its end' : 'a number with a percent word or sign' };
    case 'number': return { rule: stage === 'change start' ? 'the start of a change: takes the unit of its end' : 'a number (in digits or words) with the noun it counts' };
    case 'date':
      if (stage === 'date words') return { rule: `date words: months, periods${m.relative ? ', a relative date resolved against the article date' : ''}` };
      return { rule: m.value?.startsWith('P') ? 'a number of time units read as a duration' : 'a number read as a year or a date' };
  }
}

const CHECK = (holds: boolean, text: string): string => `${holds ? 'yes' : 'no '} ${text}`;

function explainSpan(text: string, start: number, end: number, record: DocumentRecord, lexicons: readonly LoadedLexicon[]): SpanExplanation {
  const found = record.mentions.flatMap((m, index) => (m.start < end && m.end > start ? [{ index, exact: m.start === start && m.end === end }] : []));
  const words = tokenize(text.slice(start, end)).filter((t) => t.kind === 'word');
  const lowers = words.map((w) => w.lower);
  const lang = record.lang === 'kk' ? 'kk' : record.lang === 'en' ? 'en' : 'ru';
  const checks: string[] = [];
  // Projects: a programme entry, or quotes with a cue word.
  const entries = programmeEntries(lexicons);
  const startsEntry = entries.filter((p) => p.forms.some((f) => firstWord(f).toLowerCase() === lowers[0]));
  const isEntry = entries.find((p) => p.forms.some((f) => f.toLowerCase() === text.slice(start, end).toLowerCase()));
  checks.push(CHECK(isEntry !== undefined, `a programme lexicon has this form${isEntry ? ` (${isEntry.source})` : startsEntry.length > 0 ? ` (entries start with «${words[0]?.text}», none has this form)` : ''}`));
  const before = text.slice(0, start).trimEnd().slice(-1);
  const after = text.slice(end).trimStart()[0] ?? '';
  const quoted = /[«"“„]/.test(before) && /[»"”“]/.test(after);
  checks.push(CHECK(quoted, 'it stands in quotes (a quoted name needs a cue word, or a lexicon entry)'));
  if (quoted) {
    const close = text.indexOf(after, end);
    // Within the sentence, as the rules look.
    const next = tokenize(text.slice(close + 1, close + 80).split(/[.!?]/)[0]!).filter((t) => t.kind === 'word').map((t) => t.lower);
    const prev = tokenize(text.slice(Math.max(0, start - 80), start).split(/[.!?]/).at(-1)!).filter((t) => t.kind === 'word').map((t) => t.lower);
    const cues = lang === 'kk' ? kkProjectCues : ruProjectCues;
    const cueAfter = next.slice(0, 3).find((w) => cues.isCueAfter(w));
    const cueBefore = prev.slice(-3).find((w) => cues.isCueBefore(w));
    checks.push(CHECK(cueAfter !== undefined || cueBefore !== undefined, `a cue word next to the quotes${cueAfter ? ` («${cueAfter}» after)` : cueBefore ? ` («${cueBefore}» before)` : ' (none within three words in the sentence)'}`));
  }
  // People: a known first name, capitals, never-names.
  const firstName = words.find((w) => isKnownFirstNameForm(w.lower));
  checks.push(CHECK(firstName !== undefined, `a known first name${firstName ? ` («${firstName.text}»)` : ''} (people are found from first names, initials and surname forms)`));
  checks.push(CHECK(words.length > 0 && words.every((w) => w.text !== w.lower), 'every word is capitalised (names are)'));
  const never = words.filter((w) => NOT_NAMES.has(w.lower));
  checks.push(CHECK(never.length > 0, `a word that is never a name${never.length > 0 ? ` (${never.map((w) => w.text).join(', ')})` : ''}`));
  // Titles: a head word.
  const head = words.find((w) => (lang === 'kk' ? kkHeadForm(wordFor(w.lower)) : ruHeadForm(wordFor(w.lower))) !== undefined);
  checks.push(CHECK(head !== undefined, `a title head word${head ? ` («${head.text}»)` : ''} (positions start from one)`));
  // Quantities.
  checks.push(CHECK(/\d/.test(text.slice(start, end)), 'it has digits (amounts, counts, percents and dates in digits)'));
  return { start, end, found, checks };
}

/** The explanation as text for a terminal. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [`${e.record.path}: ${e.record.lang}, ${e.record.mentions.length} mentions`];
  for (const m of e.mentions) {
    lines.push(`  [${m.mention.start}, ${m.mention.end}) ${m.mention.type} «${m.mention.text}»`);
    lines.push(`      stage: ${m.stage}; rule: ${m.rule}`);
    if (m.lexicon !== undefined) lines.push(`      lexicon: ${m.lexicon}`);
  }
  for (const s of e.spans) {
    if (s.occurrences.length === 0) lines.push(`span «${s.span}»: not in the text`);
    for (const o of s.occurrences) {
      lines.push(`span «${s.span}» at [${o.start}, ${o.end}):`);
      for (const f of o.found) {
        const m = e.mentions[f.index]!;
        lines.push(`  ${f.exact ? 'found' : 'overlaps'} ${m.mention.type} «${m.mention.text}» [${m.mention.start}, ${m.mention.end}) (stage ${m.stage})${f.exact ? '' : '; its tokens were claimed there, so later stages skip them'}`);
      }
      if (!o.found.some((f) => f.exact)) {
        lines.push('  not found; what the rules start from (not a trace of each rule):');
        for (const c of o.checks) lines.push(`    ${c}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
