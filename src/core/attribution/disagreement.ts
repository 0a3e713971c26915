/**
 * How much the models disagree about each campaign, since no single model can be trusted. For
 * each key: the lowest and highest credit any model gives it, and whether it ranks in the top 3
 * under every model ("robust"), under some ("model-dependent") or under none.
 *
 * Rank = 1 + the number of keys with strictly more credit (ties share a rank, so a three-way tie
 * for third keeps all three in the top 3). Credits closer than 1e-9 of the total count as tied,
 * so floating-point noise never decides. A key with no credit is never "top".
 */
import type { Credits, ModelName } from './vocabulary';

export type Robustness = 'robust' | 'model-dependent' | 'not-top-3';

export interface KeySpread {
  readonly min: number;
  readonly max: number;
  readonly robustness: Robustness;
}

export const TOP = 3;

export function disagreement(
  keys: readonly string[],
  models: Partial<Record<ModelName, Credits>>,
): Record<string, KeySpread> {
  const credits = Object.values(models).filter((c): c is Credits => c !== undefined);
  const topCounts = new Map<string, number>();
  for (const model of credits) {
    const values = keys.map((k) => model[k] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    const tolerance = 1e-9 * Math.max(1, total);
    keys.forEach((key, i) => {
      const above = values.filter((v) => v > values[i] + tolerance).length;
      if (values[i] > tolerance && above < TOP) topCounts.set(key, (topCounts.get(key) ?? 0) + 1);
    });
  }
  const result: Record<string, KeySpread> = {};
  for (const key of keys) {
    const values = credits.map((model) => model[key] ?? 0);
    const tops = topCounts.get(key) ?? 0;
    result[key] = {
      min: values.length > 0 ? Math.min(...values) : 0,
      max: values.length > 0 ? Math.max(...values) : 0,
      robustness:
        tops > 0 && tops === credits.length ? 'robust' : tops > 0 ? 'model-dependent' : 'not-top-3',
    };
  }
  return result;
}
