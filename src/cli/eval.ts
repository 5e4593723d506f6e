import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Task } from '../batch.js';
import { defaultJobs, runTasks } from '../pipeline.js';
import { MENTION_TYPES } from '../schema/contract.js';
import { isErrorRecord } from '../schema/record-helpers.js';
import { parseLabelMap, readBrat, readConll, readGoldDir, readSeedsDir, type GoldDoc } from '../eval/gold.js';
import { conventionsOf } from './run-terms.js';
import type { TemporalConventions } from '../extract/index.js';
import { formatReport, score, type ErrorEntry, type EvalReport, type Prediction } from '../eval/score.js';
import { formatNorms, scoreNorms, type NormedSpan, type NormError, type NormScore } from '../eval/norms.js';
import { readRelDir, relDirBeside, type OfficialsError } from '../eval/officials.js';

interface EvalCliOptions {
  conll?: string;
  brat?: string;
  rel?: string;
  map?: string;
  json?: string;
  errors?: string;
  baseline?: string;
  set?: string;
  jobs?: number;
  relativeDates?: boolean;
  durations?: 'date' | 'number';
  ages?: 'date' | 'number' | 'skip';
  groups?: boolean;
  measures?: 'number' | 'skip';
}

/** Allowed drop below the baseline before the check fails. */
const TOLERANCE = 0.02;

function loadGold(dir: string | undefined, opts: EvalCliOptions): { name: string; docs: GoldDoc[] } {
  const labels = parseLabelMap(opts.map);
  if (opts.conll !== undefined) return { name: basename(opts.conll), docs: readConll(opts.conll, labels, 'kk') };
  if (opts.brat !== undefined) return { name: basename(opts.brat), docs: readBrat(opts.brat, labels, 'ru') };
  if (dir === undefined) throw new Error('give a folder of NAME.txt + NAME.gold.json pairs, --conll FILE or --brat DIR');
  if (!existsSync(dir)) throw new Error(`${dir}: no such directory`);
  const docs = readSeedsDir(dir) ?? readGoldDir(dir);
  const name = basename(dir.replace(/\/+$/, ''));
  const relDir = opts.rel ?? relDirBeside(dir);
  if (relDir === undefined) return { name, docs };
  if (!existsSync(relDir)) throw new Error(`${relDir}: no such directory`);
  const rel = readRelDir(relDir);
  // A document without a relations file has no gold links (not the same as none): it stays out of the link figures.
  const withLinks = (d: GoldDoc): GoldDoc => {
    const officials = rel.get(d.doc);
    return officials === undefined ? d : { ...d, officials };
  };
  return { name, docs: docs.map(withLinks) };
}

/** A prediction whose person mentions carry their norms (scored by eval/norms.ts). */
interface NormedPrediction extends Prediction {
  readonly mentions: readonly NormedSpan[];
}

async function predict(docs: readonly GoldDoc[], jobs: number, conventions: TemporalConventions): Promise<NormedPrediction[]> {
  async function* tasks(): AsyncGenerator<Task> {
    for (const d of docs) yield { doc: { path: d.doc, text: d.text } };
  }
  const out: NormedPrediction[] = [];
  for await (const { records } of runTasks(tasks(), { extract: { conventions }, jobs }, 'records')) {
    for (const record of records) if (!isErrorRecord(record)) out.push({ doc: record.path, lang: record.lang, mentions: record.mentions, officials: record.officials });
  }
  return out;
}

type Baseline = Record<string, Record<string, number>>;

/** Figures a baseline tracks: relaxed F1 per type, micro, language accuracy, person norm accuracy where the gold has norms, and the officials' link F1 and precision. */
export function headline(r: EvalReport & { norms?: NormScore }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of MENTION_TYPES) {
    const s = r.byType[t];
    if (s !== undefined) out[t] = s.relaxed.f1;
  }
  out.micro = r.micro.relaxed.f1;
  if (r.langAccuracy !== undefined) out.lang = r.langAccuracy;
  if (r.norms !== undefined) out.person_norm = r.norms.accuracy;
  if (r.officials !== undefined) {
    out.officials = r.officials.f1;
    out.officials_p = r.officials.p;
  }
  return out;
}

export function compareBaseline(current: Record<string, number>, base: Record<string, number>): string[] {
  return Object.entries(base)
    .filter(([k, v]) => (current[k] ?? 0) < v - TOLERANCE)
    .map(([k, v]) => `${k}: ${(current[k] ?? 0).toFixed(3)} is more than ${TOLERANCE} below the baseline ${v.toFixed(3)}`);
}

export async function runEval(dir: string | undefined, raw: Record<string, unknown>): Promise<number> {
  const opts = raw as EvalCliOptions;
  let gold: ReturnType<typeof loadGold>;
  try {
    gold = loadGold(dir, opts);
  } catch (e) {
    process.stderr.write(`kzx: error: ${(e as Error).message}\n`);
    return 2;
  }
  const predictions = await predict(gold.docs, opts.jobs ?? defaultJobs(), conventionsOf(opts));
  const errors: ErrorEntry[] = [];
  const normErrors: NormError[] = [];
  const officialErrors: OfficialsError[] = [];
  const report = score(gold.docs, predictions, opts.errors !== undefined ? errors : undefined, opts.errors !== undefined ? officialErrors : undefined);
  const norms = scoreNorms(gold.docs, predictions, normErrors);
  const full = norms !== undefined ? { ...report, norms } : report;
  process.stdout.write(`${formatReport(gold.name, report)}\n${norms !== undefined ? `${formatNorms(norms)}\n` : ''}`);
  if (opts.json !== undefined) writeFileSync(opts.json, `${JSON.stringify({ set: opts.set ?? gold.name, ...full }, null, 2)}\n`);
  if (opts.errors !== undefined) {
    const lines = [
      ...errors.map((e) => `${e.doc}\t${e.kind}\t${e.type}\t${e.text}\t${e.context}${e.gold === undefined ? '' : `\tgold: ${e.gold.join(' | ')}`}`),
      ...officialErrors.map((e) => `${e.doc}\t${e.kind}\tofficial\t${e.text}\t${e.why}`),
    ];
    for (const e of normErrors) lines.push(`${e.doc}\twrong_norm\tperson\t${e.text} → ${e.predicted ?? '(not found)'}, expected ${e.expected}\t${e.context}`);
    writeFileSync(opts.errors, `${lines.join('\n')}\n`);
  }
  if (opts.baseline !== undefined) {
    const base = (JSON.parse(readFileSync(opts.baseline, 'utf8')) as Baseline)[opts.set ?? gold.name];
    if (base === undefined) {
      process.stderr.write(`kzx: error: no set '${opts.set ?? gold.name}' in ${opts.baseline}\n`);
      return 2;
    }
    const drops = compareBaseline(headline(full), base);
    for (const d of drops) process.stderr.write(`kzx: eval regression: ${d}\n`);
    return drops.length > 0 ? 1 : 0;
  }
  return 0;
}
