/**
 * What is wrong with an input we cannot use: missing columns by name, unreadable cells by A1
 * address. Returned, never thrown, so the CLI can exit 2 with one line and the sidebar can point
 * at the cells.
 */
import type { Diagnostic } from '../types';
import { type ColumnMap, missing } from './headers';
import type { InputFormat } from './vocabulary';

export interface InputProblem {
  readonly format: InputFormat;
  readonly missingColumns: readonly string[];
  /** The first unreadable cells, in sheet order (at most MAX_LISTED_CELLS). */
  readonly unreadable: readonly Diagnostic[];
  /** How many cells were unreadable in all, listed or not. */
  readonly unreadableCount: number;
}

/** A reader's answer: what it read (the fields of `T`), or the problem that stopped it. */
export type InputRead<T> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly problem: InputProblem };

/** The input lacks required columns, named as the user sees them. */
export function missingColumnsProblem(
  format: InputFormat,
  missingColumns: readonly string[],
): InputProblem {
  return { format, missingColumns, unreadable: [], unreadableCount: 0 };
}

/**
 * The problem of a header row that lacks some of the `required` columns, each named by its
 * label; null when it has them all.
 */
export function absentColumnsProblem<C extends string>(
  format: InputFormat,
  found: ColumnMap<C>,
  required: readonly C[],
  labels: Readonly<Record<C, string>>,
): InputProblem | null {
  const absent = missing(found, required);
  if (absent.length === 0) return null;
  return missingColumnsProblem(
    format,
    absent.map((c) => labels[c]),
  );
}

/** A broken export can have a million bad cells; nobody reads past the first few dozen. */
export const MAX_LISTED_CELLS = 50;

export class ProblemCollector {
  private readonly listed: Diagnostic[] = [];
  private count = 0;

  add(cell: string, message: string): void {
    this.count++;
    if (this.listed.length < MAX_LISTED_CELLS)
      this.listed.push({ cell, severity: 'error', message });
  }

  get empty(): boolean {
    return this.count === 0;
  }

  problem(format: InputFormat): InputProblem {
    return { format, missingColumns: [], unreadable: this.listed, unreadableCount: this.count };
  }
}

/** One line for a terminal: "missing columns: Campaign, Touched at" or the cells to fix. */
export function describeProblem(problem: InputProblem): string {
  const parts: string[] = [];
  if (problem.missingColumns.length > 0) {
    parts.push(`${problem.format} input: missing columns: ${problem.missingColumns.join(', ')}`);
  }
  if (problem.unreadableCount > 0) {
    const cells = problem.unreadable.map((d) => `${d.cell} (${d.message})`).join(', ');
    const more = problem.unreadableCount - problem.unreadable.length;
    parts.push(`unreadable cells: ${cells}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (parts.length === 0) parts.push(`${problem.format} input: no data rows`);
  return parts.join('; ');
}
