/**
 * The report sheet is a stack of blocks (title, summary, credit table, caveats…), one blank row
 * between them, padded into ONE rectangle so the adapter writes it with a single setValues,
 * setNumberFormats, setFontWeights and setBackgrounds however many blocks and rows there are.
 * A new section of the report is one more block in the list.
 */
import { blank, type Cell, COLORS, type FontWeight, type PlannedCell } from './cells';

export interface BlockRow {
  readonly cells: readonly Cell[];
  readonly background: string;
  /** Cells wrap: long labels and names in the narrow model columns show whole, on more lines. */
  readonly wrap?: boolean;
}

export interface SheetBlock {
  readonly rows: readonly BlockRow[];
  /** Column-A texts that must show whole: column A is made wide enough for them. Longer lines
   * (title, caveats) overflow into the empty cells to their right instead. */
  readonly fitted?: readonly string[];
}

/** The report's one rectangle of cells, a grid per property: one batched call each. */
export interface LaidCells {
  /** Strings are already forced to text (see text-cell.ts). */
  readonly values: PlannedCell[][];
  readonly numberFormats: string[][];
  readonly fontWeights: FontWeight[][];
  readonly backgrounds: string[][];
  /** Cells that wrap (the credit table and the last-touch table: long labels, narrow columns). */
  readonly wraps: boolean[][];
}

export interface Laid extends LaidCells {
  /** 1-based first row of each block, in the order given. */
  readonly starts: readonly number[];
}

export const row = (
  cells: readonly Cell[],
  background: string = COLORS.plain,
  wrap = false,
): BlockRow => ({ cells, background, wrap });

/** The widest row of these blocks, in cells. */
export function widthOf(blocks: readonly SheetBlock[]): number {
  return Math.max(1, ...blocks.flatMap((b) => b.rows.map((r) => r.cells.length)));
}

/** Every column-A text of these blocks that must show whole. */
export function fittedTexts(blocks: readonly SheetBlock[]): string[] {
  return blocks.flatMap((b) => b.fitted ?? []);
}

export function layBlocks(blocks: readonly SheetBlock[], width: number): Laid {
  const rows: BlockRow[] = [];
  const starts: number[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) rows.push(row([]));
    starts.push(rows.length + 1);
    rows.push(...block.rows);
  });
  const filled = rows.map((r) => ({
    background: r.background,
    wrap: r.wrap === true,
    cells: [...r.cells, ...Array.from({ length: width - r.cells.length }, () => blank)],
  }));
  return {
    values: filled.map((r) => r.cells.map((c) => c.value)),
    numberFormats: filled.map((r) => r.cells.map((c) => c.format)),
    fontWeights: filled.map((r) => r.cells.map((c) => (c.bold ? 'bold' : 'normal'))),
    backgrounds: filled.map((r) => r.cells.map((c) => c.background ?? r.background)),
    wraps: filled.map((r) => r.cells.map(() => r.wrap)),
    starts,
  };
}
