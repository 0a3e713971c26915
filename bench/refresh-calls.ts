/**
 * What a Refresh of 10,000 rows × 60 review columns costs in real Sheets: the SpreadsheetApp
 * calls of a steady-state Refresh (a sheet refreshed before) counted on the real dist/Code.js
 * against the in-memory Apps Script, and the seconds of waiting they mean at Google's latency.
 *
 * The latency model is the small table below: the in-memory Apps Script of this branch has none
 * yet. It mirrors the `LATENCY_TABLE` of the strict imitation built in parallel (branch
 * strict-gas, /work/wt/notes/strict-gas-api.md); once that is merged, read its table instead.
 * Per call, in seconds: SpreadsheetApp read 0.1, write 0.3 (the "Sheets read/write
 * 0.1–0.3 s"; 72 calls were 7–20 s); builders (newConditionalFormatRule(), whenFormulaSatisfied()…)
 * 0 — they only assemble a value in the script; PropertiesService read 0.03, write 0.05, getting
 * a store 0; LockService 0.05 (no wait); Session 0.01; anything else 0.05 (a conservative guess).
 * Payload size is not modelled: the few calls that carry the 10,000 rows cost the same here as
 * one that carries a cell.
 */
import { createAppsScript } from '../src/local/appsscript';
import { generatedGrid as grid } from '../tests/support/seeded';
import type { CallRecord } from '../src/local/appsscript/calls';
import { loadAddOn } from '../src/local/code-runtime';

export const LATENCY_SECONDS = {
  sheetsRead: 0.1,
  sheetsWrite: 0.3,
  builder: 0,
  propertiesRead: 0.03,
  propertiesWrite: 0.05,
  lock: 0.05,
  session: 0.01,
  other: 0.05,
} as const;

export function callSeconds(call: CallRecord): number {
  switch (call.service) {
    case 'SpreadsheetApp':
      if (call.type.endsWith('Builder') || call.method.startsWith('new'))
        return LATENCY_SECONDS.builder;
      return call.write ? LATENCY_SECONDS.sheetsWrite : LATENCY_SECONDS.sheetsRead;
    case 'PropertiesService':
      if (call.type === 'PropertiesService') return 0;
      return call.write ? LATENCY_SECONDS.propertiesWrite : LATENCY_SECONDS.propertiesRead;
    case 'LockService':
      return LATENCY_SECONDS.lock;
    case 'Session':
      return LATENCY_SECONDS.session;
    default:
      return LATENCY_SECONDS.other;
  }
}

const ZONE = 'Europe/Paris';
const NOW = new Date('2026-11-22T09:00:00Z');

export interface CallCost {
  /** SpreadsheetApp calls, the figure the issue bounds (≤ 25 for a steady-state Refresh). */
  readonly calls: number;
  /** Every service call of the action priced with LATENCY_SECONDS, rounded to 0.01 s. */
  readonly virtualSeconds: number;
}

export interface RefreshCallFigures {
  readonly refresh10000: CallCost;
  readonly firstRefresh10000: CallCost;
  readonly format10000: CallCost;
}

function cost(calls: readonly CallRecord[]): CallCost {
  const seconds = calls.reduce((sum, c) => sum + callSeconds(c), 0);
  return {
    calls: calls.filter((c) => c.service === 'SpreadsheetApp').length,
    virtualSeconds: Math.round(seconds * 100) / 100,
  };
}

/** First Refresh, steady-state Refresh, and Format (which refreshes too) of 10,000 rows. */
export async function benchRefreshCalls(): Promise<RefreshCallFigures> {
  const run = (action: 'refreshSheet' | 'formatSheet', times: number): CallCost => {
    const env = createAppsScript({ timeZone: ZONE, now: NOW });
    env.spreadsheet.setActiveSheet(env.spreadsheet.addSheetFromGrid('Review', grid(10_000, 60)));
    const addOn = loadAddOn(env);
    for (let i = 1; i < times; i++) addOn.call(action);
    env.calls.reset();
    addOn.call(action);
    return cost(env.calls.log());
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
