/**
 * The calendar actions behind the sidebar, the menu and the triggers, with their messages.
 * Sync runs under the document lock: a second sync (another user, or the daily trigger) waits up
 * to 10 s, then is told another action is running; it never interleaves with the first.
 */
import { toIcs } from '../../core/calendar/ics';
import { toIso } from '../../core/dates';
import { tc } from '../../core/i18n/calendar';
import { t } from '../../core/i18n/messages';
import type { Locale } from '../../core/types';
import type { CalendarPreview, CalendarSyncResult, IcsFile } from '../api';
import { preferredLocale } from '../locale';
import { BusyError, withDocumentLock } from '../lock';
import { rememberReviewSheet } from '../review-source';
import { calendarContext, type CalendarContext } from './context';
import { CalendarSync, type SyncOutcome } from './sync';

function failure(locale: Locale, error: unknown): string {
  if (error instanceof BusyError) return t(locale, 'error.busy');
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  return t(locale, 'error.generic', { message });
}

export function previewCalendar(): CalendarPreview {
  let locale = preferredLocale();
  try {
    const ctx = calendarContext(true);
    locale = ctx.locale;
    const p = new CalendarSync(ctx.request).preview();
    return {
      ok: true,
      message: tc(locale, 'preview.summary', {
        create: p.create,
        update: p.update,
        remove: p.remove,
        keep: p.keep,
      }),
      create: p.create,
      update: p.update,
      remove: p.remove,
      keep: p.keep,
      changes: p.changes.map((c) => ({ action: c.action, title: c.title, date: toIso(c.day) })),
    };
  } catch (error) {
    return {
      ok: false,
      message: failure(locale, error),
      create: 0,
      update: 0,
      remove: 0,
      keep: 0,
      changes: [],
    };
  }
}

/**
 * The result in words. A rate limit says progress is saved: the next sync (the user's, or the
 * daily run when the digest is on) resumes. No trigger is created for it: see triggers.ts.
 */
export function outcomeMessage(locale: Locale, o: SyncOutcome): string {
  if (o.kind === 'quota_refused') {
    return tc(locale, 'sync.quotaRefused', { creates: o.creates, left: o.left, limit: o.limit });
  }
  if (o.kind === 'daily_limit') return tc(locale, 'sync.dailyLimit', { remaining: o.remaining });
  if (o.kind === 'rate_limited') {
    const done = o.created + o.updated + o.deleted;
    return tc(locale, 'sync.rateLimited', { done, remaining: o.remaining });
  }
  if (o.created + o.updated + o.deleted === 0) return tc(locale, 'sync.upToDate', { keep: o.kept });
  return tc(locale, 'sync.done', { created: o.created, updated: o.updated, deleted: o.deleted });
}

/**
 * Runs a sync of an already-read context (under the lock held by the caller). `verify`: an
 * explicit Sync, which spends one Calendar search to recreate events deleted by hand.
 */
export function syncContext(ctx: CalendarContext, verify: boolean): CalendarSyncResult {
  const outcome = new CalendarSync(ctx.request).apply(verify);
  const counts =
    outcome.kind === 'quota_refused'
      ? { created: 0, updated: 0, deleted: 0 }
      : { created: outcome.created, updated: outcome.updated, deleted: outcome.deleted };
  return {
    ok: outcome.kind === 'done',
    message: outcomeMessage(ctx.locale, outcome),
    ...counts,
    remaining: outcome.remaining,
  };
}

export function applyCalendar(fromUi: boolean): CalendarSyncResult {
  let locale = preferredLocale();
  try {
    return withDocumentLock(() => {
      const ctx = calendarContext(fromUi);
      locale = ctx.locale;
      if (fromUi) rememberReviewSheet(ctx.source.sheet);
      return syncContext(ctx, fromUi);
    });
  } catch (error) {
    return {
      ok: false,
      message: failure(locale, error),
      created: 0,
      updated: 0,
      deleted: 0,
      remaining: 0,
    };
  }
}

export function icsFile(): IcsFile {
  const ctx = calendarContext(true);
  const name = ctx.source.sheet.getName();
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'review';
  return {
    filename: `cadence-${safe}.ics`,
    content: toIcs(ctx.desired, { now: new Date(), calendarName: `Cadence · ${name}` }),
  };
}
