/**
 * The daily digest run by the time-driven trigger: syncs the calendar from the remembered review
 * sheet, then e-mails each owner their overdue and this week's reviews (plain text and HTML), in
 * the sheet's language when its headers tell (a French sheet's owners read French), else the
 * language of the user who turned the digest on. MailApp's daily recipient quota is respected:
 * owners past it are skipped, never half-sent.
 */
import { digestMail, ownerDigests } from '../../core/calendar/digest';
import { withDocumentLock } from '../lock';
import { loadSettings } from '../settings-store';
import { syncContext } from './actions';
import { calendarContext } from './context';
import { setDigestTrigger } from './triggers';

export interface DigestRun {
  readonly sent: number;
  readonly skipped: number;
  readonly sync: string;
}

export function runDigest(): DigestRun {
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
      sync = syncContext(ctx, false).message;
    } catch (error) {
      sync = String((error as { message?: unknown } | null)?.message ?? error);
    }
    const locale = ctx.source.report.result.sheet.columns.language ?? ctx.locale;
    const url = ctx.spreadsheet.getUrl();
    let quota = MailApp.getRemainingDailyQuota();
    let sent = 0;
    let skipped = 0;
    for (const digest of ownerDigests(ctx.source.report)) {
      if (quota < 1) {
        skipped++;
        continue;
      }
      const mail = digestMail(digest, {
        locale,
        today: ctx.source.today,
        sheetName: ctx.source.sheet.getName(),
        spreadsheetUrl: url,
      });
      MailApp.sendEmail(mail.to, mail.subject, mail.body, {
        htmlBody: mail.htmlBody,
        name: 'Cadence',
      });
      quota--;
      sent++;
    }
    return { sent, skipped, sync };
  });
}
