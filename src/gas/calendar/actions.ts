/**
 * The calendar actions behind the sidebar, the menu and the triggers, with their messages.
 * Sync runs under the document lock: a second sync (another user, or the daily trigger) waits up
 * to 10 s, then is told another action is running; it never interleaves with the first.
 * Before touching Calendar, the user's grant of the Calendar scope is checked: a declined scope
 * is a sentence and a "Grant access" link, never Google's raw authorization error.
 */
import { toIcs } from '../../core/calendar/ics';
import { mappingOwner, mappingsToPrune } from '../../core/calendar/keys';
import { toIso } from '../../core/dates';
import { tc } from '../../core/i18n/calendar';
import { tl } from '../../core/i18n/limits';
import { t } from '../../core/i18n/messages';
import type { Locale } from '../../core/types';
import type { CalendarPreview, CalendarSyncResult, IcsFile } from '../api';
import { preferredLocale } from '../locale';
import { BusyError, withDocumentLock } from '../lock';
import { rememberReviewSheet } from '../review-source';
import { missingAuthorization } from './authorization';
import { calendarContext, type CalendarContext } from './context';
import { syncWithContinuation } from './continuation';
import { StoreFullError } from './mapping-store';
import { CalendarSync, type SyncOutcome } from './sync';

function failure(locale: Locale, error: unknown): string {
  if (error instanceof BusyError) return t(locale, 'error.busy');
  if (error instanceof StoreFullError) return tl(locale, 'sync.storeFull', { used: error.usedKb });
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  // Google's own words for the 500 KB property store (Properties reference).
  if (/property storage quota/i.test(message)) return tl(locale, 'sync.storeQuota');
  return t(locale, 'error.generic', { message });
}

/** When the 24-hour creation window frees up, in the user's words (their time zone). */
function when(locale: Locale, epochMs: number | null, timeZone: string): string {
  if (epochMs === null) return locale === 'fr' ? 'demain' : 'tomorrow';
  const pattern = locale === 'fr' ? 'dd/MM/yyyy HH:mm' : 'yyyy-MM-dd HH:mm';
  return Utilities.formatDate(new Date(epochMs), timeZone, pattern);
}

export function previewCalendar(): CalendarPreview {
  let locale = preferredLocale();
  const empty = { create: 0, update: 0, remove: 0, keep: 0, changes: [] };
  try {
    const auth = missingAuthorization(locale, ['calendar']);
    if (auth !== null) {
      return {
        ok: false,
        message: auth.message,
        authorizationUrl: auth.url ?? undefined,
        ...empty,
      };
    }
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
    return { ok: false, message: failure(locale, error), ...empty };
  }
}

/** The result in words, each stop saying when the sync goes on. */
export function outcomeMessage(
  locale: Locale,
  o: SyncOutcome,
  options: { readonly continuing: boolean; readonly timeZone: string },
): string {
  if (o.kind === 'quota_refused') {
    return tl(locale, 'sync.quotaRefused', {
      creates: o.creates,
      left: o.left,
      limit: o.limit,
      when: when(locale, o.resetsAt, options.timeZone),
    });
  }
  const done = o.created + o.updated + o.deleted;
  switch (o.kind) {
    case 'daily_limit':
      return tl(locale, 'sync.dailyLimit', { remaining: o.remaining });
    case 'usage_limit':
      return tl(locale, 'sync.usageLimit', { done, remaining: o.remaining });
    case 'rate_limited':
      return tl(locale, options.continuing ? 'sync.rateLimitedContinuing' : 'sync.rateLimited', {
        done,
        remaining: o.remaining,
      });
    case 'time_budget':
      return tl(locale, options.continuing ? 'sync.timeBudget' : 'sync.timeBudgetManual', {
        written: o.written,
        total: o.total,
      });
    case 'done':
      return done === 0
        ? tc(locale, 'sync.upToDate', { keep: o.kept })
        : tc(locale, 'sync.done', { created: o.created, updated: o.updated, deleted: o.deleted });
  }
}

/**
 * Runs a sync of an already-read context (under the lock held by the caller). `verify`: an
 * explicit Sync, which spends one Calendar search to recreate events deleted by hand. A sync that
 * stops on its time budget or a rate limit continues in the background (continuation.ts); one
 * that completes ends any pending continuation.
 */
export function syncContext(
  ctx: CalendarContext,
  verify: boolean,
  startedMs = Date.now(),
): CalendarSyncResult {
  const { outcome, continuing } = syncWithContinuation(
    ctx.spreadsheet,
    ctx.request,
    ctx.settings,
    verify,
    startedMs,
  );
  const counts =
    outcome.kind === 'quota_refused'
      ? { created: 0, updated: 0, deleted: 0 }
      : { created: outcome.created, updated: outcome.updated, deleted: outcome.deleted };
  const message = [
    outcomeMessage(ctx.locale, outcome, { continuing, timeZone: ctx.request.timeZone }),
    ...ctx.notes,
  ].join(' ');
  return {
    ok: outcome.kind === 'done',
    message,
    ...counts,
    remaining: outcome.remaining,
    ...(outcome.kind === 'quota_refused' || outcome.kind === 'done'
      ? {}
      : { progress: { written: outcome.written, total: outcome.total } }),
    ...(continuing ? { continuing } : {}),
  };
}

/**
 * Forgets the mappings of this file's deleted sheets (the user store is shared by all the user's
 * files, 500 KB): their events keep their tags, so a sheet brought back finds them again. The
 * sheet list is read only when the store holds another sheet's mapping of this file.
 */
function pruneDeletedSheets(ctx: CalendarContext): void {
  const props = PropertiesService.getUserProperties();
  const names = props.getKeys();
  const here = ctx.request.spreadsheetId;
  const others = names.some((n) => {
    const owner = mappingOwner(n);
    return owner !== null && owner.spreadsheetId === here && owner.sheetId !== ctx.request.sheetId;
  });
  if (!others) return;
  const live = new Set(ctx.spreadsheet.getSheets().map((s) => String(s.getSheetId())));
  for (const name of mappingsToPrune(names, here, live, false)) props.deleteProperty(name);
}

export function applyCalendar(fromUi: boolean, startedMs = Date.now()): CalendarSyncResult {
  let locale = preferredLocale();
  const none = { created: 0, updated: 0, deleted: 0, remaining: 0 };
  try {
    const auth = missingAuthorization(locale, ['calendar']);
    if (auth !== null) {
      return { ok: false, message: auth.message, authorizationUrl: auth.url ?? undefined, ...none };
    }
    return withDocumentLock(() => {
      const ctx = calendarContext(fromUi);
      locale = ctx.locale;
      if (fromUi) {
        rememberReviewSheet(ctx.source.sheet);
        pruneDeletedSheets(ctx);
      }
      return syncContext(ctx, fromUi, startedMs);
    });
  } catch (error) {
    return { ok: false, message: failure(locale, error), ...none };
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
