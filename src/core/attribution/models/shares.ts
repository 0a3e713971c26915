/**
 * Rule-based models give each converting journey shares per touch position that sum to 1; the
 * journey's conversions (its weight) and its value are then split by those shares.
 */
import type { CreditInput, CreditJourney } from '../journey';
import type { ModelSettings } from '../vocabulary';

/** Writes the share of each touch position 0..steps.length-1 into `out`; they sum to 1. */
export type ShareRule = (journey: CreditJourney, out: Float64Array) => void;

/** A model's rule for one run (it may keep scratch arrays sized to the input's keys). */
export type ShareRules = (input: CreditInput, settings: ModelSettings) => ShareRule;

/** Credit per key id, for conversions and for revenue. */
export interface Attribution {
  readonly conversions: Float64Array;
  readonly revenue: Float64Array;
}

export function attributeByShares(input: CreditInput, rule: ShareRule): Attribution {
  const conversions = new Float64Array(input.keys.length);
  const revenue = new Float64Array(input.keys.length);
  let longest = 0;
  for (const j of input.journeys) longest = Math.max(longest, j.steps.length);
  const shares = new Float64Array(longest);
  for (const j of input.journeys) {
    if (!j.converted || j.steps.length === 0) continue;
    shares.fill(0, 0, j.steps.length);
    rule(j, shares);
    for (let i = 0; i < j.steps.length; i++) {
      conversions[j.steps[i]] += j.weight * shares[i];
      revenue[j.steps[i]] += j.value * shares[i];
    }
  }
  return { conversions, revenue };
}

/**
 * Each converting journey's own credit for one conversion, per distinct key it touched (what
 * `attributeByShares` gives a journey of weight 1 whose keys are renamed apart): touch i of
 * journey j adds its share to `units[slot[start[j] + i]]`.
 */
export function unitCredits(
  input: CreditInput,
  rule: ShareRule,
  start: Int32Array,
  slot: Int32Array,
  units: number,
): Float64Array {
  const credit = new Float64Array(units);
  let longest = 0;
  for (const j of input.journeys) longest = Math.max(longest, j.steps.length);
  const shares = new Float64Array(longest);
  input.journeys.forEach((j, index) => {
    if (!j.converted || j.steps.length === 0) return;
    shares.fill(0, 0, j.steps.length);
    rule(j, shares);
    const base = start[index];
    for (let i = 0; i < j.steps.length; i++) credit[slot[base + i]] += shares[i];
  });
  return credit;
}
