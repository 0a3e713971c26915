/**
 * `cadence holdout FILE [--sheet NAME] --json`: the holdout tests of a holdout table, and
 * `cadence plan-holdout --base-rate 0.04 --lift 0.2 [--alpha] [--power] [--weekly] --json`: the
 * sample size per group and the weeks it takes. The JSON shapes are the issue's contract.
 */
import { formatPercent } from '../../core/calendar/format';
import { tIncrementality } from '../../core/i18n/incrementality';
import type { Params } from '../../core/i18n/messages';
import {
  analyseHoldout,
  DEFAULT_MINIMUM_LIFT,
  exclusionNotes,
  holdoutProblemMessage,
  looksLikeHoldout,
  planHoldout,
  planMessage,
  planProblemMessage,
  readHoldoutTable,
  type HoldoutPlanInput,
  type HoldoutReport,
} from '../../core/incrementality';
import { readNumberText } from '../../core/review/values';
import type { Locale } from '../../core/types';
import { InputError, readWorkbook, type SheetGrid } from '../files/read-grid';
import { langOption, timeZoneOption } from './options';
import { comparisonColumns, comparisonRow } from './comparison-table';
import { renderTable, terminalWidth, wrap, type Column } from './table';

export interface HoldoutOptions {
  sheet?: string;
  tz?: string;
  json?: boolean;
  lang?: string;
  lift?: string;
}

export interface PlanHoldoutOptions {
  baseRate?: string;
  lift?: string;
  alpha?: string;
  power?: string;
  weekly?: string;
  json?: boolean;
  lang?: string;
}

/**
 * A number typed on the command line, as the review reader reads a cell: "0.04", "4%", "4 %",
 * "2,000"; a French user's "0,04" with --lang fr. Refused in one line otherwise.
 */
export function numberOption(text: string, flag: string, locale: Locale): number {
  const read = readNumberText(text, locale === 'fr' ? 'decimal_comma' : 'decimal_point');
  if (read.kind === 'value' && read.form !== 'counts') return read.value;
  throw new InputError((l) => tIncrementality(l, 'plan.problem.number', { flag, value: text }));
}

/** --sheet, else the first sheet with a Group (or Holdout) column, else the first. */
function pickHoldoutSheet(sheets: SheetGrid[], name: string | undefined, file: string): SheetGrid {
  if (name !== undefined) {
    const found = sheets.find((s) => s.name === name);
    if (!found) {
      throw new InputError(
        `${file}: no sheet named "${name}" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
      );
    }
    return found;
  }
  if (sheets.length === 0) throw new InputError(`${file}: the workbook has no sheet`);
  return sheets.find((s) => looksLikeHoldout(s.rows[0] ?? [])) ?? sheets[0];
}

export async function runHoldout(file: string, options: HoldoutOptions): Promise<string> {
  const locale: Locale = langOption(options.lang) ?? 'en';
  const timeZone = timeZoneOption(options.tz);
  const minimumLift =
    options.lift === undefined
      ? DEFAULT_MINIMUM_LIFT
      : numberOption(options.lift, '--lift', locale);
  const sheets = await readWorkbook(file, timeZone);
  const sheet = pickHoldoutSheet(sheets, options.sheet, file);
  const read = readHoldoutTable(sheet.rows, timeZone);
  if (!read.ok) throw new InputError((l) => holdoutProblemMessage(sheet.name, read.problem, l));
  for (const note of exclusionNotes(read.table.excluded, locale)) process.stderr.write(`${note}\n`);
  const report = analyseHoldout(read.table, { minimumLift });
  if (options.json) return JSON.stringify(report, null, 2);
  return formatHoldout(report, sheet.name, minimumLift, locale, terminalWidth());
}

function formatHoldout(
  report: HoldoutReport,
  sheet: string,
  minimumLift: number,
  locale: Locale,
  width: number,
): string {
  const say = (key: Parameters<typeof tIncrementality>[1], params?: Params) =>
    tIncrementality(locale, key, params);
  const percent = (x: number) => formatPercent(locale, x);
  const columns: Column[] = [
    ...comparisonColumns(locale, say('column.campaign'), 'column.test', 'column.control', [
      { header: say('column.relativeLift'), priority: 15 },
    ]),
    { header: say('column.power'), priority: 13 },
  ];
  const rows = report.tests.map((t) => [
    ...comparisonRow({ name: t.campaign, first: t.test, second: t.control, ...t }, locale, [
      t.relativeLift === null ? '—' : percent(t.relativeLift),
    ]),
    percent(t.power),
  ]);
  return [
    ...wrap(say('cli.tests', { count: report.tests.length, sheet }), width),
    '',
    renderTable(columns, rows, width),
    '',
    ...wrap(say('cli.power', { lift: percent(minimumLift) }), width),
  ].join('\n');
}

export function runPlanHoldout(options: PlanHoldoutOptions): string {
  const locale: Locale = langOption(options.lang) ?? 'en';
  const need = (text: string | undefined, flag: string): number => {
    if (text === undefined) throw new InputError(`${flag} is required`);
    return numberOption(text, flag, locale);
  };
  const maybe = (text: string | undefined, flag: string): number | undefined =>
    text === undefined ? undefined : numberOption(text, flag, locale);
  const input: HoldoutPlanInput = {
    baseRate: need(options.baseRate, '--base-rate'),
    lift: need(options.lift, '--lift'),
    alpha: maybe(options.alpha, '--alpha'),
    power: maybe(options.power, '--power'),
    weekly: maybe(options.weekly, '--weekly'),
  };
  const result = planHoldout(input);
  if (!result.ok) {
    const { problem } = result;
    throw new InputError((l) => planProblemMessage(problem, l));
  }
  return options.json
    ? JSON.stringify(result.plan, null, 2)
    : planMessage(input, result.plan, locale);
}
