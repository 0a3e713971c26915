/**
 * What a Refresh of 10,000 rows × 60 review columns costs in real Sheets: the SpreadsheetApp
 * calls of a steady-state Refresh (a sheet refreshed before) counted on the real dist/Code.js
 * against the in-memory Apps Script, and the seconds of waiting they mean at Google's latency.
 *
 * The seconds are the execution's own on the in-memory Apps Script's virtual clock, whose per-call
 * latencies (packages/apps-script-fake/src/latency.ts, sources in its README) the time-limit tests use too.
 * Payload size is not modelled: the few calls that carry the 10,000 rows cost the same as one
 * that carries a cell.
 */
import { createAppsScript } from '@cadence/apps-script-fake';
import { generatedGrid as grid } from '../tests/support/seeded';
import { loadAddOn } from '../src/local/code-runtime';

const ZONE = 'Europe/Paris';
const NOW = new Date('2026-11-22T09:00:00Z');

export interface CallCost {
  /** SpreadsheetApp calls: a steady-state Refresh costs at most 25, whatever the sheet size. */
  readonly calls: number;
  /** The action's virtual seconds on the in-memory Apps Script's latency model, to 0.01 s. */
  readonly virtualSeconds: number;
}

export interface RefreshCallFigures {
  readonly refresh10000: CallCost;
  readonly firstRefresh10000: CallCost;
  readonly format10000: CallCost;
}

/** First Refresh, steady-state Refresh, and Format (which refreshes too) of 10,000 rows. */
export async function benchRefreshCalls(): Promise<RefreshCallFigures> {
  const run = (action: 'refreshSheet' | 'formatSheet', times: number): CallCost => {
    const env = createAppsScript({ timeZone: ZONE, now: NOW });
    env.spreadsheet.setActiveSheet(env.spreadsheet.addSheetFromGrid('Review', grid(10_000, 60)));
    const addOn = loadAddOn(env);
    for (let i = 1; i < times; i++) addOn.call(action);
    env.calls.reset();
    const report = addOn.run(action);
    return {
      calls: env.calls.count('SpreadsheetApp'),
      virtualSeconds: Math.round(report.seconds * 100) / 100,
    };
  };
  return {
    refresh10000: run('refreshSheet', 2),
    firstRefresh10000: run('refreshSheet', 1),
    format10000: run('formatSheet', 1),
  };
}

if (require.main === module) {
  void benchRefreshCalls().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
