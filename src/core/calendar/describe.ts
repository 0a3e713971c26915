/**
 * The words of an event: its title and the description that says why the review is due (the
 * rule, the last review, the latest change and trend) and links to the row.
 */
import type { Basis } from '../review/schedule';
import { tc } from '../i18n/calendar';
import { tl } from '../i18n/limits';
import { PROGRAM_TYPE_LABELS } from '../review/program-types';
import type { RowReport } from '../review/report';
import type { Locale } from '../types';
import { formatSignedChange } from '../stats/change-format';
import { formatDay, formatPercent } from './format';

export function rowTitle(locale: Locale, report: RowReport): string {
  const row = report.schedule.row;
  return row.type === null
    ? tc(locale, 'title.untyped', { name: row.name })
    : tc(locale, 'title.row', { name: row.name, type: PROGRAM_TYPE_LABELS[row.type][locale] });
}

export function groupTitle(locale: Locale, group: string, count: number): string {
  return tc(locale, 'title.group', { group, count });
}

function ruleText(locale: Locale, basis: Basis): string {
  const d = (day: number): string => formatDay(locale, day);
  switch (basis.rule) {
    case 'urgent':
      return tc(locale, 'rule.urgent', {
        value: formatPercent(locale, basis.value),
        on: d(basis.on),
      });
    case 'collecting':
      return tc(locale, 'rule.collecting', {
        setUpOn: d(basis.setUpOn),
        until: d(basis.setUpOn + 30),
      });
    case 'first_review':
      return tc(locale, 'rule.first_review', { setUpOn: d(basis.setUpOn) });
    case 'unscheduled':
      return tc(locale, 'rule.unscheduled');
    case 'period':
      return tc(locale, basis.anchor === 'review' ? 'rule.period.review' : 'rule.period.set_up', {
        days: basis.days,
        from: d(basis.from),
      });
  }
}

/** "https://…/edit#gid=0&range=A7": the row, selected, in the sheet. */
export function rowLink(spreadsheetUrl: string, sheetId: string, row: number): string {
  const base = spreadsheetUrl.replace(/#.*$/, '');
  return `${base}#gid=${sheetId}&range=A${row}`;
}

export interface LinkOptions {
  readonly spreadsheetUrl: string | null;
  readonly sheetId: string;
}

/** The facts of one row, one per line. */
export function rowFacts(locale: Locale, report: RowReport, link: LinkOptions): string[] {
  const { schedule, analysis } = report;
  const row = schedule.row;
  const lines = [tc(locale, 'desc.why', { text: ruleText(locale, schedule.basis) })];
  // The event sits on today; say since when the review has been due.
  if (schedule.status === 'overdue' && schedule.next !== null) {
    lines.push(tc(locale, 'desc.overdue', { date: formatDay(locale, schedule.next) }));
  }
  if (schedule.reasons.some((r) => r.code === 'group') && row.group !== null) {
    lines.push(tc(locale, 'rule.group', { group: row.group }));
  }
  lines.push(
    schedule.last === null
      ? tc(locale, 'desc.lastNone')
      : tc(locale, 'desc.last', { date: formatDay(locale, schedule.last) }),
  );
  const delta = analysis.deltas[analysis.deltas.length - 1];
  if (delta) {
    lines.push(
      tc(locale, 'desc.change', {
        change: formatSignedChange(delta, report.isRate, locale),
        direction: tc(locale, `direction.${delta.direction}`),
      }),
    );
  }
  const trend = analysis.trend;
  lines.push(
    tc(locale, 'desc.trend', {
      trend:
        trend.direction === 'insufficient'
          ? tc(locale, 'trend.insufficient')
          : `${tc(locale, `trend.${trend.direction}`)} (${tc(locale, `outlook.${trend.outlook}`)})`,
    }),
  );
  if (row.owner !== null) lines.push(tc(locale, 'desc.owner', { owner: row.owner }));
  lines.push(
    link.spreadsheetUrl === null
      ? tc(locale, 'desc.row', { row: row.row })
      : `${tc(locale, 'desc.row', { row: row.row })} · ${tc(locale, 'desc.open', {
          url: rowLink(link.spreadsheetUrl, link.sheetId, row.row),
        })}`,
  );
  return lines;
}

/**
 * Calendar refuses descriptions over 8,192 characters (the strict imitation models it); a group or
 * per-day event can gather dozens of rows, so its list stops at DESCRIPTION_BUDGET characters with
 * "… and N more" (the sheet has them all).
 */
export const DESCRIPTION_BUDGET = 4000;

/** One row alone: its facts. Several: each row's title then its facts, indented. */
export function describe(locale: Locale, rows: readonly RowReport[], link: LinkOptions): string {
  const footer = ['', tc(locale, 'desc.footer')];
  if (rows.length === 1) return [rowFacts(locale, rows[0], link).join('\n'), ...footer].join('\n');
  const blocks = [tc(locale, 'desc.members')];
  let used = blocks[0].length;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const block = [
      `• ${rowTitle(locale, r)}`,
      ...rowFacts(locale, r, link).map((l) => `  ${l}`),
    ].join('\n');
    if (used + block.length + 1 > DESCRIPTION_BUDGET) {
      blocks.push(tl(locale, 'desc.more', { count: rows.length - i }));
      break;
    }
    blocks.push(block);
    used += block.length + 1;
  }
  return [...blocks, ...footer].join('\n');
}
