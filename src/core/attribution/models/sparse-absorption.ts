/**
 * Absorption probabilities of a sparse absorbing chain, and how much of them each removal loses,
 * by Gauss-Seidel sweeps on the transient graph (no matrix is ever formed or inverted).
 *
 * Why iterative: every journey ends, so each sweep shrinks the error by the chain's spectral
 * radius (below 1); sweeps cost one pass over the transitions that occur, and real transition
 * graphs are sparse, so k removals cost k × sweeps × transitions instead of a dense m³.
 *
 * A removal makes a set A of states absorbing with nothing to collect. What it loses from a state
 * i is d_i = Σ_j Q_ij d_j, with d_a = x_a on A (x the chain's own absorption value): only the
 * ancestors of A can lose anything, so each removal sweeps only them, nearest first.
 */
import { denseEligible, denseRemovalLosses } from './dense-removal';
import type { TupleChain } from './tuple-chain';

/** Sweeps stop when no value moved by more than this fraction of the value from (start). */
const TOLERANCE = 1e-13;
/** A safety net only: journeys that end make every sweep converge long before this. */
const MAX_SWEEPS = 1_000_000;

export interface Absorption {
  /** Probability of ending in (conversion) from each state. */
  readonly conversion: Float64Array;
  /** Expected value collected from each state (the chain's `valueReward` units). */
  readonly value: Float64Array;
}

/** x = Q·x + toConversion and w = Q·w + valueReward, swept together. */
export function absorb(chain: TupleChain): Absorption {
  const { states, rowStart, successor, probability, toConversion, valueReward } = chain;
  const x = new Float64Array(states);
  const w = new Float64Array(states);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let moved = 0;
    // Later states mostly follow earlier ones in journeys: updating them first carries the
    // values back towards (start) within one sweep.
    for (let i = states - 1; i >= 0; i--) {
      let sx = toConversion[i];
      let sw = valueReward[i];
      for (let p = rowStart[i]; p < rowStart[i + 1]; p++) {
        sx += probability[p] * x[successor[p]];
        sw += probability[p] * w[successor[p]];
      }
      moved = Math.max(moved, Math.abs(sx - x[i]), Math.abs(sw - w[i]));
      x[i] = sx;
      w[i] = sw;
    }
    if (moved <= TOLERANCE * Math.max(x[0], w[0], Number.MIN_VALUE)) break;
  }
  return { conversion: x, value: w };
}

export interface RemovalLosses {
  /** Per key: conversion probability from (start) lost when its states are removed. */
  readonly conversion: Float64Array;
  readonly value: Float64Array;
}

/**
 * For every key, d(start) for the removal of all states containing it: by one inversion when
 * each key is one state and the states are few (`dense-removal.ts`), else by sparse sweeps.
 */
export function removalLosses(chain: TupleChain, base: Absorption): RemovalLosses {
  return denseEligible(chain) ? denseRemovalLosses(chain, base) : sparseRemovalLosses(chain, base);
}

/**
 * About how many multiply-adds `removalLosses` takes on this chain: the inversion's states³, or
 * a sweep of each key's ancestors' transitions some tens of times per key (`SWEEPS_SEEN`).
 */
export function removalWork(chain: TupleChain): number {
  if (denseEligible(chain)) return chain.states ** 3;
  return (chain.keyStart.length - 1) * chain.successor.length * SWEEPS_SEEN;
}

/** Sweeps a removal took to converge on generated and real paths (tens; the tolerance is tight). */
const SWEEPS_SEEN = 50;

/** The sparse solves, one per key. */
export function sparseRemovalLosses(chain: TupleChain, base: Absorption): RemovalLosses {
  const { states, keyStart, stateOfKey } = chain;
  const keys = keyStart.length - 1;
  const graph = { ...chain, ...predecessors(chain) };
  const work: RemovalWork = {
    loss: new Float64Array(2 * states),
    mark: new Int32Array(states).fill(-1),
    queue: new Int32Array(states),
    tolerance: TOLERANCE * Math.max(base.conversion[0], base.value[0], Number.MIN_VALUE),
  };
  const conversion = new Float64Array(keys);
  const value = new Float64Array(keys);
  for (let k = 0; k < keys; k++) {
    const removed = stateOfKey.subarray(keyStart[k], keyStart[k + 1]);
    const [x, w] = lossFromStart(graph, base, removed, k, work);
    conversion[k] = x;
    value[k] = w;
  }
  return { conversion, value };
}

interface RemovalWork {
  /** Per state, interleaved: conversion probability lost, value lost (0 outside a removal). */
  readonly loss: Float64Array;
  /** The removal that last reached each state. */
  readonly mark: Int32Array;
  readonly queue: Int32Array;
  readonly tolerance: number;
}

type Graph = TupleChain & ReturnType<typeof predecessors>;

function lossFromStart(
  graph: Graph,
  base: Absorption,
  removed: Int32Array,
  id: number,
  work: RemovalWork,
): [number, number] {
  const { rowStart, successor, probability, predStart, predecessor } = graph;
  const { loss, mark, queue, tolerance } = work;
  // The removed states lose all they would have collected; their ancestors follow, nearest first.
  let tail = 0;
  for (const a of removed) {
    mark[a] = id;
    loss[2 * a] = base.conversion[a];
    loss[2 * a + 1] = base.value[a];
    queue[tail++] = a;
  }
  const fixed = tail;
  for (let head = 0; head < tail; head++) {
    const s = queue[head];
    for (let p = predStart[s]; p < predStart[s + 1]; p++) {
      const i = predecessor[p];
      if (mark[i] !== id) {
        mark[i] = id;
        queue[tail++] = i;
      }
    }
  }
  for (let sweep = 0; sweep < MAX_SWEEPS && tail > fixed; sweep++) {
    let moved = 0;
    for (let q = fixed; q < tail; q++) {
      const i = queue[q];
      let sx = 0;
      let sw = 0;
      // Outside this removal's ancestors `loss` is 0: nothing is lost there.
      for (let p = rowStart[i]; p < rowStart[i + 1]; p++) {
        const j = 2 * successor[p];
        sx += probability[p] * loss[j];
        sw += probability[p] * loss[j + 1];
      }
      const change = Math.abs(sx - loss[2 * i]) + Math.abs(sw - loss[2 * i + 1]);
      if (change > moved) moved = change;
      loss[2 * i] = sx;
      loss[2 * i + 1] = sw;
    }
    if (moved <= tolerance) break;
  }
  const reached = mark[0] === id;
  const result: [number, number] = reached ? [loss[0], loss[1]] : [0, 0];
  for (let q = 0; q < tail; q++) {
    loss[2 * queue[q]] = 0;
    loss[2 * queue[q] + 1] = 0;
  }
  return result;
}

function predecessors(chain: TupleChain) {
  const { states, rowStart, successor } = chain;
  const predStart = new Int32Array(states + 1);
  for (let p = 0; p < successor.length; p++) predStart[successor[p] + 1]++;
  for (let i = 0; i < states; i++) predStart[i + 1] += predStart[i];
  const fill = predStart.slice(0, states);
  const predecessor = new Int32Array(successor.length);
  for (let i = 0; i < states; i++) {
    for (let p = rowStart[i]; p < rowStart[i + 1]; p++) predecessor[fill[successor[p]]++] = i;
  }
  return { predStart, predecessor };
}
