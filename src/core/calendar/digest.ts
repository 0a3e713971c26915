/**
 * The daily digest: each owner's reviews that are overdue (or urgent) or due within the next
 * seven days, as a plain-text and an HTML e-mail in the owner's language. Sheet text goes into
 * the HTML escaped: a program name can never become markup.
 */
import type { DayNumber } from '../dates';
import { tc } from '../i18n/calendar';
import type { ReviewReport } from '../review-report';
import type { Locale } from '../types';
import { formatDay } from './format';
import { emailsIn } from './guests';

export const DIGEST_WINDOW_DAYS = 7;

export interface DigestItem {
  readonly row: number;
  readonly name: string;
  readonly day: DayNumber;
  readonly kind: 'urgent' | 'overdue' | 'due';
}

export interface OwnerDigest {
  readonly email: string;
  /** Urgent and overdue first (oldest first), then this week's by date. */
  readonly items: readonly DigestItem[];
}

const ORDER: Record<DigestItem['kind'], number> = { urgent: 0, overdue: 1, due: 2 };

export function ownerDigests(report: ReviewReport): OwnerDigest[] {
  const today = report.result.today;
  const byOwner = new Map<string, DigestItem[]>();
  for (const { schedule } of report.rows) {
    const next = schedule.next;
    if (next === null) continue;
    const kind: DigestItem['kind'] | null =
      schedule.status === 'urgent'
        ? 'urgent'
        : next < today
          ? 'overdue'
          : next < today + DIGEST_WINDOW_DAYS
            ? 'due'
            : null;
    if (kind === null) continue;
    const item = { row: schedule.row.row, name: schedule.row.name, day: next, kind };
    for (const email of emailsIn(schedule.row.owner)) {
      byOwner.set(email, [...(byOwner.get(email) ?? []), item]);
    }
  }
  return [...byOwner]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([email, items]) => ({
      email,
      items: [...items].sort(
        (a, b) => ORDER[a.kind] - ORDER[b.kind] || a.day - b.day || a.row - b.row,
      ),
    }));
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface DigestMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

function itemText(locale: Locale, item: DigestItem, today: DayNumber): string {
  const date = formatDay(locale, item.day);
  if (item.kind === 'urgent') return tc(locale, 'digest.item.urgent', { name: item.name });
  if (item.kind === 'overdue') {
    return tc(locale, 'digest.item.overdue', { name: item.name, date, days: today - item.day });
  }
  return tc(locale, 'digest.item.due', { name: item.name, date });
}

export interface DigestContext {
  readonly locale: Locale;
  readonly today: DayNumber;
  readonly sheetName: string;
  readonly spreadsheetUrl: string | null;
}

export function digestMail(digest: OwnerDigest, ctx: DigestContext): DigestMail {
  const { locale, today } = ctx;
  const late = digest.items.filter((i) => i.kind !== 'due');
  const soon = digest.items.filter((i) => i.kind === 'due');
  const sections: Array<[string, DigestItem[]]> = [
    [tc(locale, 'digest.overdue'), late],
    [tc(locale, 'digest.thisWeek'), soon],
  ];
  const shown = sections.filter(([, items]) => items.length > 0);
  const open =
    ctx.spreadsheetUrl === null ? null : tc(locale, 'digest.open', { url: ctx.spreadsheetUrl });
  const body = [
    tc(locale, 'digest.hello'),
    '',
    tc(locale, 'digest.intro', { sheet: ctx.sheetName }),
    ...shown.flatMap(([title, items]) => [
      '',
      `${title}:`,
      ...items.map((i) => `- ${itemText(locale, i, today)}`),
    ]),
    ...(open === null ? [] : ['', open]),
    '',
    tc(locale, 'digest.footer'),
  ].join('\n');
  const html = [
    `<p>${escapeHtml(tc(locale, 'digest.hello'))}</p>`,
    `<p>${escapeHtml(tc(locale, 'digest.intro', { sheet: ctx.sheetName }))}</p>`,
    ...shown.map(
      ([title, items]) =>
        `<h3>${escapeHtml(title)}</h3><ul>${items
          .map((i) => `<li>${escapeHtml(itemText(locale, i, today))}</li>`)
          .join('')}</ul>`,
    ),
    ...(ctx.spreadsheetUrl === null
      ? []
      : [`<p><a href="${escapeHtml(ctx.spreadsheetUrl)}">${escapeHtml(ctx.sheetName)}</a></p>`]),
    `<p style="color:#666;font-size:12px">${escapeHtml(tc(locale, 'digest.footer'))}</p>`,
  ].join('\n');
  return {
    to: digest.email,
    subject:
      digest.items.length === 1
        ? tc(locale, 'digest.subject1')
        : tc(locale, 'digest.subject', { count: digest.items.length }),
    body,
    htmlBody: html,
  };
}
