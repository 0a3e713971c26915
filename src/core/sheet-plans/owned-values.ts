/**
 * What Refresh writes in the owned columns, row by row: the next review date, the status (icon and
 * word, in the user's language), the latest change and its percentage, the change since the
 * baseline, the trend in words, and a SPARKLINE of the series. Rows the engine ignored (blank or
 * unnamed) get blanks, so a deleted program leaves no stale status behind.
 */
import { midnightInZone } from '../dates';
import type { Change } from '../stats/change';
import { OWNED_COLUMNS, type OwnedColumnKey } from '../review/headers';
import { ta } from '../i18n/actions';
import type { RowReport } from '../review/report';
import type { TrendOutlook } from '../stats/trend';
import type { CellValue, Locale } from '../types';
import { POINTS_UNIT, sheetAbsoluteChange } from '../stats/change-format';
import { REVIEW_STATUSES } from '../types';
import { ownedHeader } from './layout';
import { columnWidthFor } from './widths';
import {
  CHANGE_FORMAT,
  changeColour,
  TEXT_COLOUR,
  dateFormat,
  GENERAL_FORMAT,
  TEXT_FORMAT,
} from './formats';

export interface OwnedColumnBlock {
  readonly values: CellValue[];
  readonly formats: string[];
  readonly colours: string[];
}

export type OwnedBlocks = Record<OwnedColumnKey, OwnedColumnBlock>;

/** A long-term trend is coloured like a change: rising unsubscribes are bad news. */
const OUTLOOK_CHANGE: Record<TrendOutlook, Change> = {
  improving: 'improved',
  worsening: 'worsened',
  steady: 'unchanged',
};

/** Formula-safe number text: plain decimal, '.' separator, as SPARKLINE's array literal needs. */
function numberLiteral(x: number): string {
  const text = String(Number(x.toPrecision(12)));
  return /e/i.test(text) ? x.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** =SPARKLINE({...}) of the baseline then the review values; nothing below two points. */
export function sparklineFormula(values: readonly number[]): string {
  return values.length < 2 ? '' : `=SPARKLINE({${values.map(numberLiteral).join(',')}})`;
}

export function seriesValues(report: RowReport): number[] {
  const row = report.schedule.row;
  return [...(row.baseline ? [row.baseline.value] : []), ...row.series.map((p) => p.value)];
}

function trendText(report: RowReport, locale: Locale): string {
  const trend = report.analysis.trend;
  const word = ta(locale, `trend.${trend.direction}`);
  if (trend.slopePerYear === null || trend.direction === 'insufficient') return word;
  const slope = report.isRate ? trend.slopePerYear * 100 : trend.slopePerYear;
  const shown = new Intl.NumberFormat(locale, {
    maximumSignificantDigits: 3,
    signDisplay: 'always',
  }).format(slope);
  return `${word} · ${ta(locale, 'trend.perYear', { slope: report.isRate ? `${shown} ${POINTS_UNIT}` : shown })}`;
}

/**
 * One block per owned column over sheet rows 2..(dataRows + 1). `reports` maps a 1-based sheet
 * row to its report; `sparkline` writes a row's Sparkline formula (Refresh points it at the
 * series on the companion sheet, see sparkline-series.ts).
 */
export function ownedBlocks(
  reports: ReadonlyMap<number, RowReport>,
  dataRows: number,
  timeZone: string,
  locale: Locale,
  sparkline: (report: RowReport) => string = (r) => sparklineFormula(seriesValues(r)),
): OwnedBlocks {
  const blocks = {} as OwnedBlocks;
  for (const { key } of OWNED_COLUMNS)
    blocks[key] = {
      values: new Array(dataRows).fill(''),
      formats: new Array(dataRows).fill(TEXT_FORMAT),
      colours: new Array(dataRows).fill(TEXT_COLOUR),
    };
  const set = (key: OwnedColumnKey, i: number, value: CellValue, format: string) => {
    blocks[key].values[i] = value;
    blocks[key].formats[i] = format;
  };
  for (let i = 0; i < dataRows; i++) {
    const sheetRow = i + 2;
    blocks.next_review.formats[i] = dateFormat(locale);
    // A plain-text cell would keep the SPARKLINE formula as text.
    blocks.sparkline.formats[i] = GENERAL_FORMAT;
    const report = reports.get(sheetRow);
    if (!report) continue;
    const { schedule, analysis, isRate } = report;
    if (schedule.next !== null)
      set('next_review', i, midnightInZone(schedule.next, timeZone), dateFormat(locale));
    set('status', i, ta(locale, `status.${schedule.status}`), TEXT_FORMAT);
    const last = analysis.deltas[analysis.deltas.length - 1];
    if (last) {
      // A rate's change is in percentage points, the count's in its own unit (change-format).
      const figure = sheetAbsoluteChange(last.abs, isRate);
      set('last_change', i, figure.value, figure.format);
      if (last.pct === null) set('last_change_pct', i, ta(locale, 'change.new'), TEXT_FORMAT);
      else set('last_change_pct', i, last.pct, CHANGE_FORMAT);
      blocks.last_change.colours[i] = changeColour(last.direction);
      blocks.last_change_pct.colours[i] = changeColour(last.direction);
    }
    const vs = analysis.vsBaseline;
    if (vs && vs.pct !== null) {
      set('vs_baseline', i, vs.pct, CHANGE_FORMAT);
      blocks.vs_baseline.colours[i] = changeColour(vs.direction);
    }
    set('trend', i, trendText(report, locale), TEXT_FORMAT);
    blocks.trend.colours[i] = changeColour(OUTLOOK_CHANGE[analysis.trend.outlook]);
    set('sparkline', i, sparkline(report), GENERAL_FORMAT);
  }
  return blocks;
}

/**
 * The texts each owned column can hold, at their widest: every status word, every trend word
 * with a three-digit slope, the longest change figures. The width that shows them all is known
 * before any refresh, so it is set once, when the column is added.
 */
function widestContents(key: OwnedColumnKey, locale: Locale): string[] {
  switch (key) {
    case 'next_review':
      return ['2026-12-31', '31/12/2026'];
    case 'status':
      return REVIEW_STATUSES.map((s) => ta(locale, `status.${s}`));
    case 'last_change':
      return ['+1,234,567.89', `+100.0 ${POINTS_UNIT}`];
    case 'last_change_pct':
    case 'vs_baseline':
      return ['▲ 1,234.5%', ta(locale, 'change.new')];
    case 'trend': {
      const slope = ta(locale, 'trend.perYear', { slope: `+123 ${POINTS_UNIT}` });
      return (['rising', 'falling', 'flat', 'insufficient'] as const).map(
        (t) => `${ta(locale, `trend.${t}`)} · ${slope}`,
      );
    }
    case 'sparkline':
      return [];
  }
}

/** Pixel width of an owned column: its bold header and its widest contents show whole. */
export function ownedColumnWidth(key: OwnedColumnKey, locale: Locale): number {
  // A bold header is about a tenth wider than the same text in regular weight.
  const header = ownedHeader(key, locale);
  return columnWidthFor([
    `${header}${'_'.repeat(Math.ceil(header.length / 10))}`,
    ...widestContents(key, locale),
  ]);
}

/** Every owned column's width, in the order the columns are laid out. */
export function ownedColumnWidths(locale: Locale): Record<OwnedColumnKey, number> {
  return Object.fromEntries(
    OWNED_COLUMNS.map((c) => [c.key, ownedColumnWidth(c.key, locale)]),
  ) as Record<OwnedColumnKey, number>;
}
