/**
 * The per-lead facts query of core (`sql/lead-facts.ts`) run on the loaded touches: the readiness
 * block and the last touch per lead that the aggregate path table cannot carry. It reads the
 * working tables `runAggregates` built for the same query (the journey pipeline is not run again),
 * so it runs after it.
 */
import { LAST_TOUCH_CAP } from '../../core/attribution/last-touch-per-lead';
import type { PerLeadFacts } from '../../core/attribution';
import {
  type AggregateQuery,
  type LastTouchRow,
  lastTouchSql,
  leadSummarySql,
  perLeadFacts,
} from '../../core/attribution/sql';
import { toNumber, toNumberOrNull } from './load';
import type { DuckDBConnection } from '@duckdb/node-api';

async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
}

const textOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

export async function runLeadFacts(
  connection: DuckDBConnection,
  query: AggregateQuery,
  hasChannel: boolean,
): Promise<PerLeadFacts> {
  const [s] = await rows(connection, leadSummarySql(query, 'stored'));
  const lastTouches = (await rows(connection, lastTouchSql(query, LAST_TOUCH_CAP, 'stored'))).map((r): LastTouchRow => ({
    prospect: String(r.prospect),
    converted_d: toNumber(r.converted_d),
    campaign: textOrNull(r.campaign),
    channel: textOrNull(r.channel),
    last_d: toNumberOrNull(r.last_d),
    ties: textOrNull(r.ties),
  }));
  return perLeadFacts(
    {
      conversions: toNumber(s.conversions),
      touched_after: toNumber(s.touched_after),
      cut: toNumber(s.cut),
      mixed: toNumber(s.mixed),
      duplicates: toNumber(s.duplicates),
      touches: toNumber(s.touches),
      first_d: toNumberOrNull(s.first_d),
      last_d: toNumberOrNull(s.last_d),
    },
    lastTouches,
    hasChannel,
  );
}
