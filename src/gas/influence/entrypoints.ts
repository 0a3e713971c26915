/**
 * Apps Script-callable functions of the influence report: the sidebar's Influence panel calls
 * buildInfluenceReport through google.script.run; the menu item calls the FromMenu variant, which
 * has nobody to return a value to and so shows the outcome itself.
 */
import type { ServerApi } from '../api';
import { preferredLocale } from '../locale';
import { runInfluenceReport } from './build';

export const buildInfluenceReport: ServerApi['buildInfluenceReport'] = () =>
  runInfluenceReport(preferredLocale());

/** Success as a toast (it does not interrupt); a problem as an alert the user must read. */
export function buildInfluenceReportFromMenu(): void {
  const result = buildInfluenceReport();
  if (result.ok) SpreadsheetApp.getActiveSpreadsheet().toast(result.message, 'Cadence');
  else SpreadsheetApp.getUi().alert(result.message);
}

export { planHoldoutTest } from './plan-holdout';
