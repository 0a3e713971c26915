/**
 * Conditional formatting as Sheets paints it: for each cell, the first rule (in sheet order) whose
 * condition holds sets the background, font colour and weight it defines. Computed server-side
 * so the page only ever receives final colours.
 */
import { columnNumber } from '../../core/text';
import type { CellValue } from '../../core/types';
import type { SheetSnapshot } from '@cadence/apps-script-fake';
import { formulaHolds, UnsupportedFormula } from './formula';

export interface ConditionalStyle {
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
}

type Condition = NonNullable<SheetSnapshot['conditionalFormats'][number]['condition']>;

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 'A2:A31', 'A1:Z1', 'C5' — bounded ranges, as snapshots write them. */
export function boxOf(a1: string): Box | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  return {
    top,
    left,
    bottom: m[4] === undefined ? top : Number(m[4]),
    right: m[3] === undefined ? left : columnNumber(m[3]),
  };
}

function text(v: CellValue): string {
  return v instanceof Date ? '' : String(v);
}

function numeric(v: CellValue): number | null {
  return typeof v === 'number' ? v : null;
}

/** The built-in criteria a user's own rule is most likely to use; others never match. */
function builtinHolds(condition: Condition, v: CellValue): boolean {
  const [a, b] = condition.values;
  const n = numeric(v);
  const x = Number(a);
  switch (condition.criteria) {
    case 'CELL_EMPTY':
      return v === '';
    case 'CELL_NOT_EMPTY':
      return v !== '';
    case 'TEXT_CONTAINS':
      return text(v).toLowerCase().includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text(v).toLowerCase().includes(String(a).toLowerCase());
    case 'TEXT_STARTS_WITH':
      return text(v).toLowerCase().startsWith(String(a).toLowerCase());
    case 'TEXT_ENDS_WITH':
      return text(v).toLowerCase().endsWith(String(a).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text(v).toLowerCase() === String(a).toLowerCase();
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > x;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= x;
    case 'NUMBER_LESS_THAN':
      return n !== null && n < x;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= x;
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === x;
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== x;
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(x, Number(b)) && n <= Math.max(x, Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(x, Number(b)) || n > Math.max(x, Number(b)));
    default:
      return false;
  }
}

/**
 * The style conditional formatting gives each cell of the snapshot's used extent (0-based grid,
 * null where no rule applies). Rules outside the evaluated subset are skipped, never guessed.
 */
export function conditionalStyles(snapshot: SheetSnapshot): Array<Array<ConditionalStyle | null>> {
  const rows = snapshot.numRows;
  const cols = snapshot.numColumns;
  const out: Array<Array<ConditionalStyle | null>> = Array.from({ length: rows }, () =>
    new Array<ConditionalStyle | null>(cols).fill(null),
  );
  const value = (r: number, c: number): CellValue =>
    r >= 1 && c >= 1 && r <= rows && c <= cols ? snapshot.values[r - 1][c - 1] : '';
  for (const rule of snapshot.conditionalFormats) {
    const condition = rule.condition;
    const boxes = rule.ranges.map(boxOf).filter((b): b is Box => b !== null);
    if (!condition || boxes.length === 0) continue;
    const style: ConditionalStyle = {
      background: condition.background,
      fontColor: condition.fontColor,
      bold: condition.bold,
    };
    const anchor = boxes[0];
    for (const box of boxes) {
      for (let r = box.top; r <= Math.min(box.bottom, rows); r++) {
        for (let c = box.left; c <= Math.min(box.right, cols); c++) {
          if (out[r - 1][c - 1] !== null) continue;
          let holds = false;
          if (condition.criteria === 'CUSTOM_FORMULA') {
            try {
              holds = formulaHolds(String(condition.values[0] ?? ''), {
                row: r,
                column: c,
                anchorRow: anchor.top,
                anchorColumn: anchor.left,
                value,
              });
            } catch (error) {
              if (!(error instanceof UnsupportedFormula)) throw error;
            }
          } else holds = builtinHolds(condition, value(r, c));
          if (holds) out[r - 1][c - 1] = style;
        }
      }
    }
  }
  return out;
}
