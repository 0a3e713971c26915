/**
 * A touch file's cells read in DuckDB exactly as `src/core/attribution/touch-table.ts` reads them
 * in memory, so both engines build the same journeys:
 * - labels: trimmed (JavaScript's white space), empty is missing, a channel missing is "(not set)";
 * - dates (text): ISO `2026-03-01`, `2026-03-01 10:00[:05]` with an optional `Z` / `+01:00`
 *   (an instant, seen in the report's zone), and French `01/03/2026 [10h00]`: the same patterns as
 *   `touch-time.ts`; a typed TIMESTAMP is wall-clock time, a TIMESTAMPTZ an instant, a DATE a plain date;
 * - amounts (text): `1 200,50 €`, `1,200.50`: the rule of `cells.ts` (the right-most of ',' and
 *   '.' is the decimal mark); negative amounts are unreadable.
 * Every non-blank cell that does not read becomes an unreadable cell with its A1 address.
 */
import type { TouchColumn } from '../../core/attribution/headers';
import { DIALECTS } from '../../core/attribution/sql';

const text = DIALECTS.duckdb.text;

/** JavaScript's String.prototype.trim white space (RE2 has no \p{Zs} shorthand for all of it). */
const SPACE =
  '[\\s\\x{a0}\\x{feff}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}]';

const ISO =
  '^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$';
const FRENCH = '^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?$';

/** Macros the view uses, created once per connection. */
export function viewMacros(): string[] {
  return [
    `CREATE OR REPLACE TEMP MACRO cadence_trim(s) AS regexp_replace(s, '^${SPACE}+|${SPACE}+$', '', 'g')`,
    `CREATE OR REPLACE TEMP MACRO cadence_label(s) AS NULLIF(cadence_trim(CAST(s AS VARCHAR)), '')`,
    // Hours past 23 would roll over to the next day in make_timestamp; touch-time.ts refuses them.
    `CREATE OR REPLACE TEMP MACRO cadence_wall(y, m, d, hh, mi, ss) AS CASE
       WHEN COALESCE(NULLIF(hh, ''), '0')::INT > 23 OR COALESCE(NULLIF(mi, ''), '0')::INT > 59
         OR COALESCE(NULLIF(ss, ''), '0')::INT > 59 OR y::INT < 1 THEN NULL
       ELSE try(make_timestamp(y::BIGINT, m::BIGINT, d::BIGINT, COALESCE(NULLIF(hh, ''), '0')::BIGINT,
         COALESCE(NULLIF(mi, ''), '0')::BIGINT, COALESCE(NULLIF(ss, ''), '0')::DOUBLE)) END`,
    `CREATE OR REPLACE TEMP MACRO cadence_offset(z) AS CASE WHEN upper(z) = 'Z' THEN 0
       ELSE (CASE WHEN left(z, 1) = '-' THEN -1 ELSE 1 END)
         * (substr(replace(z, ':', ''), 2, 2)::INT * 60 + substr(replace(z, ':', ''), 4, 2)::INT) END`,
    `CREATE OR REPLACE TEMP MACRO cadence_iso(p, zone) AS CASE WHEN p.zone = '' OR p.hh = ''
       THEN cadence_wall(p.y, p.m, p.d, p.hh, p.mi, p.ss)
       ELSE timezone(zone, timezone('UTC', cadence_wall(p.y, p.m, p.d, p.hh, p.mi, p.ss)
         - to_minutes(cadence_offset(p.zone)))) END`,
    `CREATE OR REPLACE TEMP MACRO cadence_text_time(s, zone) AS CASE
       WHEN regexp_full_match(s, ${text(ISO)}, 'i')
         THEN cadence_iso(regexp_extract(s, ${text(ISO)}, ['y', 'm', 'd', 'hh', 'mi', 'ss', 'zone'], 'i'), zone)
       WHEN regexp_full_match(s, ${text(FRENCH)}, 'i')
         THEN cadence_iso(struct_insert(regexp_extract(s, ${text(FRENCH)}, ['d', 'm', 'y', 'hh', 'mi', 'ss'], 'i'), zone := ''), zone)
       END`,
    `CREATE OR REPLACE TEMP MACRO cadence_last(s, c) AS CASE WHEN strpos(s, c) = 0 THEN 0
       ELSE length(s) - strpos(reverse(s), c) + 1 END`,
    `CREATE OR REPLACE TEMP MACRO cadence_amount_text(t) AS CASE
       WHEN t = '' THEN NULL
       WHEN cadence_last(t, ',') > cadence_last(t, '.')
         THEN regexp_replace(replace(t, '.', ''), ',', '.')
       ELSE replace(t, ',', '') END`,
    `CREATE OR REPLACE TEMP MACRO cadence_amount(s) AS CASE
       WHEN regexp_full_match(s, '^\\d+(\\.\\d+)?$') THEN CAST(s AS DOUBLE)
       WHEN regexp_full_match(cadence_amount_text(regexp_replace(s, '[€$£¥\\s\\x{a0}\\x{202f}]', '', 'g')),
         '^[+]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?$', 'i')
         THEN CAST(ltrim(cadence_amount_text(regexp_replace(s, '[€$£¥\\s\\x{a0}\\x{202f}]', '', 'g')), '+') AS DOUBLE)
       END`,
  ];
}

/** DuckDB type names of the file's columns, by column name. */
export type ColumnTypes = ReadonlyMap<string, string>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function timeOf(column: string, type: string, timeZone: string): string {
  const c = quote(column);
  if (type === 'VARCHAR') return `cadence_text_time(cadence_trim(${c}), ${text(timeZone)})`;
  if (type === 'DATE') return `CAST(${c} AS TIMESTAMP)`;
  if (type.startsWith('TIMESTAMP WITH TIME ZONE'))
    return `date_trunc('second', timezone(${text(timeZone)}, ${c}))`;
  if (type.startsWith('TIMESTAMP')) return `date_trunc('second', CAST(${c} AS TIMESTAMP))`;
  return 'CAST(NULL AS TIMESTAMP)';
}

function amountOf(column: string, type: string): string {
  const c = quote(column);
  if (type === 'VARCHAR') return `cadence_amount(cadence_trim(${c}))`;
  return `CASE WHEN TRY_CAST(${c} AS DOUBLE) >= 0 THEN TRY_CAST(${c} AS DOUBLE) END`;
}

const blank = (column: string, type: string) =>
  type === 'VARCHAR' ? `cadence_label(${quote(column)}) IS NULL` : `${quote(column)} IS NULL`;

/** What a touch column holds in the file: its name there and its DuckDB type. */
export type FileColumns = Partial<
  Record<TouchColumn, { name: string; index: number; type: string }>
>;

const LABEL_COLUMNS: readonly TouchColumn[] = ['prospect', 'campaign', 'channel'];
const TIME_COLUMNS: readonly TouchColumn[] = [
  'touchedAt',
  'convertedAt',
  'leadCreatedAt',
  'opportunityCreatedAt',
];
const OUT_NAME: Readonly<Record<TouchColumn, string>> = {
  prospect: 'prospect',
  campaign: 'campaign',
  channel: 'channel',
  touchedAt: 'touched_at',
  convertedAt: 'converted_at',
  revenue: 'revenue',
  leadCreatedAt: 'lead_created_at',
  opportunityCreatedAt: 'opportunity_created_at',
};

/** The parsed columns, named as `TouchTableSource` expects, over the raw table with its row number. */
export function parsedSelect(columns: FileColumns, timeZone: string): string {
  const out: string[] = ['row_no'];
  for (const [key, column] of Object.entries(columns) as Array<
    [TouchColumn, { name: string; type: string }]
  >) {
    const expr = LABEL_COLUMNS.includes(key)
      ? `cadence_label(${quote(column.name)})`
      : TIME_COLUMNS.includes(key)
        ? timeOf(column.name, column.type, timeZone)
        : amountOf(column.name, column.type);
    out.push(`${expr} AS ${OUT_NAME[key]}`);
    if (key !== 'channel') out.push(`${blank(column.name, column.type)} AS ${OUT_NAME[key]}_blank`);
  }
  const used = Object.values(columns).map((c) => blank(c.name, c.type));
  out.push(`(${used.join(' AND ')}) AS blank_row`);
  return `SELECT ${out.join(', ')} FROM raw`;
}

/** Checks in the order touch-table.ts makes them, each with its message there. */
const CHECKS: ReadonlyArray<[TouchColumn, string, boolean]> = [
  ['prospect', 'no prospect', true],
  ['campaign', 'no campaign', true],
  ['touchedAt', 'unreadable touch date', true],
  ['convertedAt', 'unreadable conversion date', false],
  ['leadCreatedAt', 'unreadable lead creation date', false],
  ['opportunityCreatedAt', 'unreadable opportunity creation date', false],
  ['revenue', 'unreadable revenue', false],
];

/** Unreadable cells: (row_no, column index, message), in sheet order. */
export function problemsSelect(columns: FileColumns): string {
  const parts: string[] = [];
  CHECKS.forEach(([key, message, required], order) => {
    const column = columns[key];
    if (column === undefined) return;
    const out = OUT_NAME[key];
    // A required cell must be there and read; an optional one must read when it is not blank.
    const bad = required ? `${out} IS NULL` : `${out} IS NULL AND NOT ${out}_blank`;
    parts.push(
      `SELECT row_no, ${column.index} AS col, ${order} AS check_order, ${text(message)} AS message FROM parsed WHERE NOT blank_row AND ${bad}`,
    );
  });
  return parts.join('\nUNION ALL\n');
}
