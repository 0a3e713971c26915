/**
 * The holdout tab, when the spreadsheet has one: by name first (Holdout, Témoin, Groupe témoin…),
 * else the first of the user's sheets whose header row has a Group (or Holdout) column. Read in
 * one getValues, analysed by core; the influence source and our own sheets never qualify.
 */
import {
  holdoutSection,
  isHoldoutName,
  looksLikeHoldout,
  type HoldoutSection,
} from '../../core/incrementality';
import type { CellValue } from '../../core/types';
import { isOwnSheet } from '../review-source';
import { readGrid } from './source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function findHoldoutSheet(spreadsheet: Spreadsheet, source: Sheet): Sheet | null {
  const sourceName = source.getName();
  const candidates = spreadsheet
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((c) => c.name !== sourceName && !isOwnSheet(c.name));
  const named = candidates.find((c) => isHoldoutName(c.name));
  if (named) return named.sheet;
  for (const { sheet } of candidates) {
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    if (looksLikeHoldout(headers)) return sheet;
  }
  return null;
}

export function readHoldoutSection(
  spreadsheet: Spreadsheet,
  source: Sheet,
  timeZone: string,
): HoldoutSection | null {
  const sheet = findHoldoutSheet(spreadsheet, source);
  return sheet === null ? null : holdoutSection(sheet.getName(), readGrid(sheet), timeZone);
}
