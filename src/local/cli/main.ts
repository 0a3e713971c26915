/**
 * The `cadence` command line. Errors are one line on stderr with exit code 2 — never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import type { Locale } from '../../core/types';
import { VERSION } from '../../core/version';
import { InputError } from '../files/read-grid';
import { runInfluence } from './influence-command';
import { runReview } from './review-command';

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
  .action(async (file: string, options) => {
    process.stdout.write(`${await runReview(file, options)}\n`);
  });

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
  .action(async (file: string | undefined, options) => {
    process.stdout.write(`${await runInfluence(file, options)}\n`);
  });

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
