/**
 * Markov attribution of order 1 to 4 with removal effects, as ChannelAttribution defines it,
 * solved exactly instead of by simulation (so a report never changes between runs).
 *
 * Chain (`tuple-chain.ts`): (start), one state per N-tuple of steps as ChannelAttribution builds
 * them, and the absorbing (conversion) and (null). Transition counts come from the journeys,
 * weighted by how many each stands for.
 *
 * Removal effect of key k, as ChannelAttribution's simulation counts it: a walk that enters any
 * state containing k goes to (null). RE_k = 1 − CR_without_k / CR = (CR − CR_without_k) / CR, where
 * CR is the probability of absorbing in (conversion) from (start). The loss CR − CR_without_k is
 * solved directly on the sparse graph (`sparse-absorption.ts`), with no cancellation.
 *
 * Repeated states: ChannelAttribution merges consecutive identical states (A > A > B → A > B). A
 * loop at state s with probability p would only scale the other exits of s by 1/(1 − p), so where
 * the chain goes when it leaves s, and thus every absorption probability, is the same either way.
 *
 * Revenue, as ChannelAttribution: a conversion reached from state s is worth the mean value of the
 * observed conversions whose last state was s, so the expected value solves w = Q·w + g with
 * g_s = value_s / exits_s; value removal effects follow the same way. Credit = total × RE_k / Σ RE
 * (conversions and revenue separately).
 */
import type { CreditInput } from '../journey';
import type { Attribution } from './shares';
import { absorb, removalLosses } from './sparse-absorption';
import { type TupleChain, tupleChain } from './tuple-chain';
import type { MarkovOrder } from '../vocabulary';

export interface MarkovResult extends Attribution {
  /** RE_k per key id (conversions). */
  readonly removalEffects: Float64Array;
  readonly valueRemovalEffects: Float64Array;
  /** The chain's probability of conversion from (start). */
  readonly conversionRate: number;
  /** Its transient states, (start) included (the report says it when they are too many). */
  readonly states: number;
}

const share = (part: number, whole: number): number =>
  whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;

export function markov(input: CreditInput, order: MarkovOrder = 1): MarkovResult {
  return markovOfChain(tupleChain(input, order), input.keys.length);
}

/** The credits of a chain already built (a bootstrap replicate builds its own from walks). */
export function markovOfChain(chain: TupleChain, keys: number): MarkovResult {
  const conversions = new Float64Array(keys);
  const revenue = new Float64Array(keys);
  const removalEffects = new Float64Array(keys);
  const valueRemovalEffects = new Float64Array(keys);
  const { states } = chain;
  if (chain.conversions <= 0)
    return { conversions, revenue, removalEffects, valueRemovalEffects, conversionRate: 0, states };

  const base = absorb(chain);
  const rate = base.conversion[0];
  const expectedValue = base.value[0];
  const lost = removalLosses(chain, base);
  let sumRe = 0;
  let sumValueRe = 0;
  for (let k = 0; k < keys; k++) {
    removalEffects[k] = share(lost.conversion[k], rate);
    valueRemovalEffects[k] = share(lost.value[k], expectedValue);
    sumRe += removalEffects[k];
    sumValueRe += valueRemovalEffects[k];
  }
  for (let k = 0; k < keys; k++) {
    if (sumRe > 0) conversions[k] = (chain.conversions * removalEffects[k]) / sumRe;
    if (sumValueRe > 0) revenue[k] = (chain.value * valueRemovalEffects[k]) / sumValueRe;
  }
  return {
    conversions,
    revenue,
    removalEffects,
    valueRemovalEffects,
    conversionRate: rate,
    states,
  };
}
