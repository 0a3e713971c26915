import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import type { World } from '../world';
import { ConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationBuilder } from './data-validation';
import {
  BandingTheme,
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from './enums';
import type { SheetsPairs } from './pairs';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { Ui, type UiLog } from './ui';

type AppMethods =
  | 'BandingTheme'
  | 'BooleanCriteria'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'ProtectionType'
  | 'SheetType'
  | 'WrapStrategy'
  | 'create'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'setActiveSheet'
  | 'setActiveSpreadsheet';

/** The SpreadsheetApp global: the container-bound spreadsheet plus any the script creates. */
export class SpreadsheetApp implements Conform<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  AppMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'SpreadsheetApp');

  readonly BandingTheme = BandingTheme;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly SheetType = SheetType;
  readonly WrapStrategy = WrapStrategy;

  readonly spreadsheets: Spreadsheet[] = [];
  private readonly ui: Ui;

  constructor(
    private readonly world: World,
    private readonly uiLog: UiLog,
    private active: Spreadsheet,
  ) {
    this.spreadsheets.push(active);
    this.ui = new Ui(uiLog);
  }

  /** Null in a time-driven execution run without its document (StrictSettings.triggerDocument). */
  getActiveSpreadsheet(): Spreadsheet {
    return this.world.executions.documentless() ? (null as unknown as Spreadsheet) : this.active;
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  setActiveSpreadsheet(
    newActiveSpreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | Spreadsheet,
  ): void {
    this.active = newActiveSpreadsheet as Spreadsheet;
  }
  getActiveSheet(): Sheet {
    return this.world.executions.documentless()
      ? (null as unknown as Sheet)
      : this.active.getActiveSheet();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | Sheet): Sheet {
    return this.active.setActiveSheet(sheet);
  }
  getActiveRange(): Range {
    if (this.world.executions.documentless()) return null as unknown as Range;
    return this.active.getActiveRange() ?? this.active.getActiveSheet().getRange(1, 1);
  }
  getUi(): Ui {
    if (this.world.executions.documentless()) throw new Error(APPS_SCRIPT_ERRORS.uiUnavailable);
    return this.ui;
  }
  /** Writes land at once in memory: nothing is pending. */
  flush(): void {}
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    const ss = newSpreadsheet(this.world, this.uiLog, name);
    ss.addSheet('Sheet1', undefined, rows ?? 1000, columns ?? 26);
    this.spreadsheets.push(ss);
    return ss;
  }
}

export function newSpreadsheet(world: World, ui: UiLog, name: string): Spreadsheet {
  const n = world.ids.next('spreadsheet');
  const id = `1${'x'.repeat(30)}${String(n).padStart(12, '0')}`;
  return new Spreadsheet(world, ui, {
    id,
    name,
    timeZone: world.settings.timeZone,
    locale: world.settings.spreadsheetLocale,
  });
}
