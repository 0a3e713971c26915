/** `cadence review`: the review engine on a workbook, as a table or the JSON contract. */
import { isValidTimeZone, parseIso, toIso, dayInZone, type DayNumber } from '../../core/dates';
import { parseLocaleTag } from '../../core/reading-locale';
import { reviewReport, reviewReportJson, type ReviewReport } from '../../core/review-report';
import { mkdir, writeFile } from 'fs/promises';
import path from 'path';
import { InputError, pickSheet, readWorkbook } from '../files/read-grid';
import { writeIcs } from '../files/ics';
import { progressFor } from './progress';
import { loadReviewSheet, runAddOnOnFile } from './addon-workbook';
import { renderTable } from './table';

export interface ReviewCliOptions {
  sheet?: string;
  today?: string;
  tz?: string;
  json?: boolean;
  out?: string;
  ics?: string;
  lang?: string;
  locale?: string;
}

function timeZoneOption(tz: string | undefined): string {
  const zone = tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(zone))
    throw new InputError(`--tz: unknown time zone "${zone}" (use Area/City, e.g. Europe/Paris)`);
  return zone;
}

/** `--locale en-GB`: how ambiguous text dates and numbers are read (as the spreadsheet locale). */
function localeOption(text: string | undefined): string | null {
  if (text === undefined) return null;
  const tag = parseLocaleTag(text);
  if (tag === null)
    throw new InputError(
      `--locale: expected a locale such as en-US, en-GB or fr-FR, got "${text}"`,
    );
  return tag.tag;
}

function todayOption(text: string | undefined, timeZone: string): DayNumber {
  if (text === undefined) return dayInZone(new Date(), timeZone) as DayNumber;
  const day = parseIso(text);
  if (day === null) throw new InputError(`--today: expected a date as YYYY-MM-DD, got "${text}"`);
  return day;
}

export async function runReview(file: string, options: ReviewCliOptions): Promise<string> {
  const timeZone = timeZoneOption(options.tz);
  const today = todayOption(options.today, timeZone);
  const readingLocale = localeOption(options.locale);
  const sheet = pickSheet(await readWorkbook(file, timeZone), options.sheet, file);
  const progress = progressFor(
    sheet.rows.length,
    ['review', 'workbook', 'reminders'],
    options.json,
  );
  const report = reviewReport(sheet.rows, { timeZone, today, locale: readingLocale });
  progress.step('workbook');
  const locale =
    options.lang === 'fr'
      ? 'fr'
      : options.lang === undefined || options.lang === 'en'
        ? (report.result.sheet.columns.language ?? 'en')
        : null;
  if (locale === null) throw new InputError(`--lang must be en or fr, got "${options.lang}"`);
  const written: string[] = [];
  if (options.out !== undefined) {
    await runAddOnOnFile({
      input: file,
      output: options.out,
      timeZone,
      today,
      locale,
      // The add-on reads the spreadsheet locale: give it the one this table was read with.
      spreadsheetLocale:
        readingLocale ??
        (report.result.sheet.columns.conventions.decimal === 'decimal_point' ? 'en_US' : 'fr_FR'),
      actions: ['formatSheet', 'refreshSheet'],
      load: loadReviewSheet(file, sheet.name, timeZone),
    });
    written.push(`wrote ${options.out}`);
  }
  progress.step('reminders');
  if (options.ics !== undefined) {
    await mkdir(path.dirname(path.resolve(options.ics)), { recursive: true });
    await writeFile(options.ics, writeIcs(report, { sheetName: sheet.name, locale }));
    written.push(`wrote ${options.ics}`);
  }
  progress.stop();
  if (written.length > 0 && !options.json) process.stderr.write(`${written.join('\n')}\n`);
  return options.json
    ? JSON.stringify(reviewReportJson(report, sheet.name), null, 2)
    : formatReview(report, sheet.name);
}

const STATUS_ICON: Record<string, string> = {
  urgent: '‼ urgent',
  overdue: '● overdue',
  due_soon: '◐ due soon',
  collecting: '… collecting',
  unscheduled: '? unscheduled',
  ok: '✓ ok',
};

function pct(x: number | null): string {
  if (x === null) return '—';
  const v = Math.round(x * 1000) / 10;
  return `${v > 0 ? '+' : ''}${v} %`;
}

function formatReview(report: ReviewReport, sheetName: string): string {
  const { result } = report;
  const order = ['urgent', 'overdue', 'due_soon', 'collecting', 'unscheduled', 'ok'];
  const rows = [...report.rows].sort(
    (a, b) =>
      order.indexOf(a.schedule.status) - order.indexOf(b.schedule.status) ||
      (a.schedule.next ?? 1e9) - (b.schedule.next ?? 1e9),
  );
  const table = renderTable(
    ['row', 'program', 'type', 'status', 'last review', 'next review', 'last change', 'trend'],
    rows.map((r) => {
      const last = r.analysis.deltas[r.analysis.deltas.length - 1];
      const arrow = last
        ? last.direction === 'improved'
          ? '▲'
          : last.direction === 'worsened'
            ? '▼'
            : '='
        : '';
      return [
        r.schedule.row.row,
        r.schedule.row.name,
        r.schedule.row.type ?? '—',
        STATUS_ICON[r.schedule.status],
        r.schedule.last === null ? '—' : toIso(r.schedule.last),
        r.schedule.next === null ? '—' : toIso(r.schedule.next),
        last ? `${arrow} ${pct(last.pct)}` : '—',
        r.analysis.trend.direction,
      ];
    }),
  );
  const counts = order
    .map((s) => [s, report.rows.filter((r) => r.schedule.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s.replace('_', ' ')}`)
    .join(' · ');
  const columns = result.columns.map(
    (c) =>
      `  ${c.column.letter} ${toIso(c.column.day)}  ${c.status}${c.missingRows.length > 0 ? ` — missing rows ${c.missingRows.join(', ')}` : ''}`,
  );
  const opposing = report.opposing.map(
    (o) => `  ${o.rising.group} rising while ${o.falling.group} falling`,
  );
  const diagnostics = result.diagnostics.map(
    (d) => `  ${d.cell.padEnd(5)} ${d.severity}: ${d.message}`,
  );
  return [
    `${sheetName} · today ${toIso(result.today)} · ${report.rows.length} programs · ${counts}`,
    '',
    table,
    '',
    'Review columns:',
    ...columns,
    ...(opposing.length > 0 ? ['', 'Long-term trends in opposite directions:', ...opposing] : []),
    ...(diagnostics.length > 0 ? ['', 'Cells that could not be read:', ...diagnostics] : []),
  ].join('\n');
}
