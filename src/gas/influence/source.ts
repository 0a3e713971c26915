/**
 * The sheet holding the touches or paths. By name first (Touches, Contacts, Paths, Parcours), so
 * a workbook of several data sheets reads the one the user named; else the first sheet whose
 * header row is recognised and that is not a holdout table (Prospect, Campaign, Group of
 * test/control, Touched at… has the touch columns, but its rows are assignments). Our own sheets
 * (the report, the review companions) never qualify.
 */
import type { CellValue } from '../../core/types';
import { groupColumnIndex, isHoldoutTable } from '../../core/incrementality';
import { isSourceName, recognisesHeaders } from '../../core/sheet-plans/influence';
import { isOwnSheet } from '../review-source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Reads one header row per candidate only when no sheet is named like the data, and the group
 * column of a candidate that has one (one more read).
 */
export function findInfluenceSource(spreadsheet: Spreadsheet): Sheet | null {
  return findUserSheet(spreadsheet, isSourceName, (headers, sheet) => {
    if (!recognisesHeaders(headers)) return false;
    const group = groupColumnIndex(headers);
    if (group === null || sheet.getLastRow() < 2) return true;
    const cells = sheet.getRange(2, group + 1, sheet.getLastRow() - 1, 1).getValues();
    return !isHoldoutTable(
      headers,
      cells.map((row) => row[0] as CellValue),
    );
  });
}

/**
 * The first of the user's sheets (ours never qualify; nor does `except`) named as `isName`
 * says, else the first whose header row `accepts` (one header-row read per sheet tried).
 */
export function findUserSheet(
  spreadsheet: Spreadsheet,
  isName: (name: string) => boolean,
  accepts: (headers: readonly CellValue[], sheet: Sheet) => boolean,
  except: string | null = null,
): Sheet | null {
  const candidates = spreadsheet
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((c) => c.name !== except && !isOwnSheet(c.name));
  const named = candidates.find((c) => isName(c.name));
  if (named) return named.sheet;
  for (const { sheet } of candidates) {
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    if (accepts(headers, sheet)) return sheet;
  }
  return null;
}

/** The whole data range in one read, as core expects it. */
export function readGrid(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}
