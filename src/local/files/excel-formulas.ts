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

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A SPARKLINE of literal numbers (`=SPARKLINE({1,2,3})`, as the add-on writes its Sparkline
 * column) as a text sparkline such as ▁▄█. exceljs cannot write Excel's own sparklines (an
 * extension list it does not model), and an empty column under a "Sparkline" header says
 * nothing; the text version shows the same trend in any spreadsheet. Null for any other formula.
 */
export function textSparkline(formula: string): string | null {
  const match = /^=?\s*SPARKLINE\s*\(\s*\{([^{}]*)\}\s*(?:,[^)]*)?\)\s*$/i.exec(formula);
  if (!match) return null;
  const values = match[1].split(/[,;]/).map((v) => Number(v.trim()));
  if (values.length === 0 || values.some((v) => v === null || !Number.isFinite(v))) return null;
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  return values
    .map((v) => BARS[span === 0 ? 3 : Math.round(((v - low) / span) * (BARS.length - 1))])
    .join('');
}
