/**
 * Conditional format rules (Sheets boolean conditions) → exceljs 'expression' rules. Every
 * criterion becomes a formula on the first range's top-left cell, which is how both Sheets and
 * Excel anchor relative references in a rule, so one shape covers custom formulas and the
 * built-in comparisons alike. Gradient rules do not exist in the in-memory Sheets.
 */
import type ExcelJS from 'exceljs';
import { type BooleanSpec, isDate } from '@cadence/apps-script-fake';
import { hexToArgb } from './excel-colors';
import { zoneToWallClock } from './excel-dates';

function literal(value: unknown, timeZone: string): string {
  if (typeof value === 'number') return String(value);
  if (isDate(value)) {
    const d = zoneToWallClock(value, timeZone);
    return `DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`;
  }
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** Apps Script's RelativeDate members as Excel expressions. */
const RELATIVE_DATES: Readonly<Record<string, string>> = {
  TODAY: 'TODAY()',
  TOMORROW: 'TODAY()+1',
  YESTERDAY: 'TODAY()-1',
  PAST_WEEK: 'TODAY()-7',
  PAST_MONTH: 'EDATE(TODAY(),-1)',
  PAST_YEAR: 'EDATE(TODAY(),-12)',
};

function dateOperand(value: unknown, timeZone: string): string | undefined {
  if (isDate(value)) return literal(value, timeZone);
  return RELATIVE_DATES[String(value)];
}

/** The Excel formula (no '=') that is true where the Sheets condition holds, or undefined. */
export function conditionFormula(
  condition: BooleanSpec,
  topLeft: string,
  timeZone: string,
): string | undefined {
  const c = topLeft;
  const v = condition.values;
  const n = (i: number) => literal(v[i], timeZone);
  switch (condition.criteria) {
    case 'CUSTOM_FORMULA':
      return String(v[0]).replace(/^=/, '');
    case 'CELL_EMPTY':
      return `LEN(${c})=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${c})>0`;
    case 'NUMBER_GREATER_THAN':
      return `AND(ISNUMBER(${c}),${c}>${n(0)})`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `AND(ISNUMBER(${c}),${c}>=${n(0)})`;
    case 'NUMBER_LESS_THAN':
      return `AND(ISNUMBER(${c}),${c}<${n(0)})`;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return `AND(ISNUMBER(${c}),${c}<=${n(0)})`;
    case 'NUMBER_EQUAL_TO':
      return `AND(ISNUMBER(${c}),${c}=${n(0)})`;
    case 'NUMBER_NOT_EQUAL_TO':
      return `AND(ISNUMBER(${c}),${c}<>${n(0)})`;
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${c}),${c}>=${n(0)},${c}<=${n(1)})`;
    case 'NUMBER_NOT_BETWEEN':
      return `AND(ISNUMBER(${c}),OR(${c}<${n(0)},${c}>${n(1)}))`;
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${n(0)},${c}))`;
    case 'TEXT_DOES_NOT_CONTAIN':
      return `NOT(ISNUMBER(SEARCH(${n(0)},${c})))`;
    case 'TEXT_EQUAL_TO':
      return `${c}=${n(0)}`;
    case 'TEXT_STARTS_WITH':
      return `LEFT(${c},LEN(${n(0)}))=${n(0)}`;
    case 'TEXT_ENDS_WITH':
      return `RIGHT(${c},LEN(${n(0)}))=${n(0)}`;
    case 'DATE_AFTER':
    case 'DATE_AFTER_RELATIVE': {
      const d = dateOperand(v[0], timeZone);
      return d && `AND(ISNUMBER(${c}),INT(${c})>${d})`;
    }
    case 'DATE_BEFORE':
    case 'DATE_BEFORE_RELATIVE': {
      const d = dateOperand(v[0], timeZone);
      return d && `AND(ISNUMBER(${c}),INT(${c})<${d})`;
    }
    case 'DATE_EQUAL_TO':
    case 'DATE_EQUAL_TO_RELATIVE': {
      const d = dateOperand(v[0], timeZone);
      return d && `AND(ISNUMBER(${c}),INT(${c})=${d})`;
    }
    default:
      return undefined;
  }
}

/** The rule's look as an Excel differential style. */
export function conditionStyle(condition: BooleanSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const fill = hexToArgb(condition.background);
  // Excel reads a differential solid fill from bgColor, LibreOffice from either: set both.
  if (fill) {
    style.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: fill },
      bgColor: { argb: fill },
    };
  }
  const font: Partial<ExcelJS.Font> = {};
  const color = hexToArgb(condition.fontColor);
  if (color) font.color = { argb: color };
  if (condition.bold !== null) font.bold = condition.bold;
  if (condition.italic !== null) font.italic = condition.italic;
  if (condition.strikethrough !== null) font.strike = condition.strikethrough;
  if (condition.underline !== null) font.underline = condition.underline;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}
