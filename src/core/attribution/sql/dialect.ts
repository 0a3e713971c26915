/**
 * The differences between DuckDB and BigQuery Standard SQL that the aggregate queries meet, in one
 * table. Everything else in `queries.ts` and `sources.ts` is the subset both accept as is
 * (WITH, CASE, COALESCE, ROW_NUMBER / SUM / MAX OVER, POW, FLOOR, MOD,
 * STRPOS, LOWER, TRIM, COUNT(DISTINCT)).
 *
 * Times: every query works on "local micros", microseconds since 1970-01-01 00:00 of the wall
 * clock in the report's time zone, so a calendar day is FLOOR(micros / 86 400 000 000) in both
 * engines and a value at exactly local midnight is a plain date, as in `../touch-time.ts`; and
 * beside each, its instant (epoch micros), which orders and compares moments as memory does.
 */

export type SqlDialect = 'duckdb' | 'bigquery';

export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'bigquery'];

export interface DialectEntry {
  /** 64-bit integer and double type names for CAST. */
  readonly int: string;
  readonly float: string;
  /** A string literal. */
  readonly text: (value: string) => string;
  /** A table name as the engine quotes it (a file path for DuckDB, project.dataset.table for BigQuery). */
  readonly table: (name: string) => string;
  /**
   * A touch-table time column → local micros. DuckDB reads it from our normalised view, where it
   * is already the wall-clock TIMESTAMP; a BigQuery TIMESTAMP is an instant, seen in `zone`.
   */
  readonly touchTime: (column: string, zone: string) => string;
  /**
   * A touch-table time column → the instant in epoch microseconds, which orders touches and
   * compares them with a conversion or a milestone (the wall clock repeats an hour in autumn and
   * skips one in spring). DuckDB reads it from our normalised view (`<column>_instant`: an
   * explicit instant, or a wall-clock time read as `../touch-time.ts` reads it).
   */
  readonly touchInstant: (column: string) => string;
  /** GA4's `event_timestamp` (UTC microseconds) → local micros in `zone`. */
  readonly eventTime: (micros: string, zone: string) => string;
  /** The value of `field` of the GA4 event parameter `key` (a correlated UNNEST). */
  readonly eventParam: (key: string, field: string) => string;
  /**
   * In a GROUP BY prospect: the steps joined by `separator` in the order of the `order` columns. BigQuery
   * has STRING_AGG(… ORDER BY …) too, but sorting the aggregated array is the form BigQuery-dialect
   * parsers (node-sql-parser) accept as well.
   */
  readonly orderedSteps: (step: string, order: readonly string[], separator: string) => string;
  /** A one-character string from its code point (the step separator of the detailed paths). */
  readonly char: (code: number) => string;
}

const duckText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const bigQueryText = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export const DIALECTS: Readonly<Record<SqlDialect, DialectEntry>> = {
  duckdb: {
    int: 'BIGINT',
    float: 'DOUBLE',
    text: duckText,
    table: (name) => duckText(name),
    touchTime: (column) => `epoch_us(${column})`,
    touchInstant: (column) => `${column}_instant`,
    eventTime: (micros, zone) =>
      `epoch_us(timezone(${duckText(zone)}, timezone('UTC', make_timestamp(${micros}))))`,
    eventParam: (key, field) =>
      `(SELECT p.value.${field} FROM UNNEST(event_params) AS u(p) WHERE p.key = ${duckText(key)})`,
    // Not STRING_AGG(… ORDER BY …): DuckDB sorts each group of an ordered aggregate on its own,
    // 3 to 5× slower at a million touches than collecting the steps and grading one list of
    // keys. The key packs the time and the row into one HUGEINT (time × 2^64 + row + 2^63, the
    // row any BIGINT), in that order; in DuckDB they decide: the row is unique per prospect (a
    // line of the file, or a GA4 session), so the later tie-breaks never apply. A single order
    // column that is unique per group (the per-lead ties' position) needs no row: it counts as 0.
    orderedSteps: (step, [time, row = '0'], separator) =>
      `array_to_string(list_select(list(${step}), list_grade_up(list(CAST(${time} AS HUGEINT) * ` +
      `CAST(18446744073709551616 AS HUGEINT) + CAST(${row} AS HUGEINT) + CAST(9223372036854775808 AS HUGEINT)))), ${separator})`,
    char: (code) => `chr(${code})`,
  },
  bigquery: {
    int: 'INT64',
    float: 'FLOAT64',
    text: bigQueryText,
    table: (name) => `\`${name}\``,
    touchTime: (column, zone) =>
      `UNIX_MICROS(TIMESTAMP(DATETIME(${column}, ${bigQueryText(zone)})))`,
    touchInstant: (column) => `UNIX_MICROS(${column})`,
    eventTime: (micros, zone) =>
      `UNIX_MICROS(TIMESTAMP(DATETIME(TIMESTAMP_MICROS(${micros}), ${bigQueryText(zone)})))`,
    eventParam: (key, field) =>
      `(SELECT p.value.${field} FROM UNNEST(event_params) AS p WHERE p.key = ${bigQueryText(key)})`,
    orderedSteps: (step, order, separator) => {
      const keys = order.map((column, i) => `${column} AS o${i}`).join(', ');
      const by = order.map((_, i) => `s.o${i}`).join(', ');
      return `ARRAY_TO_STRING(ARRAY(SELECT s.step FROM UNNEST(ARRAY_AGG(STRUCT(${keys}, ${step} AS step))) AS s ORDER BY ${by}), ${separator})`;
    },
    char: (code) => `CODE_POINTS_TO_STRING([${code}])`,
  },
};
