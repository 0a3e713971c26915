/**
 * The credit table: a header row, then one row per campaign (most credited first) with one column
 * per model, revenue per model, the lowest and highest credit, top-3 robustness and the Markov
 * removal effect.
 */
import type { InfluenceReport, ModelName } from '../../attribution';
import { MODEL_NAMES } from '../../attribution';
import { type Cell, COLORS, FORMATS, num, text } from './cells';
import { row, type SheetBlock } from './layout';
import type { Voice } from './say';

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
  const campaigns = campaignOrder(report, models);
  const header: Cell[] = [
    text(keyLabelOf(voice), true),
    ...models.map((m) => text(model(m), true)),
    ...revenueModels.map((m) => text(say('column.revenue', { model: model(m) }), true)),
    text(say('column.min'), true),
    text(say('column.max'), true),
    text(say('column.robustness'), true),
    text(say('column.removal'), true),
  ];
  const body = campaigns.map((key) => {
    const spread = report.spread[key];
    return row([
      text(key),
      ...models.map((m) => num(report.models[m]?.[key] ?? 0, FORMATS.credit)),
      ...revenueModels.map((m) => num(report.revenue[m]?.[key] ?? 0, FORMATS.revenue)),
      num(spread.min, FORMATS.credit),
      num(spread.max, FORMATS.credit),
      text(say(`robustness.${spread.robustness}` as const)),
      num(report.removalEffects[key] ?? 0, FORMATS.share),
    ]);
  });
  const keyLabel = keyLabelOf(voice);
  return {
    rows: [row(header, COLORS.header), ...body],
    fitted: [...campaigns, keyLabel],
    campaigns,
    models,
  };
}
