/**
 * The credit table: a header row, then one row per campaign (most credited first) with one column
 * per model, then each model's 95 % interval in the same order (the credit columns stay side by
 * side for the chart), revenue per model, the lowest and highest credit, the campaigns it is tied
 * with within noise, and the Markov removal effect.
 */
import type { InfluenceReport, ModelName } from '../../attribution';
import { MODEL_NAMES, rankByMeanCredit, tiedWith } from '../../attribution';
import { tReadiness } from '../../i18n/readiness';
import { type Cell, COLORS, FORMATS, num, text } from './cells';
import { row, type SheetBlock } from './layout';
import { formatInterval, namesList } from './readiness-words';
import type { Voice } from './say';

const keyLabelOf = ({ say, by }: Voice) =>
  say(by === 'channel' ? 'column.channel' : 'column.campaign');

export interface CreditTable extends SheetBlock {
  /** Campaigns in row order. */
  readonly campaigns: readonly string[];
  /** The models with a conversion column, in column order (the chart plots them). */
  readonly models: readonly ModelName[];
}

export function creditBlock(report: InfluenceReport, voice: Voice): CreditTable {
  const { say, model } = voice;
  const models = MODEL_NAMES.filter((m) => report.models[m] !== undefined);
  const revenueModels = MODEL_NAMES.filter((m) => report.revenue[m] !== undefined);
  const campaigns = rankByMeanCredit(Object.keys(report.spread), report.models, models);
  const intervals = report.uncertainty.intervals;
  // Every model has its interval column once there are replicates, so the block keeps its width
  // when one model's interval is left out (Markov on a chain too big to resample; a note says so).
  const intervalModels = report.uncertainty.replicates > 0 ? models : [];
  const { locale } = voice;
  const header: Cell[] = [
    text(keyLabelOf(voice), true),
    ...models.map((m) => text(model(m), true)),
    ...intervalModels.map((m) =>
      text(tReadiness(locale, 'interval.column', { model: model(m) }), true),
    ),
    ...revenueModels.map((m) => text(say('column.revenue', { model: model(m) }), true)),
    text(say('column.min'), true),
    text(say('column.max'), true),
    text(tReadiness(locale, 'ties.column'), true),
    text(say('column.removal'), true),
  ];
  const body = campaigns.map((key) => {
    const spread = report.spread[key];
    return row(
      [
        text(key),
        ...models.map((m) => num(report.models[m]?.[key] ?? 0, FORMATS.credit)),
        ...intervalModels.map((m) => {
          const range = intervals[m]?.[key];
          return range === undefined ? text('') : text(formatInterval(range, locale));
        }),
        ...revenueModels.map((m) => num(report.revenue[m]?.[key] ?? 0, FORMATS.revenue)),
        num(spread.min, FORMATS.credit),
        num(spread.max, FORMATS.credit),
        text(namesList(tiedWith(report.uncertainty.tiedWithinNoise, key), locale)),
        num(report.removalEffects[key] ?? 0, FORMATS.share),
      ],
      COLORS.plain,
      true,
    );
  });
  const keyLabel = keyLabelOf(voice);
  return {
    rows: [row(header, COLORS.header, true), ...body],
    fitted: [...campaigns, keyLabel],
    campaigns,
    models,
  };
}
