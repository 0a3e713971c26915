/**
 * Applies an influence sheet plan. The report sheet is ours: it is cleared and rewritten whole,
 * with one call per attribute for the whole block, so the cost is the same for 5 campaigns or 500.
 * The previous chart is removed, not stacked; the warning-only protection is created once.
 */
import { protectSheet } from '../ownership';
import type { InfluenceSheetPlan } from '../../core/influence-sheet';
import { INFLUENCE_SHEET } from '../review-source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NAME_COLUMN_WIDTH = 240;

/** Grows the grid so the block fits: getRange past the last row or column throws in Sheets. */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

export function writeInfluenceSheet(spreadsheet: Spreadsheet, plan: InfluenceSheetPlan): Sheet {
  const sheet =
    spreadsheet.getSheetByName(INFLUENCE_SHEET) ?? spreadsheet.insertSheet(INFLUENCE_SHEET);
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);

  const rows = plan.values.length;
  const columns = plan.values[0].length;
  ensureSize(sheet, rows, columns);
  sheet
    .getRange(1, 1, rows, columns)
    .setValues(plan.values)
    .setNumberFormats(plan.numberFormats)
    .setFontWeights(plan.fontWeights)
    .setBackgrounds(plan.backgrounds);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setColumnWidth(1, NAME_COLUMN_WIDTH);

  if (plan.chart) {
    const { range, anchorRow, anchorColumn, title } = plan.chart;
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType[plan.chart.type])
        .addRange(sheet.getRange(range.row, range.column, range.numRows, range.numColumns))
        .setNumHeaders(1)
        .setPosition(anchorRow, anchorColumn, 0, 0)
        .setOption('title', title)
        .build(),
    );
  }

  // Warning-only: the user may still type here, but is told the sheet is rebuilt on demand.
  protectSheet(sheet);
  return sheet;
}
