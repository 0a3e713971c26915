/**
 * The companion "<sheet> · Δ" sheet: the same rows as the review sheet (row r here is row r
 * there), one column per review period holding that period's change, then the change since the
 * baseline; below, the group roll-ups with their own deltas and trend. Rebuilt whole on every
 * refresh, so it never drifts from the review sheet.
 */
import { toIso, type DayNumber } from '../dates';
import type { GroupAnalysis } from '../group-rollup';
import { ta } from '../i18n/actions';
import type { ReviewReport } from '../review-report';
import type { CellValue, Locale, Polarity } from '../types';
import { changeFormat, GENERAL_FORMAT, TEXT_FORMAT } from './formats';
import { asText } from './text-cell';

export interface CompanionBlock {
  readonly values: CellValue[][];
  readonly formats: string[][];
  /** 1-based rows to show in bold (headers). */
  readonly boldRows: readonly number[];
}

/** The periods: one per review date any row has a change for, in date order. */
function periodDays(report: ReviewReport): DayNumber[] {
  const days = new Set<DayNumber>();
  for (const r of report.rows) for (const d of r.analysis.deltas) days.add(d.to);
  for (const g of report.groups) for (const d of g.deltas) days.add(d.to);
  return [...days].sort((a, b) => a - b);
}

function groupPolarity(g: GroupAnalysis): Polarity {
  return g.series.polarity;
}

export function companionBlock(
  report: ReviewReport,
  sheetRows: number,
  locale: Locale,
): CompanionBlock {
  const periods = periodDays(report);
  const column = new Map(periods.map((d, i) => [d, i + 1]));
  const width = periods.length + 2;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill('');
  const generalRow = (): string[] => new Array<string>(width).fill(GENERAL_FORMAT);
  const header: CellValue[] = [
    report.result.sheet.rows.length > 0 ? ta(locale, 'template.name') : '',
    ...periods.map((d) => `Δ ${toIso(d)}`),
    ta(locale, 'delta.vsBaseline'),
  ];
  const values: CellValue[][] = [header];
  const formats: string[][] = [new Array<string>(width).fill(TEXT_FORMAT)];
  for (let r = 2; r <= sheetRows; r++) {
    values.push(blank());
    formats.push(generalRow());
  }
  for (const row of report.rows) {
    const i = row.schedule.row.row - 1;
    if (i >= values.length) continue;
    values[i][0] = asText(row.schedule.row.name);
    formats[i][0] = TEXT_FORMAT;
    const format = changeFormat(row.polarity);
    for (const d of row.analysis.deltas) {
      const j = column.get(d.to) as number;
      values[i][j] = d.pct === null ? ta(locale, 'change.new') : d.pct;
      formats[i][j] = d.pct === null ? TEXT_FORMAT : format;
    }
    const vs = row.analysis.vsBaseline;
    if (vs && vs.pct !== null) {
      values[i][width - 1] = vs.pct;
      formats[i][width - 1] = format;
    }
  }
  const boldRows = [1];
  if (report.groups.length > 0) {
    values.push(blank(), [
      ta(locale, 'delta.groups'),
      ...new Array<CellValue>(width - 2).fill(''),
      ta(locale, 'delta.trend'),
    ]);
    formats.push(generalRow(), new Array<string>(width).fill(TEXT_FORMAT));
    boldRows.push(values.length);
    for (const g of report.groups) {
      const row = blank();
      const rowFormats = generalRow();
      row[0] = asText(g.group);
      rowFormats[0] = TEXT_FORMAT;
      for (const d of g.deltas) {
        const j = column.get(d.to) as number;
        row[j] = d.pct === null ? ta(locale, 'change.new') : d.pct;
        rowFormats[j] = d.pct === null ? TEXT_FORMAT : changeFormat(groupPolarity(g));
      }
      row[width - 1] = ta(locale, `trend.${g.trend.direction}`);
      rowFormats[width - 1] = TEXT_FORMAT;
      values.push(row);
      formats.push(rowFormats);
    }
  }
  return { values, formats, boldRows };
}
