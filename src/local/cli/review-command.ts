/** `cadence review`: the review engine on a workbook, as a table or the JSON contract. */
import { parseLocaleTag } from '../../core/reading/locale';
import { recognisesHeaders } from '../../core/sheet-plans/influence/source';
import { tc } from '../../core/i18n/cli';
import { reviewReport, reviewReportJson, type ReviewReport } from '../../core/review/report';
import type { Locale } from '../../core/types';
import { InputError, pickSheet, readWorkbook, type SheetGrid } from '../files/read-grid';
import { duplicateNameWarnings, writeIcs } from '../files/ics';
import { loadReviewSheet, runAddOnOnFile, spreadsheetLocaleOf } from './addon-workbook';
import { langOption, prepareOutput, timeZoneOption, todayOption, writeOutput } from './options';
import { releaseBetweenPhases } from './memory';
import { progressFor } from './progress';
import { formatReview } from './review-table';
import { terminalWidth } from './table';
import { journalJsonByProgram, withJournal } from '../../core/journal/json';
import { JOURNAL_SHEET_NAME, readJournal } from '../../core/journal/sheet';

export interface ReviewCliOptions {
  sheet?: string;
  today?: string;
  tz?: string;
  json?: boolean;
  out?: string;
  ics?: string;
  lang?: string;
  locale?: string;
  why?: boolean;
}

const hasText = (rows: SheetGrid['rows']): boolean =>
  rows.some((row) => row.some((cell) => cell !== '' && cell !== null));

/** One sentence on why a sheet gives no programs, with the way out. */
function noProgramsError(
  file: string,
  sheet: SheetGrid,
  sheets: readonly SheetGrid[],
  today: number,
  timeZone: string,
  chosen: boolean,
): InputError {
  if (!hasText(sheet.rows)) {
    const other = chosen
      ? undefined
      : sheets.find(
          (s) => s !== sheet && reviewReport(s.rows, { timeZone, today }).rows.length > 0,
        );
    if (other)
      return new InputError((l) =>
        tc(l, 'error.otherSheet', { file, sheet: sheet.name, other: other.name }),
      );
    return new InputError((l) =>
      sheet.encoding !== undefined
        ? tc(l, 'error.empty', { file })
        : tc(l, 'error.emptySheet', { file, sheet: sheet.name }),
    );
  }
  return new InputError((l) => tc(l, 'error.noPrograms', { file, sheet: sheet.name }));
}

/** `--locale en-GB`: how ambiguous text dates and numbers are read (as the spreadsheet locale). */
function localeOption(text: string | undefined): string | null {
  if (text === undefined) return null;
  const tag = parseLocaleTag(text);
  if (tag === null)
    throw new InputError(
      `--locale: expected a locale such as en-US, en-GB or fr-FR, got "${text}"`,
    );
  return tag.tag;
}

/**
 * The sheet as a review sheet, or one line saying why it is not one: a two-row header, a touch
 * table (the influence command's input), or no program at all.
 */
function reviewable(
  file: string,
  sheets: readonly SheetGrid[],
  options: ReviewCliOptions,
  timeZone: string,
  today: number,
  readingLocale: string | null,
): { sheet: SheetGrid; report: ReviewReport } {
  const sheet = pickSheet([...sheets], options.sheet, file);
  if (sheet.mergedHeader) {
    const ranges = sheet.mergedHeader.join(', ');
    throw new InputError((l) => tc(l, 'error.mergedHeader', { file, sheet: sheet.name, ranges }));
  }
  if (recognisesHeaders(sheet.rows[0] ?? []))
    throw new InputError((l) => tc(l, 'error.touchTable', { file, sheet: sheet.name }));
  const report = reviewReport(sheet.rows, { timeZone, today, locale: readingLocale });
  if (report.rows.length === 0)
    throw noProgramsError(file, sheet, sheets, today, timeZone, options.sheet !== undefined);
  return { sheet, report };
}

/** The workbook's Journal sheet (Cadence's review journal), read as entries; none without one. */
function journalEntriesOf(sheets: readonly SheetGrid[], timeZone: string) {
  const sheet = sheets.find((s) => s.name === JOURNAL_SHEET_NAME);
  return sheet ? readJournal(sheet.rows, timeZone).entries : [];
}

function journalOf(sheets: readonly SheetGrid[], timeZone: string) {
  return journalJsonByProgram(journalEntriesOf(sheets, timeZone));
}

function jsonOutput(
  report: ReviewReport,
  sheet: SheetGrid,
  file: string,
  journal: ReturnType<typeof journalOf>,
): string {
  const full = reviewReportJson(report, sheet.name);
  const json = { ...full, rows: withJournal(full.rows, journal) };
  const encoding = sheet.encoding;
  return JSON.stringify(
    encoding !== undefined && encoding !== 'UTF-8'
      ? {
          ...json,
          diagnostics: [
            {
              cell: 'A1',
              severity: 'info',
              message: tc('en', 'note.encoding', { file, encoding }),
            },
            ...json.diagnostics,
          ],
        }
      : json,
    null,
    2,
  );
}

export async function runReview(file: string, options: ReviewCliOptions): Promise<string> {
  const lang = langOption(options.lang);
  const timeZone = timeZoneOption(options.tz);
  const today = todayOption(options.today, timeZone);
  const readingLocale = localeOption(options.locale);
  // Refused before any work: a path that cannot be written fails at once, not after a minute.
  if (options.out !== undefined) await prepareOutput('--out', options.out);
  if (options.ics !== undefined) await prepareOutput('--ics', options.ics);
  const phases = [
    'review',
    ...(options.ics !== undefined ? ['reminders'] : []),
    ...(options.out !== undefined ? ['load', 'format', 'refresh', 'save'] : []),
  ];
  const written: string[] = [];
  // Everything that needs the engine's report is done first and the report let go: at 50,000
  // rows it is hundreds of MB, and the add-on's own run (--out) builds its own.
  const { output, sheetName, rows, locale, progress, spreadsheetLocale } = await (async () => {
    const sheets = await readWorkbook(file, timeZone);
    const { sheet, report } = reviewable(
      file,
      sheets,
      options,
      timeZone,
      today,
      readingLocale,
    );
    const locale: Locale = lang ?? report.result.sheet.columns.language ?? 'en';
    if (sheet.encoding !== undefined && sheet.encoding !== 'UTF-8')
      process.stderr.write(`${tc(locale, 'note.encoding', { file, encoding: sheet.encoding })}\n`);
    const progress = progressFor(sheet.rows.length, options.json, phases);
    progress.done('review', sheet.rows.length);
    releaseBetweenPhases(sheet.rows.length);
    if (options.ics !== undefined) {
      const ics = writeIcs(report, {
        sheetName: sheet.name,
        locale,
        journal: journalEntriesOf(sheets, timeZone),
      });
      await writeOutput('--ics', options.ics, ics);
      releaseBetweenPhases(sheet.rows.length);
      for (const warning of duplicateNameWarnings(report, locale))
        process.stderr.write(`cadence: ${warning}\n`);
      progress.done('reminders', sheet.rows.length);
      written.push(tc(locale, 'wrote', { file: options.ics }));
    }
    const output = options.json
      ? jsonOutput(report, sheet, file, journalOf(sheets, timeZone))
      : formatReview(report, sheet.name, {
          locale,
          width: terminalWidth(),
          why: options.why === true,
        });
    // The add-on reads the spreadsheet locale: give it the one this table was read with.
    const spreadsheetLocale = spreadsheetLocaleOf(
      report.result.sheet.columns.conventions,
      readingLocale,
    );
    return {
      output,
      sheetName: sheet.name,
      rows: sheet.rows.length,
      locale,
      progress,
      spreadsheetLocale,
    };
  })();
  // The report and the workbook it was read from are let go before the add-on loads its own.
  releaseBetweenPhases(rows);
  if (options.out !== undefined) {
    await runAddOnOnFile({
      input: file,
      output: options.out,
      timeZone,
      today,
      locale,
      spreadsheetLocale,
      actions: ['formatSheet', 'refreshSheet'],
      load: loadReviewSheet(file, sheetName, timeZone),
      progress,
      rows,
    });
    written.unshift(tc(locale, 'wrote', { file: options.out }));
  }
  progress.stop();
  if (written.length > 0 && !options.json) process.stderr.write(`${written.join('\n')}\n`);
  return output;
}
