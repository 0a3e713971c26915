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
  TypeRead,
} from './program-types';
import { byCell, diagnosticAt, problem, Problem, ReviewDiagnostic } from './review-diagnostics';
import type { CellValue, Grid, ProgramType } from './types';
import {
  cellText,
  Counts,
  NumberForm,
  NumberStyle,
  DayRead,
  dayReader,
  readBoolean,
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

/** Reads a grid as Apps Script's getValues returns it (row 0 = headers). Never throws. */
export function readReviewSheet(grid: Grid, options: ReadOptions): ReviewSheet {
  const timeZone = usableTimeZone(options.timeZone);
  const lines: ReadonlyArray<ReadonlyArray<CellValue>> = (Array.isArray(grid) ? grid : []).map(
    (line) => (Array.isArray(line) ? line : []),
  );
  const width = lines.reduce((w, line) => Math.max(w, line.length), 0);
  const columns = readHeaders(lines[0] ?? [], width, timeZone);
  const reader = new RowReader(columns, numberStyle(lines, columns), timeZone, options.today);

  const rows: ReviewRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const row = reader.read(i, lines[i]);
    if (row) rows.push(row);
  }

  const diagnostics = [...columns.diagnostics, ...reader.diagnostics];
  if (columns.roles.type === undefined && rows.length > 0) {
    diagnostics.push(
      diagnosticAt(0, Math.min(width - 1, 1), problem('no_type_column', 'info', {})),
    );
  }
  for (const [col, rowNumbers] of reader.futureRows) {
    diagnostics.push(
      diagnosticAt(
        0,
        col.index,
        problem('future_values', 'info', { date: toIso(col.day), rows: rowNumbers }),
      ),
    );
  }
  diagnostics.sort(byCell);
  const { diagnostics: _fromHeaders, ...columnsModel } = columns;
  return {
    timeZone,
    today: options.today,
    rows,
    columns: columnsModel,
    numberStyle: reader.style.style,
    diagnostics,
  };
}

const MAX_DAYS = 36_500;

/** Reads one row at a time, collecting diagnostics as it goes. */
class RowReader {
  readonly diagnostics: ReviewDiagnostic[] = [];
  /** Rows holding values in review columns dated after today, reported once per column. */
  readonly futureRows = new Map<ReviewColumn, number[]>();
  private readonly readSetUp: (cell: CellValue) => DayRead;
  private readonly owned: ReadonlySet<number>;
  // The row being read.
  private i = 0;
  private cells: ReadonlyArray<CellValue> = [];
  private acceptance = false;

  constructor(
    private readonly columns: SheetColumns,
    readonly style: SheetNumberStyle,
    private readonly timeZone: string,
    private readonly today: DayNumber,
  ) {
    this.readSetUp = dayReader(timeZone);
    this.owned = new Set(Object.values(columns.owned));
  }

  read(i: number, cells: ReadonlyArray<CellValue>): ReviewRow | null {
    this.i = i;
    this.cells = cells;
    const roles = this.columns.roles;
    const name = this.text(roles.name);
    if (name === null) {
      if (roles.name !== undefined && hasData(cells, this.owned)) {
        this.report(roles.name, problem('unnamed_row', 'info', {}));
      }
      return null;
    }
    const typeText = this.text(roles.type);
    const typeRead = this.type(typeText);
    const contentKind = typeRead?.kind ?? null;
    const group =
      this.text(roles.group) ??
      (contentKind
        ? CONTENT_GROUP_NAMES[contentKind][typeRead?.locale ?? this.columns.language ?? 'en']
        : null);
    const metric = this.text(roles.metric);
    this.acceptance = metric !== null && isMqlAcceptanceMetric(metric);
    return {
      row: i + 1,
      name,
      type: typeRead?.type ?? null,
      typeText,
      contentKind,
      group,
      groupKey: group === null ? null : groupKey(group),
      metric,
      isMqlAcceptance: this.acceptance,
      owner: this.text(roles.owner),
      setUpOn: this.setUpOn(roles.setUpOn),
      salesCycleDays: this.days(roles.salesCycleDays),
      cadenceDays: this.days(roles.cadenceDays),
      tuned: this.tuned(roles.tuned),
      direction: this.text(roles.direction),
      volume: this.volume(roles.volume),
      baseline: roles.baseline === undefined ? null : this.observation(roles.baseline),
      series: this.series(),
    };
  }

  private cell(j: number | undefined): CellValue {
    return j === undefined || j >= this.cells.length ? '' : this.cells[j];
  }

  private report(j: number, p: Problem): void {
    this.diagnostics.push(diagnosticAt(this.i, j, p));
  }

  private text(j: number | undefined): string | null {
    return j === undefined ? null : cellText(this.cell(j), this.timeZone) || null;
  }

  private type(typeText: string | null): TypeRead | null {
    const j = this.columns.roles.type;
    if (j === undefined) return null;
    if (typeText === null) {
      this.report(j, problem('missing_type', 'warning', {}));
      return null;
    }
    const read = parseProgramType(typeText);
    if (read === null) this.report(j, problem('unknown_type', 'warning', { text: typeText }));
    return read;
  }

  private setUpOn(j: number | undefined): DayNumber | null {
    if (j === undefined) return null;
    const read = this.readSetUp(this.cell(j));
    if (read.kind === 'invalid') this.report(j, read.problem);
    return read.kind === 'value' ? read.day : null;
  }

  private tuned(j: number | undefined): boolean {
    if (j === undefined) return false;
    const read = readBoolean(this.cell(j));
    if (read.kind === 'invalid') this.report(j, read.problem);
    return read.kind === 'value' && read.value;
  }

  private volume(j: number | undefined): number | null {
    if (j === undefined) return null;
    const read = readNumber(this.cell(j), this.style.style);
    if (read.kind === 'invalid') this.report(j, read.problem);
    return read.kind === 'value' ? read.value : null;
  }

  /** A sales cycle or cadence: a positive number of days, rounded to whole days. */
  private days(j: number | undefined): number | null {
    if (j === undefined) return null;
    const cell = this.cell(j);
    const read = readNumber(cell, this.style.style);
    if (read.kind === 'blank') return null;
    if (read.kind === 'invalid' && read.problem.code === 'cell_error') {
      this.report(j, read.problem);
      return null;
    }
    if (
      read.kind !== 'value' ||
      read.form !== 'plain' ||
      !(read.value > 0) ||
      read.value > MAX_DAYS
    ) {
      this.report(j, problem('bad_days', 'warning', { text: cellText(cell, this.timeZone) }));
      return null;
    }
    const whole = Math.max(1, Math.round(read.value));
    if (whole !== read.value) {
      this.report(j, problem('rounded_days', 'info', { value: read.value, read: whole }));
    }
    return whole;
  }

  /** A baseline or review value, or null (blank, or unreadable with a diagnostic). */
  private observation(j: number): Observation | null {
    const read = readNumber(this.cell(j), this.style.style);
    if (read.kind === 'blank') return null;
    if (read.kind === 'invalid') {
      this.report(j, read.problem);
      return null;
    }
    if (read.ambiguousText !== undefined && this.style.basis !== 'values') {
      const { basis } = this.style;
      this.report(
        j,
        problem('ambiguous_number', 'info', { text: read.ambiguousText, read: read.value, basis }),
      );
    }
    const obs: Observation = read.counts
      ? { value: read.value, form: read.form, counts: read.counts }
      : { value: read.value, form: read.form };
    return this.acceptance ? asAcceptanceRate(obs, (p) => this.report(j, p)) : obs;
  }

  private series(): SeriesPoint[] {
    const series: SeriesPoint[] = [];
    for (const col of this.columns.reviewColumns) {
      const cell = this.cell(col.index);
      if (cell === '') continue;
      // The common case, a plain number, skips the general reader: 1M cells must stay cheap.
      const obs =
        typeof cell === 'number' && Number.isFinite(cell) && !this.acceptance
          ? { value: cell, form: 'plain' as const }
          : this.observation(col.index);
      if (obs === null) continue;
      if (col.day > this.today) {
        const rows = this.futureRows.get(col);
        if (rows) rows.push(this.i + 1);
        else this.futureRows.set(col, [this.i + 1]);
        continue;
      }
      const { index: column, letter, day } = col;
      series.push(
        obs.counts
          ? { value: obs.value, form: obs.form, counts: obs.counts, column, letter, day }
          : { value: obs.value, form: obs.form, column, letter, day },
      );
    }
    return series;
  }
}

/** True when a row holds anything outside the add-on's own columns. */
function hasData(cells: ReadonlyArray<CellValue>, owned: ReadonlySet<number>): boolean {
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (owned.has(j) || cell === '' || cell === null || cell === undefined) continue;
    if (typeof cell !== 'string' || cell.trim() !== '') return true;
  }
  return false;
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

/** How ambiguous "1,234" is read, and what decided it (only 'values' needs no diagnostic). */
interface SheetNumberStyle {
  readonly style: NumberStyle;
  readonly basis: 'values' | 'headers' | 'default';
}

/**
 * The sheet's decimal separator for ambiguous text such as "1,234": first the sheet's own
 * unambiguous text numbers, then its header language, else the French decimal comma.
 */
function numberStyle(
  lines: ReadonlyArray<ReadonlyArray<CellValue>>,
  columns: SheetColumns,
): SheetNumberStyle {
  const numeric = columns.reviewColumns.map((c) => c.index);
  if (columns.roles.baseline !== undefined) numeric.push(columns.roles.baseline);
  if (columns.roles.volume !== undefined) numeric.push(columns.roles.volume);
  let comma = 0;
  let point = 0;
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i];
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
