import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import { SERVICE, tag } from './instrument';
import type { DailyQuota } from './quota';

/** Consumer accounts may email 100 recipients a day. */
export const DEFAULT_MAIL_QUOTA = 100;

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly noReply?: boolean;
}

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

function recipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export class MailApp implements Conform<
  GoogleAppsScript.Mail.MailApp,
  'getRemainingDailyQuota' | 'sendEmail',
  never
> {
  static readonly [SERVICE] = tag('MailApp', 'MailApp');
  readonly outbox: SentMail[] = [];

  /** Recipients per 24-hour window opened by the first send (quotas page). */
  constructor(private readonly quota: DailyQuota) {}

  getRemainingDailyQuota(): number {
    return this.quota.remaining();
  }

  /** (message), (to, subject, body[, options]) or (to, replyTo, subject, body). */
  sendEmail(first: string | Params, a?: string, b?: string, c?: string | Params): void {
    let mail: SentMail;
    if (typeof first === 'object') {
      mail = {
        ...first,
        to: first.to ?? '',
        subject: first.subject ?? '',
        body: first.body ?? '',
      } as SentMail;
    } else if (typeof c === 'string') {
      mail = { to: first, replyTo: a, subject: b ?? '', body: c };
    } else {
      const o = c ?? {};
      mail = {
        to: first,
        subject: a ?? '',
        body: b ?? '',
        htmlBody: o.htmlBody,
        name: o.name,
        replyTo: o.replyTo,
        cc: o.cc,
        bcc: o.bcc,
        noReply: o.noReply,
      };
    }
    const count =
      recipients(mail.to).length + recipients(mail.cc).length + recipients(mail.bcc).length;
    if (count === 0) throw new Error(APPS_SCRIPT_ERRORS.noRecipient);
    this.quota.take(count, APPS_SCRIPT_ERRORS.emailQuota);
    this.outbox.push(mail);
  }
}
