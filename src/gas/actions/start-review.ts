/**
 * Start a review: a new review column dated today (or the date the user picked), right after the
 * last review column, formatted like its neighbour, with its first cell selected for typing.
 */
import { midnightInZone, parseIso, toIso } from '../../core/dates';
import { ta } from '../../core/i18n/actions';
import { newReviewColumnIndex } from '../../core/import/target-column';
import { dateFormat } from '../../core/sheet-plans/formats';
import type { Settings } from '../../core/settings';
import type { Locale } from '../../core/types';
import { readReviewSource } from '../review-source';
import { UserError } from '../run-action';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function startReview(
  sheet: Sheet,
  settings: Settings,
  locale: Locale,
  date?: string,
): string {
  const source = readReviewSource(sheet, settings);
  const day = date === undefined || date === '' ? source.today : parseIso(date);
  if (day === null) throw new UserError(ta(locale, 'error.badDate', { date: String(date) }));
  const columns = source.report.result.sheet.columns;
  const shown = toIso(day);
  const existing = columns.reviewColumns.find((c) => c.day === day);
  if (existing) {
    sheet.getRange(2, existing.index + 1).activate();
    return ta(locale, 'result.exists', { date: shown });
  }
  // 0-based index of the column just before the new one: the import plans the same place.
  const after = newReviewColumnIndex(columns) - 1;
  sheet.insertColumnAfter(after + 1);
  const column = after + 2;
  const rows = Math.max(source.grid.length, 2);
  const neighbour = columns.reviewColumns.length > 0 ? after + 1 : null;
  const formats =
    neighbour === null ? null : sheet.getRange(1, neighbour, rows, 1).getNumberFormats();
  const target = sheet.getRange(1, column, rows, 1);
  if (formats) target.setNumberFormats(formats);
  sheet
    .getRange(1, column)
    .setNumberFormat(dateFormat(locale))
    .setValue(midnightInZone(day, source.timeZone))
    .setFontWeight('bold');
  sheet.getRange(2, column).activate();
  return ta(locale, 'result.started', { date: shown });
}
