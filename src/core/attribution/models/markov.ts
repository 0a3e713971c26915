/**
 * First-order Markov attribution with removal effects, as ChannelAttribution defines it, solved
 * exactly instead of by simulation (so a report never changes between runs).
 *
 * Chain: state 0 is (start), key k is state k+1, plus the absorbing (conversion) and (null).
 * Transition counts come from the journeys, weighted by how many each stands for: start → first
 * step, step → next step (self-loops kept), last step → conversion or null.
 *
 * Self-loops: ChannelAttribution's markov_model collapses repeated steps (A > A > B → A > B),
 * its transition_matrix keeps them by default. It makes no difference to any result here: a loop
 * at state s with probability p scales the other exits of s by 1/(1 − p), so where the chain goes
 * when it leaves s, and thus every absorption probability, is unchanged.
 *
 * Removal effect of k: RE_k = 1 − CR_without_k / CR, where CR is the probability of absorbing in
 * (conversion) from (start), and CR_without_k the same when reaching k sends the journey to (null).
 * By the strong Markov property, P(convert) = P(convert, never visiting k) + P(hit k)·P(convert | at k),
 * so CR − CR_without_k = H(start, k)·x_k with H(start, k) = N[start][k] / N[k][k] (N the
 * fundamental matrix) and x_k the conversion probability from k. Hence, with no cancellation:
 *   RE_k = N[start][k] · x_k / (N[k][k] · CR)
 * One inversion serves every k: O(m³) for m states (12 channels: instant; 1,000 campaigns: ~1 s).
 *
 * Revenue, as ChannelAttribution: a conversion reached from state s is worth the mean value of the
 * observed conversions whose last step was s, so the expected value is N·g with g_s = value_s /
 * exits_s, and value removal effects follow the same formula with g in place of the conversion
 * exits. Credit = total × RE_k / Σ RE (conversions and revenue separately).
 */
import type { CreditInput } from '../journey';
import { invert, multiply, solve } from './absorbing-chain';
import type { Attribution } from './shares';

export interface MarkovChain {
  /** Transient states: (start) and one per key. */
  readonly states: number;
  /** I − Q, row-major states × states. */
  readonly transient: Float64Array;
  /** Probability of moving from each state straight to (conversion). */
  readonly toConversion: Float64Array;
  /**
   * Expected value collected when moving from each state straight to (conversion), as a fraction
   * of the total value (removal effects are ratios, so the scale does not matter).
   */
  readonly valueReward: Float64Array;
  readonly conversions: number;
  readonly value: number;
}

export interface MarkovResult extends Attribution {
  /** RE_k per key id (conversions). */
  readonly removalEffects: Float64Array;
  readonly valueRemovalEffects: Float64Array;
  /** The chain's probability of conversion from (start). */
  readonly conversionRate: number;
}

export function markovChain(input: CreditInput): MarkovChain {
  const m = input.keys.length + 1;
  const counts = new Float64Array(m * m);
  const exits = new Float64Array(m);
  const converted = new Float64Array(m);
  const valued = new Float64Array(m);
  let conversions = 0;
  let value = 0;
  for (const j of input.journeys) {
    const steps = j.steps;
    if (steps.length === 0 || j.weight <= 0) continue;
    const w = j.weight;
    let prev = 0;
    for (let i = 0; i < steps.length; i++) {
      const next = steps[i] + 1;
      counts[prev * m + next] += w;
      exits[prev] += w;
      prev = next;
    }
    exits[prev] += w;
    if (j.converted) {
      converted[prev] += w;
      valued[prev] += j.value;
      conversions += w;
      value += j.value;
    }
  }
  const transient = new Float64Array(m * m);
  const toConversion = new Float64Array(m);
  const valueReward = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    transient[i * m + i] = 1;
    if (exits[i] === 0) continue;
    for (let k = 0; k < m; k++) transient[i * m + k] -= counts[i * m + k] / exits[i];
    toConversion[i] = converted[i] / exits[i];
    // Value as a share of the total, so tiny or huge currencies never underflow or overflow.
    valueReward[i] = value > 0 ? valued[i] / value / exits[i] : 0;
  }
  return { states: m, transient, toConversion, valueReward, conversions, value };
}

/**
 * CR from (start), optionally with one key removed, by a direct solve of the removed chain. The
 * report uses the closed form in `markov`; this is the textbook definition it is checked against.
 */
export function conversionProbability(chain: MarkovChain, removedKey: number | null): number {
  const m = chain.states;
  const a = Float64Array.from(chain.transient);
  const r = Float64Array.from(chain.toConversion);
  if (removedKey !== null) {
    const s = removedKey + 1;
    for (let k = 0; k < m; k++) a[s * m + k] = k === s ? 1 : 0;
    r[s] = 0;
  }
  const x = solve(a, r, m);
  return x === null ? 0 : x[0];
}

export function markov(input: CreditInput): MarkovResult {
  const keys = input.keys.length;
  const chain = markovChain(input);
  const m = chain.states;
  const conversions = new Float64Array(keys);
  const revenue = new Float64Array(keys);
  const removalEffects = new Float64Array(keys);
  const valueRemovalEffects = new Float64Array(keys);
  const n = chain.conversions > 0 ? invert(chain.transient, m) : null;
  if (n === null)
    return { conversions, revenue, removalEffects, valueRemovalEffects, conversionRate: 0 };

  const x = multiply(n, chain.toConversion, m);
  const w = multiply(n, chain.valueReward, m);
  const rate = x[0];
  const expectedValue = w[0];
  let sumRe = 0;
  let sumValueRe = 0;
  for (let k = 0; k < keys; k++) {
    const s = k + 1;
    const hit = n[s] / n[s * m + s];
    removalEffects[k] = rate > 0 ? Math.min(1, Math.max(0, (hit * x[s]) / rate)) : 0;
    valueRemovalEffects[k] =
      expectedValue > 0 ? Math.min(1, Math.max(0, (hit * w[s]) / expectedValue)) : 0;
    sumRe += removalEffects[k];
    sumValueRe += valueRemovalEffects[k];
  }
  for (let k = 0; k < keys; k++) {
    if (sumRe > 0) conversions[k] = (chain.conversions * removalEffects[k]) / sumRe;
    if (sumValueRe > 0) revenue[k] = (chain.value * valueRemovalEffects[k]) / sumValueRe;
  }
  return { conversions, revenue, removalEffects, valueRemovalEffects, conversionRate: rate };
}
