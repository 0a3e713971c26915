import type { Conform } from '../conform';
import { SERVICE, tag } from '../instrument';
import type { User } from '../session';
import { User as UserClass } from '../session';
import { ProtectionType } from './enums';
import type { Rect } from './grid';
import type { SheetsPairs } from './pairs';
import { Range } from './range';
import type { Sheet } from './sheet';

type GasProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

type ProtectionMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setUnprotectedRanges'
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
  domainEdit = true;
  removed = false;
  readonly editors = new Set<string>();
  unprotected: Rect[] = [];

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

  addEditor(emailAddress: string | GoogleAppsScript.Base.User | User): Protection {
    this.editors.add(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this;
  }
  addEditors(emailAddresses: string[]): Protection {
    for (const e of emailAddresses) this.editors.add(e);
    return this;
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User | User): Protection {
    this.editors.delete(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return this;
  }
  removeEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User | User>): Protection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this;
  }
  getEditors(): User[] {
    const owner = this.sheet.spreadsheet.settings.userEmail;
    return [owner, ...[...this.editors].filter((e) => e !== owner)].map((e) => new UserClass(e));
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = editable;
    return this;
  }
  canEdit(): boolean {
    return true; // the script runs as the owner
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
  getProtectionType(): GasProtectionType {
    return ProtectionType[this.type];
  }
  getRange(): Range {
    return this.rect ? this.sheet.rangeAt(this.rect) : this.sheet.getDataRange();
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range | Range): Protection {
    if (range instanceof Range && this.type === 'RANGE') this.rect = range.rect;
    return this;
  }
  getRangeName(): string | null {
    return null;
  }
  getUnprotectedRanges(): Range[] {
    return this.unprotected.map((r) => this.sheet.rangeAt(r));
  }
  setUnprotectedRanges(ranges: Array<GoogleAppsScript.Spreadsheet.Range | Range>): Protection {
    this.unprotected = ranges.filter((r): r is Range => r instanceof Range).map((r) => r.rect);
    return this;
  }
  remove(): void {
    this.removed = true;
    this.sheet.spreadsheet.removeProtection(this);
  }
}
