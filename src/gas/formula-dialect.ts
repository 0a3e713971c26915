/**
 * Which formula syntax this spreadsheet reads a script's formulas in (en_US, or that of a
 * comma-decimal locale such as fr_FR): not documented by Google, so learnt by trying, once per
 * spreadsheet, and remembered in the document.
 */
import {
  FORMULA_DIALECTS,
  inDialect,
  type FormulaDialect,
} from '../core/sheet-plans/formula-dialect';
import type { SheetMemory } from './sheet-memory';

export const DIALECT_KEY = 'cadence.formulaDialect';

/** What Sheets shows in a cell whose formula it could not parse. */
export const PARSE_ERROR = '#ERROR!';

export function rememberedDialect(memory: SheetMemory): FormulaDialect {
  const stored = memory.get(DIALECT_KEY);
  return FORMULA_DIALECTS.find((d) => d === stored) ?? 'en_US';
}

/**
 * Runs `attempt` with the remembered dialect, then — when it throws and the formulas read
 * differently in the other dialect — with the other one. Returns the dialect that worked; throws
 * the last error when neither did.
 */
export function withFormulaDialect(
  memory: SheetMemory,
  formulas: readonly string[],
  attempt: (dialect: FormulaDialect, retry: boolean) => void,
): FormulaDialect {
  const first = rememberedDialect(memory);
  const other = FORMULA_DIALECTS.find((d) => d !== first) as FormulaDialect;
  try {
    attempt(first, false);
    return first;
  } catch (error) {
    if (formulas.every((f) => inDialect(f, other) === inDialect(f, first))) throw error;
    attempt(other, true);
    return other;
  }
}
