/**
 * Intervals and ties from the bootstrap replicates (bootstrap.ts).
 *
 * Interval: the 2.5th and 97.5th percentiles of a model's replicate credits (R's type-7 quantile).
 * Tied within noise: walking the ranking (mean credit over the models, as the sheet's rows), two
 * campaigns are separable only when the 95 % interval of the difference of their mean credits,
 * taken replicate by replicate (paired: both come from the same resampled journeys), excludes 0.
 * A group is the top campaign not yet grouped and the campaigns below it that are not separable
 * from it: "webinar and email are tied within noise".
 * This replaces a top-3 label that called near-equal credits "robust" or "model-dependent"
 * depending on which side of a rank they fell. Campaigns with no credit in any replicate are left
 * out of the groups: they are not tied, they are absent.
 */
import { quantileSorted } from '../stats/quantile';
import type { ReplicateCredits } from './bootstrap';
import type { ModelName } from './vocabulary';

export type Interval = readonly [number, number];

export interface Uncertainty {
  /** Replicates drawn (0 when there was nothing to resample); the seed makes them repeatable. */
  readonly replicates: number;
  readonly seed: number;
  /** 95 % interval of each model's credit per campaign (or channel). */
  readonly intervals: Partial<Record<ModelName, Readonly<Record<string, Interval>>>>;
  /** Groups of two or more neighbours in the ranking that the data cannot tell apart. */
  readonly tiedWithinNoise: readonly (readonly string[])[];
}

const LOW = 0.025;
const HIGH = 0.975;

function interval(values: Float64Array): Interval {
  values.sort();
  return [quantileSorted(values, LOW), quantileSorted(values, HIGH)];
}

export function uncertainty(
  names: readonly string[],
  ranking: readonly string[],
  replicates: ReplicateCredits,
  seed: number,
): Uncertainty {
  const { byModel, keys } = replicates;
  const n = replicates.replicates;
  const models = (Object.keys(byModel) as ModelName[]).filter((m) => byModel[m] !== undefined);
  const idOf = new Map(names.map((name, id) => [name, id]));
  const column = (samples: Float64Array, id: number) =>
    Float64Array.from({ length: n }, (_, r) => samples[r * keys + id]);

  const intervals: Partial<Record<ModelName, Record<string, Interval>>> = {};
  if (n > 0) {
    for (const m of models) {
      const out: Record<string, Interval> = {};
      for (const key of ranking)
        out[key] = interval(column(byModel[m] as Float64Array, idOf.get(key) ?? 0));
      intervals[m] = out;
    }
  }

  const mean = new Float64Array(n * keys);
  for (const m of models) {
    const samples = byModel[m] as Float64Array;
    for (let i = 0; i < mean.length; i++) mean[i] += samples[i] / models.length;
  }
  const credited = ranking.filter((key) => column(mean, idOf.get(key) ?? 0).some((v) => v > 0));
  // Equal credits computed along different paths differ by rounding only: never a separation.
  let total = 0;
  for (let k = 0; k < keys; k++) total += Math.abs(mean[k]);
  const tolerance = 1e-9 * Math.max(1, total);
  const inseparable = (upper: string, lower: string): boolean => {
    const a = idOf.get(upper) ?? 0;
    const b = idOf.get(lower) ?? 0;
    const diff = Float64Array.from(
      { length: n },
      (_, r) => mean[r * keys + a] - mean[r * keys + b],
    );
    const [lo, hi] = interval(diff);
    return lo <= tolerance && hi >= -tolerance;
  };
  // A group grows down the ranking while each new key is inseparable from the group's top, so
  // "A, B and C are tied" never chains A to a C the data does tell apart from it.
  const groups: string[][] = [];
  let group: string[] = [];
  for (const key of credited) {
    if (n > 0 && group.length > 0 && inseparable(group[0], key)) {
      group.push(key);
      continue;
    }
    if (group.length > 1) groups.push(group);
    group = [key];
  }
  if (group.length > 1) groups.push(group);
  return { replicates: n, seed, intervals, tiedWithinNoise: groups };
}

/** For each key, the others of its tie group (empty when it stands apart). */
export function tiedWith(ties: readonly (readonly string[])[], key: string): readonly string[] {
  const group = ties.find((g) => g.includes(key));
  return group === undefined ? [] : group.filter((k) => k !== key);
}
