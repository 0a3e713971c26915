/**
 * The daily digest: each owner's reviews that are overdue (or urgent) or due within the next
 * seven days, as a plain-text and an HTML e-mail in the owner's language. Sheet text goes into
 * the HTML escaped: a program name can never become markup.
 */
import type { DayNumber } from '../dates';
import { tc } from '../i18n/calendar';
import type { ReviewReport } from '../review/report';
import type { Locale } from '../types';
import { digestRows, digestsOf, type DigestItem, type OwnerDigest } from './digest-snapshot';
import { formatDay } from './format';

export { DIGEST_WINDOW_DAYS, type DigestItem, type OwnerDigest } from './digest-snapshot';

export function ownerDigests(report: ReviewReport): OwnerDigest[] {
  return digestsOf(digestRows(report), report.result.today);
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
  /** A sentence added after the lists (e.g. a calendar sync still catching up). */
  readonly note?: string;
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
    ...(ctx.note === undefined ? [] : ['', ctx.note]),
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
    ...(ctx.note === undefined ? [] : [`<p>${escapeHtml(ctx.note)}</p>`]),
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
