/**
 * The aggregate SQL builder: the BigQuery text parses as BigQuery (node-sql-parser, database
 * "BigQuery") for every setting and both sources; the dialect table quotes as each engine does;
 * the aggregate rows become the journeys the exact models read. (DuckDB running the same text
 * against the in-memory engine: tests/local/duckdb-engine.test.ts and duckdb-ga4.test.ts.)
 */
import { Parser } from 'node-sql-parser';
import { englishNotes } from '../support/influence';
import { bigQueryQuery } from '../support/sql';
import { DEFAULT_SETTINGS, reportOn } from '../../src/core/attribution';
import {
  aggregateJourneys,
  DETAIL_SEPARATOR,
  DIALECTS,
  pathTableSql,
  timeDecaySelect,
  countsSelect,
  describeWarehouseProblem,
  warehouseSql,
  type AggregateQuery,
  type TouchSource,
} from '../../src/core/attribution/sql';

const parser = new Parser();
const touchTable: TouchSource = {
  kind: 'touch-table',
  table: 'my-project.crm.touches',
  columns: { channel: true, revenue: true, lead: true, opportunity: false, rowNumber: false },
};
const ga4: TouchSource = {
  kind: 'ga4',
  dataset: 'my-project.analytics_123456',
  keyEvent: 'purchase',
};

const query = (over: Partial<AggregateQuery>): AggregateQuery =>
  bigQueryQuery(over.source ?? touchTable, over);

describe('BigQuery text', () => {
  const cases: Array<[string, Partial<AggregateQuery>]> = [];
  for (const source of [touchTable, ga4])
    for (const by of ['campaign', 'channel'] as const)
      for (const sameDay of [true, false])
        for (const windowDays of [0, 30, 1.5])
          cases.push([
            `${source.kind} by ${by}, same-day ${sameDay}, ${windowDays} days`,
            { source, by, sameDay, windowDays },
          ]);

  test.each(cases)('parses as BigQuery: %s', (_label, over) => {
    const sql = pathTableSql(query(over));
    expect(() => parser.astify(sql, { database: 'BigQuery' })).not.toThrow();
    expect(() =>
      parser.astify(pathTableSql(query(over), true), { database: 'BigQuery' }),
    ).not.toThrow();
  });

  test('the paths query returns the paths format Cadence reads, steps joined by " > "', () => {
    const sql = pathTableSql(query({}));
    expect(sql).toMatch(/SUM\(converted\) AS total_conversions/);
    expect(sql).toMatch(/SUM\(value\) AS total_conversion_value/);
    expect(sql).toMatch(/SUM\(1 - converted\) AS total_null\nFROM journey/);
    expect(sql).toContain("ORDER BY s.o0, s.o1, s.o2, s.o3), ' > ')");
    expect(sql).toContain('FROM `my-project.crm.touches`');
    // A BigQuery TIMESTAMP is an instant: seen on the report's wall clock.
    expect(sql).toContain("UNIX_MICROS(TIMESTAMP(DATETIME(touched_at, 'Europe/Paris')))");
  });

  test('the GA4 variant reads events_* with nested event_params and the key event', () => {
    const sql = pathTableSql(query({ source: ga4 }));
    expect(sql).toContain('FROM `my-project.analytics_123456.events_*`');
    expect(sql).toContain(
      "(SELECT p.value.string_value FROM UNNEST(event_params) AS p WHERE p.key = 'source')",
    );
    expect(sql).toContain("WHERE event_name = 'purchase'");
    expect(sql).toContain("'(direct)'");
  });

  test('time decay and the counts parse too', () => {
    const ctes = 'WITH kept AS (SELECT 1 AS x), classified AS (SELECT 1 AS x) ';
    expect(() =>
      parser.astify(ctes + timeDecaySelect(query({})), { database: 'BigQuery' }),
    ).not.toThrow();
    expect(() => parser.astify(ctes + countsSelect(), { database: 'BigQuery' })).not.toThrow();
    expect(timeDecaySelect(query({ halfLifeDays: 3.5 }))).toContain('CAST(3.5 AS FLOAT64)');
  });
});

describe('the dialect table', () => {
  test('string literals: doubled quote for DuckDB, backslash for BigQuery', () => {
    expect(DIALECTS.duckdb.text("l'été")).toBe("'l''été'");
    expect(DIALECTS.bigquery.text("l'été \\")).toBe("'l\\'été \\\\'");
  });

  test('DuckDB keeps its own forms: steps graded by time and row, epoch_us, list UNNEST', () => {
    const sql = pathTableSql(
      query({ dialect: 'duckdb', source: { ...touchTable, table: 'touches' } }),
    );
    expect(sql).toContain('list_select(list(step), list_grade_up(list(CAST(ti AS HUGEINT)');
    expect(sql).toContain('epoch_us(touched_at)');
    expect(sql).toContain('CAST(FLOOR(');
    expect(sql).toContain('AS BIGINT)');
    const detailed = pathTableSql(query({ dialect: 'duckdb' }), true);
    expect(detailed).toContain('chr(31)');
    const ga = pathTableSql(
      query({ dialect: 'duckdb', source: { ...ga4, dataset: '/x/events_*.parquet' } }),
    );
    expect(ga).toContain("read_parquet('/x/events_*.parquet')");
    expect(ga).toContain('UNNEST(event_params) AS u(p)');
    expect(ga).toContain(
      "timezone('Europe/Paris', timezone('UTC', make_timestamp(event_timestamp)))",
    );
  });

  test('a missing optional column reads as NULL, and no row order means name order', () => {
    const sql = pathTableSql(
      query({
        source: {
          ...touchTable,
          columns: {
            channel: false,
            revenue: false,
            lead: false,
            opportunity: false,
            rowNumber: false,
          },
        },
      }),
    );
    expect(sql).toContain("'(not set)' AS channel");
    expect(sql).toContain('CAST(NULL AS FLOAT64) AS revenue');
    expect(sql).toContain('CAST(0 AS INT64) AS row_no');
  });
});

describe('aggregate rows → journeys', () => {
  // Two prospects took Webinar > Email > Search, the last two on the same day, one converting
  // for 100 after creating the lead on Email; one prospect saw Search alone and left.
  const { journeys, timeDecay } = aggregateJourneys(
    {
      paths: [
        {
          path: ['Webinar', 'Email', 'Search'].join(DETAIL_SEPARATOR),
          total_conversions: 1,
          total_conversion_value: 100,
          total_null: 1,
          last_day_touches: 2,
          lead_index: 1,
          opportunity_index: null,
        },
        {
          path: 'Search',
          total_conversions: 0,
          total_conversion_value: 0,
          total_null: 1,
          last_day_touches: 1,
          lead_index: null,
          opportunity_index: null,
        },
      ],
      timeDecay: [
        { step: 'Webinar', days_before: 14, touches: 1, conversions: 0.2, value: 20 },
        { step: 'Email', days_before: 0, touches: 1, conversions: 0.4, value: 40 },
        { step: 'Search', days_before: 0, touches: 1, conversions: 0.4, value: 40 },
      ],
      counts: {
        touches: 7,
        after_conversion: 2,
        outside_window: 1,
        conversions_without_touches: 0,
        revenue_conflicts: 0,
      },
    },
    { channel: true, revenue: true, lead: true, opportunity: false },
  );

  test('a path row is its converting and its non-converting journeys, weighted', () => {
    expect(journeys.journeys.map((j) => [j.converted, j.weight, j.value])).toEqual([
      [true, 1, 100],
      [false, 1, 0],
      [false, 1, 0],
    ]);
    // Only the last two steps share a day: that is all same-day handling reads.
    expect(Array.from(journeys.journeys[0].days ?? [])).toEqual([0, 1, 1]);
    expect(journeys.journeys[0].leadIndex).toBe(1);
  });

  test('the models run on them: same-day shares the last touch, time decay comes from the buckets', () => {
    const report = reportOn(
      journeys,
      // The defaults (by campaign, 90-day window, 7-day half-life, same day on), no bootstrap.
      { ...DEFAULT_SETTINGS, replicates: 0 },
      [],
      { time_decay: timeDecay },
    );
    expect(report.models.last_touch).toEqual({ Email: 0.5, Search: 0.5, Webinar: 0 });
    expect(report.models.time_decay).toEqual({ Email: 0.4, Search: 0.4, Webinar: 0.2 });
    expect(report.revenue.time_decay).toEqual({ Email: 40, Search: 40, Webinar: 20 });
    expect(report.conversionRate).toBeCloseTo(1 / 3, 12);
    expect(englishNotes(report)).toContain('2 touches after conversion ignored');
    expect(englishNotes(report)).toContain(
      '1 touch older than the 90-day influence window ignored',
    );
  });
});

describe('the warehouse query a user copies', () => {
  const request = {
    dialect: 'bigquery' as const,
    by: 'channel' as const,
    windowDays: 30,
    timeZone: 'UTC',
  };

  test('headed by what it reads and the three steps, in French too', () => {
    const result = warehouseSql({ ...request, ga4: 'acme.analytics_1', keyEvent: 'sign_up' }, 'fr');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.steps).toHaveLength(3);
    expect(result.sql).toMatch(/^-- Influence Cadence : la table des parcours, pour BigQuery\n/);
    expect(result.sql).toContain('le premier événement « sign_up »');
    expect(result.sql).toContain('-- 2. Enregistrez le résultat dans un onglet nommé « Paths »');
    expect(() => parser.astify(result.sql, { database: 'BigQuery' })).not.toThrow();
  });

  test.each([
    [{}, '--sql needs --table project.dataset.table or --ga4 project.dataset'],
    [{ table: 'a.b.c; DROP' }, '--table: "a.b.c; DROP" is not a BigQuery table name'],
    [{ ga4: 'a.b.c' }, '--ga4: "a.b.c" is not a BigQuery table name'],
    [{ ga4: 'a.b' }, '--ga4 needs --key-event NAME'],
    [{ ga4: 'a.b', keyEvent: "x'y" }, `--key-event: "x'y" is not a GA4 event name`],
  ])('refused with one sentence: %j', (over, message) => {
    const result = warehouseSql({ ...request, ...over }, 'en');
    expect(result.ok ? '' : describeWarehouseProblem('en', result.problem)).toContain(message);
  });
});
