/**
 * The "Influence report" sheet as one rectangular block, so the adapter writes it with a single
 * setValues, setNumberFormats, setFontWeights and setBackgrounds whatever the number of campaigns.
 *
 *   row 1   title
 *   row 2   Conversions | n | Base conversion rate | rate (or why it is unknown)
 *   row 4   header: Campaign | one column per model | revenue per model | lowest | highest |
 *           top 3 under every model? | removal effect
 *   row 5…  one row per campaign, most credited first (mean over the models, then name)
 *   then    the caveat box: heading, the three caveats, notes on models left out
 *
 * The chart plots the campaign column and the conversion columns, header row included, so the
 * models stand side by side for each campaign.
 */
import type { CreditBy, InfluenceReport, ModelName, PathNote } from '../../attribution';
import { MODEL_NAMES, pathNoteText } from '../../attribution';
import { type InfluenceKey, tInfluence } from '../../i18n/influence';
import type { Params } from '../../i18n/messages';
import type { Locale } from '../../types';
import {
  blank,
  type Cell,
  COLORS,
  FORMATS,
  linesWithin,
  num,
  type PlannedCell,
  text,
} from './cells';
import { columnWidthFor, DEFAULT_COLUMN_PX } from '../widths';
import type { HoldoutSection } from '../../incrementality/section';
import { holdoutBlock, holdoutCampaigns } from './holdout-block';
import { liftBlock } from './lift-block';

export type { PlannedCell } from './cells';
export { COLORS, FORMATS, linesWithin } from './cells';
export type FontWeight = 'bold' | 'normal';

export interface ChartPlan {
  /** Charts.ChartType name: horizontal bars, one series per model. */
  readonly type: 'BAR';
  readonly title: string;
  /** 1-based, header row included. */
  readonly range: {
    readonly row: number;
    readonly column: number;
    readonly numRows: number;
    readonly numColumns: number;
  };
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface InfluenceSheetPlan {
  /** Strings are already forced to text (see text-cell.ts). */
  readonly values: PlannedCell[][];
  readonly numberFormats: string[][];
  readonly fontWeights: FontWeight[][];
  readonly backgrounds: string[][];
  /** Rows to freeze: everything down to the header row. */
  readonly frozenRows: number;
  readonly campaigns: readonly string[];
  /** null when there is no campaign to plot. */
  readonly chart: ChartPlan | null;
  /** The tab's name in the user's language ("Influence report", "Rapport d’influence"). */
  readonly sheetName: string;
  /** Pixel width of column A, wide enough for every campaign name and label in it. */
  readonly nameWidth: number;
  /** 1-based rows whose cells wrap (the summary and the header: long labels in narrow columns). */
  readonly wrapRows: { readonly from: number; readonly count: number };
}

/** Every name the report tab has had, in any language: the sheet is found (and renamed) by them. */
export const INFLUENCE_SHEET_NAMES: readonly string[] = [
  tInfluence('en', 'sheet.tab'),
  tInfluence('fr', 'sheet.tab'),
];

export const HEADER_ROW = 4;

/** Mean credit over the models, highest first; ties in name order (code units, locale-free). */
function campaignOrder(report: InfluenceReport, models: readonly ModelName[]): string[] {
  const mean = (key: string) =>
    models.reduce((sum, m) => sum + (report.models[m]?.[key] ?? 0), 0) / Math.max(1, models.length);
  const scored = Object.keys(report.spread).map((key) => ({ key, score: mean(key) }));
  scored.sort((a, b) =>
    b.score !== a.score ? b.score - a.score : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  return scored.map((s) => s.key);
}

/** `by`: what the keys are — campaigns, or channels (`--by channel`, the Channel setting). */
export function planInfluenceSheet(
  report: InfluenceReport,
  locale: Locale,
  by: CreditBy = 'campaign',
  inputNotes: readonly PathNote[] = [],
  holdout: HoldoutSection | null = null,
): InfluenceSheetPlan {
  const say = (key: InfluenceKey, params?: Params) => tInfluence(locale, key, params);
  const modelLabel = (m: ModelName) => say(`model.${m}` as const);
  const models = MODEL_NAMES.filter((m) => report.models[m] !== undefined);
  const revenueModels = MODEL_NAMES.filter((m) => report.revenue[m] !== undefined);
  const campaigns = campaignOrder(report, models);

  const header: Cell[] = [
    text(say(by === 'channel' ? 'column.channel' : 'column.campaign'), true),
    ...models.map((m) => text(modelLabel(m), true)),
    ...revenueModels.map((m) => text(say('column.revenue', { model: modelLabel(m) }), true)),
    text(say('column.min'), true),
    text(say('column.max'), true),
    text(say('column.robustness'), true),
    text(say('column.removal'), true),
  ];
  const body: Cell[][] = campaigns.map((key) => {
    const spread = report.spread[key];
    return [
      text(key),
      ...models.map((m) => num(report.models[m]?.[key] ?? 0, FORMATS.credit)),
      ...revenueModels.map((m) => num(report.revenue[m]?.[key] ?? 0, FORMATS.revenue)),
      num(spread.min, FORMATS.credit),
      num(spread.max, FORMATS.credit),
      text(say(`robustness.${spread.robustness}` as const)),
      num(report.removalEffects[key] ?? 0, FORMATS.share),
    ];
  });
  const summary: Cell[] = [
    text(say('sheet.conversions'), true),
    num(report.conversions, FORMATS.count),
    text(say('sheet.rate'), true),
    report.conversionRate === null
      ? text(say('sheet.rateUnknown'))
      : num(report.conversionRate, FORMATS.share),
  ];
  const notes: string[] = [];
  if (report.models.time_decay === undefined) notes.push(say('note.noTimeDecay'));
  if (revenueModels.length === 0) notes.push(say('note.noRevenue'));
  if (report.conversionRate === null) notes.push(say('note.noNulls'));
  // Cells read but not at face value, named in the user's language.
  for (const note of inputNotes) notes.push(pathNoteText(note, locale));
  const tableColumns = Math.max(header.length, summary.length);
  const nameWidth = columnWidthFor([
    ...campaigns,
    ...holdoutCampaigns(holdout),
    say('sheet.conversions'),
    say(by === 'channel' ? 'column.channel' : 'column.campaign'),
    say('caveat.heading'),
  ]);
  // The caveats span the table's width, one line per row.
  const tableWidth = nameWidth + (tableColumns - 1) * DEFAULT_COLUMN_PX;
  const keyHeader = say(by === 'channel' ? 'column.channel' : 'column.campaign');
  const lift = liftBlock(report.lift, campaigns.length, locale, keyHeader, tableWidth);
  const holdoutRows = holdoutBlock(holdout, locale, say('column.campaign'), tableWidth);
  const width = Math.max(tableColumns, ...[...lift, ...holdoutRows].map((row) => row.length));
  const caveats: Cell[][] = [
    [text(say('caveat.heading'), true)],
    ...(['caveat.sameDay', 'caveat.outside', 'caveat.many'] as const).flatMap((k) =>
      linesWithin(`• ${say(k)}`, tableWidth).map((line) => [text(line)]),
    ),
    ...notes.flatMap((n) => linesWithin(n, tableWidth).map((line) => [text(line)])),
  ];

  const rows: Cell[][] = [
    [text(say('sheet.title'), true)],
    summary,
    [],
    header,
    ...body,
    [],
    ...caveats,
    // What attribution cannot prove, then the two answers beyond it: lift, then holdout tests.
    ...(lift.length + holdoutRows.length > 0 ? [[], ...lift, ...holdoutRows] : []),
  ];
  const caveatStart = HEADER_ROW + body.length + 1;
  const filled = rows.map((row) => [
    ...row,
    ...Array.from({ length: width - row.length }, () => blank),
  ]);
  const background = (i: number) =>
    i === HEADER_ROW - 1 ? COLORS.header : i >= caveatStart && i < caveatStart + caveats.length ? COLORS.caveat : COLORS.plain;

  return {
    values: filled.map((row) => row.map((c) => c.value)),
    numberFormats: filled.map((row) => row.map((c) => c.format)),
    fontWeights: filled.map((row) => row.map((c) => (c.bold ? 'bold' : 'normal'))),
    backgrounds: filled.map((row, i) => row.map((c) => c.background ?? background(i))),
    frozenRows: HEADER_ROW,
    campaigns,
    sheetName: say('sheet.tab'),
    nameWidth,
    wrapRows: { from: 2, count: HEADER_ROW - 1 },
    chart:
      campaigns.length === 0 || models.length === 0
        ? null
        : {
            type: 'BAR',
            title: say(by === 'channel' ? 'chart.titleChannel' : 'chart.title'),
            range: {
              row: HEADER_ROW,
              column: 1,
              numRows: campaigns.length + 1,
              numColumns: models.length + 1,
            },
            anchorRow: HEADER_ROW,
            anchorColumn: width + 2,
          },
  };
}
