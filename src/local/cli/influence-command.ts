/** `cadence influence`: the campaign influence report on a Touches or Paths export. */
import {
  describeProblem,
  influenceReport,
  MODEL_NAMES,
  type CreditBy,
  type InfluenceReport,
  type InfluenceSettings,
  type InputFormat,
} from '../../core/attribution';
import { InputError, readWorkbook, type SheetGrid } from '../files/read-grid';
import { dayInZone, type DayNumber } from '../../core/dates';
import { loadInfluenceInput, runAddOnOnFile } from './addon-workbook';
import { progressFor } from './progress';
import { renderTable } from './table';

export interface InfluenceOptions {
  format?: string;
  by?: string;
  window?: string;
  halfLife?: string;
  sheet?: string;
  tz?: string;
  json?: boolean;
  out?: string;
  lang?: string;
}

function positiveNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0)
    throw new InputError(`${flag} must be a number of days, got "${text}"`);
  return n;
}

function oneOf<T extends string>(
  text: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new InputError(`${flag} must be one of ${allowed.join(', ')}, got "${text}"`);
  }
  return text as T;
}

/** In a workbook, prefer a sheet named like the data (Touches / Paths), else the first. */
function pickInfluenceSheet(
  sheets: SheetGrid[],
  name: string | undefined,
  file: string,
): SheetGrid {
  if (name !== undefined) {
    const found = sheets.find((s) => s.name === name);
    if (!found)
      throw new InputError(
        `${file}: no sheet named "${name}" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
      );
    return found;
  }
  const preferred = sheets.find((s) => /^(touches|paths|contacts|parcours)$/i.test(s.name.trim()));
  if (preferred) return preferred;
  if (sheets.length === 0) throw new InputError(`${file}: the workbook has no sheet`);
  return sheets[0];
}

export async function runInfluence(file: string, options: InfluenceOptions): Promise<string> {
  const settings: Partial<InfluenceSettings> = {
    format: oneOf<InputFormat>(options.format, ['touches', 'paths'], '--format'),
    by: oneOf<CreditBy>(options.by, ['campaign', 'channel'], '--by'),
    windowDays: positiveNumber(options.window, '--window'),
    halfLifeDays: positiveNumber(options.halfLife, '--half-life'),
    timeZone: options.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const sheets = await readWorkbook(file, settings.timeZone as string);
  const sheet = pickInfluenceSheet(sheets, options.sheet, file);
  const progress = progressFor(sheet.rows.length, ['attribution'], options.json);
  const result = influenceReport(sheet.rows, defined);
  progress.stop();
  if (!result.ok) throw new InputError(`${file}: ${describeProblem(result.problem)}`);
  if (options.out !== undefined) {
    const timeZone = settings.timeZone as string;
    await runAddOnOnFile({
      input: file,
      output: options.out,
      timeZone,
      today: dayInZone(new Date(), timeZone) as DayNumber,
      locale: options.lang === 'fr' ? 'fr' : 'en',
      actions: ['buildInfluenceReport'],
      load: loadInfluenceInput(file, timeZone),
    });
    if (!options.json) process.stderr.write(`wrote ${options.out}\n`);
  }
  return options.json ? JSON.stringify(result.report, null, 2) : formatReport(result.report);
}

const round = (x: number) => Math.round(x * 10) / 10;

function formatReport(report: InfluenceReport): string {
  const models = MODEL_NAMES.filter((m) => report.models[m] !== undefined);
  const keys = Object.keys(report.spread).sort(
    (a, b) =>
      (report.models.markov?.[b] ?? report.models.linear?.[b] ?? 0) -
      (report.models.markov?.[a] ?? report.models.linear?.[a] ?? 0),
  );
  const rows = keys.map((key) => [
    key,
    ...models.map((m) => round(report.models[m]?.[key] ?? 0)),
    `${round(report.spread[key].min)}–${round(report.spread[key].max)}`,
    report.spread[key].robustness,
  ]);
  const rate =
    report.conversionRate === null ? 'unknown' : `${round(report.conversionRate * 100)} %`;
  return [
    `${report.format} input · ${round(report.conversions)} conversions · conversion rate ${rate}`,
    '',
    renderTable(['campaign', ...models, 'spread', 'robustness'], rows),
    '',
    'What no model can prove: several channels often touch a prospect on the same day; influences',
    'outside your tracking (word of mouth, a colleague, a search you never saw) are invisible; and a',
    'conversion is many small interactions. Read the spread, not one column.',
    ...report.notes.map((n) => `note: ${n}`),
  ].join('\n');
}
