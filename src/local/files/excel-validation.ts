/**
 * Data validation between exceljs and the in-memory Sheets. Sheets' lenient rules ("show a
 * warning") become Excel rules without an error alert, strict ones ("reject input") a 'stop'
 * alert; a checkbox becomes a TRUE/FALSE list, Excel having no checkbox. Rules with no Excel
 * counterpart (e-mail, URL) are left out of the file.
 */
import type ExcelJS from 'exceljs';
import {
  quoteSheetName,
  DataValidation,
  DataValidationBuilder,
  Range,
  type ValidationSpec,
  isDate,
} from '@cadence/apps-script-fake';
import { wallClockToZone, zoneToWallClock } from './excel-dates';

type Operator = ExcelJS.DataValidationOperator;

/**
 * exceljs keeps a worksheet's validations in `dataValidations.model`, keyed by cell address or
 * range ('C2', 'C2:C500'); its typings only expose the per-cell accessor. Reading the model finds
 * validations on cells that hold nothing else, and writing one entry per range keeps a
 * 10,000-row column cheap.
 */
export interface WorksheetValidations {
  readonly dataValidations: {
    readonly model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

export function worksheetValidations(
  ws: ExcelJS.Worksheet,
): WorksheetValidations['dataValidations'] {
  return (ws as unknown as WorksheetValidations).dataValidations;
}

const NUMBER_OPERATORS: Readonly<Record<string, Operator>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

const DATE_OPERATORS: Readonly<Record<string, Operator>> = {
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
  DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

function invert(table: Readonly<Record<string, Operator>>): Map<Operator, string> {
  return new Map(Object.entries(table).map(([k, v]) => [v, k]));
}
const NUMBER_CRITERIA = invert(NUMBER_OPERATORS);
const DATE_CRITERIA = invert(DATE_OPERATORS);

/** A formula's string literal: "a ""quoted"" word". */
function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Splits an Excel literal list '"High,Low"' into its items; null for a range reference. */
function literalList(formula: string): string[] | null {
  const t = formula.trim();
  if (!t.startsWith('"') || !t.endsWith('"')) return null;
  return t
    .slice(1, -1)
    .replace(/""/g, '"')
    .split(',')
    .map((item) => item.trim());
}

function isBooleanPair(items: readonly string[]): boolean {
  const upper = items.map((i) => i.toUpperCase()).sort();
  return upper.length === 2 && upper[0] === 'FALSE' && upper[1] === 'TRUE';
}

/** An exceljs validation → the in-memory rule, or undefined when Sheets has no such rule. */
export function importValidation(
  dv: ExcelJS.DataValidation,
  timeZone: string,
): DataValidation | undefined {
  const builder = new DataValidationBuilder();
  const formulae: unknown[] = dv.formulae ?? [];
  const operator: Operator = dv.operator ?? 'between';
  const first = formulae[0];
  if (dv.type === 'list') {
    const items = typeof first === 'string' ? literalList(first) : null;
    if (items === null) return undefined;
    if (isBooleanPair(items)) builder.requireCheckbox();
    else builder.requireValueInList(items, true);
  } else if (dv.type === 'decimal' || dv.type === 'whole') {
    const criteria = NUMBER_CRITERIA.get(operator);
    if (criteria === undefined) return undefined;
    builder.withCriteria(
      criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria,
      formulae.map(Number),
    );
  } else if (dv.type === 'date') {
    const criteria = DATE_CRITERIA.get(operator);
    if (criteria === undefined || !formulae.every(isDate)) return undefined;
    builder.withCriteria(
      criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria,
      formulae.map((d) => wallClockToZone(d as Date, timeZone)),
    );
  } else if (dv.type === 'custom' && typeof first === 'string') {
    builder.requireFormulaSatisfied(`=${first}`);
  } else {
    return undefined;
  }
  const strict = dv.showErrorMessage === true && (dv.errorStyle ?? 'stop') === 'stop';
  builder.setAllowInvalid(!strict);
  if (dv.prompt) builder.setHelpText(dv.prompt);
  return builder.build();
}

/** Criteria whose Excel form is a custom formula on the range's top-left cell. */
function textFormula(spec: ValidationSpec, topLeft: string): string | undefined {
  const text = stringLiteral(String(spec.values[0] ?? ''));
  switch (spec.criteria) {
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${text},${topLeft}))`;
    case 'TEXT_DOES_NOT_CONTAIN':
      return `NOT(ISNUMBER(SEARCH(${text},${topLeft})))`;
    case 'TEXT_EQUAL_TO':
      return `${topLeft}=${text}`;
    default:
      return undefined;
  }
}

function rangeReference(value: unknown): string | undefined {
  if (!(value instanceof Range)) return undefined;
  const absolute = value.getA1Notation().replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `${quoteSheetName(value.getSheet().getName())}!${absolute}`;
}

/**
 * The in-memory rule → an exceljs validation for the cells whose top-left is `topLeft` (relative
 * A1, for rules Excel can only express as a formula); undefined when Excel has no counterpart.
 */
export function exportValidation(
  spec: ValidationSpec,
  topLeft: string,
  timeZone: string,
): ExcelJS.DataValidation | undefined {
  const base = {
    allowBlank: true,
    showErrorMessage: !spec.allowInvalid,
    ...(spec.allowInvalid ? {} : { errorStyle: 'stop' }),
    ...(spec.helpText ? { showInputMessage: true, prompt: spec.helpText } : {}),
  };
  const v = spec.values;
  const criteria = spec.criteria;
  if (criteria === 'VALUE_IN_LIST') {
    const items = (v[0] as unknown[]).map(String).join(',');
    return { ...base, type: 'list', formulae: [stringLiteral(items)] };
  }
  if (criteria === 'CHECKBOX') {
    const items = v.length === 0 ? ['TRUE', 'FALSE'] : v.map(String);
    return { ...base, type: 'list', formulae: [stringLiteral(items.join(','))] };
  }
  if (criteria === 'VALUE_IN_RANGE') {
    const ref = rangeReference(v[0]);
    return ref === undefined ? undefined : { ...base, type: 'list', formulae: [ref] };
  }
  if (NUMBER_OPERATORS[criteria] !== undefined) {
    return { ...base, type: 'decimal', operator: NUMBER_OPERATORS[criteria], formulae: [...v] };
  }
  if (DATE_OPERATORS[criteria] !== undefined) {
    const dates = v.filter(isDate).map((d) => zoneToWallClock(d, timeZone));
    if (dates.length !== v.length) return undefined;
    return { ...base, type: 'date', operator: DATE_OPERATORS[criteria], formulae: dates };
  }
  if (criteria === 'DATE_IS_VALID_DATE') {
    const earliest = new Date(Date.UTC(1900, 0, 1));
    return { ...base, type: 'date', operator: 'greaterThanOrEqual', formulae: [earliest] };
  }
  if (criteria === 'CUSTOM_FORMULA') {
    return { ...base, type: 'custom', formulae: [String(v[0]).replace(/^=/, '')] };
  }
  const formula = textFormula(spec, topLeft);
  return formula === undefined ? undefined : { ...base, type: 'custom', formulae: [formula] };
}
