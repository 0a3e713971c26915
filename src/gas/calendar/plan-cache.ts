/**
 * The sync plan of a pending continuation, in the user's cache: a continuation that Google runs
 * without its document (no active spreadsheet, and opening it by id would need the full
 * `spreadsheets` scope) can still write the events. The cache keeps values up to 100 KB for at
 * most 6 hours (CacheService reference); the plan is cut into pieces of 25,000 characters (at most
 * 100 KB in UTF-8) and written with one putAll. A plan the cache has dropped is not an error: the
 * continuation then waits for the next run that has the document (the user's Sync, the digest).
 */
import type { PlannedEvent } from '../../core/calendar/event';
import type { SyncRequest } from './sync';

const PIECE = 25_000;
const TTL_SECONDS = 21_600;

function prefix(scope: { spreadsheetId: string; sheetId: string }): string {
  return `cadence.plan.${scope.spreadsheetId}.s${scope.sheetId}.`;
}

export function cachePlan(request: SyncRequest): void {
  const text = JSON.stringify(request);
  const pieces: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < text.length; i += PIECE)
    pieces[`${prefix(request)}${n++}`] = text.slice(i, i + PIECE);
  pieces[`${prefix(request)}n`] = String(n);
  CacheService.getUserCache().putAll(pieces, TTL_SECONDS);
}

function isRequest(v: unknown): v is SyncRequest {
  const r = v as Partial<SyncRequest> | null;
  return (
    r !== null &&
    typeof r === 'object' &&
    typeof r.spreadsheetId === 'string' &&
    typeof r.sheetId === 'string' &&
    Array.isArray(r.desired) &&
    r.desired.every(
      (e: Partial<PlannedEvent>) => typeof e.key === 'string' && typeof e.day === 'number',
    )
  );
}

export function loadPlan(scope: { spreadsheetId: string; sheetId: string }): SyncRequest | null {
  const cache = CacheService.getUserCache();
  const count = Number(cache.get(`${prefix(scope)}n`));
  if (!Number.isInteger(count) || count < 1) return null;
  const keys = Array.from({ length: count }, (_, i) => `${prefix(scope)}${i}`);
  const got = cache.getAll(keys);
  if (keys.some((k) => typeof got[k] !== 'string')) return null;
  try {
    const parsed: unknown = JSON.parse(keys.map((k) => got[k]).join(''));
    return isRequest(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function dropPlan(scope: { spreadsheetId: string; sheetId: string }): void {
  const cache = CacheService.getUserCache();
  const count = Number(cache.get(`${prefix(scope)}n`));
  const keys = [`${prefix(scope)}n`];
  if (Number.isInteger(count)) for (let i = 0; i < count; i++) keys.push(`${prefix(scope)}${i}`);
  cache.removeAll(keys);
}
