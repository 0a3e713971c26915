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
import { findUserSheet, readGrid } from './source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readHoldoutSection(
  spreadsheet: Spreadsheet,
  source: Sheet,
  timeZone: string,
): HoldoutSection | null {
  const sheet = findUserSheet(spreadsheet, isHoldoutName, looksLikeHoldout, source.getName());
  return sheet === null ? null : holdoutSection(sheet.getName(), readGrid(sheet), timeZone);
}
