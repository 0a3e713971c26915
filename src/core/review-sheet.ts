/**
 * The review sheet as a model: one ReviewRow per named program, with its facts (type, group,
 * set-up date...) and its series of review values in date order. Everything the engine could not
 * read becomes a diagnostic naming the cell; nothing in the grid can make this throw.
 */
import { DayNumber, isValidTimeZone, toIso } from './dates';
import { readHeaders, ReviewColumn, SheetColumns } from './headers';
import { isMqlAcceptanceMetric } from './metrics';
import {
  CONTENT_GROUP_NAMES,
  ContentKind,
  groupKey,
  parseProgramType,
} from './program-types';
import { byCell, diagnosticAt, problem, Problem, ReviewDiagnostic } from './review-diagnostics';
import type { CellValue, Grid, Locale, ProgramType } from './types';
import {
  cellText,
  Counts,
  NumberForm,
  NumberRead,
  NumberStyle,
  readBoolean,
  readDay,
  readNumber,
  styleEvidence,
} from './values';

export interface ReadOptions {
  /** The spreadsheet's IANA time zone; an unknown zone falls back to UTC. */
  readonly timeZone: string;
  readonly today: DayNumber;
}

/** One number as the user wrote it. */
export interface Observation {
  readonly value: number;
  readonly form: NumberForm;
  readonly counts?: Counts;
}

/** A value in a review column. */
export interface SeriesPoint extends Observation {
  /** 0-based column index. */
  readonly column: number;
  readonly letter: string;
  readonly day: DayNumber;
}

export interface ReviewRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly name: string;
  /** null when the Type cell is blank or unknown (reviewed every 90 days). */
  readonly type: ProgramType | null;
  readonly typeText: string | null;
  readonly contentKind: ContentKind | null;
  /** The Group cell, or the group a content kind implies ("Webinars"). */
  readonly group: string | null;
  /** The group's identity (see groupKey); equal keys are one group. */
  readonly groupKey: string | null;
  readonly metric: string | null;
  readonly isMqlAcceptance: boolean;
  readonly owner: string | null;
  readonly setUpOn: DayNumber | null;
  readonly salesCycleDays: number | null;
  readonly cadenceDays: number | null;
  readonly tuned: boolean;
  /** The Direction cell as typed; the deltas engine reads polarity from it. */
  readonly direction: string | null;
  /** The Volume / n cell: trials behind a rate. */
  readonly volume: number | null;
  readonly baseline: Observation | null;
  /**
   * Values of review columns dated on or before today, in date order. Values in later columns
   * are not measurements yet (they get an info diagnostic) and are left out.
   */
  readonly series: readonly SeriesPoint[];
}

export interface ReviewSheet {
  readonly timeZone: string;
  readonly today: DayNumber;
  readonly rows: readonly ReviewRow[];
  readonly columns: Omit<SheetColumns, 'diagnostics'>;
  /** How ambiguous text numbers such as "1,234" were read. */
  readonly numberStyle: NumberStyle;
  /** In sheet order. */
  readonly diagnostics: readonly ReviewDiagnostic[];
}

const MAX_DAYS = 36_500;

/** Reads a grid as Apps Script's getValues returns it (row 0 = headers). Never throws. */
export function readReviewSheet(grid: Grid, options: ReadOptions): ReviewSheet {
  const timeZone = usableTimeZone(options.timeZone);
  const today = options.today;
  const rowsOf = Array.isArray(grid) ? grid : [];
  const rowAt = (i: number): ReadonlyArray<CellValue> =>
    Array.isArray(rowsOf[i]) ? rowsOf[i] : [];
  let width = 0;
  for (let i = 0; i < rowsOf.length; i++) width = Math.max(width, rowAt(i).length);

  const columns = readHeaders(rowAt(0), width, timeZone);
  const diagnostics: ReviewDiagnostic[] = [...columns.diagnostics];
  const { roles } = columns;
  const style = numberStyle(rowsOf.length, rowAt, columns);
  const rows: ReviewRow[] = [];
  const skipped = new Set<number>(Object.values(columns.owned));
  const futureRows = new Map<number, number[]>();

  for (let i = 1; i < rowsOf.length; i++) {
    const cells = rowAt(i);
    const at = (j: number | undefined): CellValue => (j === undefined ? '' : cellOr(cells, j));
    const report = (j: number, p: Problem): void => {
      diagnostics.push(diagnosticAt(i, j, p));
    };
    const name = roles.name === undefined ? '' : cellText(at(roles.name), timeZone);
    if (name === '') {
      if (roles.name !== undefined && firstDataCell(cells, skipped) !== null) {
        report(roles.name, problem('unnamed_row', 'info', {}));
      }
      continue;
    }
    const text = (j: number | undefined): string | null =>
      j === undefined ? null : cellText(at(j), timeZone) || null;

    const typeText = text(roles.type);
    const typeRead = typeText === null ? null : parseProgramType(typeText);
    if (roles.type !== undefined) {
      if (typeText === null) report(roles.type, problem('missing_type', 'warning', {}));
      else if (typeRead === null) {
        report(roles.type, problem('unknown_type', 'warning', { text: typeText }));
      }
    }
    const contentKind = typeRead?.kind ?? null;
    const group =
      text(roles.group) ??
      (contentKind ? CONTENT_GROUP_NAMES[contentKind][typeRead?.locale ?? lang(columns)] : null);
    const metric = text(roles.metric);
    const isMqlAcceptance = metric !== null && isMqlAcceptanceMetric(metric);

    const number = (j: number): Observation | null => {
      const read = readNumber(at(j), style.style);
      return observation(read, j);
    };
    const observation = (read: NumberRead, j: number): Observation | null => {
      if (read.kind === 'blank') return null;
      if (read.kind === 'invalid') {
        report(j, read.problem);
        return null;
      }
      if (read.ambiguousText !== undefined && style.basis !== 'values') {
        report(
          j,
          problem('ambiguous_number', 'info', {
            text: read.ambiguousText,
            read: read.value,
            basis: style.basis,
          }),
        );
      }
      const obs: Observation = read.counts
        ? { value: read.value, form: read.form, counts: read.counts }
        : { value: read.value, form: read.form };
      return isMqlAcceptance ? asAcceptanceRate(obs, (p) => report(j, p)) : obs;
    };
    const days = (j: number | undefined): number | null => {
      if (j === undefined) return null;
      const cell = at(j);
      const read = readNumber(cell, style.style);
      if (read.kind === 'blank') return null;
      if (read.kind === 'invalid' && read.problem.code === 'cell_error') {
        report(j, read.problem);
        return null;
      }
      if (read.kind !== 'value' || read.form !== 'plain' || !(read.value > 0) || read.value > MAX_DAYS) {
        report(j, problem('bad_days', 'warning', { text: cellText(cell, timeZone) }));
        return null;
      }
      const whole = Math.max(1, Math.round(read.value));
      if (whole !== read.value) {
        report(j, problem('rounded_days', 'info', { value: read.value, read: whole }));
      }
      return whole;
    };

    let setUpOn: DayNumber | null = null;
    if (roles.setUpOn !== undefined) {
      const read = readDay(at(roles.setUpOn), timeZone);
      if (read.kind === 'value') setUpOn = read.day;
      else if (read.kind === 'invalid') report(roles.setUpOn, read.problem);
    }
    let tuned = false;
    if (roles.tuned !== undefined) {
      const read = readBoolean(at(roles.tuned));
      if (read.kind === 'value') tuned = read.value;
      else if (read.kind === 'invalid') report(roles.tuned, read.problem);
    }
    let volume: number | null = null;
    if (roles.volume !== undefined) {
      const read = readNumber(at(roles.volume), style.style);
      if (read.kind === 'invalid') report(roles.volume, read.problem);
      else if (read.kind === 'value') volume = read.value;
    }

    const series: SeriesPoint[] = [];
    for (const col of columns.reviewColumns) {
      const cell = col.index < cells.length ? cells[col.index] : '';
      if (cell === '') continue;
      // The common case, a plain number, skips the general reader: 1M cells must stay cheap.
      const obs =
        typeof cell === 'number' && Number.isFinite(cell) && !isMqlAcceptance
          ? { value: cell, form: 'plain' as const }
          : number(col.index);
      if (obs === null) continue;
      if (col.day > today) {
        const seen = futureRows.get(col.index);
        if (seen) seen.push(i + 1);
        else futureRows.set(col.index, [i + 1]);
        continue;
      }
      series.push(
        obs.counts
          ? { value: obs.value, form: obs.form, counts: obs.counts, column: col.index, letter: col.letter, day: col.day }
          : { value: obs.value, form: obs.form, column: col.index, letter: col.letter, day: col.day },
      );
    }

    rows.push({
      row: i + 1,
      name,
      type: typeRead?.type ?? null,
      typeText,
      contentKind,
      group,
      groupKey: group === null ? null : groupKey(group),
      metric,
      isMqlAcceptance,
      owner: text(roles.owner),
      setUpOn,
      salesCycleDays: days(roles.salesCycleDays),
      cadenceDays: days(roles.cadenceDays),
      tuned,
      direction: text(roles.direction),
      volume,
      baseline: roles.baseline === undefined ? null : number(roles.baseline),
      series,
    });
  }

  if (roles.type === undefined && rows.length > 0 && width > 0) {
    diagnostics.push(diagnosticAt(0, Math.min(width - 1, 1), problem('no_type_column', 'info', {})));
  }
  for (const [column, rowNumbers] of futureRows) {
    const date = toIso(columns.reviewColumns.find((c) => c.index === column)?.day ?? today);
    diagnostics.push(diagnosticAt(0, column, problem('future_values', 'info', { date, rows: rowNumbers })));
  }
  diagnostics.sort(byCell);
  const { diagnostics: _headerDiagnostics, ...columnsModel } = columns;
  return {
    timeZone,
    today,
    rows,
    columns: columnsModel,
    numberStyle: style.style,
    diagnostics,
  };
}

function cellOr(cells: ReadonlyArray<CellValue>, j: number): CellValue {
  return j < cells.length ? cells[j] : '';
}

function lang(columns: SheetColumns): Locale {
  return columns.language ?? 'en';
}

function firstDataCell(cells: ReadonlyArray<CellValue>, skipped: ReadonlySet<number>): number | null {
  for (let j = 0; j < cells.length; j++) {
    if (skipped.has(j)) continue;
    const cell = cells[j];
    if (cell === '' || cell === null || cell === undefined) continue;
    if (typeof cell === 'string' && cell.trim() === '') continue;
    return j;
  }
  return null;
}

/**
 * An acceptance rate is a fraction. "42" in a plain-number cell means 42 %: read it so, and say
 * so; a value that cannot be a rate is skipped rather than compared with 50 %.
 */
function asAcceptanceRate(obs: Observation, report: (p: Problem) => void): Observation | null {
  if (obs.value >= 0 && obs.value <= 1) return obs;
  if (obs.form === 'plain' && obs.value > 1 && obs.value <= 100) {
    const value = obs.value / 100;
    report(problem('rate_in_points', 'info', { read: value }));
    return { value, form: 'percent' };
  }
  report(problem('rate_out_of_range', 'warning', { value: obs.value }));
  return null;
}

/**
 * The sheet's decimal separator for ambiguous text such as "1,234": first the sheet's own
 * unambiguous text numbers, then its header language, else the French decimal comma.
 */
function numberStyle(
  height: number,
  rowAt: (i: number) => ReadonlyArray<CellValue>,
  columns: SheetColumns,
): { style: NumberStyle; basis: 'values' | 'headers' | 'default' } {
  const numeric = columns.reviewColumns.map((c) => c.index);
  if (columns.roles.baseline !== undefined) numeric.push(columns.roles.baseline);
  if (columns.roles.volume !== undefined) numeric.push(columns.roles.volume);
  let comma = 0;
  let point = 0;
  for (let i = 1; i < height; i++) {
    const cells = rowAt(i);
    for (const j of numeric) {
      const cell = cells[j];
      if (typeof cell !== 'string' || cell === '') continue;
      const evidence = styleEvidence(cell);
      if (evidence === 'decimal_comma') comma++;
      else if (evidence === 'decimal_point') point++;
    }
  }
  if (comma !== point) {
    return { style: comma > point ? 'decimal_comma' : 'decimal_point', basis: 'values' };
  }
  if (columns.language !== null) {
    return {
      style: columns.language === 'fr' ? 'decimal_comma' : 'decimal_point',
      basis: 'headers',
    };
  }
  return { style: 'decimal_comma', basis: 'default' };
}

function usableTimeZone(timeZone: string): string {
  return typeof timeZone === 'string' && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

export type { ReviewColumn };
