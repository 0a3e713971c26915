/**
 * The last-touch-per-lead table, last on the sheet (it has one row per converted lead): heading,
 * a note when the list is capped, the header, then lead | converted at | last campaign before
 * conversion | its channel | days before | same-day others. The rows wrap, so a long campaign
 * name shows whole in its narrow column.
 */
import type { InfluenceReport } from '../../attribution';
import { type ReadinessKey, tReadiness } from '../../i18n/readiness';
import { blank, COLORS, FORMATS, num, text } from './cells';
import { type BlockRow, row, type SheetBlock } from './layout';
import { formatCount } from '../../i18n/numbers';
import type { Voice } from './say';

const COLUMNS: readonly ReadinessKey[] = [
  'column.lead',
  'column.convertedAt',
  'column.lastCampaign',
  'column.lastChannel',
  'column.daysBefore',
  'column.sameDay',
];

export function lastTouchBlock(report: InfluenceReport, { locale }: Voice): SheetBlock | null {
  const leads = report.lastTouchPerLead;
  const total = report.readiness.conversions;
  if (report.format !== 'touches') return null;
  const rows: BlockRow[] = [row([text(tReadiness(locale, 'lastTouch.heading'), true)])];
  if (total > leads.length) {
    const shown = formatCount(leads.length, locale);
    const note = tReadiness(locale, 'lastTouch.capped', {
      shown,
      total: formatCount(total, locale),
    });
    rows.push(row([text(note)]));
  }
  rows.push(
    row(
      COLUMNS.map((k) => text(tReadiness(locale, k), true)),
      COLORS.header,
      true,
    ),
  );
  for (const lead of leads) {
    rows.push(
      row(
        [
          text(lead.prospect),
          text(lead.convertedAt),
          text(lead.campaign ?? tReadiness(locale, 'lastTouch.none')),
          lead.channel === null ? blank : text(lead.channel),
          lead.daysBefore === null ? blank : num(lead.daysBefore, FORMATS.count),
          text(lead.ties.join(', ')),
        ],
        COLORS.plain,
        true,
      ),
    );
  }
  return { rows, fitted: leads.map((l) => l.prospect) };
}
