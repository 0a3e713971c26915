/**
 * The text a user copies into BigQuery: the paths-format query, headed by comments that say what
 * it reads and the steps (run it, save the result as a "Paths" tab, build the report). The same
 * text for the CLI (`--sql bigquery`) and the sidebar's Copy button.
 */
import { tBig } from '../../i18n/big-data';
import type { Locale } from '../../types';
import type { CreditBy } from '../vocabulary';
import type { SqlDialect } from './dialect';
import { pathTableSql } from './queries';
import { GA4_EVENT_NAME, WAREHOUSE_TABLE, type TouchSource } from './sources';

export interface WarehouseRequest {
  readonly dialect: SqlDialect;
  /** project.dataset.table of a touch table with our columns. */
  readonly table?: string;
  /** project.dataset of a GA4 export, with the key event that counts as a conversion. */
  readonly ga4?: string;
  readonly keyEvent?: string;
  readonly by: CreditBy;
  readonly windowDays: number;
  readonly timeZone: string;
}

export type WarehouseProblem =
  | { readonly key: 'error.sqlSource' }
  | { readonly key: 'error.table'; readonly flag: '--table' | '--ga4'; readonly value: string }
  | { readonly key: 'error.keyEvent'; readonly value: string }
  | { readonly key: 'error.noKeyEvent' };

export type WarehouseResult =
  | { readonly ok: true; readonly sql: string; readonly steps: readonly string[] }
  | { readonly ok: false; readonly problem: WarehouseProblem };

export function describeWarehouseProblem(locale: Locale, problem: WarehouseProblem): string {
  switch (problem.key) {
    case 'error.table':
      return tBig(locale, problem.key, { flag: problem.flag, value: problem.value });
    case 'error.keyEvent':
      return tBig(locale, problem.key, { value: problem.value });
    default:
      return tBig(locale, problem.key);
  }
}

/** The source a request names, or why it names none that can be queried. */
function sourceOf(request: WarehouseRequest): TouchSource | WarehouseProblem {
  if (request.ga4 !== undefined) {
    // A GA4 dataset is project.dataset: the table part is events_*.
    if (!WAREHOUSE_TABLE.test(`${request.ga4}.events_x`) || request.ga4.split('.').length !== 2)
      return { key: 'error.table', flag: '--ga4', value: request.ga4 };
    if (request.keyEvent === undefined) return { key: 'error.noKeyEvent' };
    if (!GA4_EVENT_NAME.test(request.keyEvent))
      return { key: 'error.keyEvent', value: request.keyEvent };
    return { kind: 'ga4', dataset: request.ga4, keyEvent: request.keyEvent };
  }
  if (request.table === undefined) return { key: 'error.sqlSource' };
  if (!WAREHOUSE_TABLE.test(request.table))
    return { key: 'error.table', flag: '--table', value: request.table };
  return {
    kind: 'touch-table',
    table: request.table,
    // Lead and opportunity dates serve only the position models' milestones, which the paths
    // format cannot carry: the warehouse query does not read them.
    columns: { channel: true, revenue: true, lead: false, opportunity: false, rowNumber: false },
  };
}

export function warehouseSql(request: WarehouseRequest, locale: Locale): WarehouseResult {
  const source = sourceOf(request);
  if (!('kind' in source)) return { ok: false, problem: source };
  const steps = [tBig(locale, 'sql.step1'), tBig(locale, 'sql.step2'), tBig(locale, 'sql.step3')];
  const reads =
    source.kind === 'ga4'
      ? tBig(locale, 'sql.ga4', { event: source.keyEvent })
      : tBig(locale, 'sql.table');
  const settings = tBig(locale, 'sql.settings', {
    by: request.by,
    window: request.windowDays,
    zone: request.timeZone,
  });
  const header = [
    tBig(locale, 'sql.title'),
    reads,
    settings,
    ...steps.map((s, i) => `${i + 1}. ${s}`),
  ]
    .map((line) => `-- ${line.replace(/\n/g, ' ')}`)
    .join('\n');
  const sql = pathTableSql({
    source,
    dialect: request.dialect,
    by: request.by,
    windowDays: request.windowDays,
    // Paths carry neither days nor same-day groups: these two do not change the path table.
    halfLifeDays: 7,
    sameDay: false,
    timeZone: request.timeZone,
  });
  return { ok: true, sql: `${header}\n${sql};\n`, steps };
}
