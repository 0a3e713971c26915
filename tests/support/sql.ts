/** The aggregate query the BigQuery-text tests start from: Paris time, a 90-day window, same day on. */
import type { AggregateQuery, TouchSource } from '../../src/core/attribution/sql';

export const bigQueryQuery = (
  source: TouchSource,
  over: Partial<AggregateQuery> = {},
): AggregateQuery => ({
  source,
  dialect: 'bigquery',
  by: 'campaign',
  windowDays: 90,
  halfLifeDays: 7,
  sameDay: true,
  timeZone: 'Europe/Paris',
  ...over,
});
