/**
 * The journey rules of `../touch-journeys.ts` in SQL, then the aggregates the models need.
 * Each rule below has exactly the in-memory meaning (the tests run both on the same tables):
 * - order: by time, then by row (`row_no`), then by campaign and channel;
 * - a prospect's conversion, lead and opportunity are the earliest given on its rows; its revenue
 *   the first given (in row order), and differing revenues count as one conflict;
 * - a touch after the conversion is ignored: instants compared when the conversion has a time of
 *   day, calendar days when it is a plain date (a value at local midnight);
 * - lookback window: kept when its day is at most `windowDays` before the conversion day, or
 *   before the prospect's last touch day when it never converted;
 * - milestones: the last kept touch at or before the lead (opportunity) was created, else the first;
 * - same-day: with `sameDay`, the touches on the last kept day form the last-touch group.
 */
import type { CreditBy } from '../vocabulary';
import { DIALECTS, type SqlDialect } from './dialect';
import { touchCtes, type TouchSource } from './sources';

export interface AggregateQuery {
  readonly source: TouchSource;
  readonly dialect: SqlDialect;
  readonly by: CreditBy;
  readonly windowDays: number;
  readonly halfLifeDays: number;
  readonly sameDay: boolean;
  /** IANA zone of the report: the wall clock that makes calendar days. */
  readonly timeZone: string;
}

/** Steps of a detailed path are joined by the unit separator, which no name can hold once read. */
export const DETAIL_SEPARATOR = '\u001f';
/** Steps of a paths-format path, as GA4 and ChannelAttribution write them. */
export const PATH_SEPARATOR = ' > ';

const MICROS_PER_DAY = '86400000000';

/** The instant column of a moment column in local micros (`conv_t` → `conv_ti`; `./sources.ts`). */
const instantOf = (moment: string) => `${moment}i`;

/** The named steps every final query reads, in order. */
export function pipelineCtes(q: AggregateQuery): Array<[string, string]> {
  const d = DIALECTS[q.dialect];
  const day = (micros: string) => `CAST(FLOOR(${micros} / ${MICROS_PER_DAY}) AS ${d.int})`;
  const timed = (micros: string) => `MOD(${micros}, ${MICROS_PER_DAY}) <> 0`;
  // A plain-date moment compares calendar days; a timed one compares instants.
  const atOrBefore = (moment: string) =>
    `(CASE WHEN ${timed(moment)} THEN ti <= ${instantOf(moment)} ELSE d <= ${day(moment)} END)`;
  const step = q.by === 'channel' ? 'channel' : 'campaign';
  const window =
    Math.floor(q.windowDays) === q.windowDays
      ? String(q.windowDays)
      : `CAST(${q.windowDays} AS ${d.float})`;
  return [
    ...touchCtes(q.source, q.dialect, q.timeZone),
    [
      // One pass per prospect: no window, no self-join. The first revenue in row order is the
      // revenue of the lowest row that has one (rows without revenue carry no key, so MIN_BY
      // skips them in both engines); differing revenues are a conflict when MIN < MAX.
      'prospect_summary',
      [
        'SELECT',
        '  prospect,',
        // The earliest by instant (the wall clock repeats an hour in autumn), and its wall time.
        '  MIN_BY(conv_t, conv_ti) AS conv_t, MIN(conv_ti) AS conv_ti,',
        '  MIN_BY(lead_t, lead_ti) AS lead_t, MIN(lead_ti) AS lead_ti,',
        '  MIN_BY(opp_t, opp_ti) AS opp_t, MIN(opp_ti) AS opp_ti,',
        '  MIN_BY(revenue, CASE WHEN revenue IS NOT NULL THEN row_no END) AS revenue,',
        '  CASE WHEN MIN(revenue) < MAX(revenue) THEN 1 ELSE 0 END AS revenue_conflict,',
        `  MAX(${day('t')}) AS last_d`,
        'FROM touch',
        'GROUP BY prospect',
      ].join('\n'),
    ],
    [
      'dated',
      [
        'SELECT',
        '  x.prospect AS prospect, x.campaign AS campaign, x.channel AS channel,',
        `  x.t AS t, x.ti AS ti, ${day('x.t')} AS d, x.row_no AS row_no,`,
        '  p.conv_t AS conv_t, p.lead_t AS lead_t, p.opp_t AS opp_t,',
        '  p.conv_ti AS conv_ti, p.lead_ti AS lead_ti, p.opp_ti AS opp_ti, p.revenue AS revenue,',
        '  p.revenue_conflict AS revenue_conflict, p.last_d AS last_d',
        'FROM touch AS x',
        'JOIN prospect_summary AS p ON p.prospect = x.prospect',
      ].join('\n'),
    ],
    [
      'classified',
      [
        'SELECT',
        '  *,',
        `  CASE WHEN conv_t IS NOT NULL AND NOT ${atOrBefore('conv_t')} THEN 1`,
        `       WHEN d < COALESCE(${day('conv_t')}, last_d) - ${window} THEN 2`,
        '       ELSE 0 END AS status',
        'FROM dated',
      ].join('\n'),
    ],
    [
      'kept',
      ['SELECT', '  *,', `  ${step} AS step`, 'FROM classified', 'WHERE status = 0'].join('\n'),
    ],
  ];
}

/**
 * The order of a prospect's kept touches: by instant (as memory and as Sheets dates mean; the wall
 * clock repeats an hour in autumn), then as the sheet's rows (then by name).
 */
const TOUCH_ORDER = ['ti', 'row_no', 'campaign', 'channel'];

function journeyCte(q: AggregateQuery, separator: string): [string, string] {
  const d = DIALECTS[q.dialect];
  const day = (micros: string) => `CAST(FLOOR(${micros} / ${MICROS_PER_DAY}) AS ${d.int})`;
  const atOrBefore = (moment: string) =>
    `(CASE WHEN MOD(${moment}, ${MICROS_PER_DAY}) <> 0 THEN ti <= ${instantOf(moment)} ELSE d <= ${day(moment)} END)`;
  // The last touch at or before the milestone, else the first. The touches at or before it are a
  // prefix of the journey (the order starts with the time, and days follow times), so its
  // position is their count less one: no numbering window needed.
  const milestone = (moment: string) =>
    `CASE WHEN MAX(${moment}) IS NULL THEN NULL ELSE GREATEST(SUM(CASE WHEN ${atOrBefore(moment)} THEN 1 ELSE 0 END) - 1, 0) END`;
  const sep = separator === DETAIL_SEPARATOR ? d.char(0x1f) : d.text(separator);
  // Same-day needs the last kept day before grouping: one window, only then.
  const from = q.sameDay
    ? '(SELECT *, MAX(d) OVER (PARTITION BY prospect) AS last_kept_d FROM kept) AS kept_days'
    : 'kept';
  return [
    'journey',
    [
      'SELECT',
      '  prospect,',
      `  ${d.orderedSteps('step', TOUCH_ORDER, sep)} AS path,`,
      '  MAX(CASE WHEN conv_t IS NULL THEN 0 ELSE 1 END) AS converted,',
      '  MAX(CASE WHEN conv_t IS NULL THEN 0 ELSE COALESCE(revenue, 0) END) AS value,',
      q.sameDay
        ? '  SUM(CASE WHEN d = last_kept_d THEN 1 ELSE 0 END) AS last_day_touches,'
        : '  1 AS last_day_touches,',
      `  ${milestone('lead_t')} AS lead_index,`,
      `  ${milestone('opp_t')} AS opportunity_index`,
      `FROM ${from}`,
      'GROUP BY prospect',
    ].join('\n'),
  ];
}

/** `WITH a AS (…), b AS (…) SELECT …` */
export function withCtes(ctes: ReadonlyArray<[string, string]>, select: string): string {
  const indent = (text: string) => text.replace(/^/gm, '  ');
  return `WITH\n${ctes.map(([name, body]) => `${name} AS (\n${indent(body)}\n)`).join(',\n')}\n${select}`;
}

/**
 * The path table. `detail` (for the embedded engine) keeps exact step names and adds what the
 * position models need: the size of the last-day group and the milestone positions. Without it,
 * the result is the paths format Cadence reads (path, total_conversions,
 * total_conversion_value, total_null), for BigQuery and the Sheets tab.
 */
export function pathTableSelect(
  q: AggregateQuery,
  detail: boolean,
): { ctes: Array<[string, string]>; select: string } {
  const extra = detail ? ', last_day_touches, lead_index, opportunity_index' : '';
  // The embedded engine reads its counts as doubles: a sum of integers is a 128-bit integer there,
  // which reaches JavaScript as a bigint, converted cell by cell.
  const float = DIALECTS[q.dialect].float;
  const count = (sum: string) => (detail ? `CAST(${sum} AS ${float})` : sum);
  const detailed = detail
    ? ['last_day_touches', 'lead_index', 'opportunity_index']
        .map((c) => `, CAST(${c} AS ${float}) AS ${c}`)
        .join('')
    : '';
  return {
    ctes: [...pipelineCtes(q), journeyCte(q, detail ? DETAIL_SEPARATOR : PATH_SEPARATOR)],
    select: [
      'SELECT',
      '  path,',
      `  ${count('SUM(converted)')} AS total_conversions,`,
      `  ${count('SUM(value)')} AS total_conversion_value,`,
      `  ${count('SUM(1 - converted)')} AS total_null${detailed}`,
      'FROM journey',
      `GROUP BY path${extra}`,
      `ORDER BY path${extra}`,
    ].join('\n'),
  };
}

export function pathTableSql(q: AggregateQuery, detail = false): string {
  const { ctes, select } = pathTableSelect(q, detail);
  return withCtes(ctes, select);
}

/**
 * Time decay, bucketed: per key and whole days before the conversion, the touches and the sum of
 * their normalised weights 2^(−days / half-life) / Σ (weights of the same conversion), for
 * conversions and for value. The credit of a key is the sum over its buckets.
 */
export function timeDecaySelect(q: AggregateQuery): string {
  const d = DIALECTS[q.dialect];
  const day = `CAST(FLOOR(conv_t / ${MICROS_PER_DAY}) AS ${d.int})`;
  return [
    'SELECT',
    '  step,',
    '  days_before,',
    '  COUNT(*) AS touches,',
    '  SUM(w / total_w) AS conversions,',
    '  SUM(value * (w / total_w)) AS value',
    'FROM (',
    '  SELECT step, days_before, value, w, SUM(w) OVER (PARTITION BY prospect) AS total_w',
    '  FROM (',
    `    SELECT step, prospect, ${day} - d AS days_before, COALESCE(revenue, 0) AS value,`,
    `      POW(2, -(${day} - d) / CAST(${q.halfLifeDays} AS ${d.float})) AS w`,
    '    FROM kept',
    '    WHERE conv_t IS NOT NULL',
    '  ) AS weighted',
    ') AS normalised',
    'GROUP BY step, days_before',
    'ORDER BY step, days_before',
  ].join('\n');
}

/** Touches read, and what the journey rules left out (the report says it plainly). */
export function countsSelect(): string {
  return [
    'SELECT',
    '  SUM(n) AS touches,',
    '  SUM(after_conversion) AS after_conversion,',
    '  SUM(outside_window) AS outside_window,',
    '  SUM(CASE WHEN converted = 1 AND kept = 0 THEN 1 ELSE 0 END) AS conversions_without_touches,',
    '  SUM(revenue_conflict) AS revenue_conflicts',
    'FROM (',
    '  SELECT prospect, COUNT(*) AS n,',
    '    SUM(CASE WHEN status = 1 THEN 1 ELSE 0 END) AS after_conversion,',
    '    SUM(CASE WHEN status = 2 THEN 1 ELSE 0 END) AS outside_window,',
    '    SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END) AS kept,',
    '    MAX(CASE WHEN conv_t IS NULL THEN 0 ELSE 1 END) AS converted,',
    '    MAX(revenue_conflict) AS revenue_conflict',
    '  FROM classified',
    '  GROUP BY prospect',
    ') AS per_prospect',
  ].join('\n');
}
