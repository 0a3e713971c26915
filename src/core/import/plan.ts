/**
 * An import, decided: the review sheet and an export in, the preview and the plan of writes out.
 * The plan writes only into empty cells of the target review column unless the user chose to
 * overwrite (then each replaced cell says old → new); each written cell carries a note with its
 * provenance; a program is written only when matched without doubt and its number passes the
 * unit check. The add-on and the CLI apply this plan; neither decides anything.
 */
import { toIso, type DayNumber } from '../dates';
import { tImport } from '../i18n/import';
import { readReviewSheet, type ReviewRow } from '../review/sheet';
import { cellText } from '../review/values';
import { a1 } from '../text';
import type { CellValue, Grid, Locale, Severity } from '../types';
import { matchPrograms, type Candidate, type NamedRow, type RememberedPairs } from './match';
import { columnForMetric, namedColumn, type SourceColumn } from './metric-columns';
import { nameKey } from './names';
import { nameSimilarity } from './similarity';
import type { ExportTool } from './shapes';
import { readSourceTable, sourceNumber, type SourceRow, type SourceTable } from './source-table';
import { targetColumn, type TargetColumn } from './target-column';
import { checkUnits } from './units';

export interface ImportRequest {
  readonly review: Grid;
  readonly source: Grid;
  /** The file or sheet name, for notes and messages. */
  readonly sourceName: string;
  readonly timeZone: string;
  readonly today: DayNumber;
  /** The spreadsheet locale: how both grids' ambiguous text numbers are read. */
  readonly locale?: string | null;
  /** The review's date (default today). */
  readonly date?: DayNumber;
  /** Replace numbers already in the target cells (each shown old → new). */
  readonly overwrite?: boolean;
  /** Pairs confirmed in earlier imports. */
  readonly remembered?: RememberedPairs;
  /** Candidates the user picked now: program row → source row. */
  readonly picks?: ReadonlyMap<number, number>;
  /** The export column the user picked for every row, by header. */
  readonly column?: string | null;
  /** Language of the notes written into the sheet. */
  readonly language: Locale;
}

export interface ImportMatch {
  readonly row: number;
  readonly name: string;
  readonly source: { readonly row: number; readonly name: string; readonly column: string | null };
  readonly value: number | null;
  readonly confidence: number;
  readonly written: boolean;
  /** The user picked or confirmed this pair: remembered after the import. */
  readonly confirmed: boolean;
}

export interface ImportAmbiguity {
  readonly row: number;
  readonly name: string;
  readonly candidates: readonly Candidate[];
}

export type ImportProblem =
  | { readonly code: 'filled'; readonly old: string; readonly value: number }
  | { readonly code: 'overwritten'; readonly old: string; readonly value: number }
  | {
      readonly code: 'unit_mismatch';
      readonly value: number;
      readonly source: number;
      readonly typical: number;
    }
  | {
      readonly code: 'points';
      readonly value: number;
      readonly source: number;
      readonly fraction: number;
    }
  | { readonly code: 'no_column'; readonly metric: string }
  | { readonly code: 'no_value'; readonly source: number; readonly column: string }
  /** The export's cell is a spreadsheet error (#DIV/0!, #N/A…): never read as a number. */
  | {
      readonly code: 'error_value';
      readonly source: number;
      readonly column: string;
      readonly error: string;
    }
  /** Written into a row with no baseline and no earlier value: Capture baselines will offer it. */
  | { readonly code: 'baseline_offer'; readonly value: number };

export interface ImportDiagnostic {
  /** A1 address of the target cell in the review sheet. */
  readonly cell: string;
  readonly severity: Severity;
  readonly problem: ImportProblem;
}

export interface CellWrite {
  /** 1-based sheet row. */
  readonly row: number;
  readonly value: number;
  /** The cell's value before the import ('' when empty). */
  readonly previous: CellValue;
  readonly note: string;
}

export interface ImportPlan {
  readonly tool: ExportTool;
  readonly sourceName: string;
  readonly date: DayNumber;
  readonly column: TargetColumn;
  readonly matched: readonly ImportMatch[];
  readonly ambiguous: readonly ImportAmbiguity[];
  readonly unmatchedPrograms: readonly number[];
  readonly unmatchedSource: readonly number[];
  readonly writes: readonly CellWrite[];
  readonly diagnostics: readonly ImportDiagnostic[];
  /** Program name key → source name key, for the pairs to remember. */
  readonly confirmedPairs: ReadonlyArray<readonly [string, string]>;
  /** The export's number columns, for the user to pick one. */
  readonly sourceColumns: readonly string[];
}

/** A number as messages show it: at most six significant digits, no float noise, "0,031" in French. */
export function shownNumber(value: number, locale: Locale = 'en'): string {
  const text = String(Number(value.toPrecision(6)));
  return locale === 'fr' ? text.replace('.', ',') : text;
}

function isEmpty(cell: CellValue | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The row's values in date order, baseline first, up to today. */
function historyOf(row: ReviewRow): number[] {
  return [...(row.baseline ? [row.baseline.value] : []), ...row.series.map((p) => p.value)];
}

export function planImport(request: ImportRequest): ImportPlan {
  const sheet = readReviewSheet(request.review, {
    timeZone: request.timeZone,
    today: request.today,
    locale: request.locale ?? null,
  });
  const table = readSourceTable(request.source, request.timeZone, request.locale ?? null);
  const date = request.date ?? request.today;
  const column = targetColumn(sheet.columns, date);
  const picked =
    request.column === undefined || request.column === null
      ? null
      : (table.columns.find((c) => c.header === request.column) ?? null);

  const hasBaseline = sheet.columns.roles.baseline !== undefined;
  const programs: NamedRow[] = sheet.rows.map((r) => ({ row: r.row, name: r.name }));
  const sources: NamedRow[] = table.rows.map((r) => ({ row: r.row, name: r.name }));
  const result = matchPrograms(programs, sources, request.remembered ?? new Map());
  const sourceByRow = new Map(table.rows.map((r) => [r.row, r]));
  const reviewByRow = new Map(sheet.rows.map((r) => [r.row, r]));
  const used = new Set<number>();
  const matched: ImportMatch[] = [];
  const ambiguous: ImportAmbiguity[] = [];
  const unmatchedPrograms: number[] = [];
  const confirmedPairs: Array<[string, string]> = [];
  const writes: CellWrite[] = [];
  const diagnostics: ImportDiagnostic[] = [];

  const take = (program: ReviewRow, source: SourceRow, confidence: number, confirmed: boolean) => {
    used.add(source.row);
    if (confirmed) confirmedPairs.push([nameKey(program.name).key, nameKey(source.name).key]);
    const decided = decide(request, table, program, source, column, picked, hasBaseline);
    if (decided.write) writes.push(decided.write);
    diagnostics.push(...decided.diagnostics);
    matched.push({
      row: program.row,
      name: program.name,
      source: { row: source.row, name: source.name, column: decided.column },
      value: decided.value,
      confidence,
      written: decided.write !== null,
      confirmed,
    });
  };

  for (const outcome of result.outcomes) {
    const program = reviewByRow.get(outcome.program.row) as ReviewRow;
    const pick = request.picks?.get(program.row);
    const pickedSource = pick === undefined ? undefined : sourceByRow.get(pick);
    if (pickedSource) {
      const score = nameSimilarity(nameKey(program.name), nameKey(pickedSource.name));
      take(program, pickedSource, Math.round(score * 100) / 100, true);
      continue;
    }
    if (outcome.kind === 'matched') {
      const source = sourceByRow.get(outcome.source.row) as SourceRow;
      take(program, source, outcome.confidence, outcome.remembered);
    } else if (outcome.kind === 'ambiguous') {
      ambiguous.push({ row: program.row, name: program.name, candidates: outcome.candidates });
    } else unmatchedPrograms.push(program.row);
  }
  return {
    tool: table.shape.tool,
    sourceName: request.sourceName,
    date,
    column,
    matched,
    ambiguous,
    unmatchedPrograms,
    unmatchedSource: table.rows.filter((r) => !used.has(r.row)).map((r) => r.row),
    writes,
    diagnostics,
    confirmedPairs,
    sourceColumns: table.columns.map((c) => c.header),
  };
}

interface Decision {
  readonly column: string | null;
  readonly value: number | null;
  readonly write: CellWrite | null;
  readonly diagnostics: ImportDiagnostic[];
}

/** The value of one matched program, and whether it is written. */
function decide(
  request: ImportRequest,
  table: SourceTable,
  program: ReviewRow,
  source: SourceRow,
  column: TargetColumn,
  picked: SourceColumn | null,
  hasBaselineColumn: boolean,
): Decision {
  const cell = a1(program.row - 1, column.index);
  const at = (severity: Severity, problem: ImportProblem): ImportDiagnostic => ({
    cell,
    severity,
    problem,
  });
  // The metric's column may hold no number at all (only #DIV/0!, say): found all the same, so
  // that the diagnostic names what its cells hold rather than saying no column matches.
  const chosen =
    columnForMetric(program.metric, table.columns, picked) ??
    namedColumn(program.metric, table.unreadable);
  if (chosen === null) {
    const metric = program.metric ?? '';
    return {
      column: null,
      value: null,
      write: null,
      diagnostics: [at('warning', { code: 'no_column', metric })],
    };
  }
  const read = sourceNumber(table, source, chosen);
  if (read.kind !== 'value') {
    const column = chosen.header;
    const problem: ImportProblem =
      read.kind === 'invalid' && read.problem.code === 'cell_error'
        ? { code: 'error_value', source: source.row, column, error: read.problem.params.error }
        : { code: 'no_value', source: source.row, column };
    return { column, value: null, write: null, diagnostics: [at('warning', problem)] };
  }
  const value = read.value;
  const skip = (problem: ImportProblem): Decision => ({
    column: chosen.header,
    value,
    write: null,
    diagnostics: [at('warning', problem)],
  });
  const units = checkUnits(value, read.form, program.metric, historyOf(program));
  if (units.kind === 'points')
    return skip({ code: 'points', value, source: source.row, fraction: units.fraction });
  if (units.kind === 'off')
    return skip({ code: 'unit_mismatch', value, source: source.row, typical: units.typical });
  const previous: CellValue = column.created
    ? ''
    : (request.review[program.row - 1]?.[column.index] ?? '');
  const diagnostics: ImportDiagnostic[] = [];
  if (!isEmpty(previous)) {
    const old = cellText(previous, request.timeZone);
    if (request.overwrite !== true)
      return {
        column: chosen.header,
        value,
        write: null,
        diagnostics: [at('info', { code: 'filled', old, value })],
      };
    diagnostics.push(at('info', { code: 'overwritten', old, value }));
  }
  const provenance = tImport(request.language, 'note.provenance', {
    source: request.sourceName,
    row: source.row,
    column: chosen.header,
    date: toIso(request.today),
  });
  const note = isEmpty(previous)
    ? provenance
    : `${provenance} ${tImport(request.language, 'note.replaced', { old: cellText(previous, request.timeZone) })}`;
  // The playbook wants a baseline before anything else: the first number a row gets is the one
  // "Capture baselines" proposes ("the earliest value (or an imported value)"), so say so now.
  const date = request.date ?? request.today;
  const first = program.series.every((p) => p.day >= date);
  if (program.baseline === null && first && hasBaselineColumn)
    diagnostics.push(at('info', { code: 'baseline_offer', value }));
  return {
    column: chosen.header,
    value,
    write: { row: program.row, value, previous: isEmpty(previous) ? '' : previous, note },
    diagnostics,
  };
}
