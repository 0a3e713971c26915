/**
 * The `cadence` command line. Errors are one line on stderr with exit code 2 — never a stack trace.
 */
import { Command, CommanderError } from 'commander';
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
  .option('--lang <en|fr>', "language of the written workbook and reminders (default: the sheet's)")
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
  .argument('<file>', 'a Touches or Paths export (.csv or .xlsx)')
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
  .action(async (file: string, options) => {
    process.stdout.write(`${await runInfluence(file, options)}\n`);
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const message =
      error instanceof InputError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`cadence: ${message}\n`);
    process.exitCode = 2;
  }
}

void main();
