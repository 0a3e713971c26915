/**
 * `cadence import <review> <source>`: the numbers of a tool's export matched to the review's
 * programs, previewed as a table or the exact `--json` contract; `--out` writes the workbook the
 * add-on's own import produces, run through dist/Code.js as `review --out` does.
 */
import path from 'path';
import { dayInZone, parseIso, toIso, type DayNumber } from '../../core/dates';
import { tImport } from '../../core/i18n/import';
import { tc } from '../../core/i18n/cli';
import { importJson, importMessage } from '../../core/import/json';
import { planImport, shownNumber, type ImportPlan } from '../../core/import/plan';
import { readReviewSheet } from '../../core/review/sheet';
import type { CellValue, Locale } from '../../core/types';
import { InputError, pickSheet, readWorkbook } from '../files/read-grid';
import { loadReviewSheet, runAddOnOnFile, spreadsheetLocaleOf } from './addon-workbook';
import { langOption, prepareOutput, timeZoneOption, todayOption } from './options';

export interface ImportCliOptions {
  sheet?: string;
  sourceSheet?: string;
  date?: string;
  today?: string;
  overwrite?: boolean;
  json?: boolean;
  out?: string;
  tz?: string;
  lang?: string;
}

function dateOption(text: string | undefined): DayNumber | undefined {
  if (text === undefined) return undefined;
  const day = parseIso(text);
  if (day === null)
    throw new InputError((l) =>
      l === 'fr'
        ? `--date : date attendue au format AAAA-MM-JJ, reçu « ${text} »`
        : `--date: expected a YYYY-MM-DD date, got "${text}"`,
    );
  return day;
}

/**
 * google.script.run carries no Dates: a source's date cells travel as YYYY-MM-DD text, the day
 * they show in the spreadsheet's zone (a Paris midnight is the day before in UTC).
 */
function jsonSafe(rows: CellValue[][], timeZone: string): Array<Array<string | number | boolean>> {
  return rows.map((row) =>
    row.map((c) => {
      if (!(c instanceof Date)) return c;
      const day = dayInZone(c, timeZone);
      return day === null ? '' : toIso(day);
    }),
  );
}

function table(plan: ImportPlan, locale: Locale): string {
  const t = (key: Parameters<typeof tImport>[1], params?: Record<string, string | number>) =>
    tImport(locale, key, params);
  const lines = [
    t('table.title', {
      source: plan.sourceName,
      tool: t(`tool.${plan.tool}`),
      column: plan.column.letter,
      date: toIso(plan.date),
      created: plan.column.created ? t('table.created') : '',
    }),
    '',
    t('table.matched', { count: plan.matched.length }),
  ];
  for (const m of plan.matched) {
    const value = m.value === null ? '—' : shownNumber(m.value, locale);
    const written = m.written ? '' : `  (${t('table.notWritten')})`;
    lines.push(
      `  ${m.row}  ${m.name} ← ${m.source.row} ${m.source.name} · ${m.source.column ?? '—'} = ${value} · ${Math.round(m.confidence * 100)} %${written}`,
    );
  }
  if (plan.ambiguous.length > 0) {
    lines.push('', t('table.ambiguous', { count: plan.ambiguous.length }));
    for (const a of plan.ambiguous) {
      const candidates = a.candidates
        .map((c) => `${c.row} ${c.name} (${Math.round(c.confidence * 100)} %)`)
        .join(' | ');
      lines.push(`  ${a.row}  ${a.name} ? ${candidates}`);
    }
  }
  const list = (rows: readonly number[]) => (rows.length > 0 ? rows.join(', ') : '—');
  lines.push(
    '',
    t('table.unmatchedPrograms', { rows: list(plan.unmatchedPrograms) }),
    t('table.unmatchedSource', { rows: list(plan.unmatchedSource) }),
  );
  if (plan.diagnostics.length > 0) {
    lines.push('');
    for (const d of plan.diagnostics) lines.push(`  ${importMessage(locale, d)}`);
  }
  lines.push('', t('table.written', { count: plan.writes.length }));
  return lines.join('\n');
}

export async function runImport(
  reviewFile: string,
  sourceFile: string,
  options: ImportCliOptions,
): Promise<string> {
  const lang = langOption(options.lang);
  const timeZone = timeZoneOption(options.tz);
  const today = todayOption(options.today, timeZone);
  const date = dateOption(options.date);
  if (options.out !== undefined) await prepareOutput('--out', options.out);
  const review = pickSheet(await readWorkbook(reviewFile, timeZone), options.sheet, reviewFile);
  const source = pickSheet(
    await readWorkbook(sourceFile, timeZone),
    options.sourceSheet,
    sourceFile,
  );
  const { columns } = readReviewSheet(review.rows, { timeZone, today });
  const language: Locale = lang ?? columns.language ?? 'en';
  // The preview and --out read the review with the same spreadsheet locale as `review --out`.
  const spreadsheetLocale = spreadsheetLocaleOf(columns.conventions);
  const sourceName = path.basename(sourceFile);
  const plan = planImport({
    review: review.rows,
    source: source.rows,
    sourceName,
    timeZone,
    today,
    locale: spreadsheetLocale,
    ...(date === undefined ? {} : { date }),
    overwrite: options.overwrite === true,
    language,
  });
  if (plan.matched.length + plan.ambiguous.length + plan.unmatchedSource.length === 0)
    throw new InputError((l) => tImport(l, 'error.noSourceRows'));
  if (options.out !== undefined) {
    await runAddOnOnFile({
      input: reviewFile,
      output: options.out,
      timeZone,
      today,
      locale: language,
      spreadsheetLocale,
      actions: [
        {
          name: 'applyImport',
          args: [
            {
              source: { kind: 'rows', name: sourceName, rows: jsonSafe(source.rows, timeZone) },
              ...(date === undefined ? {} : { date: toIso(date) }),
              overwrite: options.overwrite === true,
            },
          ],
        },
      ],
      load: loadReviewSheet(reviewFile, review.name, timeZone),
    });
    if (!options.json) process.stderr.write(`${tc(language, 'wrote', { file: options.out })}\n`);
  }
  return options.json ? JSON.stringify(importJson(plan), null, 2) : table(plan, language);
}
