/**
 * Applies an influence sheet plan. The report sheet is ours: it is cleared and rewritten whole,
 * with one call per attribute for the whole block, so the cost is the same for 5 campaigns or 500.
 * The previous chart is removed, not stacked; the warning-only protection is created once.
 */
import { protectSheet } from '../ownership';
import { INFLUENCE_SHEET_NAMES, type InfluenceSheetPlan } from '../../core/sheet-plans/influence';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Grows the grid so the block fits: getRange past the last row or column throws in Sheets. */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

export function writeInfluenceSheet(spreadsheet: Spreadsheet, plan: InfluenceSheetPlan): Sheet {
  // The report tab is named in the user's language; one built in the other language is renamed,
  // never doubled.
  const existing =
    spreadsheet.getSheetByName(plan.sheetName) ??
    INFLUENCE_SHEET_NAMES.map((n) => spreadsheet.getSheetByName(n)).find((s) => s !== null) ??
    null;
  const sheet = existing ?? spreadsheet.insertSheet(plan.sheetName);
  if (sheet.getName() !== plan.sheetName) sheet.setName(plan.sheetName);
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
    .setBackgrounds(plan.backgrounds)
    // Nothing is cut: the tables wrap their long labels and names in the narrow model columns;
    // column A fits its names and labels.
    .setWraps(plan.wraps);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setColumnWidth(1, plan.nameWidth);

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
