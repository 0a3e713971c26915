/**
 * The states and transitions of a Markov chain of order N, built as ChannelAttribution's
 * `markov_model` builds them (cran/ChannelAttribution src/ChannelAttribution.cpp,
 * `markov_model_cpp`): a path of at least N steps becomes its sliding N-tuples (a > b > c at
 * order 2 is (a,b) → (b,c)); a shorter path is one state made of all its steps; consecutive
 * identical states are one visit (a transition is counted only when the state changes). Order 1 is
 * the ordinary channel chain.
 *
 * Transitions are kept sparse (compressed rows): real journeys touch few of the possible
 * successors, and at order 3 or 4 the possible states far outnumber the ones that occur.
 */
import type { CreditInput } from '../journey';
import type { MarkovOrder } from '../vocabulary';

export interface TupleChain {
  /** Transient states: 0 is (start), then one per distinct tuple, in first-seen order. */
  readonly states: number;
  /** Row i's successors are `successor[rowStart[i] .. rowStart[i + 1])`, with `probability`. */
  readonly rowStart: Int32Array;
  readonly successor: Int32Array;
  readonly probability: Float64Array;
  /** Probability of moving from each state straight to (conversion). */
  readonly toConversion: Float64Array;
  /**
   * Expected value collected when moving straight to (conversion), in units of the mean value
   * of a conversion (removal effects are ratios; this scale keeps every number near 1).
   */
  readonly valueReward: Float64Array;
  /** States that contain key k: `stateOfKey[keyStart[k] .. keyStart[k + 1])`. */
  readonly keyStart: Int32Array;
  readonly stateOfKey: Int32Array;
  readonly conversions: number;
  readonly value: number;
}

/** A growable list of (from, to, weight) transitions. */
class Transitions {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  weight = new Float64Array(1024);
  length = 0;

  add(from: number, to: number, weight: number): void {
    if (this.length === this.from.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from, (n) => new Int32Array(n));
      this.to = grow(this.to, (n) => new Int32Array(n));
      this.weight = grow(this.weight, (n) => new Float64Array(n));
    }
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.weight[this.length] = weight;
    this.length++;
  }
}

/** Tuple states by their steps; order 1 maps key k to state k + 1 without any lookup. */
class TupleStates {
  /** Member keys of each state (start has none). */
  readonly members: number[][] = [[]];
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly order: number,
    keys: number,
  ) {
    if (order === 1) for (let k = 0; k < keys; k++) this.members.push([k]);
  }

  /** The state of steps[from .. to). */
  id(steps: Int32Array, from: number, to: number): number {
    if (this.order === 1) return steps[from] + 1;
    let text = String(steps[from]);
    for (let i = from + 1; i < to; i++) text += `,${steps[i]}`;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.members.length;
      this.members.push(Array.from(new Set(steps.subarray(from, to))));
      this.ids.set(text, id);
    }
    return id;
  }
}

export function tupleChain(input: CreditInput, order: MarkovOrder): TupleChain {
  const tuples = new TupleStates(order, input.keys.length);
  const moves = new Transitions();
  const exits: number[] = [0];
  const converted: number[] = [0];
  const valued: number[] = [0];
  let conversions = 0;
  let value = 0;
  const grow = (state: number): void => {
    while (exits.length <= state) {
      exits.push(0);
      converted.push(0);
      valued.push(0);
    }
  };
  for (const j of input.journeys) {
    const steps = j.steps;
    if (steps.length === 0 || j.weight <= 0) continue;
    const w = j.weight;
    const windows = steps.length < order ? 1 : steps.length - order + 1;
    const width = Math.min(order, steps.length);
    let prev = 0;
    for (let i = 0; i < windows; i++) {
      const next = tuples.id(steps, i, i + width);
      if (next === prev) continue;
      grow(next);
      moves.add(prev, next, w);
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
  const states = tuples.members.length;
  grow(states - 1);
  const { rowStart, successor, probability } = compressRows(moves, states, exits);
  const toConversion = new Float64Array(states);
  const valueReward = new Float64Array(states);
  const meanValue = conversions > 0 ? value / conversions : 0;
  for (let i = 0; i < states; i++) {
    if (exits[i] === 0) continue;
    toConversion[i] = converted[i] / exits[i];
    valueReward[i] = meanValue > 0 ? valued[i] / meanValue / exits[i] : 0;
  }
  const { keyStart, stateOfKey } = statesOfKeys(tuples.members, input.keys.length);
  return {
    states,
    rowStart,
    successor,
    probability,
    toConversion,
    valueReward,
    keyStart,
    stateOfKey,
    conversions,
    value,
  };
}

/** Counting sort by origin, duplicates summed, counts divided by the origin's exits. */
function compressRows(moves: Transitions, states: number, exits: readonly number[]) {
  const count = new Int32Array(states + 1);
  for (let e = 0; e < moves.length; e++) count[moves.from[e] + 1]++;
  for (let i = 0; i < states; i++) count[i + 1] += count[i];
  const fill = count.slice(0, states);
  const order = new Int32Array(moves.length);
  for (let e = 0; e < moves.length; e++) order[fill[moves.from[e]]++] = e;
  const rowStart = new Int32Array(states + 1);
  const successor: number[] = [];
  const probability: number[] = [];
  const slot = new Int32Array(states).fill(-1);
  for (let i = 0; i < states; i++) {
    rowStart[i] = successor.length;
    const first = successor.length;
    for (let p = count[i]; p < count[i + 1]; p++) {
      const e = order[p];
      const to = moves.to[e];
      if (slot[to] < first) {
        slot[to] = successor.length;
        successor.push(to);
        probability.push(0);
      }
      probability[slot[to]] += moves.weight[e];
    }
    for (let p = first; p < successor.length; p++) probability[p] /= exits[i];
  }
  rowStart[states] = successor.length;
  return {
    rowStart,
    successor: Int32Array.from(successor),
    probability: Float64Array.from(probability),
  };
}

function statesOfKeys(members: readonly number[][], keys: number) {
  const keyStart = new Int32Array(keys + 1);
  for (const m of members) for (const k of m) keyStart[k + 1]++;
  for (let k = 0; k < keys; k++) keyStart[k + 1] += keyStart[k];
  const fill = keyStart.slice(0, keys);
  const stateOfKey = new Int32Array(keyStart[keys]);
  members.forEach((m, state) => {
    for (const k of m) stateOfKey[fill[k]++] = state;
  });
  return { keyStart, stateOfKey };
}
