/**
 * The daily digest run by the time-driven trigger: syncs the calendar from the remembered review
 * sheet, then e-mails each owner their overdue and this week's reviews (plain text and HTML), in
 * the sheet's language when its headers tell (a French sheet's owners read French), else the
 * language of the user who turned the digest on. MailApp's daily recipient quota is respected:
 * owners past it are skipped, never half-sent.
 *
 * Google may run an add-on's time-driven trigger without its document: the digest then goes out
 * from the snapshot the last Sync saved (digest-store.ts), and the calendar is left to the
 * continuation. When a sync backlog remains, the digest still goes out and says so.
 */
import { digestMail, ownerDigests, type OwnerDigest } from '../../core/calendar/digest';
import { digestsOf } from '../../core/calendar/digest-snapshot';
import { dayInZone, type DayNumber } from '../../core/dates';
import { tl } from '../../core/i18n/limits';
import type { Locale } from '../../core/types';
import { withDocumentLock } from '../lock';
import { loadSettings } from '../settings-store';
import { syncContext } from './actions';
import { missingAuthorization } from './authorization';
import { calendarContext } from './context';
import { readJob } from './continuation';
import { saveSnapshot, snapshotOfTrigger } from './digest-store';
import { setDigestTrigger } from './triggers';

export interface DigestRun {
  readonly sent: number;
  readonly skipped: number;
  readonly sync: string;
}

/** A digest run's sync stops 90 s earlier than a Sync's, leaving time to send the mail. */
export const MAIL_RESERVE_MS = 90_000;

interface Mailing {
  readonly digests: readonly OwnerDigest[];
  readonly locale: Locale;
  readonly today: DayNumber;
  readonly sheetName: string;
  readonly spreadsheetUrl: string | null;
  readonly spreadsheetId: string;
}

function send(m: Mailing): { sent: number; skipped: number } {
  // A user may have declined the mail scope since turning the digest on: nothing is sent (no
  // raw authorization error in a background run) and the execution log says why.
  const auth = missingAuthorization(m.locale, ['mail']);
  if (auth !== null) {
    console.log(`Cadence digest: ${auth.message}`);
    return { sent: 0, skipped: m.digests.length };
  }
  const job = readJob(m.spreadsheetId);
  const note =
    job === null
      ? undefined
      : tl(m.locale, 'digest.backlog', { written: job.written, total: job.total });
  let quota = MailApp.getRemainingDailyQuota();
  let sent = 0;
  let skipped = 0;
  for (const digest of m.digests) {
    if (quota < 1) {
      skipped++;
      continue;
    }
    const mail = digestMail(digest, {
      locale: m.locale,
      today: m.today,
      sheetName: m.sheetName,
      spreadsheetUrl: m.spreadsheetUrl,
      ...(note === undefined ? {} : { note }),
    });
    MailApp.sendEmail(mail.to, mail.subject, mail.body, {
      htmlBody: mail.htmlBody,
      name: 'Cadence',
    });
    quota--;
    sent++;
  }
  return { sent, skipped };
}

/** No document: the snapshot saved by the last Sync (or by turning the digest on). */
function documentless(triggerUid: string | undefined): DigestRun {
  const snapshot = triggerUid === undefined ? null : snapshotOfTrigger(triggerUid);
  if (snapshot === null) return { sent: 0, skipped: 0, sync: '' };
  const today = dayInZone(new Date(), snapshot.timeZone) as DayNumber;
  const result = send({
    digests: digestsOf(snapshot.rows, today),
    locale: snapshot.locale,
    today,
    sheetName: snapshot.sheetName,
    spreadsheetUrl: snapshot.spreadsheetUrl,
    spreadsheetId: snapshot.spreadsheetId,
  });
  return { ...result, sync: '' };
}

export function runDigest(triggerUid?: string, startedMs = Date.now()): DigestRun {
  if (SpreadsheetApp.getActiveSpreadsheet() === null) {
    return withDocumentLock(() => documentless(triggerUid));
  }
  return withDocumentLock(() => {
    const settings = loadSettings();
    if (!settings.digest.enabled) {
      // The setting was turned off elsewhere: a stray trigger removes itself.
      setDigestTrigger(false, settings.digest.hour, 'UTC');
      return { sent: 0, skipped: 0, sync: '' };
    }
    const ctx = calendarContext(false);
    let sync: string;
    try {
      sync = syncContext(ctx, false, startedMs - MAIL_RESERVE_MS).message;
    } catch (error) {
      sync = String((error as { message?: unknown } | null)?.message ?? error);
    }
    saveSnapshot(ctx);
    const result = send({
      digests: ownerDigests(ctx.source.report),
      locale: ctx.source.report.result.sheet.columns.language ?? ctx.locale,
      today: ctx.source.today,
      sheetName: ctx.source.sheet.getName(),
      spreadsheetUrl: ctx.spreadsheet.getUrl(),
      spreadsheetId: ctx.request.spreadsheetId,
    });
    return { ...result, sync };
  });
}
