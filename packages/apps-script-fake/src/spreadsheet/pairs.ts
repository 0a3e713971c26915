import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import type {
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  BooleanCondition,
} from './conditional-format';
import type { DataValidation, DataValidationBuilder } from './data-validation';
import type { Protection } from './protection';
import type { Banding } from './banding';
import type {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  DeveloperMetadataLocation,
} from './metadata';
import type { EmbeddedChart, EmbeddedChartBuilder, ContainerInfo, ChartOptions } from './chart';
import type { Menu, Ui } from './ui';
import type { User } from '../session';
import type { HtmlOutput } from '../html';

/** Which in-memory class stands for which Apps Script interface in the Spreadsheet service. */
export type SheetsPairs =
  | readonly [GoogleAppsScript.Spreadsheet.Spreadsheet, Spreadsheet]
  | readonly [GoogleAppsScript.Spreadsheet.Sheet, Sheet]
  | readonly [GoogleAppsScript.Spreadsheet.Range, Range]
  | readonly [GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ConditionalFormatRule]
  | readonly [
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      ConditionalFormatRuleBuilder,
    ]
  | readonly [GoogleAppsScript.Spreadsheet.BooleanCondition, BooleanCondition]
  | readonly [GoogleAppsScript.Spreadsheet.DataValidation, DataValidation]
  | readonly [GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilder]
  | readonly [GoogleAppsScript.Spreadsheet.Protection, Protection]
  | readonly [GoogleAppsScript.Spreadsheet.Banding, Banding]
  | readonly [GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadata]
  | readonly [GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinder]
  | readonly [GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, DeveloperMetadataLocation]
  | readonly [GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChart]
  | readonly [GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilder]
  | readonly [GoogleAppsScript.Spreadsheet.ContainerInfo, ContainerInfo]
  | readonly [GoogleAppsScript.Charts.ChartOptions, ChartOptions]
  | readonly [GoogleAppsScript.Base.Ui, Ui]
  | readonly [GoogleAppsScript.Base.Menu, Menu]
  | readonly [GoogleAppsScript.Base.User, User]
  | readonly [GoogleAppsScript.HTML.HtmlOutput, HtmlOutput];
