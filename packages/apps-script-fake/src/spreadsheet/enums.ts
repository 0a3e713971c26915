import { makeEnum } from '../values';

/**
 * SpreadsheetApp's enums. At run time a member is its own name (what Apps Script prints); the
 * casts give them the @types enum types so code under test type-checks unchanged.
 */
type GasSheets = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = makeEnum([
  'RANGE',
  'SHEET',
]) as unknown as GasSheets['ProtectionType'];
export const DeveloperMetadataLocationType = makeEnum([
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]) as unknown as GasSheets['DeveloperMetadataLocationType'];
export const DeveloperMetadataVisibility = makeEnum([
  'DOCUMENT',
  'PROJECT',
]) as unknown as GasSheets['DeveloperMetadataVisibility'];
export const BooleanCriteria = makeEnum([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]) as unknown as GasSheets['BooleanCriteria'];
export const DataValidationCriteria = makeEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]) as unknown as GasSheets['DataValidationCriteria'];
export const BandingTheme = makeEnum([
  'LIGHT_GREY',
  'CYAN',
  'GREEN',
  'YELLOW',
  'ORANGE',
  'BLUE',
  'TEAL',
  'GREY',
  'BROWN',
  'LIGHT_GREEN',
  'INDIGO',
  'PINK',
]) as unknown as GasSheets['BandingTheme'];
export const WrapStrategy = makeEnum([
  'WRAP',
  'OVERFLOW',
  'CLIP',
]) as unknown as GasSheets['WrapStrategy'];
export const Dimension = makeEnum(['COLUMNS', 'ROWS']) as unknown as GasSheets['Dimension'];
export const SheetType = makeEnum(['GRID', 'OBJECT']) as unknown as GasSheets['SheetType'];

export type DataValidationCriteriaName = keyof GasSheets['DataValidationCriteria'];
export type BooleanCriteriaName = keyof GasSheets['BooleanCriteria'];
