import type { Clock } from './world';

/** 24 hours: "Quotas are per user and reset 24 hours after the first request". */
export const QUOTA_WINDOW_MS = 24 * 3_600_000;

/**
 * A daily quota as Google counts it (https://developers.google.com/apps-script/guides/services/quotas):
 * the window opens at the first request and the count resets 24 hours later — not at midnight.
 */
export class DailyQuota {
  private used = 0;
  private windowStart: number | null = null;

  constructor(
    private readonly clock: Clock,
    readonly limit: number,
  ) {}

  private settle(): void {
    const now = this.clock.nowMs();
    if (this.windowStart !== null && now >= this.windowStart + QUOTA_WINDOW_MS) {
      this.used = 0;
      this.windowStart = null;
    }
  }

  remaining(): number {
    this.settle();
    return this.limit - this.used;
  }

  /** When the current window resets, or null before the first request. */
  resetsAt(): Date | null {
    this.settle();
    return this.windowStart === null ? null : new Date(this.windowStart + QUOTA_WINDOW_MS);
  }

  /** Spends `n`, or throws `error` (spending nothing) when fewer than `n` remain. */
  take(n: number, error: string): void {
    this.settle();
    if (this.used + n > this.limit) throw new Error(error);
    this.windowStart ??= this.clock.nowMs();
    this.used += n;
  }
}

/** "Calendar events created": 5,000 / day for consumer accounts, 10,000 for Google Workspace. */
export const CALENDAR_CREATION_QUOTA = { consumer: 5_000, workspace: 10_000 } as const;

export type AccountKind = keyof typeof CALENDAR_CREATION_QUOTA;

/** gmail.com addresses are consumer accounts; any other domain is taken as Google Workspace. */
export function accountOf(email: string): AccountKind {
  return /@(gmail|googlemail)\.com$/i.test(email) ? 'consumer' : 'workspace';
}
