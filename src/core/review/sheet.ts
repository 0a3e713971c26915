/**
 * The review sheet as a model: one ReviewRow per named program, with its facts (type, group,
 * set-up date...) and its series of review values in date order. Everything the engine could not
 * read becomes a diagnostic naming the cell; nothing in the grid can make this throw.
 *
 * Text that reads two ways is settled by evidence, never silently by a guess: "10/1/2026" by the
 * other dates of its column (or header row), "1,500" by the magnitudes of its row, then the
 * other numbers of its column, then of the sheet. What evidence cannot settle is read by the
 * locale and listed in one warning per kind; a bare 47 in a row of rates is 47 %, and says so.
 */
import { DayNumber, isValidTimeZone, toIso } from '../dates';
import { classifyDateText, orderEvidence } from '../reading/date-text';
import { GuessedDate, readHeaders, ReviewColumn, SheetColumns } from './headers';
import { isMqlAcceptanceMetric, isPercentMetric } from './metrics';
import type { ReadingConventions } from '../reading/locale';
import {
  CONTENT_GROUP_NAMES,
  ContentKind,
  groupKey,
  parseProgramType,
  TypeRead,
} from './program-types';
import {
  byCell,
  diagnosticAt,
  ListedCell,
  problem,
  Problem,
  ReviewDiagnostic,
} from './diagnostics';
import { a1 } from '../text';
import type { CellValue, Grid, ProgramType } from '../types';
import {
  Ambiguity,
  cellText,
  Counts,
  DayRead,
  dayReader,
  NumberForm,
  NumberRead,
  NumberStyle,
  readBoolean,
  readingIn,
  readNumber,
  styleEvidence,
} from './values';

export interface ReadOptions {
  /** The spreadsheet's IANA time zone; an unknown zone falls back to UTC. */
  readonly timeZone: string;
  readonly today: DayNumber;
  /**
   * The spreadsheet locale ("en_US", "fr_FR": getSpreadsheetLocale in Sheets, `--locale` on the
   * CLI): how ambiguous text dates and numbers are read when the sheet does not settle them.
   * Without it, the header language decides.
   */
  readonly locale?: string | null;
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
  readonly columns: Omit<SheetColumns, 'diagnostics' | 'dateGuesses'>;
  /** The sheet's decimal separator: its own text numbers' majority, else the conventions'. */
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
  const columns = readHeaders(lines[0] ?? [], width, timeZone, options.locale ?? null);
  const numbers = new SheetNumbers(lines, columns);
  const reader = new RowReader(columns, numbers, timeZone, options.today, lines);

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
  const guesses = guessDiagnostics(
    [...columns.dateGuesses, ...reader.dateGuesses],
    reader.numberGuesses,
    columns.conventions,
  );
  diagnostics.push(...guesses);
  diagnostics.sort(byCell);
  const { diagnostics: _fromHeaders, dateGuesses: _guessed, ...columnsModel } = columns;
  return {
    timeZone,
    today: options.today,
    rows,
    columns: columnsModel,
    numberStyle: numbers.sheetStyle,
    diagnostics,
  };
}

/** A number read by the locale because nothing in the sheet settled it. */
interface GuessedNumber {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly value: number;
}

/** One warning for the guessed dates and one for the guessed numbers, each on its first cell. */
function guessDiagnostics(
  dates: readonly GuessedDate[],
  numbers: readonly GuessedNumber[],
  conventions: ReadingConventions,
): ReviewDiagnostic[] {
  const basis = { basis: conventions.basis, locale: conventions.locale };
  const out: ReviewDiagnostic[] = [];
  const inOrder = <T extends { row: number; column: number }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => a.row - b.row || a.column - b.column);
  if (dates.length > 0) {
    const sorted = inOrder(dates);
    const cells: ListedCell[] = sorted.map((d) => ({
      cell: a1(d.row, d.column),
      text: d.text,
      read: toIso(d.day),
    }));
    const p = problem('ambiguous_dates', 'warning', {
      ...basis,
      order: conventions.dateOrder,
      cells,
    });
    out.push(diagnosticAt(sorted[0].row, sorted[0].column, p));
  }
  if (numbers.length > 0) {
    const sorted = inOrder(numbers);
    const cells: ListedCell[] = sorted.map((n) => ({
      cell: a1(n.row, n.column),
      text: n.text,
      read: n.value,
    }));
    const p = problem('ambiguous_numbers', 'warning', {
      ...basis,
      style: conventions.decimal,
      cells,
    });
    out.push(diagnosticAt(sorted[0].row, sorted[0].column, p));
  }
  return out;
}

const MAX_DAYS = 36_500;

/**
 * The baseline and review values of the row being read, before the row's evidence settles them,
 * in parallel arrays reused from row to row: a 10,000 × 100 sheet reads a million values and
 * can afford one object per value (its series point), not three.
 */
class RowValues {
  readonly columns: number[] = [];
  /** The review column, or null for the baseline. */
  readonly reviews: Array<ReviewColumn | null> = [];
  readonly values: number[] = [];
  readonly forms: NumberForm[] = [];
  /** The rare extras, by index: counts, the text typed, both readings of "1,500", skipped. */
  readonly counts = new Map<number, Counts>();
  readonly texts = new Map<number, string>();
  readonly ambiguities = new Map<number, Ambiguity>();
  readonly skipped = new Set<number>();

  get length(): number {
    return this.values.length;
  }

  clear(): void {
    this.columns.length = 0;
    this.reviews.length = 0;
    this.values.length = 0;
    this.forms.length = 0;
    this.counts.clear();
    this.texts.clear();
    this.ambiguities.clear();
    this.skipped.clear();
  }

  push(column: number, review: ReviewColumn | null, value: number, form: NumberForm): number {
    this.columns.push(column);
    this.reviews.push(review);
    this.values.push(value);
    this.forms.push(form);
    return this.values.length - 1;
  }
}

/** Reads one row at a time, collecting diagnostics as it goes. */
class RowReader {
  readonly diagnostics: ReviewDiagnostic[] = [];
  /** Rows holding values in review columns dated after today, reported once per column. */
  readonly futureRows = new Map<ReviewColumn, number[]>();
  readonly dateGuesses: GuessedDate[] = [];
  readonly numberGuesses: GuessedNumber[] = [];
  private readonly readSetUp: (cell: CellValue) => DayRead;
  private readonly owned: ReadonlySet<number>;
  // The row being read.
  private i = 0;
  private cells: ReadonlyArray<CellValue> = [];
  private acceptance = false;
  private percentMetric = false;
  private readonly buffer = new RowValues();

  constructor(
    private readonly columns: SheetColumns,
    private readonly numbers: SheetNumbers,
    private readonly timeZone: string,
    private readonly today: DayNumber,
    lines: ReadonlyArray<ReadonlyArray<CellValue>>,
  ) {
    // "10/1/2026" in the set-up column is read in the order the column's other dates prove.
    const setUp = columns.roles.setUpOn;
    const evidence =
      setUp === undefined
        ? null
        : orderEvidence(
            lines.slice(1).map((line) => {
              const cell = line[setUp];
              return typeof cell === 'string' ? classifyDateText(cell) : null;
            }),
          );
    this.readSetUp = dayReader(timeZone, { evidence, fallback: columns.conventions.dateOrder });
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
    this.percentMetric = metric !== null && isPercentMetric(metric);
    const { baseline, series } = this.values();
    if (baseline === null && series.length > 0) this.noBaseline(roles.baseline ?? roles.name);
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
      baseline,
      series,
    };
  }

  /**
   * The playbook captures the baseline before automation goes live; a row reviewed without one
   * cannot show its gain. A baseline cell that holds something unreadable has its own diagnostic.
   */
  private noBaseline(j: number | undefined): void {
    if (j === undefined) return;
    if (j === this.columns.roles.baseline && String(this.cell(j)).trim() !== '') return;
    this.report(j, problem('no_baseline', 'warning', {}));
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
    const cell = this.cell(j);
    const read = this.readSetUp(cell);
    if (read.kind === 'invalid') this.report(j, read.problem);
    if (read.kind !== 'value') return null;
    if (read.guessed) {
      this.dateGuesses.push({ row: this.i, column: j, text: String(cell).trim(), day: read.day });
    }
    return read.day;
  }

  private tuned(j: number | undefined): boolean {
    if (j === undefined) return false;
    const read = readBoolean(this.cell(j));
    if (read.kind === 'invalid') this.report(j, read.problem);
    return read.kind === 'value' && read.value;
  }

  /** A number alone in its row's meaning (volume, days): settled by its column, then the sheet. */
  private number(j: number): NumberRead {
    const cell = this.cell(j);
    const { style, settled } = this.numbers.styleFor(j);
    const read = readNumber(cell, style);
    if (read.kind === 'value' && read.ambiguity && !settled) this.guessed(j, cell, read.value);
    return read;
  }

  private guessed(j: number, cell: CellValue, value: number): void {
    this.numberGuesses.push({ row: this.i, column: j, text: String(cell).trim(), value });
  }

  private volume(j: number | undefined): number | null {
    if (j === undefined) return null;
    const read = this.number(j);
    if (read.kind === 'invalid') this.report(j, read.problem);
    return read.kind === 'value' ? read.value : null;
  }

  /** A sales cycle or cadence: a positive number of days, rounded to whole days. */
  private days(j: number | undefined): number | null {
    if (j === undefined) return null;
    const cell = this.cell(j);
    const read = this.number(j);
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

  /** The baseline and the review values, each settled by the row's other values. */
  private values(): { baseline: Observation | null; series: SeriesPoint[] } {
    const v = this.buffer;
    v.clear();
    const baselineColumn = this.columns.roles.baseline;
    if (baselineColumn !== undefined) this.entry(baselineColumn, null);
    for (const col of this.columns.reviewColumns) this.entry(col.index, col);
    if (v.ambiguities.size > 0) this.settleAmbiguous();
    this.readRates();

    let baseline: Observation | null = null;
    const series: SeriesPoint[] = [];
    for (let k = 0; k < v.length; k++) {
      if (v.skipped.has(k)) continue;
      const value = v.values[k];
      const form = v.forms[k];
      const counts = v.counts.get(k);
      const review = v.reviews[k];
      if (review === null) {
        baseline = counts ? { value, form, counts } : { value, form };
        continue;
      }
      if (review.day > this.today) {
        const rows = this.futureRows.get(review);
        if (rows) rows.push(this.i + 1);
        else this.futureRows.set(review, [this.i + 1]);
        continue;
      }
      const { index: column, letter, day } = review;
      series.push(
        counts
          ? { value, form, counts, column, letter, day }
          : { value, form, column, letter, day },
      );
    }
    return { baseline, series };
  }

  private entry(j: number, review: ReviewColumn | null): void {
    const cell = this.cell(j);
    if (cell === '') return;
    // The common case, a plain number, skips the general reader: 1M cells must stay cheap.
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      this.buffer.push(j, review, cell, 'plain');
      return;
    }
    const read = readNumber(cell, this.numbers.styleFor(j).style);
    if (read.kind === 'blank') return;
    if (read.kind === 'invalid') {
      this.report(j, read.problem);
      return;
    }
    const k = this.buffer.push(j, review, read.value, read.form);
    this.buffer.texts.set(k, String(cell).trim());
    if (read.counts) this.buffer.counts.set(k, read.counts);
    if (read.ambiguity) this.buffer.ambiguities.set(k, read.ambiguity);
  }

  /**
   * "1.500" next to 1,380 and 1,420 is 1500: the reading within a factor of ten of the row's
   * other values wins. Else the column's separator, then the sheet's; else the locale's, listed.
   */
  private settleAmbiguous(): void {
    const v = this.buffer;
    const others: number[] = [];
    for (let k = 0; k < v.length; k++) if (!v.ambiguities.has(k)) others.push(v.values[k]);
    const typical = medianMagnitude(others);
    for (const [k, ambiguity] of v.ambiguities) {
      const near = typical === null ? null : nearest(ambiguity, typical);
      if (near !== null) {
        v.values[k] = near;
        continue;
      }
      const { style, settled } = this.numbers.styleFor(v.columns[k]);
      v.values[k] = readingIn(ambiguity, style);
      if (!settled) this.guessed(v.columns[k], v.texts.get(k) ?? '', v.values[k]);
    }
  }

  /**
   * A row of rates (percent cells, a rate metric, or fractions) holding a bare 47 means 47 %, not
   * 4,700 %: read it in percentage points and say so. An acceptance rate outside 0–100 % cannot
   * be compared with the 50 % line and is skipped.
   */
  private readRates(): void {
    const v = this.buffer;
    if (this.acceptance) {
      for (let k = 0; k < v.length; k++) {
        const value = v.values[k];
        if (value >= 0 && value <= 1) continue;
        if (v.forms[k] === 'plain' && value > 1 && value <= 100) {
          this.inPoints(k);
          continue;
        }
        this.report(v.columns[k], problem('rate_out_of_range', 'warning', { value }));
        v.skipped.add(k);
      }
      return;
    }
    const bare: number[] = [];
    const fractions: number[] = [];
    let declared = this.percentMetric;
    for (let k = 0; k < v.length; k++) {
      const value = v.values[k];
      if (v.forms[k] !== 'plain') declared = true;
      else if (value > 1) bare.push(k);
      if (value >= 0 && value <= 1) fractions.push(value);
    }
    if (bare.length === 0) return;
    if (declared) {
      for (const k of bare) this.inPoints(k);
      return;
    }
    // Sheets hands a cell formatted 45 % over as 0.45: a row of such fractions is a rate row,
    // and a bare 47 among them is in points when 0.47 sits with them better than 47 does.
    if (fractions.length <= bare.length || !fractions.some((x) => x > 0 && x < 1)) return;
    const typical = medianMagnitude(fractions);
    if (typical === null) return;
    for (const k of bare) {
      const value = v.values[k];
      if (value <= 100 && logDistance(value / 100, typical) < logDistance(value, typical)) {
        this.inPoints(k);
      }
    }
  }

  private inPoints(k: number): void {
    const v = this.buffer;
    const value = v.values[k];
    const read = value / 100;
    this.report(v.columns[k], problem('rate_in_points', 'info', { value, read }));
    v.values[k] = read;
    v.forms[k] = 'percent';
  }
}

/** The median of the non-zero magnitudes, or null when there is none. */
function medianMagnitude(values: readonly number[]): number | null {
  const sizes = values
    .map((v) => Math.abs(v))
    .filter((v) => v > 0 && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sizes.length === 0) return null;
  const mid = sizes.length >> 1;
  return sizes.length % 2 === 1 ? sizes[mid] : Math.sqrt(sizes[mid - 1] * sizes[mid]);
}

function logDistance(a: number, b: number): number {
  return Math.abs(Math.log10(Math.abs(a) / b));
}

/** The reading within a factor of ten of `typical`, if exactly one is. */
function nearest(ambiguity: Ambiguity, typical: number): number | null {
  const decimal = logDistance(ambiguity.asDecimal, typical);
  const thousands = logDistance(ambiguity.asThousands, typical);
  if (decimal <= 1 && thousands > 1) return ambiguity.asDecimal;
  if (thousands <= 1 && decimal > 1) return ambiguity.asThousands;
  return null;
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
 * The decimal separator of each numeric column and of the whole sheet, from the text numbers
 * that show it ("12,5", "1,234.5"); the conventions (locale, header language) when none do.
 */
class SheetNumbers {
  readonly sheetStyle: NumberStyle;
  private readonly sheetSettled: boolean;
  private readonly byColumn = new Map<number, NumberStyle>();
  private readonly fallback: NumberStyle;

  constructor(lines: ReadonlyArray<ReadonlyArray<CellValue>>, columns: SheetColumns) {
    const numeric = columns.reviewColumns.map((c) => c.index);
    for (const role of ['baseline', 'volume', 'salesCycleDays', 'cadenceDays'] as const) {
      const j = columns.roles[role];
      if (j !== undefined) numeric.push(j);
    }
    let comma = 0;
    let point = 0;
    for (const j of numeric) {
      let columnComma = 0;
      let columnPoint = 0;
      for (let i = 1; i < lines.length; i++) {
        const cell = lines[i][j];
        if (typeof cell !== 'string' || cell === '') continue;
        const evidence = styleEvidence(cell);
        if (evidence === 'decimal_comma') columnComma++;
        else if (evidence === 'decimal_point') columnPoint++;
      }
      if (columnComma !== columnPoint) {
        this.byColumn.set(j, columnComma > columnPoint ? 'decimal_comma' : 'decimal_point');
      }
      comma += columnComma;
      point += columnPoint;
    }
    this.fallback = columns.conventions.decimal;
    this.sheetSettled = comma !== point;
    this.sheetStyle = !this.sheetSettled
      ? this.fallback
      : comma > point
        ? 'decimal_comma'
        : 'decimal_point';
  }

  /** The column's separator, else the sheet's; `settled` is false when only the locale decided. */
  styleFor(j: number): { readonly style: NumberStyle; readonly settled: boolean } {
    const own = this.byColumn.get(j);
    if (own !== undefined) return { style: own, settled: true };
    return { style: this.sheetStyle, settled: this.sheetSettled };
  }
}

function usableTimeZone(timeZone: string): string {
  return typeof timeZone === 'string' && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

export type { ReviewColumn };
