/**
 * Calendar's daily creation quota: 5,000 events a day on consumer accounts, 10,000 on Google
 * Workspace (Apps Script quotas page). A plan that would go past what is left today is refused
 * whole, before any write, rather than stopping half-way through the day's last creations.
 */
export const CONSUMER_DAILY_CREATES = 5000;
export const WORKSPACE_DAILY_CREATES = 10000;

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The limit for an account, from its address. Only Workspace accounts have their own domain; an
 * unknown address (Apps Script may hide it) or a Gmail one gets the lower consumer limit. A
 * consumer account registered with another domain's address is over-estimated; Calendar's own
 * quota error then stops the sync like a rate limit, with progress saved.
 */
export function dailyCreateLimit(email: string | null): number {
  const domain = email?.split('@')[1]?.toLowerCase().trim();
  if (!domain) return CONSUMER_DAILY_CREATES;
  return CONSUMER_DOMAINS.has(domain) ? CONSUMER_DAILY_CREATES : WORKSPACE_DAILY_CREATES;
}

export interface QuotaCheck {
  readonly ok: boolean;
  readonly left: number;
  readonly limit: number;
}

export function checkCreateQuota(creates: number, usedToday: number, limit: number): QuotaCheck {
  const left = Math.max(0, limit - usedToday);
  return { ok: creates <= left, left, limit };
}

/**
 * Calendar's quota errors, as Apps Script words them, and what each means for the user:
 * - rate_limited: "You have been creating or deleting too many calendars or calendar events in a
 *   short time. Please try again later." — a short burst limit: minutes;
 * - daily_limit: "Service invoked too many times for one day: calendar." (Apps Script quotas page,
 *   https://developers.google.com/apps-script/guides/services/quotas): the 24-hour quota;
 * - usage_limit: "Calendar usage limits exceeded." — Calendar's anti-spam limits, mostly on
 *   invitations to outside guests; the calendar stays read-only "for several hours"
 *   (https://support.google.com/a/answer/2905486).
 * Anything else is not a quota error (null) and is reported as a failure.
 */
export type CalendarQuotaError = 'rate_limited' | 'daily_limit' | 'usage_limit';

export function classifyCalendarError(message: string): CalendarQuotaError | null {
  if (/usage limits? exceeded/i.test(message)) return 'usage_limit';
  if (/for one day|daily|per day/i.test(message)) return 'daily_limit';
  if (/too many|rate limit|try again later/i.test(message)) return 'rate_limited';
  return null;
}

/**
 * Calendar's creation quota runs over 24 hours from the first request, not from midnight
 * (Apps Script quotas page: "Quotas are set at different levels … and reset 24 hours after the
 * first request"). The ledger remembers when that window opened and how many creations it holds.
 */
export interface CreateLedger {
  /** Epoch ms of the first creation of the current 24-hour window. */
  readonly since: number;
  readonly n: number;
}

export const QUOTA_WINDOW_MS = 24 * 3_600_000;

/** Creations that still count at `nowMs`. */
export function ledgerUsed(ledger: CreateLedger | null, nowMs: number): number {
  if (ledger === null || nowMs - ledger.since >= QUOTA_WINDOW_MS) return 0;
  return ledger.n;
}

/** The ledger after `count` more creations at `nowMs` (a new window opens after 24 hours). */
export function ledgerAdd(ledger: CreateLedger | null, nowMs: number, count: number): CreateLedger {
  if (ledger === null || nowMs - ledger.since >= QUOTA_WINDOW_MS) return { since: nowMs, n: count };
  return { since: ledger.since, n: ledger.n + count };
}

/** When the quota frees up again (epoch ms), or null when nothing is counted. */
export function ledgerResetsAt(ledger: CreateLedger | null, nowMs: number): number | null {
  if (ledger === null || nowMs - ledger.since >= QUOTA_WINDOW_MS) return null;
  return ledger.since + QUOTA_WINDOW_MS;
}

/** Reads a stored ledger; damaged text counts as none. */
export function parseLedger(raw: string | null): CreateLedger | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as { since?: unknown; n?: unknown };
    if (typeof v.since === 'number' && typeof v.n === 'number' && v.n >= 0) {
      return { since: v.since, n: v.n };
    }
  } catch {
    return null;
  }
  return null;
}
