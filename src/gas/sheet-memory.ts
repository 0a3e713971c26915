/**
 * What Cadence remembers in the document between two actions (protections made, the flag rules
 * written, the formula syntax this spreadsheet accepts, the review sheet), read with one
 * PropertiesService call and written with at most one. It lets a steady-state Refresh skip the
 * Sheets calls whose outcome it already knows: every Sheets call is a round trip to Google.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetMemory {
  private readonly pending: Record<string, string> = {};

  private constructor(
    private readonly properties: GoogleAppsScript.Properties.Properties,
    private readonly stored: Readonly<Record<string, string>>,
    /** The sheet's id as text: the key suffix of everything remembered per sheet. */
    readonly sheetId: string,
  ) {}

  static of(sheet: Sheet): SheetMemory {
    const properties = PropertiesService.getDocumentProperties();
    return new SheetMemory(properties, properties.getProperties(), String(sheet.getSheetId()));
  }

  get(key: string): string | null {
    return this.pending[key] ?? this.stored[key] ?? null;
  }

  set(key: string, value: string): void {
    if (this.get(key) !== value) this.pending[key] = value;
  }

  /** One write for everything learnt during the action; none when nothing changed. */
  save(): void {
    if (Object.keys(this.pending).length > 0) this.properties.setProperties(this.pending);
  }
}
