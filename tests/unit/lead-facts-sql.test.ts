/**
 * The per-lead facts SQL (readiness summary, last touch per lead): the BigQuery text parses as
 * BigQuery (node-sql-parser, database "BigQuery") for a touch table with and without channels and
 * for GA4; the rows become the readiness facts and the last-touch rows of memory's shape, most
 * recent conversions first. DuckDB running the same text equals memory on the example and on 200
 * seeded random tables: tests/local/duckdb-engine.test.ts.
 */
import { Parser } from 'node-sql-parser';
import { bigQueryQuery } from '../support/sql';
import {
  DETAIL_SEPARATOR,
  lastTouchSql,
  leadSummarySql,
  perLeadFacts,
  type AggregateQuery,
  type TouchSource,
} from '../../src/core/attribution/sql';

const parser = new Parser();
const table = (channel: boolean): TouchSource => ({
  kind: 'touch-table',
  table: 'my-project.crm.touches',
  columns: { channel, revenue: false, lead: false, opportunity: false, rowNumber: false },
});
const ga4: TouchSource = { kind: 'ga4', dataset: 'my-project.analytics_1', keyEvent: 'purchase' };

const query = (source: TouchSource): AggregateQuery => bigQueryQuery(source);

test.each([
  ['a touch table with channels', table(true)],
  ['a touch table without channels', table(false)],
  ['GA4', ga4],
])('parses as BigQuery: %s', (_label, source) => {
  for (const sql of [leadSummarySql(query(source)), lastTouchSql(query(source))])
    expect(() => parser.astify(sql, { database: 'BigQuery' })).not.toThrow();
});

test('the last day is mixed on channels when the table has them, else on campaigns', () => {
  expect(leadSummarySql(query(table(true)))).toContain('COUNT(DISTINCT k.channel) > 1');
  expect(leadSummarySql(query(table(false)))).toContain('COUNT(DISTINCT k.campaign) > 1');
  expect(lastTouchSql(query(table(true)), 25)).toMatch(/LIMIT 25$/);
});

test('on stored working tables, the journey pipeline is read, not written again', () => {
  // The engine built touch / classified / kept for the path table of the same query.
  for (const sql of [
    leadSummarySql(query(table(true)), 'stored'),
    lastTouchSql(query(table(true)), 25, 'stored'),
  ]) {
    expect(sql).not.toMatch(/\b(touch|prospect_summary|dated|classified|kept) AS \(/);
    expect(sql).toMatch(/FROM (classified|kept)\b/);
  }
  expect(leadSummarySql(query(table(true)))).toMatch(/\bclassified AS \(/);
});

test('rows → facts: most recent first, ties split, no touch left gives no campaign', () => {
  // Day 20454 is 2026-01-01.
  const facts = perLeadFacts(
    {
      conversions: 3,
      touched_after: 1,
      cut: 0,
      mixed: 1,
      duplicates: 2,
      touches: 9,
      first_d: 20440,
      last_d: 20456,
    },
    [
      {
        prospect: 'b',
        converted_d: 20454,
        campaign: null,
        channel: null,
        last_d: null,
        ties: null,
      },
      {
        prospect: 'a',
        converted_d: 20454,
        campaign: 'Webinar',
        channel: 'Events',
        last_d: 20452,
        ties: `Email${DETAIL_SEPARATOR}Salon`,
      },
      {
        prospect: 'c',
        converted_d: 20456,
        campaign: 'Email',
        channel: 'Email',
        last_d: 20456,
        ties: null,
      },
    ],
    true,
  );
  expect(facts.lastTouch.total).toBe(3);
  expect(facts.lastTouch.rows).toEqual([
    {
      prospect: 'c',
      convertedAt: '2026-01-03',
      campaign: 'Email',
      channel: 'Email',
      daysBefore: 0,
      ties: [],
    },
    {
      prospect: 'a',
      convertedAt: '2026-01-01',
      campaign: 'Webinar',
      channel: 'Events',
      daysBefore: 2,
      ties: ['Email', 'Salon'],
    },
    {
      prospect: 'b',
      convertedAt: '2026-01-01',
      campaign: null,
      channel: null,
      daysBefore: null,
      ties: [],
    },
  ]);
  expect(facts.readiness).toEqual({
    conversions: 3,
    sameDayMultiChannel: 1,
    conversionsCutByWindow: 0,
    prospectsTouchedAfterConversion: 1,
    duplicateTouches: 2,
    touches: 9,
    firstDay: 20440,
    lastDay: 20456,
  });
});
