import type { DocumentRecord, Mention } from '../schema/record.js';
import { MENTION_TYPES } from '../schema/contract.js';
import { OfficialsIndex } from '../link/corpus.js';
import { plainNumber } from '../write/csv.js';

/**
 * What the report page embeds: documents in a compact form (a mention is [type index, start, end,
 * what it says on hover]) and the corpus figures, computed here once so the page only draws them.
 */
export interface ReportData {
  readonly types: readonly string[];
  readonly docs: ReportDoc[];
  readonly stats: { documents: number; withoutText: number; byType: Record<string, number>; byLang: Record<string, number>; byLangType: Record<string, Record<string, number>> };
  readonly officials: ReportOfficial[];
  /** Per currency: totals per month of the article date ("undated" for documents without one), months in order. */
  readonly money: Record<string, Array<[string, number]>>;
  /** The most frequent projects: name, mentions, documents. */
  readonly projects: Array<[string, number, number]>;
}

export interface ReportDoc {
  /** path, id, lang, title, date */
  p: string;
  i: string;
  l: string;
  t?: string;
  d?: string;
  /** The text the offsets refer to; absent when neither the record nor its file gave it. */
  x?: string;
  m: Array<[number, number, number, string]>;
  /** Officials: name, key, position, role. */
  o: Array<[string, string, string, string]>;
}

export interface ReportOfficial {
  n: string;
  k: string;
  roles: string[];
  docs: number;
  mentions: number;
  first?: string;
  last?: string;
}

const TOP_PROJECTS = 20;

/** What a mention says on hover and focus: its normal form, value, role or key. */
export function mentionTip(m: Mention): string {
  const value = (v: number | { from: number; to: number }): string => (typeof v === 'number' ? plainNumber(v) : `${plainNumber(v.from)}–${plainNumber(v.to)}`);
  const parts: string[] = [m.type];
  switch (m.type) {
    case 'person':
      parts.push(m.norm, `key: ${m.key}`);
      break;
    case 'position':
      parts.push(m.norm, ...(m.role ? [`role: ${m.role}`] : []));
      break;
    case 'project':
      parts.push(m.norm);
      break;
    case 'money':
      parts.push(`${value(m.value)} ${m.currency}`);
      break;
    case 'number':
      parts.push(value(m.value), ...(m.unit ? [m.unit] : []));
      break;
    case 'percent':
      parts.push(`${value(m.value)} %`);
      break;
    case 'date':
      parts.push(m.value ?? '(no value)', ...(m.relative ? ['relative'] : []));
      break;
  }
  if ('qualifier' in m && m.qualifier !== undefined) parts.push(m.qualifier);
  return parts.join(' · ');
}

/** A range counts at its midpoint in the money totals. */
const amountOf = (v: number | { from: number; to: number }): number => (typeof v === 'number' ? v : (v.from + v.to) / 2);

/** UTF-16 offsets from code-point ones (records written with --offsets codepoint), for the page's JavaScript strings. */
function utf16Offsets(text: string): (cp: number) => number {
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return (cp) => at[cp] ?? i;
}

/** Collects records one at a time (memory: the compact documents plus the figures). */
export class ReportBuilder {
  private readonly docs: ReportDoc[] = [];
  private readonly officials = new OfficialsIndex();
  private readonly byType: Record<string, number> = Object.fromEntries(MENTION_TYPES.map((t) => [t, 0]));
  private readonly byLang: Record<string, number> = {};
  private readonly byLangType: Record<string, Record<string, number>> = {};
  private readonly money = new Map<string, Map<string, number>>();
  private readonly projects = new Map<string, { mentions: number; docs: number }>();
  private withoutText = 0;

  /** A record, with the text its offsets refer to when it is known (the record's own `text` first). */
  add(rec: DocumentRecord, text?: string): void {
    const body = rec.text ?? text;
    const toUtf16 = body !== undefined && rec.provenance?.offsets === 'codepoint' ? utf16Offsets(body) : (n: number) => n;
    const typeIndex = (t: string): number => MENTION_TYPES.indexOf(t as (typeof MENTION_TYPES)[number]);
    this.docs.push({
      p: rec.path,
      i: rec.id,
      l: rec.lang,
      ...(rec.title !== undefined ? { t: rec.title } : {}),
      ...(rec.date !== undefined ? { d: rec.date } : {}),
      ...(body !== undefined ? { x: body } : {}),
      m: rec.mentions.map((m) => [typeIndex(m.type), toUtf16(m.start), toUtf16(m.end), mentionTip(m)]),
      o: rec.officials.map((o) => [o.name, o.key, o.position, o.role ?? '']),
    });
    if (body === undefined) this.withoutText += 1;
    this.byLang[rec.lang] = (this.byLang[rec.lang] ?? 0) + 1;
    const langTypes = (this.byLangType[rec.lang] ??= {});
    const projectsHere = new Set<string>();
    for (const m of rec.mentions) {
      this.byType[m.type] = (this.byType[m.type] ?? 0) + 1;
      langTypes[m.type] = (langTypes[m.type] ?? 0) + 1;
      if (m.type === 'money') {
        const months = this.money.get(m.currency) ?? new Map<string, number>();
        const month = rec.date?.slice(0, 7) ?? 'undated';
        months.set(month, (months.get(month) ?? 0) + amountOf(m.value));
        this.money.set(m.currency, months);
      }
      if (m.type === 'project') {
        const p = this.projects.get(m.norm) ?? { mentions: 0, docs: 0 };
        p.mentions += 1;
        if (!projectsHere.has(m.norm)) p.docs += 1;
        projectsHere.add(m.norm);
        this.projects.set(m.norm, p);
      }
    }
    this.officials.add(rec);
  }

  build(): ReportData {
    const officials = this.officials.rows().map((r): ReportOfficial => {
      const dates = r.posts.flatMap((p) => [p.first, p.last].filter((d): d is string => d !== undefined)).sort();
      const name = r.names.ru?.[0] ?? r.names.kk?.[0] ?? r.names.en?.[0] ?? r.key;
      return {
        n: name,
        k: r.key,
        roles: r.posts.map((p) => p.role ?? p.positions[0]!),
        docs: r.documents,
        mentions: r.mentions,
        ...(dates.length > 0 ? { first: dates[0]!, last: dates.at(-1)! } : {}),
      };
    });
    const money: ReportData['money'] = {};
    for (const [currency, months] of [...this.money].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      // Months in order, the undated total last.
      money[currency] = [...months].sort((a, b) => (a[0] === 'undated' ? 1 : b[0] === 'undated' ? -1 : a[0] < b[0] ? -1 : 1));
    }
    const projects = [...this.projects]
      .sort((a, b) => b[1].mentions - a[1].mentions || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_PROJECTS)
      .map(([name, p]): [string, number, number] => [name, p.mentions, p.docs]);
    return {
      types: MENTION_TYPES,
      docs: this.docs,
      stats: { documents: this.docs.length, withoutText: this.withoutText, byType: this.byType, byLang: this.byLang, byLangType: this.byLangType },
      officials,
      money,
      projects,
    };
  }
}
