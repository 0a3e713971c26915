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
