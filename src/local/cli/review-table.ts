/**
 * `cadence review` as a person reads it: a table that fits the terminal, in the user's language,
 * with words rather than internal ids ("scoring rule", not scoring_rule), arrows that give the
 * sign of a change (better or worse said in words, in the metric's own direction), rates changed
 * in percentage points, a legend line, and the reasons on request (--why).
 */
import { formatDay } from '../../core/calendar/format';
import { changeLegend, changeWord, formatChange } from '../../core/stats/change-format';
import { ta } from '../../core/i18n/actions';
import { tc } from '../../core/i18n/cli';
import { diagnosticText } from '../../core/i18n/diagnostics';
import { reasonText } from '../../core/i18n/reasons';
import { PROGRAM_TYPE_LABELS } from '../../core/review/program-types';
import type { RowReport, ReviewReport } from '../../core/review/report';
import { REVIEW_STATUSES, type Locale } from '../../core/types';
import { renderTable, wrap, type Column } from './table';

export interface ReviewTableOptions {
  readonly locale: Locale;
  /** No line is longer than this. */
  readonly width: number;
  /** Each row's reasons under it. */
  readonly why: boolean;
}

/** "▲ +8.4 % better", "▼ −0.3 pt worse": the arrow is the sign, the word the judgement. */
export function changeText(report: RowReport, locale: Locale): string {
  const deltas = report.analysis.deltas;
  const last = deltas[deltas.length - 1];
  if (!last) return '—';
  if (last.abs === 0) return `= ${tc(locale, 'change.same')}`;
  return `${formatChange(last, report.isRate, locale)} ${changeWord(last.direction, locale)}`;
}

/** Indented, wrapped lines: nothing runs past the width. */
function block(text: string, width: number, indent = ''): string[] {
  return wrap(text, width - indent.length).map((line) => indent + line);
}

export function formatReview(
  report: ReviewReport,
  sheetName: string,
  options: ReviewTableOptions,
): string {
  const { locale, width } = options;
  const { result } = report;
  const order = REVIEW_STATUSES;
  const rows = [...report.rows].sort(
    (a, b) =>
      order.indexOf(a.schedule.status) - order.indexOf(b.schedule.status) ||
      (a.schedule.next ?? 1e9) - (b.schedule.next ?? 1e9),
  );
  const day = (d: number | null) => (d === null ? '—' : formatDay(locale, d));
  const columns: Column[] = [
    { header: tc(locale, 'col.row'), priority: 9 },
    { header: tc(locale, 'col.program'), priority: 10, shrink: { min: 22 } },
    { header: tc(locale, 'col.type'), priority: 3, shrink: { min: 12 } },
    { header: tc(locale, 'col.status'), priority: 8 },
    { header: tc(locale, 'col.last'), priority: 2 },
    { header: tc(locale, 'col.next'), priority: 7 },
    { header: tc(locale, 'col.change'), priority: 6 },
    { header: tc(locale, 'col.trend'), priority: 4 },
  ];
  const table = renderTable(
    columns,
    rows.map((r) => [
      r.schedule.row.row,
      r.schedule.row.name,
      r.schedule.row.type === null ? '—' : PROGRAM_TYPE_LABELS[r.schedule.row.type][locale],
      ta(locale, `status.${r.schedule.status}`),
      day(r.schedule.last),
      day(r.schedule.next),
      changeText(r, locale),
      ta(locale, `trend.${r.analysis.trend.direction}`),
    ]),
    width,
  ).split('\n');
  const body = options.why
    ? [
        ...table.slice(0, 2),
        ...rows.flatMap((r, i) => [
          table[i + 2],
          ...r.schedule.reasons.flatMap((reason) =>
            block(reasonText(reason, locale), width, '     '),
          ),
        ]),
      ]
    : table;
  const counts = order
    .map((s) => [s, report.rows.filter((r) => r.schedule.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${ta(locale, `status.${s}`)}`)
    .join(' · ');
  const reviewColumns = result.columns.flatMap((c) =>
    block(
      `${c.column.letter} ${day(c.column.day)}  ${tc(locale, `columns.${c.status}`)}${
        c.missingRows.length > 0
          ? ` — ${tc(locale, 'columns.missing', { rows: c.missingRows.join(', ') })}`
          : ''
      }`,
      width,
      '  ',
    ),
  );
  const opposing = report.opposing.flatMap((o) =>
    block(
      tc(locale, 'groups.pair', { rising: o.rising.group, falling: o.falling.group }),
      width,
      '  ',
    ),
  );
  const diagnostics = result.diagnostics.flatMap((d) =>
    block(
      `${d.cell.padEnd(5)} ${tc(locale, 'labelled', {
        label: tc(locale, `severity.${d.severity}`),
        text: diagnosticText(d, locale),
      })}`,
      width,
      '  ',
    ),
  );
  return [
    ...block(
      tc(locale, 'summary.review', {
        sheet: sheetName,
        today: formatDay(locale, result.today),
        programs: report.rows.length,
        counts,
      }),
      width,
    ),
    '',
    ...body,
    '',
    ...block(changeLegend(locale), width),
    '',
    tc(locale, 'columns.title'),
    ...reviewColumns,
    ...(opposing.length > 0 ? ['', tc(locale, 'groups.title'), ...opposing] : []),
    ...(diagnostics.length > 0 ? ['', tc(locale, 'diagnostics.title'), ...diagnostics] : []),
  ].join('\n');
}
