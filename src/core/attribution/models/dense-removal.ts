/**
 * Removal losses of a chain whose every key is in at most one state (order 1; at a higher order
 * only by chance), all at once, from the fundamental matrix G = (I − Q)⁻¹ when the states are few.
 * Removing a key removes every state containing it: here that one state, whatever else it holds.
 *
 * Why: removing key k makes its state a absorbing with nothing to collect, so (start) loses
 * f(a)·x_a, where f(a) is the probability of ever reaching a and x_a what a would have collected
 * (a walk is the same walk up to its first visit of a). The expected visits of a from (start),
 * G[start][a], are f(a) times the expected visits of a from a itself, G[a][a]: so one inversion
 * gives every key's loss, where the sparse solver (`sparse-absorption.ts`) sweeps once per key.
 * With 40 campaigns that is 41³ multiply-adds instead of 40 solves: the bootstrap, which solves
 * every replicate's chain again, is then no slower for Markov than for the other models.
 *
 * Hand-written: a Gauss-Jordan inversion is a dozen lines, and no kept JavaScript library offers
 * one on typed arrays. No pivoting is needed: every state of the chain reaches absorption (every
 * journey ends), so I − Q is a nonsingular M-matrix, whose leading minors are all positive: no
 * pivot is ever zero, and elimination keeps the rows diagonally dominant.
 */
import type { Absorption, RemovalLosses } from './sparse-absorption';
import type { TupleChain } from './tuple-chain';

/**
 * Above this many states the inversion (states³) costs more than the sparse solves of real
 * transition graphs, and its matrix (states² numbers) more memory than the chain.
 */
export const INVERTED_STATES = 256;

/** True when every key is at most one state and the states are few enough to invert. */
export function denseEligible(chain: TupleChain): boolean {
  if (chain.states > INVERTED_STATES) return false;
  const { keyStart } = chain;
  for (let k = 0; k + 1 < keyStart.length; k++) if (keyStart[k + 1] - keyStart[k] > 1) return false;
  return true;
}

/** (I − Q)⁻¹ of the chain's transient states, row-major. */
function fundamental(chain: TupleChain): Float64Array {
  const n = chain.states;
  const { rowStart, successor, probability } = chain;
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    g[i * n + i] = 1;
    for (let p = rowStart[i]; p < rowStart[i + 1]; p++) g[i * n + successor[p]] -= probability[p];
  }
  // In-place Gauss-Jordan: after step k, column k holds the inverse's column k.
  for (let k = 0; k < n; k++) {
    const rowK = k * n;
    const pivot = g[rowK + k];
    g[rowK + k] = 1;
    for (let j = 0; j < n; j++) g[rowK + j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const rowI = i * n;
      const factor = g[rowI + k];
      if (factor === 0) continue;
      g[rowI + k] = 0;
      for (let j = 0; j < n; j++) g[rowI + j] -= factor * g[rowK + j];
    }
  }
  return g;
}

/** Every key's loss from (start) when its one state is removed. */
export function denseRemovalLosses(chain: TupleChain, base: Absorption): RemovalLosses {
  const { keyStart, stateOfKey } = chain;
  const keys = keyStart.length - 1;
  const n = chain.states;
  const g = fundamental(chain);
  const conversion = new Float64Array(keys);
  const value = new Float64Array(keys);
  for (let k = 0; k < keys; k++) {
    if (keyStart[k + 1] === keyStart[k]) continue;
    // Never (start), state 0: no key is in it.
    const a = stateOfKey[keyStart[k]];
    const reach = g[a] / g[a * n + a];
    conversion[k] = reach * base.conversion[a];
    value[k] = reach * base.value[a];
  }
  return { conversion, value };
}
