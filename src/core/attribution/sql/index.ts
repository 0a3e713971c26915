/** Public surface of the aggregate SQL, for the CLI, the DuckDB engine and the sidebar. */
export { DIALECTS, SQL_DIALECTS } from './dialect';
export type { DialectEntry, SqlDialect } from './dialect';
export { GA4_EVENT_NAME, WAREHOUSE_TABLE } from './sources';
export type { Ga4Source, TouchSource, TouchTableColumns, TouchTableSource } from './sources';
export {
  DETAIL_SEPARATOR,
  PATH_SEPARATOR,
  countsSelect,
  pathTableSelect,
  pathTableSql,
  pipelineCtes,
  timeDecaySelect,
  withCtes,
} from './queries';
export type { AggregateQuery } from './queries';
export { aggregateJourneys, PathTableJourneys } from './aggregate';
export type {
  AggregateCounts,
  AggregateJourneys,
  Aggregates,
  DetailedPathRow,
  TimeDecayRow,
} from './aggregate';
export { describeWarehouseProblem, warehouseSql } from './warehouse';
export type { WarehouseProblem, WarehouseRequest, WarehouseResult } from './warehouse';
export { lastTouchSql, leadSummarySql, perLeadFacts } from './lead-facts';
export type { LastTouchRow, LeadSummaryRow, PipelineSource } from './lead-facts';
