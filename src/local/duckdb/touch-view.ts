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
    // Memory's instant of a wall-clock time (touch-time.ts): the day's local midnight plus the
    // time of day, so the spring gap and the repeated autumn hour keep the wall clock's order.
    `CREATE OR REPLACE TEMP MACRO cadence_instant(w, zone) AS
       epoch_us(timezone(zone, date_trunc('day', w))) + (epoch_us(w) - epoch_us(date_trunc('day', w)))`,
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

const ISO_PARTS = "['y', 'm', 'd', 'hh', 'mi', 'ss', 'zone']";
const FRENCH_PARTS = "['d', 'm', 'y', 'hh', 'mi', 'ss']";

/**
 * The read of a time cell, in two layers: `parts` runs each pattern once on the trimmed cell (a
 * column of the layer below), `time` builds the moment from the parts (columns of the layer
 * below). Kept apart because a macro repeats its arguments wherever they are used: the moment
 * refers to the parts a dozen times, so each regular expression would run a dozen times a cell.
 */
function timeOf(
  cell: string,
  type: string,
  timeZone: string,
): {
  parts: string[];
  time: (iso: string, french: string) => string;
  explicit: (iso: string) => string;
} {
  if (type === 'VARCHAR') {
    return {
      parts: [
        `regexp_extract(${cell}, ${text(ISO)}, ${ISO_PARTS}, 'i')`,
        `regexp_extract(${cell}, ${text(FRENCH)}, ${FRENCH_PARTS}, 'i')`,
      ],
      // A pattern that does not match gives empty parts; both patterns need a 4-digit year.
      time: (iso, french) =>
        `CASE WHEN ${iso}.y <> '' THEN cadence_iso(${iso}, ${text(timeZone)})
         WHEN ${french}.y <> '' THEN cadence_wall(${french}.y, ${french}.m, ${french}.d, ${french}.hh, ${french}.mi, ${french}.ss) END`,
      // An explicit offset makes the text an instant (touch-time.ts).
      explicit: (iso) =>
        `CASE WHEN ${iso}.y <> '' AND ${iso}.zone <> '' AND ${iso}.hh <> ''
         THEN epoch_us(cadence_wall(${iso}.y, ${iso}.m, ${iso}.d, ${iso}.hh, ${iso}.mi, ${iso}.ss))
           - CAST(cadence_offset(${iso}.zone) AS BIGINT) * 60000000 END`,
    };
  }
  const instant = type.startsWith('TIMESTAMP WITH TIME ZONE');
  const moment =
    type === 'DATE'
      ? `CAST(${cell} AS TIMESTAMP)`
      : instant
        ? `date_trunc('second', timezone(${text(timeZone)}, ${cell}))`
        : type.startsWith('TIMESTAMP')
          ? `date_trunc('second', CAST(${cell} AS TIMESTAMP))`
          : 'CAST(NULL AS TIMESTAMP)';
  const explicit = instant ? `epoch_us(date_trunc('second', ${cell}))` : 'CAST(NULL AS BIGINT)';
  return { parts: [], time: () => moment, explicit: () => explicit };
}

function amountOf(cell: string, type: string): string {
  if (type === 'VARCHAR') return `cadence_amount(${cell})`;
  return `CASE WHEN TRY_CAST(${cell} AS DOUBLE) >= 0 THEN TRY_CAST(${cell} AS DOUBLE) END`;
}

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

/**
 * The parsed columns, named as `TouchTableSource` expects, over `source` (a relation with
 * `row_no` and the file's columns). Four layers, each cell's work done once: the trimmed labels
 * (text) or the cells (typed); the date patterns' parts; the values and the blank flags; each
 * time's instant (`<name>_instant`, epoch microseconds as memory orders and compares them).
 */
export function parsedSelect(columns: FileColumns, timeZone: string, source: string): string {
  const entries = Object.entries(columns) as Array<[TouchColumn, { name: string; type: string }]>;
  const cells: string[] = ['row_no'];
  const parts: string[] = ['*'];
  const out: string[] = ['row_no'];
  const instants: string[] = [];
  const explicits: string[] = [];
  const blanks: string[] = [];
  for (const [key, column] of entries) {
    const name = OUT_NAME[key];
    const cell = `${name}_cell`;
    const varchar = column.type === 'VARCHAR';
    // A text cell trimmed, empty as NULL: a blank cell is then NULL whatever its type.
    cells.push(
      `${varchar ? `cadence_label(${quote(column.name)})` : quote(column.name)} AS ${cell}`,
    );
    const blank = `${cell} IS NULL`;
    blanks.push(blank);
    let value: string;
    if (LABEL_COLUMNS.includes(key)) {
      value = varchar ? cell : `cadence_label(${cell})`;
    } else if (TIME_COLUMNS.includes(key)) {
      const time = timeOf(cell, column.type, timeZone);
      const [iso, french] = [`${name}_iso`, `${name}_french`];
      time.parts.forEach((part, i) => parts.push(`${part} AS ${i === 0 ? iso : french}`));
      value = time.time(iso, french);
      out.push(`${time.explicit(iso)} AS ${name}_explicit`);
      explicits.push(`${name}_explicit`);
      instants.push(
        `COALESCE(${name}_explicit, cadence_instant(${name}, ${text(timeZone)})) AS ${name}_instant`,
      );
    } else {
      value = amountOf(cell, column.type);
    }
    out.push(`${value} AS ${name}`);
    if (key !== 'channel') out.push(`${blank} AS ${name}_blank`);
  }
  out.push(`(${blanks.join(' AND ')}) AS blank_row`);
  return [
    `SELECT * EXCLUDE (${explicits.join(', ')}), ${instants.join(', ')} FROM (`,
    `  SELECT ${out.join(', ')} FROM (`,
    `    SELECT ${parts.join(', ')} FROM (`,
    `      SELECT ${cells.join(', ')} FROM ${source}`,
    '    ) AS cells',
    '  ) AS parts',
    ') AS moments',
  ].join('\n');
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
