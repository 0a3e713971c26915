/**
 * Formulas that only Google Sheets can compute. Written to .xlsx they would show #NAME? in
 * Excel and Err:508/#NAME? in LibreOffice as soon as the file recalculates (Cadence's Trend
 * column is a SPARKLINE), so the exporter writes their last result as a plain value instead.
 */
const SHEETS_ONLY = [
  'SPARKLINE',
  'GOOGLEFINANCE',
  'GOOGLETRANSLATE',
  'DETECTLANGUAGE',
  'IMPORTRANGE',
  'IMPORTDATA',
  'IMPORTHTML',
  'IMPORTXML',
  'IMPORTFEED',
  'IMAGE',
  'QUERY',
  'ARRAYFORMULA',
  'REGEXMATCH',
  'REGEXEXTRACT',
  'REGEXREPLACE',
  'SPLIT',
  'JOIN',
  'CONTINUE',
];

const PATTERN = new RegExp(`(^|[^A-Za-z0-9_.])(${SHEETS_ONLY.join('|')})\\s*\\(`, 'i');

/** Whether the formula calls a function Excel and LibreOffice do not have (string literals aside). */
export function isSheetsOnlyFormula(formula: string): boolean {
  return PATTERN.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

/** Whether a formula's cached result is an error value rather than text. */
export function isErrorValue(value: unknown): value is string {
  return typeof value === 'string' && ERROR_VALUES.has(value);
}
