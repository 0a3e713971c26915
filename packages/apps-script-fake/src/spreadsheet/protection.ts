import type { Conform } from '../conform';
import { SERVICE, tag } from '../instrument';
import type { Rect } from './grid';
import type { SheetsPairs } from './pairs';
import { Range } from './range';
import type { Sheet } from './sheet';

type ProtectionMethods =
  | 'getDescription'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'setDescription'
  | 'setRange'
  | 'setWarningOnly';

/**
 * A live protection: setters change the stored protection (as in Sheets). Range protections move
 * with row/column changes; a protection whose cells are all deleted is removed.
 */
export class Protection implements Conform<
  GoogleAppsScript.Spreadsheet.Protection,
  ProtectionMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Protection');

  description = '';
  warningOnly = false;
  removed = false;

  private constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: Sheet,
    public rect: Rect | null,
  ) {}

  static forRange(sheet: Sheet, rect: Rect): Protection {
    return new Protection('RANGE', sheet, rect);
  }
  static forSheet(sheet: Sheet): Protection {
    return new Protection('SHEET', sheet, null);
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): Protection {
    this.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this;
  }
  getRange(): Range {
    return this.rect ? this.sheet.rangeAt(this.rect) : this.sheet.getDataRange();
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range | Range): Protection {
    if (range instanceof Range && this.type === 'RANGE') this.rect = range.rect;
    return this;
  }
  remove(): void {
    this.removed = true;
    this.sheet.spreadsheet.removeProtection(this);
  }
}
