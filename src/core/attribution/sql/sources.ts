/**
 * Where the touches come from, as one SQL relation `touch` with the columns the journey rules
 * read (times in local micros, and their instants in epoch micros: see `dialect.ts`):
 *   prospect, campaign, channel, t, conv_t, lead_t, opp_t, ti, conv_ti, lead_ti, opp_ti,
 *   revenue, row_no
 * One row per touch; conv_t / lead_t / opp_t / revenue are whatever that row says (the prospect's
 * earliest conversion and first revenue are taken later, as `../touch-table.ts` does).
 */
import { NOT_SET } from '../touch-row';
import { DIALECTS, type SqlDialect } from './dialect';

export interface TouchTableColumns {
  readonly channel: boolean;
  readonly revenue: boolean;
  readonly lead: boolean;
  readonly opportunity: boolean;
  /**
   * The column that orders touches with the same time as the sheet's rows do. A warehouse table
   * has no row order: without it, touches at the same instant are ordered by campaign, then channel.
   */
  readonly rowNumber: boolean;
}

/** A touch table with our columns (what the Touches sheet holds), by their English snake_case names. */
export interface TouchTableSource {
  readonly kind: 'touch-table';
  /** A file path or view name (DuckDB), project.dataset.table (BigQuery). */
  readonly table: string;
  readonly columns: TouchTableColumns;
}

/**
 * The GA4 BigQuery export: one touch per session (user_pseudo_id, ga_session_id) at its first
 * event, credited to the `campaign` parameter (else "(not set)") and to "source / medium" of the
 * session's first event that names a `source` (a session without one is "(direct) / (none)");
 * the first `keyEvent` of a user is the conversion, its `value` parameter the revenue.
 */
export interface Ga4Source {
  readonly kind: 'ga4';
  /** `project.dataset` for BigQuery (events_* is added); for DuckDB, a Parquet path or glob. */
  readonly dataset: string;
  readonly keyEvent: string;
}

export type TouchSource = TouchTableSource | Ga4Source;

/** GA4 event names: letters, digits and underscores, starting with a letter (GA4's own rule). */
export const GA4_EVENT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** BigQuery table and dataset paths: project ids may hold '-' and ':', the rest letters, digits, '_'. */
export const WAREHOUSE_TABLE = /^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_$*-]+){1,2}$/;

/** `WITH … touch AS (…)` bodies, in order, for the given source. */
export function touchCtes(
  source: TouchSource,
  dialect: SqlDialect,
  zone: string,
): Array<[string, string]> {
  return source.kind === 'ga4'
    ? ga4Ctes(source, dialect, zone)
    : [['touch', touchTableSelect(source, dialect, zone)]];
}

function touchTableSelect(source: TouchTableSource, dialect: SqlDialect, zone: string): string {
  const d = DIALECTS[dialect];
  const { columns } = source;
  const time = (column: string, present: boolean) =>
    present ? d.touchTime(column, zone) : `CAST(NULL AS ${d.int})`;
  const instant = (column: string, present: boolean) =>
    present ? d.touchInstant(column) : `CAST(NULL AS ${d.int})`;
  const channel = columns.channel
    ? `COALESCE(NULLIF(TRIM(channel), ''), ${d.text(NOT_SET)})`
    : d.text(NOT_SET);
  const rowNo = columns.rowNumber ? 'row_no' : 'CAST(0 AS ' + d.int + ')';
  return [
    'SELECT',
    // Emails are case-insensitive in every CRM; other ids are kept as typed.
    "  CASE WHEN STRPOS(TRIM(prospect), '@') > 0 THEN LOWER(TRIM(prospect)) ELSE TRIM(prospect) END AS prospect,",
    '  TRIM(campaign) AS campaign,',
    `  ${channel} AS channel,`,
    `  ${d.touchTime('touched_at', zone)} AS t,`,
    `  ${time('converted_at', true)} AS conv_t,`,
    `  ${time('lead_created_at', columns.lead)} AS lead_t,`,
    `  ${time('opportunity_created_at', columns.opportunity)} AS opp_t,`,
    `  ${d.touchInstant('touched_at')} AS ti,`,
    `  ${instant('converted_at', true)} AS conv_ti,`,
    `  ${instant('lead_created_at', columns.lead)} AS lead_ti,`,
    `  ${instant('opportunity_created_at', columns.opportunity)} AS opp_ti,`,
    `  ${columns.revenue ? `CAST(revenue AS ${d.float})` : `CAST(NULL AS ${d.float})`} AS revenue,`,
    `  ${rowNo} AS row_no`,
    `FROM ${dialect === 'duckdb' ? source.table : d.table(source.table)}`,
    "WHERE prospect IS NOT NULL AND TRIM(prospect) <> '' AND campaign IS NOT NULL",
    "  AND TRIM(campaign) <> '' AND touched_at IS NOT NULL",
  ].join('\n');
}

function ga4Ctes(source: Ga4Source, dialect: SqlDialect, zone: string): Array<[string, string]> {
  const d = DIALECTS[dialect];
  const events =
    dialect === 'bigquery'
      ? d.table(`${source.dataset}.events_*`)
      : `read_parquet(${d.text(source.dataset)})`;
  const param = (key: string) => d.eventParam(key, 'string_value');
  const value = `COALESCE(${d.eventParam('value', 'double_value')}, ${d.eventParam('value', 'float_value')}, CAST(${d.eventParam('value', 'int_value')} AS ${d.float}))`;
  return [
    [
      'ga4_event',
      [
        'SELECT',
        '  user_pseudo_id AS prospect,',
        '  event_name,',
        `  ${d.eventTime('event_timestamp', zone)} AS t,`,
        '  event_timestamp AS ti,',
        `  ${d.eventParam('ga_session_id', 'int_value')} AS session_id,`,
        `  ${param('source')} AS source,`,
        `  ${param('medium')} AS medium,`,
        `  ${param('campaign')} AS campaign,`,
        `  ${value} AS value`,
        `FROM ${events}`,
        'WHERE user_pseudo_id IS NOT NULL',
      ].join('\n'),
    ],
    [
      'ga4_session',
      [
        `SELECT prospect, session_id, MIN(ti) AS ti, ${d.eventTime('MIN(ti)', zone)} AS t`,
        'FROM ga4_event',
        'WHERE session_id IS NOT NULL',
        'GROUP BY prospect, session_id',
      ].join('\n'),
    ],
    [
      // The session's traffic: the parameters of its first event that names a source.
      'ga4_traffic',
      [
        'SELECT prospect, session_id, source, medium, campaign',
        'FROM (',
        '  SELECT prospect, session_id, source, medium, campaign,',
        '    ROW_NUMBER() OVER (PARTITION BY prospect, session_id ORDER BY ti) AS k',
        '  FROM ga4_event',
        "  WHERE session_id IS NOT NULL AND source IS NOT NULL AND source <> ''",
        ') AS ranked',
        'WHERE k = 1',
      ].join('\n'),
    ],
    [
      // The first key event is the conversion; its value parameter the revenue.
      'ga4_conversion',
      [
        'SELECT prospect, t AS conv_t, ti AS conv_ti, value AS revenue',
        'FROM (',
        '  SELECT prospect, t, ti, value, ROW_NUMBER() OVER (PARTITION BY prospect ORDER BY ti) AS k',
        '  FROM ga4_event',
        `  WHERE event_name = ${d.text(source.keyEvent)}`,
        ') AS ranked',
        'WHERE k = 1',
      ].join('\n'),
    ],
    [
      'touch',
      [
        'SELECT',
        '  s.prospect AS prospect,',
        `  COALESCE(NULLIF(r.campaign, ''), ${d.text(NOT_SET)}) AS campaign,`,
        `  CONCAT(COALESCE(r.source, '(direct)'), ' / ', COALESCE(NULLIF(r.medium, ''), '(none)')) AS channel,`,
        '  s.t AS t,',
        '  c.conv_t AS conv_t,',
        `  CAST(NULL AS ${d.int}) AS lead_t,`,
        `  CAST(NULL AS ${d.int}) AS opp_t,`,
        '  s.ti AS ti,',
        '  c.conv_ti AS conv_ti,',
        `  CAST(NULL AS ${d.int}) AS lead_ti,`,
        `  CAST(NULL AS ${d.int}) AS opp_ti,`,
        '  c.revenue AS revenue,',
        '  s.session_id AS row_no',
        'FROM ga4_session AS s',
        'LEFT JOIN ga4_traffic AS r ON r.prospect = s.prospect AND r.session_id = s.session_id',
        'LEFT JOIN ga4_conversion AS c ON c.prospect = s.prospect',
      ].join('\n'),
    ],
  ];
}
