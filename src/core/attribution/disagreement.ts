/**
 * How much the models disagree about each campaign, since no single model can be trusted: for each
 * key, the lowest and highest credit any model gives it. Whether two campaigns' ranks can be told
 * apart at all is the bootstrap's business (uncertainty.ts: "tied within noise").
 */
import type { Credits, ModelName } from './vocabulary';

export interface KeySpread {
  readonly min: number;
  readonly max: number;
}

export function disagreement(
  keys: readonly string[],
  models: Partial<Record<ModelName, Credits>>,
): Record<string, KeySpread> {
  const credits = Object.values(models).filter((c): c is Credits => c !== undefined);
  const result: Record<string, KeySpread> = {};
  for (const key of keys) {
    const values = credits.map((model) => model[key] ?? 0);
    result[key] = {
      min: values.length > 0 ? Math.min(...values) : 0,
      max: values.length > 0 ? Math.max(...values) : 0,
    };
  }
  return result;
}
