/**
 * The two syntaxes a formula handed to Apps Script may have to follow: en_US ("=AND(A1,B1)",
 * "{1.5,2}") or that of a locale whose decimal separator is a comma, such as fr_FR and de_DE
 * ("=AND(A1;B1)", "{1,5\2}"; Google's "Using arrays in Google Sheets" help page). Google does
 * not document which one a script's formula is read in, so Cadence writes en_US first and, when
 * Sheets refuses it, the same formula rewritten here; then it remembers which one worked.
 */
export type FormulaDialect = 'en_US' | 'comma-decimal';

export const FORMULA_DIALECTS: readonly FormulaDialect[] = ['en_US', 'comma-decimal'];

/**
 * An en_US-syntax formula in `dialect`. Outside strings and quoted sheet names: ',' between
 * function arguments becomes ';', ',' between array columns becomes '\', and a number's decimal
 * point becomes ','. Names (NORM.DIST, Sheet1!A1) keep their dots.
 */
export function inDialect(formula: string, dialect: FormulaDialect): string {
  if (dialect === 'en_US') return formula;
  const open: string[] = [];
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string or a quoted sheet name; a doubled quote stays inside it.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) {
        j += formula[j] === ch ? 2 : 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_$][\w.$]*/.exec(formula.slice(i));
    if (name) {
      out += name[0];
      i += name[0].length;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(formula.slice(i));
    if (number) {
      out += number[0].replace('.', ',');
      i += number[0].length;
      continue;
    }
    if (ch === '(' || ch === '{') open.push(ch);
    else if (ch === ')' || ch === '}') open.pop();
    out += ch === ',' ? (open[open.length - 1] === '{' ? '\\' : ';') : ch;
    i++;
  }
  return out;
}
