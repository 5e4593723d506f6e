import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { TemporalConventions } from '../extract/index.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const EXTRACT_EXAMPLES = `
Examples:
  $ kzx extract fixtures/articles                      # a folder, JSON array to stdout
  $ kzx extract ./articles --format ndjson -o out.ndjson
  $ kzx extract 'dump/**/*.txt' --format csv --bom -o mentions.csv
  $ cat article.txt | kzx extract - --types person,position,money
  $ kzx extract ./articles --lang kk --quiet
  $ cat docs.ndjson | kzx extract --input ndjson - --format ndjson
  $ kzx extract /data/news --shard 2/8 --manifest state-2.json -o part-2.ndjson --format ndjson`;

export const VERSION = pkg.version;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kzx')
    .description('Extract officials, money, numbers, percents, dates and projects from Kazakh and Russian press texts')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nExamples:\n  $ kzx extract ./articles --format ndjson -o out.ndjson\n  $ kzx eval ../shared/corpora/nerel-dev-docs\n  $ kzx extract --help`);

  program
    .command('extract')
    .description('extract one validated record per document')
    .argument('[inputs...]', 'files, directories (searched recursively) or globs; - reads one document from stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('-t, --types <types>', 'comma-separated mention types: person,position,money,number,percent,date,project')
    .addOption(new Option('-l, --lang <lang>', 'language of the documents').choices(['kk', 'ru', 'en', 'auto']).default('auto'))
    .option('--include <glob...>', 'file globs to take inside directories (default: *.txt, *.md, *.html, *.htm)')
    .option('--exclude <glob...>', 'file globs to skip inside directories')
    .option('--encoding <name>', 'force an input encoding (utf-8, windows-1251, koi8-r, rk1048, utf-16le, ...)')
    .option('--max-bytes <n>', 'skip files larger than this, with a TOO_LARGE error', parseWholeNumber, 20 * 1024 * 1024)
    .addOption(jobsOption())
    .option('--with-text', 'include the text that offsets refer to in each record')
    .option('--bom', 'CSV: start with a UTF-8 byte order mark (for Excel)')
    .option('--errors <file>', 'also write error entries (NDJSON) to this file')
    .option('--allow-errors', 'exit 0 even when some documents failed')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addOption(new Option('--input <format>', 'input format: text files, or NDJSON lines {"id","text","lang"?,"date"?,"meta"?}').choices(['text', 'ndjson']).default('text'))
    .option('--shard <K/N>', 'process only part K of N (by a hash of each path), for N machines over shared storage')
    .option('--manifest <file>', 'skip files unchanged since the run that wrote this manifest; update it at the end')
    .option('--full', 'with --manifest: process every file and rewrite the manifest')
    .addOption(relativeDatesOption())
    .addOption(durationsOption())
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { runExtract } = await import('./extract.js');
      process.exitCode = await runExtract(inputs, opts);
    });

  program
    .command('officials')
    .description('one row per person over the whole corpus: names per language, roles, positions with documents and dates')
    .argument('[inputs...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .addOption(jobsOption())
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText('after', `\nExamples:\n  $ kzx officials ./articles\n  $ kzx officials ./articles --format csv -o officials.csv`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { runOfficials } = await import('./officials.js');
      process.exitCode = await runOfficials(inputs, opts);
    });

  program
    .command('eval')
    .description('score extraction against annotated text (NAME.txt + NAME.gold.json, CoNLL IOB2 or brat standoff)')
    .argument('[dir]', 'folder of NAME.txt + NAME.gold.json pairs')
    .option('--conll <file>', 'read a CoNLL IOB2 file instead')
    .option('--brat <dir>', 'read a brat standoff folder instead')
    .option('--rel <dir>', 'NAME.rel.json person → position pairs to score officials (default: X-rel beside a folder named X-docs)')
    .option('--map <mapping>', 'label mapping, e.g. PERSON=person,PROFESSION=position (default: KazNERD and NEREL labels)')
    .option('--json <file>', 'write the figures as JSON')
    .option('--errors <file>', 'write every miss and false positive with its context')
    .option('--baseline <file>', 'fail (exit 1) when a relaxed F1 falls more than 0.02 below this baseline')
    .option('--set <name>', 'name of this set in the baseline file')
    .addOption(jobsOption())
    .addOption(relativeDatesOption())
    .addOption(durationsOption())
    .addHelpText('after', `\nExamples:\n  $ kzx eval ../shared/corpora/kaznerd-valid\n  $ kzx eval --conll ../shared/corpora/kaznerd/IOB2_valid.txt\n  $ kzx eval --brat ../shared/corpora/nerel-dev --errors misses.txt`)
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { runEval } = await import('./eval.js');
      process.exitCode = await runEval(dir, opts);
    });
  return program;
}

/** Shared by extract, officials and eval. Workers start only on an input large enough to repay their start (see runTasks in pipeline.ts). */
const jobsOption = (): Option => new Option('-j, --jobs <n>', 'worker threads (default: number of cores; none for a small input)').argParser(parseWholeNumber);
/** extract and eval share the time-expression conventions, so eval measures what extract gives. */
const relativeDatesOption = (): Option => new Option('--no-relative-dates', 'leave out relative dates ("биыл", "в прошлом году")');
/** The parsed convention flags → the library option. */
export const conventionsOf = (opts: { relativeDates?: boolean; durations?: 'date' | 'number' }): TemporalConventions => ({
  relativeDates: opts.relativeDates ?? true,
  durations: opts.durations ?? 'date',
});
const durationsOption = (): Option =>
  new Option('--durations <as>', 'report "бес жылға" / "три года" as a date (P5Y) or as a number (5, unit year)').choices(['date', 'number']).default('date');

function parseWholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

/** Usage errors exit 2; help and version exit 0. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      process.exitCode = ok ? 0 : 2;
      return;
    }
    process.stderr.write(`kzx: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
