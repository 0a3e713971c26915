/**
 * Format review sheet. An empty sheet gets the playbook's template; an existing one keeps every
 * user column where it is and only gains what is missing: the owned columns (appended after the
 * last used column), frozen header row and name column, dropdowns for Type and Direction, a
 * checkbox for Tuned, and date formats on review headers and Set up on — each only where the
 * user has not set their own.
 */
import { isDefaultFormat, dateFormat } from '../../core/sheet-plans/formats';
import { ownedRuns, templateHeaders } from '../../core/sheet-plans/layout';
import { ta } from '../../core/i18n/actions';
import { parseProgramType } from '../../core/review/program-types';
import type { Settings } from '../../core/settings';
import type { Locale } from '../../core/types';
import { readReviewSheetToWrite, readReviewSource, type ReviewSource } from '../review-source';
import { protectColumns } from '../ownership';
import { SheetMemory } from '../sheet-memory';
import { addMissingOwnedColumns, headerNotesOf, layoutOf } from './refresh';
import { UserError } from '../run-action';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

const TYPE_CHOICES: Record<Locale, string[]> = {
  en: [
    'Nurture',
    'Automation rule',
    'Scoring rule',
    'Lead assignment',
    'Content',
    'Webinar',
    'Email',
    'White paper',
    'Video',
  ],
  fr: [
    'Programme de nurturing',
    "Règle d'automatisation",
    'Règle de scoring',
    'Affectation des leads',
    'Contenu',
    'Webinar',
    'Email',
    'Livre blanc',
    'Vidéo',
  ],
};

/** The playbook's user columns; the owned columns follow, added as on any sheet. */
function layTemplate(sheet: Sheet, locale: Locale): number {
  const headers = templateHeaders(locale);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
  return headers.length;
}

/** One read and at most one write per column: keeps any validation the user already set. */
function validateColumn(
  sheet: Sheet,
  column: number | undefined,
  rule: Validation,
  rows: number,
): void {
  if (column === undefined || rows <= 0) return;
  const range = sheet.getRange(2, column + 1, rows, 1);
  const current = range.getDataValidations();
  if (current.every((row) => row[0] !== null)) return;
  range.setDataValidations(current.map((row) => [row[0] ?? rule]));
}

/** Date format where the format is still the default; one read and at most one write. */
function dateFormatWhereDefault(
  sheet: Sheet,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  format: string,
  only?: (j: number) => boolean,
): void {
  if (numRows <= 0 || numColumns <= 0) return;
  const range = sheet.getRange(row, column, numRows, numColumns);
  const current = range.getNumberFormats();
  let changed = false;
  const next = current.map((r) =>
    r.map((f, j) => {
      if ((only && !only(j)) || !isDefaultFormat(f)) return f;
      changed = true;
      return format;
    }),
  );
  if (changed) range.setNumberFormats(next);
}

/**
 * The Type dropdown: the five types (and content kinds) in the sheet's language, plus every
 * value already in the column that Cadence reads as a type ("Nurturing", "Webinaire"…), so the
 * dropdown never flags a cell the engine understands.
 */
function typeChoices(source: ReviewSource, column: number | undefined, locale: Locale): string[] {
  const choices = [...TYPE_CHOICES[locale]];
  if (column === undefined) return choices;
  for (const row of source.grid.slice(1)) {
    const cell = row[column];
    if (
      typeof cell === 'string' &&
      cell.trim() !== '' &&
      parseProgramType(cell) !== null &&
      !choices.includes(cell.trim())
    ) {
      choices.push(cell.trim());
    }
  }
  return choices.slice(0, 500);
}

// Banding: alternating row colours so long review sheets stay readable. A banding is
// its own object in Sheets, not a cell background, so it never hides the status flags painted by
// conditional formatting and never touches a user's cell colour. Only when the sheet has none:
// a second Format adds nothing, and a user's own banding stays as it is. One call when a banding
// is already there, three when one is added, whatever the size.
function bandWhenUnbanded(sheet: Sheet, numRows: number, numColumns: number): void {
  if (numRows <= 0 || numColumns <= 0 || sheet.getBandings().length > 0) return;
  sheet
    .getRange(1, 1, numRows, numColumns)
    .applyRowBanding(SpreadsheetApp.BandingTheme.LIGHT_GREY, true, false);
}

/** Formats the sheet; returns the sentence for the user. The caller holds the document lock. */
export function formatSheet(
  sheet: Sheet,
  settings: Settings,
  userLocale: Locale,
): { message: string; hasPrograms: boolean } {
  let source = readReviewSheetToWrite(
    sheet,
    settings,
    () => new UserError(ta(userLocale, 'error.influenceInput')),
  );
  const isEmpty = source.grid.length <= 1 && (source.grid[0] ?? []).every((c) => c === '');
  let added = 0;
  if (isEmpty) {
    added = layTemplate(sheet, userLocale);
    // Then format it like any review sheet: dropdowns, checkbox, date formats, protections.
    source = readReviewSource(sheet, settings);
  }
  // What goes into the sheet follows the sheet's language; messages follow the user's.
  const locale = source.report.result.sheet.columns.language ?? userLocale;
  const columns = source.report.result.sheet.columns;
  const width = source.grid[0].length;
  const layout = layoutOf(source, headerNotesOf(sheet, width));
  addMissingOwnedColumns(sheet, layout, locale);
  added += layout.missing.length;
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  if (sheet.getFrozenColumns() === 0) sheet.setFrozenColumns((columns.roles.name ?? 0) + 1);

  const rows = Math.max(sheet.getMaxRows() - 1, 0);
  const list = (values: string[]) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList(values, true)
      .setAllowInvalid(true)
      .build();
  validateColumn(
    sheet,
    columns.roles.type,
    list(typeChoices(source, columns.roles.type, locale)),
    rows,
  );
  validateColumn(
    sheet,
    columns.roles.direction,
    list([ta(locale, 'direction.higher'), ta(locale, 'direction.lower')]),
    rows,
  );
  validateColumn(
    sheet,
    columns.roles.tuned,
    SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build(),
    rows,
  );

  // Banding over the header and data rows, owned columns included.
  bandWhenUnbanded(
    sheet,
    source.grid.length,
    Math.max(width, ...Object.values(layout.positions).map((c) => c + 1)),
  );

  const reviewIndexes = new Set(columns.reviewColumns.map((c) => c.index));
  dateFormatWhereDefault(sheet, 1, 1, 1, width, dateFormat(locale), (j) => reviewIndexes.has(j));
  const setUp = columns.roles.setUpOn;
  if (setUp !== undefined && source.grid.length > 1)
    dateFormatWhereDefault(sheet, 2, setUp + 1, source.grid.length - 1, 1, dateFormat(locale));
  const memory = SheetMemory.of(sheet);
  protectColumns(sheet, ownedRuns(layout.positions), memory);
  memory.save();
  const message =
    added > 0
      ? ta(userLocale, 'result.formatted', { added })
      : ta(userLocale, 'result.formattedNothing');
  return { message, hasPrograms: source.report.rows.length > 0 };
}
