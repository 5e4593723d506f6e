import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
// For bin/code-cache.cjs: when to write the main thread's cache, and what it covers.
export { codeCacheScope, onFirstDocumentHere } from '../extracted-here.js';
import { isClosedPipe } from '../write/output.js';
import { EXIT, VERSION } from './run-terms.js';

const EXTRACT_EXAMPLES = `
Examples:
  $ kzx extract fixtures/articles                      # a folder, JSON array to stdout
  $ kzx extract ./articles --format ndjson -o out.ndjson
  $ kzx extract 'dump/**/*.txt' --format csv --bom -o mentions.csv
  $ kzx extract ./articles --format xlsx -o mentions.xlsx
  $ kzx extract ./articles --lexicon my-programmes.json
  $ cat article.txt | kzx extract - --types person,position,money
  $ kzx extract ./articles --lang kk --quiet
  $ kzx extract article.txt --explain                  # which rule and lexicon entry found each mention
  $ cat docs.ndjson | kzx extract --input ndjson - --format ndjson
  $ kzx extract /data/news --shard 2/8 --manifest state-2.json -o part-2.ndjson --format ndjson`;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kzx')
    .description('Extract officials, money, numbers, percents, dates and projects from Kazakh and Russian press texts')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nExamples:\n  $ kzx extract ./articles --format ndjson -o out.ndjson\n  $ kzx eval ../shared/corpora/nerel-dev-docs\n  $ kzx extract --help`);

  program
    .command('extract')
    .description('extract one validated record per document')
    .argument('[inputs...]', 'files, directories (searched recursively) or globs; - reads one document from stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv', 'xlsx']).default('json'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('-t, --types <types>', 'comma-separated mention types: person,position,money,number,percent,date,project')
    .addOption(new Option('-l, --lang <lang>', 'language of the documents').choices(['kk', 'ru', 'en', 'auto']).default('auto'))
    .option('--include <glob...>', 'file globs to take inside directories (default: *.txt, *.md, *.html, *.htm)')
    .option('--exclude <glob...>', 'file globs to skip inside directories')
    .option('--encoding <name>', 'force an input encoding (utf-8, windows-1251, koi8-r, rk1048, utf-16le, ...)')
    .option('--max-bytes <n>', 'skip files larger than this, with a TOO_LARGE error', parseWholeNumber, 20 * 1024 * 1024)
    .option('--timeout <seconds>', 'a document whose extraction takes longer is a TIMEOUT error entry, and the run goes on', parsePositiveSeconds, DEFAULT_TIMEOUT_SECONDS)
    .addOption(jobsOption())
    .option('--with-text', 'include the text that offsets refer to in each record')
    .option('--explain', 'give each mention an explain field: the stage, rule family and lexicon entry that produced it (json, ndjson)')
    .addOption(new Option('--offsets <unit>', 'count offsets in UTF-16 units (JavaScript) or code points (Python, R)').choices(['utf16', 'codepoint']).default('utf16'))
    .option('--bom', 'CSV: start with a UTF-8 byte order mark (for Excel)')
    .option('--errors <file>', 'also write error entries (NDJSON) to this file')
    .option('--allow-errors', 'exit 0 even when some documents failed')
    .option('-q, --quiet', 'no progress or summary on stderr (failures are still printed)')
    .addOption(new Option('--color <when>', 'colour on stderr: auto (a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), never, always').choices(['auto', 'never', 'always']).default('auto'))
    .addOption(new Option('--input <format>', 'input format: text files, or NDJSON lines {"id","text","lang"?,"date"?,"meta"?}').choices(['text', 'ndjson']).default('text'))
    .option('--shard <K/N>', 'process only part K of N (by a hash of each path), for N machines over shared storage')
    .option('--manifest <file>', 'skip files unchanged since the run that wrote this manifest; update it at the end')
    .option('--full', 'with --manifest: process every file and rewrite the manifest')
    .addOption(relativeDatesOption())
    .addOption(durationsOption())
    .addOption(lexiconOption())
    .addOption(configOption())
    .addOption(agesOption())
    .addOption(groupsOption())
    .addOption(measuresOption())
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { runExtract } = await import('./extract.js');
      process.exitCode = await runExtract(inputs, opts);
    });

  program
    .command('officials')
    .description('one row per person over the whole corpus: names per language, roles, positions with documents and dates')
    .argument('[inputs...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'output format (csv and xlsx: one row per person and post)').choices(['json', 'ndjson', 'csv', 'xlsx']).default('json'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .addOption(jobsOption())
    .option('-q, --quiet', 'no summary on stderr')
    .addOption(lexiconOption())
    .addOption(configOption())
    .addHelpText('after', `\nExamples:\n  $ kzx officials ./articles\n  $ kzx officials ./articles --format csv -o officials.csv\n  $ kzx officials ./articles --format xlsx -o officials.xlsx`)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { runOfficials } = await import('./officials.js');
      process.exitCode = await runOfficials(inputs, opts);
    });

  program
    .command('report')
    .description('one self-contained HTML page to review the results: each text with its mentions highlighted, filters, corpus figures')
    .argument('[inputs...]', 'articles (files, directories, globs), or with --from-records NDJSON/JSON records from kzx extract')
    .option('-o, --out <file>', 'write the page to this file (atomically) instead of stdout')
    .option('--from-records', 'the inputs are records already extracted (kzx extract --format ndjson|json); their text comes from --with-text or from the files at their paths')
    .option('--title <text>', 'the page title', 'kzx report')
    .addOption(jobsOption())
    .addOption(lexiconOption())
    .addOption(configOption())
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `\nExamples:\n  $ kzx report ./articles -o report.html\n  $ kzx extract ./articles --format ndjson --with-text -o out.ndjson && kzx report --from-records out.ndjson -o report.html`,
    )
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { runReport } = await import('./report.js');
      process.exitCode = await runReport(inputs, opts);
    });

  program
    .command('explain')
    .description('for each mention of one document, the stage, rule family and lexicon entry that produced it; for a span you name, which rules examined it and why they declined')
    .argument('<file>', 'one article')
    .option('--span <text>', 'a stretch of the text to explain, e.g. a name that was not found (repeatable)', (text: string, before: string[] | undefined) => [...(before ?? []), text])
    .addOption(new Option('-l, --lang <lang>', 'language of the document').choices(['kk', 'ru', 'en', 'auto']).default('auto'))
    .option('--json', 'write the explanation as JSON')
    .addOption(relativeDatesOption())
    .addOption(durationsOption())
    .addOption(lexiconOption())
    .addOption(configOption())
    .addHelpText('after', `\nExamples:\n  $ kzx explain fixtures/articles/kk-digital-school.txt\n  $ kzx explain article.txt --span "Жайлы мектеп" --lexicon my-programmes.json`)
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runExplain } = await import('./explain.js');
      process.exitCode = await runExplain(file, opts);
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
    .addOption(agesOption())
    .addOption(groupsOption())
    .addOption(measuresOption())
    .addHelpText(
      'after',
      `\nExamples:\n  $ kzx eval ../shared/corpora/kaznerd-valid\n  $ kzx eval --conll ../shared/corpora/kaznerd/IOB2_valid.txt\n  $ kzx eval --brat ../shared/corpora/nerel-dev --errors misses.txt`,
    )
    .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
      const { runEval } = await import('./eval.js');
      process.exitCode = await runEval(dir, opts);
    });
  return program;
}

/** Shared by extract, officials, report and eval. Workers start only on an input large enough to repay their start (see runTasks in pipeline.ts). */
const jobsOption = (): Option => new Option('-j, --jobs <n>', 'worker threads (default: the number of cores, fewer if free memory is short; none for a small input)').argParser(parseWholeNumber);
/** extract and eval share the time-expression conventions, so eval measures what extract gives. */
const relativeDatesOption = (): Option => new Option('--no-relative-dates', 'leave out relative dates ("биыл", "в прошлом году")');
/** User lexicons (extract, officials, report): repeatable, after those of kzx.config.json. */
const lexiconOption = (): Option =>
  new Option('--lexicon <file>', 'add programmes, titles with roles, first names and never-names from this JSON file (repeatable)').argParser((file: string, before: string[] | undefined) => [
    ...(before ?? []),
    file,
  ]);
const configOption = (): Option => new Option('--config <file>', 'read this config file instead of the kzx.config.json found from the working directory upward');
const groupsOption = (): Option => new Option('--no-groups', 'leave out plural group references ("журналисты", "депутатов") as positions');
const durationsOption = (): Option => new Option('--durations <as>', 'report "бес жылға" / "три года" as a date (P5Y) or as a number (5, unit year)').choices(['date', 'number']).default('date');

const measuresOption = (): Option =>
  new Option('--measures <as>', 'report physical measures ("250 км", "4,5 тонны") as numbers (250, unit "км") or skip them').choices(['number', 'skip']).default('skip');
const agesOption = (): Option =>
  new Option('--ages <as>', 'report "45 жастағы" / "45-летний" as a date (P45Y), as a number (45, unit "жас"), or skip them').choices(['date', 'number', 'skip']).default('skip');

/** Far above any article (a 20 MB document takes seconds), low enough that a pathological one cannot hold a run for long. */
const DEFAULT_TIMEOUT_SECONDS = 120;

function parsePositiveSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds > 0');
  return n;
}

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
  // Should the run stop short without an answer (a promise that never settles lets Node leave its
  // event loop), the exit code says so instead of 0.
  let answered = false;
  const unanswered = (code: number): void => {
    if (answered || code !== 0) return;
    process.stderr.write('kzx: internal error: the run stopped before it finished\n');
    process.exitCode = EXIT.internal;
  };
  process.once('exit', unanswered);
  // `kzx --help | true`: the reader went away before the help was written. Commands that write
  // records listen for their own errors (a full disk is exit 3); other errors crash as before.
  process.stdout.on('error', (err) => {
    if (!isClosedPipe(err) && process.stdout.listenerCount('error') === 1) throw err;
  });
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      process.exitCode = ok ? EXIT.ok : EXIT.usage;
    } else {
      process.stderr.write(`kzx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = EXIT.internal;
    }
  }
  answered = true;
}
