/**
 * Marks what the add-on owns: a warning-only protection over each owned column and over the
 * companion sheet, so a user typing there is warned first (and gets the computed value back on
 * the next refresh anyway). Created once; found again by its description.
 */
export const PROTECTION_DESCRIPTION = 'Cadence: computed by the add-on';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Protections move with their columns, so they are made once per sheet and remembered; a user
 * who removes one has chosen to, and it is not forced back.
 */
export function protectColumns(sheet: Sheet, columns: readonly number[]): void {
  const properties = PropertiesService.getDocumentProperties();
  const key = `cadence.protected.${sheet.getSheetId()}`;
  if (properties.getProperty(key) !== null) return;
  for (const column of columns) {
    sheet
      .getRange(1, column + 1, sheet.getMaxRows(), 1)
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
  }
  properties.setProperty(key, '1');
}

export function protectSheet(sheet: Sheet): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.some((p) => p.getDescription() === PROTECTION_DESCRIPTION)) return;
  sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
}
