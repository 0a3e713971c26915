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
import { SequenceTable, grown, sequenceHash } from '../sequence-table';

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

/**
 * Transition counts by (from, to), each pair numbered in the order the journeys first take it.
 * Summed as the journeys are read, in journey order, so each pair's count is the same sum, to the
 * bit, as summing a list of every move afterwards; a million-row export moves millions of times
 * between a few hundred pairs.
 */
class EdgeCounts {
  private readonly pairs = new SequenceTable((n) => new Int32Array(n));
  private readonly pair = new Int32Array(2);
  /** With few states (order 1 on channels), pair (from, to) is found at from × states + to. */
  private readonly dense: Int32Array | null;
  weight = new Float64Array(256);

  constructor(private readonly states: number | null) {
    this.dense =
      states !== null && states <= DENSE_STATES ? new Int32Array(states * states).fill(-1) : null;
  }

  get size(): number {
    return this.pairs.size;
  }

  from(e: number): number {
    return this.pairs.pool[2 * e];
  }

  to(e: number): number {
    return this.pairs.pool[2 * e + 1];
  }

  add(from: number, to: number, weight: number): void {
    const pair = this.pair;
    pair[0] = from;
    pair[1] = to;
    const dense = this.dense;
    let e = dense === null ? -1 : dense[from * (this.states as number) + to];
    let h = 0;
    if (e < 0 && dense === null) {
      h = sequenceHash(pair, 0, 2);
      e = this.pairs.find(pair, 0, 2, h);
    }
    if (e < 0) {
      if (dense !== null) h = sequenceHash(pair, 0, 2);
      e = this.pairs.add(pair, 0, 2, h);
      if (dense !== null) dense[from * (this.states as number) + to] = e;
      if (e === this.weight.length) this.weight = grown(this.weight, e * 2);
    }
    this.weight[e] += weight;
  }
}

/** States up to which pairs are found in a states × states table rather than by hash. */
const DENSE_STATES = 256;

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

/**
 * Each journey's walk through the chain, read once: the states it visits from (start), a state
 * repeated in a row counted once. A bootstrap replicate reweights the same journeys hundreds of
 * times; its chain is then built from these walks (`chainOfWalks`) without reading a step again.
 */
export interface Walks {
  readonly order: MarkovOrder;
  readonly keys: number;
  /** Journey j visits `states[start[j] .. start[j + 1])` (empty for a journey without steps). */
  readonly start: Int32Array;
  readonly states: Int32Array;
  /** Member keys of each state, by the numbers used in `states` (0 is (start)). */
  readonly members: readonly (readonly number[])[];
  /** Per journey: 1 if it converted. */
  readonly converted: Uint8Array;
}

/** The walks of `input`'s journeys; journeys for which `skip` is true get none (and number no state). */
export function walksOf(
  input: CreditInput,
  order: MarkovOrder,
  skip: (weight: number) => boolean = () => false,
): Walks {
  const journeys = input.journeys;
  const tuples = new TupleStates(order, input.keys.length);
  const start = new Int32Array(journeys.length + 1);
  let states = new Int32Array(1024);
  let length = 0;
  const converted = new Uint8Array(journeys.length);
  journeys.forEach((j, index) => {
    start[index] = length;
    converted[index] = j.converted ? 1 : 0;
    const steps = j.steps;
    if (steps.length === 0 || skip(j.weight)) return;
    const windows = steps.length < order ? 1 : steps.length - order + 1;
    const width = Math.min(order, steps.length);
    let prev = 0;
    for (let i = 0; i < windows; i++) {
      const next = tuples.id(steps, i, i + width);
      if (next === prev) continue;
      if (length === states.length) {
        const grown = new Int32Array(length * 2);
        grown.set(states);
        states = grown;
      }
      states[length++] = next;
      prev = next;
    }
  });
  start[journeys.length] = length;
  return { order, keys: input.keys.length, start, states, members: tuples.members, converted };
}

export function tupleChain(input: CreditInput, order: MarkovOrder): TupleChain {
  const walks = walksOf(input, order, (weight) => weight <= 0);
  const journeys = input.journeys;
  const picked = new Int32Array(journeys.length);
  const weight = new Float64Array(journeys.length);
  const value = new Float64Array(journeys.length);
  let count = 0;
  for (let index = 0; index < journeys.length; index++) {
    const j = journeys[index];
    weight[index] = j.weight;
    value[index] = j.value;
    if (j.steps.length > 0 && j.weight > 0) picked[count++] = index;
  }
  return chainOfWalks(walks, picked.subarray(0, count), weight, value);
}

/**
 * The chain of the journeys `picked` (indices in increasing order, each with a walk), journey j
 * standing for `weight[j]` journeys of total value `value[j]` (none: 0). States are numbered in the order
 * the picked walks first visit them (order 1: key k is state k + 1, every key a state), as
 * reading those journeys' steps numbers them.
 */
export function chainOfWalks(
  walks: Walks,
  picked: ArrayLike<number>,
  weight: Float64Array,
  value: Float64Array | null,
): TupleChain {
  const renumber = walks.order !== 1;
  const local = renumber ? new Map<number, number>() : null;
  const members: (readonly number[])[] = renumber ? [[]] : (walks.members as number[][]);
  const moves = new EdgeCounts(renumber ? null : walks.members.length);
  const exits: number[] = [0];
  const converted: number[] = [0];
  const valued: number[] = [0];
  let conversions = 0;
  let total = 0;
  const grow = (state: number): void => {
    while (exits.length <= state) {
      exits.push(0);
      converted.push(0);
      valued.push(0);
    }
  };
  for (let n = 0; n < picked.length; n++) {
    const j = picked[n];
    const w = weight[j];
    let prev = 0;
    for (let p = walks.start[j]; p < walks.start[j + 1]; p++) {
      let next = walks.states[p];
      if (local !== null) {
        let id = local.get(next);
        if (id === undefined) {
          id = members.length;
          members.push(walks.members[next]);
          local.set(next, id);
        }
        next = id;
      }
      grow(next);
      moves.add(prev, next, w);
      exits[prev] += w;
      prev = next;
    }
    exits[prev] += w;
    if (walks.converted[j] === 1) {
      const v = value === null ? 0 : value[j];
      converted[prev] += w;
      valued[prev] += v;
      conversions += w;
      total += v;
    }
  }
  const states = members.length;
  grow(states - 1);
  const { rowStart, successor, probability } = compressRows(moves, states, exits);
  const toConversion = new Float64Array(states);
  const valueReward = new Float64Array(states);
  const meanValue = conversions > 0 ? total / conversions : 0;
  for (let i = 0; i < states; i++) {
    if (exits[i] === 0) continue;
    toConversion[i] = converted[i] / exits[i];
    valueReward[i] = meanValue > 0 ? valued[i] / meanValue / exits[i] : 0;
  }
  const { keyStart, stateOfKey } = statesOfKeys(members, walks.keys);
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
    value: total,
  };
}

/** Rows by origin (pairs in first-taken order within a row), counts divided by the origin's exits. */
function compressRows(moves: EdgeCounts, states: number, exits: readonly number[]) {
  const edges = moves.size;
  const rowStart = new Int32Array(states + 1);
  for (let e = 0; e < edges; e++) rowStart[moves.from(e) + 1]++;
  for (let i = 0; i < states; i++) rowStart[i + 1] += rowStart[i];
  const fill = rowStart.slice(0, states);
  const successor = new Int32Array(edges);
  const probability = new Float64Array(edges);
  for (let e = 0; e < edges; e++) {
    const from = moves.from(e);
    const p = fill[from]++;
    successor[p] = moves.to(e);
    probability[p] = moves.weight[e] / exits[from];
  }
  return { rowStart, successor, probability };
}

function statesOfKeys(members: readonly (readonly number[])[], keys: number) {
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
