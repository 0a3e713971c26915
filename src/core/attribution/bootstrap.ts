/**
 * How sure is each credit: a percentile bootstrap over journeys (Efron & Tibshirani, "An
 * Introduction to the Bootstrap", ch. 13). Each replicate draws as many journeys as the data
 * holds, with replacement (a path row of weight w is w journeys), reruns every model and keeps
 * each campaign's credit; the 2.5th and 97.5th percentiles of the replicates are the 95 %
 * interval. The generator is seeded (stats/seeded-random.ts): the same data always gives the same
 * intervals, in Sheets, the CLI and the preview.
 *
 * Speed: every model but Markov gives each converting journey shares that do not depend on the
 * other journeys, so its credit is Σ count_j · unit_j. The unit credits are computed ONCE, by
 * applying the model's share rule to each converting journey with its keys numbered apart (journey
 * j's key k becomes its own unit), and a replicate is then one sparse sum. Markov is not additive (removal
 * effects), so it is rerun on each replicate's weights (at the report's Markov order), unless its
 * chain is too big to solve that many times (`MARKOV_REPLICATE_WORK`): then it is left out.
 *
 * Bounded: a replicate draws at most MAX_DRAWS journeys, whatever the data holds. Below that the
 * bootstrap is the plain one above. Above it, each replicate is an m-out-of-n bootstrap (Bickel,
 * Götze & van Zwet, "Resampling fewer than n observations", Statistica Sinica 7, 1997): m journeys
 * are drawn, the credit scaled to the data's size, and its distance to the data's own credit
 * shrunk by √(m/n), so the interval keeps the width of n draws. A million-row paths file (11 M
 * journeys) would otherwise draw 11 M journeys 200 times; this draws 20,000 200 times.
 */
import { mulberry32 } from '../stats/seeded-random';
import type { CreditInput } from './journey';
import { type ShareRules, unitCredits } from './models/shares';
import { MODELS } from './models/catalogue';
import { markov, markovOfChain } from './models/markov';
import { removalWork } from './models/sparse-absorption';
import { chainOfWalks, walksOf } from './models/tuple-chain';
import type { ModelName, ModelSettings } from './vocabulary';

export const DEFAULT_REPLICATES = 200;
/** Journeys drawn per replicate at most (m of the m-out-of-n bootstrap above). */
export const MAX_DRAWS = 20_000;
/** Fixed so that a report never changes between runs; printed in the JSON. */
export const BOOTSTRAP_SEED = 20_040_004;

/** Replicate credits: row r holds every key's credit in replicate r (`keys` columns). */
export interface ReplicateCredits {
  readonly replicates: number;
  readonly keys: number;
  readonly byModel: Partial<Record<ModelName, Float64Array>>;
  /**
   * Markov left out of the replicates: its chain is too big to solve again for each of them
   * (`MARKOV_REPLICATE_WORK`).
   */
  readonly markovLeftOut: boolean;
}

/**
 * What the replicates may spend on Markov, in multiply-adds of its removal solves
 * (`removalWork`): about 4 s of JavaScript on a laptop. Every other model costs one sparse sum per
 * replicate; Markov solves its chain again, and with 500 channels (or order 2 over 40 campaigns)
 * 200 replicates took minutes, so above this its interval is left out and the report says so.
 */
export const MARKOV_REPLICATE_WORK = 2e9;

/** Vose's alias method: O(1) draws of an index with probability proportional to its weight. */
function aliasSampler(weights: ArrayLike<number>, rand: () => number): () => number {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = Float64Array.from({ length: n }, (_, i) => (weights[i] * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    prob[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return () => {
    const u = rand() * n;
    const i = Math.min(n - 1, Math.floor(u));
    return u - i < prob[i] ? i : alias[i];
  };
}

/**
 * Each converting journey's distinct keys numbered apart ("units"), so every additive model's
 * credit per journey is computed once: journey j owns units unitStart[j] .. unitStart[j + 1], and
 * its touch i is unit slot[touchStart[j] + i].
 */
interface SplitJourneys {
  readonly unitStart: Int32Array;
  /** Per unit: the original key id. */
  readonly key: Int32Array;
  readonly touchStart: Int32Array;
  readonly slot: Int32Array;
}

function splitJourneys(input: CreditInput): SplitJourneys {
  const journeys = input.journeys;
  const unitStart = new Int32Array(journeys.length + 1);
  const touchStart = new Int32Array(journeys.length + 1);
  let touches = 0;
  for (const j of journeys) if (j.converted) touches += j.steps.length;
  const slot = new Int32Array(touches);
  const keyOf: number[] = [];
  // Journey j's unit of key k is unitOf[k] when seen[k] is j + 1: no map per journey.
  const seen = new Int32Array(input.keys.length);
  const unitOf = new Int32Array(input.keys.length);
  let touch = 0;
  journeys.forEach((j, index) => {
    unitStart[index] = keyOf.length;
    touchStart[index] = touch;
    if (!j.converted) return;
    for (let i = 0; i < j.steps.length; i++) {
      const k = j.steps[i];
      if (seen[k] !== index + 1) {
        seen[k] = index + 1;
        unitOf[k] = keyOf.length;
        keyOf.push(k);
      }
      slot[touch++] = unitOf[k];
    }
  });
  unitStart[journeys.length] = keyOf.length;
  touchStart[journeys.length] = touch;
  return { unitStart, key: Int32Array.from(keyOf), touchStart, slot };
}

export function bootstrapCredits(
  input: CreditInput,
  models: readonly ModelName[],
  settings: ModelSettings,
  replicates: number,
  seed = BOOTSTRAP_SEED,
  /** Markov's credit on all the journeys when the caller solved it already (the report has). */
  markovCredit: Float64Array | null = null,
): ReplicateCredits {
  const keys = input.keys.length;
  const journeys = input.journeys;
  const weights = journeys.map((j) => j.weight);
  const n = Math.round(weights.reduce((a, b) => a + b, 0));
  const byModel: Partial<Record<ModelName, Float64Array>> = {};
  for (const m of models) byModel[m] = new Float64Array(replicates * keys);
  if (n === 0 || replicates === 0) return { replicates: 0, keys, byModel, markovLeftOut: false };

  const draws = Math.min(n, MAX_DRAWS);
  const split = splitJourneys(input);
  const additive = models.filter((m) => MODELS[m].shares !== null);
  const units = additive.map((m) => {
    const rules = MODELS[m].shares as ShareRules;
    const rule = rules(input, settings);
    return unitCredits(input, rule, split.touchStart, split.slot, split.key.length);
  });
  const draw = aliasSampler(weights, mulberry32(seed));
  const counts = new Float64Array(journeys.length);
  const drawn = new Int32Array(draws);
  const rescale =
    draws < n
      ? fullDataRescale(input, additive, units, split, settings, n, draws, markovCredit)
      : null;
  // Markov is rerun on each replicate, from each journey's walk through the chain read once.
  let chain = byModel.markov;
  const walks = chain === undefined ? null : walksOf(input, settings.markovOrder);
  const walked = new Int32Array(draws);
  let markovLeftOut = false;

  for (let r = 0; r < replicates; r++) {
    let distinct = 0;
    for (let d = 0; d < draws; d++) {
      const j = draw();
      if (counts[j] === 0) drawn[distinct++] = j;
      counts[j]++;
    }
    // Journey order, as a pass over every journey would sum them: the same credits to the bit.
    const picked = drawn.subarray(0, distinct).sort();
    const offset = r * keys;
    const { unitStart, key } = split;
    for (let m = 0; m < additive.length; m++) {
      const out = byModel[additive[m]] as Float64Array;
      const unit = units[m];
      for (let i = 0; i < distinct; i++) {
        const j = picked[i];
        const c = counts[j];
        const end = unitStart[j + 1];
        for (let p = unitStart[j]; p < end; p++) out[offset + key[p]] += c * unit[p];
      }
    }
    if (chain !== undefined && walks !== null) {
      // The drawn journeys that walk at all (a journey without steps is no chain's), in order.
      let walking = 0;
      for (let i = 0; i < distinct; i++) {
        const j = picked[i];
        if (walks.start[j + 1] > walks.start[j]) walked[walking++] = j;
      }
      const replicate = chainOfWalks(walks, walked.subarray(0, walking), counts, null);
      // What one replicate's chain costs is what every replicate's costs, give or take a few
      // states and transitions not drawn.
      if (r === 0 && removalWork(replicate) * replicates > MARKOV_REPLICATE_WORK) {
        markovLeftOut = true;
        delete byModel.markov;
        chain = undefined;
      } else chain.set(markovOfChain(replicate, keys).conversions, offset);
    }
    for (let i = 0; i < distinct; i++) counts[picked[i]] = 0;
    if (rescale !== null) {
      for (const m of models) if (byModel[m] !== undefined) rescale(byModel[m], m, offset);
    }
  }
  return { replicates, keys, byModel, markovLeftOut };
}

/**
 * m of n drawn: a replicate's credit c (on m journeys) becomes θ + √(m/n)·(c·n/m − θ), θ the
 * credit on all n journeys, so that its spread is that of n draws.
 */
function fullDataRescale(
  input: CreditInput,
  additive: readonly ModelName[],
  units: readonly Float64Array[],
  split: SplitJourneys,
  settings: ModelSettings,
  n: number,
  m: number,
  markovCredit: Float64Array | null,
): (out: Float64Array, model: ModelName, offset: number) => void {
  const keys = input.keys.length;
  const full: Partial<Record<ModelName, Float64Array>> = {};
  if (markovCredit !== null) full.markov = markovCredit;
  additive.forEach((model, index) => {
    const credit = new Float64Array(keys);
    const unit = units[index];
    input.journeys.forEach((j, journey) => {
      for (let p = split.unitStart[journey]; p < split.unitStart[journey + 1]; p++)
        credit[split.key[p]] += j.weight * unit[p];
    });
    full[model] = credit;
  });
  const shrink = Math.sqrt(m / n);
  return (out, model, offset) => {
    full[model] ??= markov(input, settings.markovOrder).conversions;
    const theta = full[model] as Float64Array;
    for (let k = 0; k < keys; k++) {
      out[offset + k] = theta[k] + shrink * ((out[offset + k] * n) / m - theta[k]);
    }
  };
}
