/**
 * Marks what the add-on owns: a warning-only protection over the owned columns and over the
 * companion sheet, so a user typing there is warned first (and gets the computed value back on
 * the next refresh anyway). Created once; found again by its description.
 */
import type { ColumnRun } from '../core/sheet-plans/layout';
import type { SheetMemory } from './sheet-memory';

export const PROTECTION_DESCRIPTION = 'Cadence: computed by the add-on';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Protections move with their columns, so they are made once per sheet and remembered; a user
 * who removes one has chosen to, and it is not forced back. One protection per run of adjacent
 * owned columns (normally one for all seven): each costs four Sheets round trips.
 */
export function protectColumns(
  sheet: Sheet,
  runs: readonly ColumnRun[],
  memory: SheetMemory,
): void {
  const key = `cadence.protected.${memory.sheetId}`;
  if (memory.get(key) !== null || runs.length === 0) return;
  const rows = sheet.getMaxRows();
  for (const run of runs) {
    sheet
      .getRange(1, run.start + 1, rows, run.keys.length)
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
  }
  memory.set(key, '1');
}

/** `isNew`: the sheet was just inserted, so it has no protection to look for. */
export function protectSheet(sheet: Sheet, isNew = false): void {
  if (!isNew) {
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    if (existing.some((p) => p.getDescription() === PROTECTION_DESCRIPTION)) return;
  }
  sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
}
