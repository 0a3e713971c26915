/**
 * The companion "<sheet> · Δ" sheet: the same rows as the review sheet (row r here is row r
 * there), one column per review period holding that period's change, then the change since the
 * baseline; below, the group roll-ups with their own deltas and trend. Rebuilt whole on every
 * refresh, so it never drifts from the review sheet.
 */
import { changeLegend, sheetPeriodChange } from '../stats/change-format';
import { toIso, type DayNumber } from '../dates';
import type { Delta } from '../stats/deltas';
import { ta } from '../i18n/actions';
import type { ReviewReport } from '../review/report';
import type { CellValue, Locale } from '../types';
import { changeColour, GENERAL_FORMAT, TEXT_COLOUR, TEXT_FORMAT } from './formats';
import { asText } from '../text-cell';
import { columnWidthFor } from './widths';

export interface CompanionBlock {
  readonly values: CellValue[][];
  readonly formats: string[][];
  readonly colours: string[][];
  /** 1-based rows to show in bold (headers). */
  readonly boldRows: readonly number[];
  /** Pixel width of the name column (column A), wide enough for the longest name shown. */
  readonly nameWidth: number;
}

/** The periods: one per review date any row has a change for, in date order. */
function periodDays(report: ReviewReport): DayNumber[] {
  const days = new Set<DayNumber>();
  for (const r of report.rows) for (const d of r.analysis.deltas) days.add(d.to);
  for (const g of report.groups) for (const d of g.deltas) days.add(d.to);
  return [...days].sort((a, b) => a - b);
}

export function companionBlock(
  report: ReviewReport,
  sheetRows: number,
  locale: Locale,
): CompanionBlock {
  const periods = periodDays(report);
  const column = new Map(periods.map((d, i) => [d, i + 1]));
  const width = periods.length + 2;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const colours: string[][] = [];
  const addRow = (format: string): number => {
    values.push(new Array<CellValue>(width).fill(''));
    formats.push(new Array<string>(width).fill(format));
    colours.push(new Array<string>(width).fill(TEXT_COLOUR));
    return values.length - 1;
  };
  const put = (i: number, j: number, value: CellValue, format: string, colour = TEXT_COLOUR) => {
    values[i][j] = value;
    formats[i][j] = format;
    colours[i][j] = colour;
  };
  // One unit rule with the review sheet (change-format): a rate's change in points, a count's
  // relative to the previous value.
  const putChange = (
    i: number,
    j: number,
    d: Pick<Delta, 'abs' | 'pct' | 'direction'>,
    isRate: boolean,
  ) => {
    const figure = sheetPeriodChange(d, isRate);
    if (figure === null) put(i, j, ta(locale, 'change.new'), TEXT_FORMAT);
    else put(i, j, figure.value, figure.format, changeColour(d.direction));
  };
  const putChanges = (i: number, deltas: ReadonlyArray<Delta>, isRate: boolean) => {
    for (const d of deltas) putChange(i, column.get(d.to) as number, d, isRate);
  };

  addRow(TEXT_FORMAT);
  values[0] = [
    ta(locale, 'template.name'),
    ...periods.map((d) => `Δ ${toIso(d)}`),
    ta(locale, 'delta.vsBaseline'),
  ];
  for (let r = 2; r <= sheetRows; r++) addRow(GENERAL_FORMAT);
  for (const row of report.rows) {
    const i = row.schedule.row.row - 1;
    if (i >= values.length) continue;
    put(i, 0, asText(row.schedule.row.name), TEXT_FORMAT);
    putChanges(i, row.analysis.deltas, row.isRate);
    const vs = row.analysis.vsBaseline;
    if (vs) putChange(i, width - 1, vs, row.isRate);
  }
  const boldRows = [1];
  if (report.groups.length > 0) {
    addRow(GENERAL_FORMAT);
    const title = addRow(TEXT_FORMAT);
    put(title, 0, ta(locale, 'delta.groups'), TEXT_FORMAT);
    put(title, width - 1, ta(locale, 'delta.trend'), TEXT_FORMAT);
    boldRows.push(title + 1);
    for (const g of report.groups) {
      const i = addRow(GENERAL_FORMAT);
      put(i, 0, asText(g.group), TEXT_FORMAT);
      putChanges(i, g.deltas, g.series.isRate);
      put(i, width - 1, ta(locale, `trend.${g.trend.direction}`), TEXT_FORMAT);
    }
  }
  // The legend under the table, in the first scrolling column: the cells to its right are empty,
  // so the line overflows and shows whole in Sheets, Excel and the preview (text does not
  // overflow out of a frozen column).
  addRow(GENERAL_FORMAT);
  put(addRow(TEXT_FORMAT), 1, changeLegend(locale), TEXT_FORMAT);
  const names = [values[0][0], ...report.rows.map((r) => r.schedule.row.name)];
  for (const g of report.groups) names.push(g.group);
  names.push(ta(locale, 'delta.groups'));
  return { values, formats, colours, boldRows, nameWidth: columnWidthFor(names.map(String)) };
}
