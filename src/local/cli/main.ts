/**
 * The `cadence` command line. Errors are one line on stderr with exit code 2 — never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import type { Locale } from '../../core/types';
import { VERSION } from '../../core/version';
import { InputError } from '../files/read-grid';
import { runImport } from './import-command';
import { runHoldout, runPlanHoldout } from './holdout-command';
import { runInfluence } from './influence-command';
import { runReview } from './review-command';

/** A command's action: runs it and prints what it says, one line. */
const printing =
  <A extends unknown[]>(run: (...args: A) => string | Promise<string>) =>
  async (...args: A): Promise<void> => {
    process.stdout.write(`${await run(...args)}\n`);
  };

const program = new Command();
program
  .name('cadence')
  .description(
    'Review timelines, overdue flags, deltas and campaign influence for marketing-automation programs.',
  )
  .version(VERSION)
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') });

program
  .command('review')
  .description('Review timeline, overdue flags, deltas and trends of a review sheet.')
  .argument('<file>', 'a review workbook (.xlsx) or sheet (.csv)')
  .option('--sheet <name>', 'sheet to review (default: the first)')
  .option('--today <date>', 'review as of this date, YYYY-MM-DD (default: today)')
  .option('--tz <zone>', "the spreadsheet's time zone, e.g. Europe/Paris (default: this machine's)")
  .option('--json', 'print the review as JSON')
  .option('--out <file.xlsx>', 'also write the workbook as the add-on formats and refreshes it')
  .option('--ics <file.ics>', 'also write the review reminders as an iCalendar file')
  .option(
    '--lang <en|fr>',
    "language of the table, the written workbook and reminders (default: the sheet's)",
  )
  .option('--why', 'print the reasons behind each row under it')
  .option(
    '--locale <locale>',
    'how ambiguous text dates and numbers are read, e.g. en-US (10/1/2026 is 1 October, 1,500 is 1500), en-GB, fr-FR (default: from the header language)',
  )
  .action(printing(runReview));

program
  .command('influence')
  .description('Campaign influence report: every attribution model side by side.')
  .argument('[file]', 'a Touches or Paths export (.csv, .xlsx or .parquet)')
  .option('--format <format>', 'touches or paths (detected from the headers by default)')
  .option('--by <key>', 'campaign or channel', 'campaign')
  .option(
    '--window <days>',
    'influence window: touches older than this before conversion do not count',
    '90',
  )
  .option('--half-life <days>', 'time-decay half-life in days', '7')
  .option('--order <n>', 'Markov order, 1 to 4: states are the last n steps', '1')
  .option('--replicates <n>', 'bootstrap replicates behind each 95 % interval (0: none)', '200')
  .option('--sheet <name>', 'sheet of an .xlsx workbook (default: Touches, Paths, or the first)')
  .option('--tz <zone>', "time zone of the dates, e.g. Europe/Paris (default: this machine's)")
  .option('--json', 'print the report as JSON')
  .option(
    '--out <file.xlsx>',
    'also write the workbook with the add-on\'s "Influence report" sheet',
  )
  .option('--lang <en|fr>', 'language of the written report (default: en)')
  .option(
    '--engine <memory|duckdb>',
    'memory, or DuckDB for big touch files (default: DuckDB for Parquet and touch CSVs over 50 MB)',
  )
  .option('--sql <bigquery|duckdb>', 'print the path-table SQL instead of reading a file')
  .option('--table <project.dataset.table>', 'with --sql: a touch table with our columns')
  .option('--ga4 <project.dataset>', 'with --sql: a GA4 BigQuery export (events_*)')
  .option('--key-event <name>', 'with --ga4: the GA4 event that counts as a conversion')
  .action(printing(runInfluence));

program
  .command('import')
  .description(
    "Fill a review from a tool's export: programs matched by name, previewed, written only into empty cells.",
  )
  .argument('<review>', 'the review workbook (.xlsx) or sheet (.csv)')
  .argument(
    '<source>',
    'the export (.csv or .xlsx): HubSpot, Marketo, Salesforce, Mailchimp, GA4 or any table',
  )
  .option('--sheet <name>', 'sheet of the review workbook (default: the first)')
  .option('--source-sheet <name>', 'sheet of the export workbook (default: the first)')
  .option(
    '--date <date>',
    "the review's date, YYYY-MM-DD (default: today): its column, created if absent",
  )
  .option('--today <date>', 'import as of this date, YYYY-MM-DD (default: today)')
  .option('--overwrite', 'replace numbers already in the review column (each shown old → new)')
  .option('--json', 'print the preview as JSON')
  .option('--out <file.xlsx>', 'also write the workbook as the add-on imports into it')
  .option('--tz <zone>', "the spreadsheet's time zone, e.g. Europe/Paris (default: this machine's)")
  .option('--lang <en|fr>', "language of the table and the notes (default: the sheet's)")
  .action(printing(runImport));

program
  .command('holdout')
  .description('Holdout tests: test vs control per campaign, with intervals, p and power.')
  .argument('<file>', 'a holdout table (.csv or .xlsx): Prospect, Campaign, Group, Converted at')
  .option('--sheet <name>', 'sheet of an .xlsx workbook (default: the first with a Group column)')
  .option('--tz <zone>', "time zone of the dates, e.g. Europe/Paris (default: this machine's)")
  .option('--lift <fraction>', 'the relative lift the power is computed for', '0.2')
  .option('--json', 'print the tests as JSON')
  .option('--lang <en|fr>', 'language of the table (default: en)')
  .action(printing(runHoldout));

program
  .command('plan-holdout')
  .description('Prospects per group (and weeks) a holdout test needs to detect a lift.')
  .requiredOption('--base-rate <fraction>', 'conversion rate without the campaign, e.g. 0.04')
  .requiredOption('--lift <fraction>', 'smallest relative lift to detect, e.g. 0.2 for +20 %')
  .option('--alpha <fraction>', 'two-sided significance level', '0.05')
  .option('--power <fraction>', 'chance of detecting the lift when it is real', '0.8')
  .option('--weekly <prospects>', 'new prospects per week entering the test')
  .option('--json', 'print the plan as JSON')
  .option('--lang <en|fr>', 'language of the sentence (default: en)')
  .action(printing(runPlanHoldout));

/**
 * `cadence review … | head -1`: the reader has gone, so the rest of the output has nowhere to
 * go. That is the user's choice, not an error: stop quietly, as other command-line tools do.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The language asked for on the command line, for errors raised before any file is read. */
function requestedLocale(argv: readonly string[]): Locale {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'fr' ? 'fr' : 'en';
}

async function main(): Promise<void> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    // Anything else is still one line: never a stack trace, never a library's internals.
    const message =
      error instanceof InputError
        ? error.in(requestedLocale(process.argv))
        : `unexpected error: ${String((error as Error).message).split('\n')[0]}`;
    process.stderr.write(`cadence: ${message}\n`);
    process.exitCode = 2;
  }
}

void main();
