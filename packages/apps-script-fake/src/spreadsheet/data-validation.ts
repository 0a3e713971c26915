import type { CellValue } from '../cell-value';
import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { copyDate, enumName, isDate } from '../values';
import type { DataValidationCriteriaName } from './enums';
import type { SheetsPairs } from './pairs';

type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export interface ValidationSpec {
  readonly criteria: DataValidationCriteriaName;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** A built rule; immutable, like Apps Script's. */
export class DataValidation implements Conform<
  GasDataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'DataValidation');

  constructor(readonly spec: ValidationSpec) {}

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.spec);
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GasCriteria {
    return this.spec.criteria as unknown as GasCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => (Array.isArray(v) ? [...v] : isDate(v) ? copyDate(v) : v));
  }

  criteriaName(): DataValidationCriteriaName {
    return this.spec.criteria;
  }
  checkedValue(): CellValue {
    return this.spec.values.length > 0 ? (this.spec.values[0] as CellValue) : true;
  }
  uncheckedValue(): CellValue {
    return this.spec.values.length > 1 ? (this.spec.values[1] as CellValue) : false;
  }

  /** Whether a value satisfies the rule; blanks always do. Used for "reject input" rules. */
  accepts(value: CellValue): boolean {
    if (value === '') return true;
    const v = this.spec.values;
    const num = typeof value === 'number' ? value : NaN;
    const n = (i: number) => Number(v[i]);
    switch (this.spec.criteria) {
      case 'VALUE_IN_LIST':
        return (v[0] as unknown[]).map(String).includes(String(value));
      case 'CHECKBOX':
        return value === this.checkedValue() || value === this.uncheckedValue();
      case 'DATE_IS_VALID_DATE':
        return isDate(value);
      case 'NUMBER_BETWEEN':
        return num >= n(0) && num <= n(1);
      case 'NUMBER_NOT_BETWEEN':
        return num < n(0) || num > n(1);
      case 'NUMBER_GREATER_THAN':
        return num > n(0);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return num >= n(0);
      case 'NUMBER_LESS_THAN':
        return num < n(0);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return num <= n(0);
      case 'NUMBER_EQUAL_TO':
        return num === n(0);
      case 'NUMBER_NOT_EQUAL_TO':
        return typeof value === 'number' && num !== n(0);
      case 'TEXT_CONTAINS':
        return String(value).includes(String(v[0]));
      case 'TEXT_DOES_NOT_CONTAIN':
        return !String(value).includes(String(v[0]));
      case 'TEXT_EQUAL_TO':
        return String(value) === String(v[0]);
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
      default:
        return true;
    }
  }
}

export function asDataValidation(rule: GasDataValidation | DataValidation): DataValidation {
  if (rule instanceof DataValidation) return rule;
  throw new Error(APPS_SCRIPT_ERRORS.invalidArgument('rule'));
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'requireCheckbox'
  | 'requireFormulaSatisfied'
  | 'requireValueInList'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class DataValidationBuilder implements Conform<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  BuilderMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'DataValidationBuilder');

  private spec: ValidationSpec;

  constructor(spec?: ValidationSpec) {
    // Sheets' builder defaults to "show a warning", i.e. invalid input allowed.
    this.spec = spec ?? {
      criteria: 'DATE_IS_VALID_DATE',
      values: [],
      allowInvalid: true,
      helpText: null,
    };
  }

  private with(
    criteria: DataValidationCriteriaName,
    values: readonly unknown[],
  ): DataValidationBuilder {
    this.spec = { ...this.spec, criteria, values };
    return this;
  }

  build(): DataValidation {
    return new DataValidation(this.spec);
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.spec);
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GasCriteria {
    return this.spec.criteria as unknown as GasCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.with('CHECKBOX', values);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.with('CUSTOM_FORMULA', [formula]);
  }
  /** Criteria values are [list, showDropdown], as Apps Script reports them. */
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder {
    return this.with('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.spec = { ...this.spec, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.spec = { ...this.spec, helpText };
    return this;
  }
  withCriteria(criteria: GasCriteria, args: unknown[]): DataValidationBuilder {
    return this.with(enumName(criteria) as DataValidationCriteriaName, [...args]);
  }
}
