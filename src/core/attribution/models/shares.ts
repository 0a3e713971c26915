/**
 * Rule-based models give each converting journey shares per touch position that sum to 1; the
 * journey's conversions (its weight) and its value are then split by those shares.
 */
import type { CreditInput, CreditJourney } from '../journey';

/** Writes the share of each touch position 0..steps.length-1 into `out`; they sum to 1. */
export type ShareRule = (journey: CreditJourney, out: Float64Array) => void;

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
