/**
 * The per-lead facts the aggregate path table cannot carry (it holds paths, not prospects), in
 * SQL on the same journey rules (`queries.ts`' pipeline), so a database gives the same readiness
 * block and last touch per lead as memory (`../readiness.ts`, `../last-touch-per-lead.ts`,
 * `../touch-facts.ts`):
 * - the readiness summary, one row: converted prospects, those with a touch after their
 *   conversion or cut by the window, credited conversions whose last day holds several channels
 *   (campaigns without a Channel column), duplicate touches (same prospect, campaign and instant),
 *   touches, and the first and last day of any touch or conversion;
 * - the last touch per converted lead: its last counted campaign and channel, that touch's day and
 *   the other campaigns of that day (ties, ordered by their last touch), most recent conversions
 *   first, capped as the JSON contract caps it.
 * Written once in the subset DuckDB and BigQuery share; the differences stay in `dialect.ts`.
 */
import { type DayNumber, toIso } from '../../dates';
import { byRecentConversion, LAST_TOUCH_CAP, type LeadLastTouch } from '../last-touch-per-lead';
import type { PerLeadFacts } from '../report';
import { DIALECTS } from './dialect';
import { type AggregateQuery, DETAIL_SEPARATOR, pipelineCtes, withCtes } from './queries';

const MICROS_PER_DAY = '86400000000';

/**
 * Where the journey steps (`touch`, `classified`, `kept`) come from: written into the query
 * (`inline`, a warehouse runs one self-contained text), or the working tables an engine already
 * built for the path table of the same query (`stored`: the pipeline is not run twice).
 */
export type PipelineSource = 'inline' | 'stored';

const pipeline = (q: AggregateQuery, from: PipelineSource): Array<[string, string]> =>
  from === 'inline' ? pipelineCtes(q) : [];

function dayOf(q: AggregateQuery, micros: string): string {
  return `CAST(FLOOR(${micros} / ${MICROS_PER_DAY}) AS ${DIALECTS[q.dialect].int})`;
}

/** Converted prospects: their conversion day, and whether a touch fell after it or out of the window. */
function convertedCte(q: AggregateQuery): [string, string] {
  return [
    'lead_conversion',
    [
      'SELECT',
      '  prospect,',
      `  MIN(${dayOf(q, 'conv_t')}) AS conv_d,`,
      '  MAX(CASE WHEN status = 1 THEN 1 ELSE 0 END) AS touched_after,',
      '  MAX(CASE WHEN status = 2 THEN 1 ELSE 0 END) AS cut',
      'FROM classified',
      'WHERE conv_t IS NOT NULL',
      'GROUP BY prospect',
    ].join('\n'),
  ];
}

/** The readiness summary: one row (see `LeadSummaryRow`). */
export function leadSummarySql(q: AggregateQuery, from: PipelineSource = 'inline'): string {
  const hasChannel = q.source.kind === 'ga4' || q.source.columns.channel;
  const mixKey = hasChannel ? 'channel' : 'campaign';
  const ctes: Array<[string, string]> = [
    ...pipeline(q, from),
    convertedCte(q),
    [
      'last_day_mix',
      [
        'SELECT k.prospect AS prospect,',
        `  CASE WHEN COUNT(DISTINCT k.${mixKey}) > 1 THEN 1 ELSE 0 END AS mixed`,
        'FROM kept AS k',
        'JOIN (SELECT prospect, MAX(d) AS last_kept_d FROM kept GROUP BY prospect) AS m',
        '  ON m.prospect = k.prospect',
        'WHERE k.conv_t IS NOT NULL AND k.d = m.last_kept_d',
        'GROUP BY k.prospect',
      ].join('\n'),
    ],
    [
      'duplicate_groups',
      'SELECT COUNT(*) - 1 AS extra\nFROM touch\nGROUP BY prospect, campaign, ti',
    ],
    [
      'moments',
      'SELECT d AS dn FROM classified\nUNION ALL\nSELECT conv_d AS dn FROM lead_conversion',
    ],
  ];
  const select = [
    'SELECT c.conversions, c.touched_after, c.cut, m.mixed, g.duplicates, n.touches,',
    '  s.first_d, s.last_d',
    'FROM (',
    '  SELECT COUNT(*) AS conversions,',
    '    COALESCE(SUM(touched_after), 0) AS touched_after, COALESCE(SUM(cut), 0) AS cut',
    '  FROM lead_conversion',
    ') AS c',
    'CROSS JOIN (SELECT COALESCE(SUM(mixed), 0) AS mixed FROM last_day_mix) AS m',
    'CROSS JOIN (SELECT COALESCE(SUM(extra), 0) AS duplicates FROM duplicate_groups) AS g',
    'CROSS JOIN (SELECT COUNT(*) AS touches FROM touch) AS n',
    'CROSS JOIN (SELECT MIN(dn) AS first_d, MAX(dn) AS last_d FROM moments) AS s',
  ].join('\n');
  return withCtes(ctes, select);
}

/** The last touch of each converted lead, most recent conversions first, at most `cap` rows. */
export function lastTouchSql(
  q: AggregateQuery,
  cap = LAST_TOUCH_CAP,
  from: PipelineSource = 'inline',
): string {
  const d = DIALECTS[q.dialect];
  const separator = d.char(DETAIL_SEPARATOR.charCodeAt(0));
  const ctes: Array<[string, string]> = [
    ...pipeline(q, from),
    convertedCte(q),
    [
      // The journey's order (queries.ts' TOUCH_ORDER) as a position, for converted leads only:
      // the path table needs no position, so the pipeline no longer numbers its touches.
      'positioned',
      [
        'SELECT prospect, campaign, channel, d,',
        '  ROW_NUMBER() OVER (PARTITION BY prospect ORDER BY ti, row_no, campaign, channel) AS pos',
        'FROM kept',
        'WHERE conv_t IS NOT NULL',
      ].join('\n'),
    ],
    [
      'ranked',
      [
        'SELECT prospect, campaign, channel, d,',
        '  ROW_NUMBER() OVER (PARTITION BY prospect ORDER BY pos DESC) AS k',
        'FROM positioned',
      ].join('\n'),
    ],
    ['last_touch', 'SELECT prospect, campaign, channel, d\nFROM ranked\nWHERE k = 1'],
    [
      'tie',
      [
        'SELECT x.prospect AS prospect, x.campaign AS campaign, MAX(x.pos) AS pos',
        'FROM positioned AS x',
        'JOIN last_touch AS l ON l.prospect = x.prospect',
        'WHERE x.d = l.d AND x.campaign <> l.campaign',
        'GROUP BY x.prospect, x.campaign',
      ].join('\n'),
    ],
    [
      'ties',
      `SELECT prospect, ${d.orderedSteps('campaign', ['pos'], separator)} AS names\nFROM tie\nGROUP BY prospect`,
    ],
  ];
  const select = [
    'SELECT c.prospect AS prospect, c.conv_d AS converted_d, l.campaign AS campaign,',
    '  l.channel AS channel, l.d AS last_d, s.names AS ties',
    'FROM lead_conversion AS c',
    'LEFT JOIN last_touch AS l ON l.prospect = c.prospect',
    'LEFT JOIN ties AS s ON s.prospect = c.prospect',
    'ORDER BY converted_d DESC, prospect',
    `LIMIT ${Math.max(0, Math.floor(cap))}`,
  ].join('\n');
  return withCtes(ctes, select);
}

/** The row of `leadSummarySql`. */
export interface LeadSummaryRow {
  readonly conversions: number;
  readonly touched_after: number;
  readonly cut: number;
  readonly mixed: number;
  readonly duplicates: number;
  readonly touches: number;
  readonly first_d: number | null;
  readonly last_d: number | null;
}

/** A row of `lastTouchSql`. */
export interface LastTouchRow {
  readonly prospect: string;
  readonly converted_d: number;
  readonly campaign: string | null;
  readonly channel: string | null;
  readonly last_d: number | null;
  /** The tied campaigns joined by DETAIL_SEPARATOR; null when none. */
  readonly ties: string | null;
}

/** The rows of both queries → what the report reads in place of the journeys' touch facts. */
export function perLeadFacts(
  summary: LeadSummaryRow,
  lastTouches: readonly LastTouchRow[],
  hasChannel: boolean,
): PerLeadFacts {
  const rows = lastTouches
    .map((row) => ({ row, day: row.converted_d, prospect: row.prospect }))
    .sort(byRecentConversion)
    .map(({ row }): LeadLastTouch => {
      const touched = row.campaign !== null && row.last_d !== null;
      return {
        prospect: row.prospect,
        convertedAt: toIso(row.converted_d as DayNumber),
        campaign: touched ? row.campaign : null,
        channel: touched && hasChannel ? row.channel : null,
        daysBefore: touched && row.last_d !== null ? row.converted_d - row.last_d : null,
        ties: touched && row.ties !== null ? row.ties.split(DETAIL_SEPARATOR) : [],
      };
    });
  return {
    readiness: {
      conversions: summary.conversions,
      sameDayMultiChannel: summary.mixed,
      conversionsCutByWindow: summary.cut,
      prospectsTouchedAfterConversion: summary.touched_after,
      duplicateTouches: summary.duplicates,
      touches: summary.touches,
      firstDay: summary.first_d as DayNumber | null,
      lastDay: summary.last_d as DayNumber | null,
    },
    lastTouch: { rows, total: summary.conversions },
  };
}
