/**
 * The sheet holding the touches or paths. By name first (Touches, Contacts, Paths, Parcours), so
 * a workbook of several data sheets reads the one the user named; else the first sheet whose
 * header row is recognised. Our own sheets (the report, the review companions) never qualify.
 */
import type { CellValue } from '../../core/types';
import { isSourceName, recognisesHeaders } from '../../core/sheet-plans/influence';
import { isOwnSheet } from '../review-source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads one header row per candidate only when no sheet is named like the data. */
export function findInfluenceSource(spreadsheet: Spreadsheet): Sheet | null {
  return findUserSheet(spreadsheet, isSourceName, recognisesHeaders);
}

/**
 * The first of the user's sheets (ours never qualify; nor does `except`) named as `isName`
 * says, else the first whose header row `accepts` (one header-row read per sheet tried).
 */
export function findUserSheet(
  spreadsheet: Spreadsheet,
  isName: (name: string) => boolean,
  accepts: (headers: readonly CellValue[]) => boolean,
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
    if (accepts(headers)) return sheet;
  }
  return null;
}

/** The whole data range in one read, as core expects it. */
export function readGrid(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}
