/** `cadence influence`: the campaign influence report on a Touches or Paths export. */
import {
  describeProblem,
  influenceReport,
  pathsInfluenceReport,
  MARKOV_ORDERS,
  noteTexts,
  MAX_REPLICATES,
  MODEL_NAMES,
  rankByMeanCredit,
  tiedWith,
  type CreditBy,
  type MarkovOrder,
  type ModelName,
  type InfluenceReport,
  type InfluenceResult,
  type InfluenceSettings,
  type InputFormat,
} from '../../core/attribution';
import { formatPercent } from '../../core/calendar/format';
import { groupColumnIndex, isHoldoutTable } from '../../core/incrementality';
import { dayInZone, type DayNumber } from '../../core/dates';
import { tc } from '../../core/i18n/cli';
import { tInfluence, type InfluenceKey } from '../../core/i18n/influence';
import { type IncrementalityKey, tIncrementality } from '../../core/i18n/incrementality';
import { tReadiness } from '../../core/i18n/readiness';
import {
  namesList,
  readinessLabel,
  readinessSentence,
  tieSentences,
} from '../../core/sheet-plans/influence/readiness-words';
import type { Locale } from '../../core/types';
import path from 'path';
import { readPathsCsv } from '../files/paths-csv';
import { InputError, readWorkbook, type SheetGrid } from '../files/read-grid';
import type { TextEncoding } from '../files/text-encoding';
import { loadInfluenceInput, runAddOnOnFile } from './addon-workbook';
import {
  chooseEngine,
  duckDbReport,
  engineLine,
  engineOption,
  parquetGrid,
  printSql,
  wantsSql,
  type BigDataOptions,
  type Engine,
} from './big-data';
import { isParquet } from '../duckdb/engine';
import { isBlank } from '../../core/attribution/cells';
import { tBig } from '../../core/i18n/big-data';
import { langOption, prepareOutput, timeZoneOption } from './options';
import { progressFor } from './progress';
import { comparisonColumns, comparisonRow } from './comparison-table';
import { renderTable, terminalWidth, wrap, type Column } from './table';

export interface InfluenceOptions extends BigDataOptions {
  format?: string;
  by?: string;
  window?: string;
  halfLife?: string;
  order?: string;
  sheet?: string;
  tz?: string;
  json?: boolean;
  out?: string;
  lang?: string;
  replicates?: string;
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

/** `--order n`: ChannelAttribution's Markov order, 1 to 4. */
function markovOrderOption(text: string | undefined): MarkovOrder | undefined {
  if (text === undefined) return undefined;
  const order = MARKOV_ORDERS.find((o) => String(o) === text.trim());
  if (order === undefined) throw new InputError((l) => tc(l, 'error.order', { value: text }));
  return order;
}

/** `--replicates N`: a whole number of bootstrap replicates, 0 to leave the intervals out. */
function replicatesOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > MAX_REPLICATES)
    throw new InputError((l) =>
      tc(l, 'error.replicates', { value: text, max: String(MAX_REPLICATES) }),
    );
  return n;
}

function holdoutSheet(sheet: SheetGrid): boolean {
  const headers = sheet.rows[0] ?? [];
  const group = groupColumnIndex(headers);
  return (
    group !== null &&
    isHoldoutTable(
      headers,
      sheet.rows.slice(1).map((row) => row[group]),
    )
  );
}

/**
 * In a workbook, prefer a sheet named like the data (Touches / Paths), else the first that is not
 * a holdout table, else the first.
 */
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
  // A holdout table has the touch columns, but its rows are assignments: `cadence holdout` reads it.
  return sheets.find((s) => !holdoutSheet(s)) ?? sheets[0];
}

export async function runInfluence(
  file: string | undefined,
  options: InfluenceOptions,
): Promise<string> {
  const lang = langOption(options.lang);
  const locale: Locale = lang ?? 'en';
  const settings: Partial<InfluenceSettings> = {
    format: oneOf<InputFormat>(options.format, ['touches', 'paths'], '--format'),
    by: oneOf<CreditBy>(options.by, ['campaign', 'channel'], '--by'),
    windowDays: positiveNumber(options.window, '--window'),
    halfLifeDays: positiveNumber(options.halfLife, '--half-life'),
    markovOrder: markovOrderOption(options.order),
    timeZone: timeZoneOption(options.tz),
    replicates: replicatesOption(options.replicates),
  };
  const defined = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  if (wantsSql(options)) {
    const { by = 'campaign', windowDays = 90, timeZone } = settings as InfluenceSettings;
    return printSql(options, { by, windowDays, timeZone }, locale);
  }
  if (file === undefined) throw new InputError((l) => tBig(l, 'error.noFile'));
  const chosen = await chooseEngine(file, engineOption(options.engine), settings.format);
  if (options.out !== undefined) await prepareOutput('--out', options.out);
  if (chosen.engine === 'duckdb') {
    const { report, touches } = await duckDbReport(file, defined, chosen.delimiter, {
      locale,
      json: options.json,
    });
    return options.json
      ? reportJson(report, settings.by ?? 'campaign', locale, 'duckdb', touches, [])
      : formatReport(report, settings.by ?? 'campaign', locale, terminalWidth(), 'duckdb', touches);
  }
  const { sheetName, result, rowsRead, encoding } = await readInfluenceInput(
    file,
    options,
    defined,
    settings.timeZone as string,
  );
  if (encoding !== undefined && encoding !== 'UTF-8')
    process.stderr.write(`${tc(locale, 'note.encoding', { file, encoding })}\n`);
  if (!result.ok) {
    const problem = describeProblem(result.problem);
    throw new InputError((l) => tc(l, 'error.missingColumns', { file, sheet: sheetName, problem }));
  }
  if (options.out !== undefined) {
    const timeZone = settings.timeZone as string;
    await runAddOnOnFile({
      input: file,
      output: options.out,
      timeZone,
      today: dayInZone(new Date(), timeZone) as DayNumber,
      locale,
      actions: ['buildInfluenceReport'],
      load: loadInfluenceInput(file, timeZone),
    });
    if (!options.json) process.stderr.write(`${tc(locale, 'wrote', { file: options.out })}\n`);
  }
  const encodingNote =
    encoding !== undefined && encoding !== 'UTF-8'
      ? [tc('en', 'note.encoding', { file, encoding })]
      : [];
  const report = result.report;
  const by = settings.by ?? 'campaign';
  return options.json
    ? reportJson(
        report,
        by,
        locale,
        'memory',
        report.format === 'touches' ? rowsRead : null,
        encodingNote,
      )
    : formatReport(
        result.report,
        settings.by ?? 'campaign',
        locale,
        terminalWidth(),
        'memory',
        rowsRead,
      );
}

/**
 * The `--json` report, the same from either engine: each readiness check with its sentence, and
 * the notes as English sentences (the contract's `notes`, after `removalEffects`), after
 * `fileNotes` (what reading the file itself found, such as its encoding).
 */
function reportJson(
  report: InfluenceReport,
  by: CreditBy,
  locale: Locale,
  engine: Engine,
  touches: number | null,
  fileNotes: readonly string[],
): string {
  const checks = report.readiness.checks.map((check) => ({
    ...check,
    // In --lang (English by default).
    sentence: readinessSentence(check, report.readiness, by, locale),
  }));
  // The facts said in English under the contract's name, `notes`, in their place in the report.
  const notes = [...fileNotes, ...noteTexts(report.noteFacts, 'en')];
  const contract = Object.fromEntries(
    Object.entries(report).map(([key, value]) =>
      key === 'noteFacts' ? ['notes', notes] : [key, value],
    ),
  );
  return JSON.stringify(
    { ...contract, readiness: { ...report.readiness, checks }, engine, touches },
    null,
    2,
  );
}

interface InfluenceInput {
  readonly sheetName: string;
  readonly result: InfluenceResult;
  /** Rows under the header that hold something. */
  readonly rowsRead: number;
  readonly encoding?: TextEncoding;
}

/**
 * The report on the file, in memory. A Paths CSV streams: its rows are summed into distinct paths
 * as they are read (a million-row export never held whole); anything else is read whole.
 */
async function readInfluenceInput(
  file: string,
  options: InfluenceOptions,
  settings: Partial<InfluenceSettings>,
  timeZone: string,
): Promise<InfluenceInput> {
  const csv = !isParquet(file) && path.extname(file).toLowerCase() === '.csv';
  if (csv && options.sheet === undefined) {
    const streamed = await readPathsCsv(file, settings.format);
    if (streamed.paths) {
      return {
        sheetName: path.basename(file, path.extname(file)),
        result: pathsInfluenceReport(streamed.table, settings),
        rowsRead: streamed.rowsRead,
        encoding: streamed.encoding,
      };
    }
  }
  const sheets = isParquet(file)
    ? [{ name: 'touches', rows: await parquetGrid(file) } as SheetGrid]
    : await readWorkbook(file, timeZone);
  const sheet = pickInfluenceSheet(sheets, options.sheet, file);
  const progress = progressFor(sheet.rows.length, options.json, ['attribution']);
  const result = influenceReport(sheet.rows, settings);
  progress.stop();
  return {
    sheetName: sheet.name,
    result,
    rowsRead: sheet.rows.slice(1).filter((row) => row.some((c) => !isBlank(c))).length,
    encoding: sheet.encoding,
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Which model columns stay when the terminal is narrow: the data-driven ones first. */
const MODEL_PRIORITY: Readonly<Record<ModelName, number>> = {
  markov: 15,
  shapley: 14,
  linear: 13,
  first_touch: 12,
  last_touch: 11,
  time_decay: 10,
  u_shaped: 9,
  w_shaped: 8,
  full_path: 7,
};

function formatReport(
  report: InfluenceReport,
  by: CreditBy,
  locale: Locale,
  width: number,
  engine: Engine,
  count: number,
): string {
  const number = (x: number) => round(x).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US');
  const models = MODEL_NAMES.filter((m) => report.models[m] !== undefined);
  const keys = rankByMeanCredit(Object.keys(report.spread), report.models, models);
  const keyHeader = tc(locale, by === 'channel' ? 'col.channel' : 'col.campaign');
  const columns: Column[] = [
    {
      header: keyHeader,
      priority: 20,
      shrink: { min: 14 },
    },
    ...models.map((m) => ({
      header: tInfluence(locale, `model.${m}`),
      priority: MODEL_PRIORITY[m],
    })),
    { header: tc(locale, 'col.spread'), priority: 17 },
    { header: tReadiness(locale, 'ties.column'), priority: 16 },
  ];
  const rows = keys.map((key) => [
    key,
    ...models.map((m) => number(report.models[m]?.[key] ?? 0)),
    `${number(report.spread[key].min)}–${number(report.spread[key].max)}`,
    namesList(tiedWith(report.uncertainty.tiedWithinNoise, key), locale),
  ]);
  const rate =
    report.conversionRate === null
      ? tc(locale, 'summary.unknownRate')
      : formatPercent(locale, report.conversionRate);
  const caveats = tc(locale, 'labelled', {
    label: tInfluence(locale, 'caveat.heading'),
    text: ['caveat.sameDay', 'caveat.outside', 'caveat.many']
      .map((k) => tInfluence(locale, k as InfluenceKey))
      .join(' '),
  });
  const readinessLines = report.readiness.checks.flatMap((check) =>
    wrap(
      `${check.warn ? '!' : '·'} ${tc(locale, 'labelled', {
        label: readinessLabel(check, by, locale),
        text: readinessSentence(check, report.readiness, by, locale),
      })}`,
      width,
    ),
  );
  return [
    ...wrap(tReadiness(locale, 'block.heading'), width),
    ...readinessLines,
    '',
    ...wrap(
      tc(locale, 'summary.influence', {
        format: report.format,
        conversions: number(report.conversions),
        rate,
        by: tc(locale, by === 'channel' ? 'col.channel' : 'col.campaign'),
      }),
      width,
    ),
    '',
    renderTable(columns, rows, width),
    ...tieSentences(report.uncertainty.tiedWithinNoise, locale).flatMap((t) => wrap(t, width)),
    '',
    ...liftLines(report, keyHeader, locale, width),
    ...wrap(caveats, width),
    ...noteTexts(report.noteFacts, locale).flatMap((text) =>
      wrap(tc(locale, 'note.line', { text }), width),
    ),
    ...wrap(engineLine(locale, engine, report, count), width),
  ].join('\n');
}

/**
 * The lift table under the models' table, as in the sheet: its caveat first, so no lift figure
 * is read without "correlation, not proof"; the reason instead when there is nothing to compare.
 */
function liftLines(
  report: InfluenceReport,
  keyHeader: string,
  locale: Locale,
  width: number,
): string[] {
  if (Object.keys(report.spread).length === 0) return [];
  const say = (key: IncrementalityKey) => tIncrementality(locale, key);
  const heading = wrap(say('lift.heading'), width);
  if (report.lift.length === 0) return [...heading, ...wrap(say('lift.none'), width), ''];
  const columns = comparisonColumns(locale, keyHeader, 'column.touched', 'column.untouched');
  const rows = report.lift.map((row) =>
    comparisonRow(
      { name: row.campaign, first: row.touched, second: row.untouched, ...row },
      locale,
    ),
  );
  return [
    ...heading,
    ...wrap(`! ${say('lift.caveat')}`, width),
    renderTable(columns, rows, width),
    '',
  ];
}
