/**
 * The "Influence report" sheet as one rectangular block, so the adapter writes it with a single
 * setValues, setNumberFormats, setFontWeights and setBackgrounds whatever the number of campaigns.
 * It is a stack of blocks, each planned by its own function (see layout.ts):
 *
 *   title
 *   readiness    the questions to ask before trusting any model, one row per check
 *   summary      Conversions | n, then Base conversion rate | rate (or why it is unknown)
 *   credits      header: Campaign | one column per model | each model's 95 % interval |
 *                revenue per model | lowest | highest | tied within noise with | removal effect;
 *                then one row per campaign, most credited first (mean over the models, then name)
 *   ties         the rankings the data cannot separate, and how the intervals were made
 *   caveats      the caveat box: heading, the three caveats, notes on models left out
 *   last touch   one row per converted lead (touch tables only)
 *
 * The chart plots the campaign column and the conversion columns, header row included, so the
 * models stand side by side for each campaign.
 */
import type { CreditBy, InfluenceReport } from '../../attribution';
import type { HoldoutSection } from '../../incrementality/section';
import { tInfluence } from '../../i18n/influence';
import type { Locale } from '../../types';
import { columnWidthFor, DEFAULT_COLUMN_PX } from '../widths';
import { caveatBlock, caveatHeading } from './caveat-block';
import { lastTouchBlock } from './last-touch-block';
import { readinessBlock, readinessLabels } from './readiness-block';
import { tiesBlock } from './ties-block';
import { creditBlock } from './credit-block';
import { fittedTexts, layBlocks, type LaidCells, row, type SheetBlock, widthOf } from './layout';
import { voice } from './say';
import { summaryBlock, titleBlock } from './summary-block';

export type { FontWeight, PlannedCell } from './cells';
export { COLORS, FORMATS, linesWithin } from './cells';
import { holdoutBlock, holdoutCampaigns } from './holdout-block';
import { liftBlock } from './lift-block';
import type { Cell } from './cells';

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

export interface InfluenceSheetPlan extends LaidCells {
  /** Rows to freeze: the title only (the readiness block above the table is too tall to pin). */
  readonly frozenRows: number;
  /** 1-based row of the credit table's header. */
  readonly headerRow: number;
  readonly campaigns: readonly string[];
  /** null when there is no campaign to plot. */
  readonly chart: ChartPlan | null;
  /** The tab's name in the user's language ("Influence report", "Rapport d’influence"). */
  readonly sheetName: string;
  /** Pixel width of column A, wide enough for every campaign name and label in it. */
  readonly nameWidth: number;
}

/** Every name the report tab has had, in any language: the sheet is found (and renamed) by them. */
export const INFLUENCE_SHEET_NAMES: readonly string[] = [
  tInfluence('en', 'sheet.tab'),
  tInfluence('fr', 'sheet.tab'),
];

/** `by`: what the keys are — campaigns, or channels (`--by channel`, the Channel setting). */
export function planInfluenceSheet(
  report: InfluenceReport,
  locale: Locale,
  by: CreditBy = 'campaign',
  holdout: HoldoutSection | null = null,
): InfluenceSheetPlan {
  const v = voice(locale, by);
  const credits = creditBlock(report, v);
  const lastTouch = lastTouchBlock(report, v);
  const tables = [summaryBlock(report, v), credits, ...(lastTouch ? [lastTouch] : [])];
  const width = widthOf(tables);
  const nameWidth = columnWidthFor([
    ...fittedTexts(tables),
    ...readinessLabels(report, v),
    ...holdoutCampaigns(holdout),
    caveatHeading(v),
  ]);
  // Sentences span the table's width, one line per row.
  const tablePx = nameWidth + (width - 1) * DEFAULT_COLUMN_PX;
  const ties = tiesBlock(report, v, tablePx);
  // What attribution cannot prove, then the two answers beyond it: lift, then holdout tests.
  const asBlock = (rows: Cell[][]): SheetBlock[] =>
    rows.length === 0 ? [] : [{ rows: rows.map((cells) => row(cells)) }];
  const lift = asBlock(
    liftBlock(
      report.lift,
      credits.campaigns.length,
      locale,
      v.say(by === 'channel' ? 'column.channel' : 'column.campaign'),
      tablePx,
    ),
  );
  const holdoutRows = asBlock(holdoutBlock(holdout, locale, v.say('column.campaign'), tablePx));
  const blocks: SheetBlock[] = [
    titleBlock(v),
    readinessBlock(report, v, nameWidth, tablePx),
    summaryBlock(report, v),
    credits,
    ...(ties ? [ties] : []),
    caveatBlock(report, v, tablePx),
    ...lift,
    ...holdoutRows,
    ...(lastTouch ? [lastTouch] : []),
  ];
  const laid = layBlocks(blocks, Math.max(width, widthOf([...lift, ...holdoutRows])));
  const headerRow = laid.starts[blocks.indexOf(credits)];
  const { campaigns, models } = credits;

  return {
    values: laid.values,
    numberFormats: laid.numberFormats,
    fontWeights: laid.fontWeights,
    backgrounds: laid.backgrounds,
    wraps: laid.wraps,
    frozenRows: 1,
    headerRow,
    campaigns,
    sheetName: v.say('sheet.tab'),
    nameWidth,
    chart:
      campaigns.length === 0 || models.length === 0
        ? null
        : {
            type: 'BAR',
            title: v.say(by === 'channel' ? 'chart.titleChannel' : 'chart.title'),
            range: {
              row: headerRow,
              column: 1,
              numRows: campaigns.length + 1,
              numColumns: models.length + 1,
            },
            anchorRow: headerRow,
            anchorColumn: width + 2,
          },
  };
}
