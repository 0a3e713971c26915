/**
 * An independent, textbook Markov attribution of any order for tests: states built from step
 * NAMES (not ids) as ChannelAttribution's markov_model_cpp builds them (sliding N-tuples, a
 * shorter path is one state, consecutive identical states merged), a dense I − Q, and one
 * Gaussian elimination per removal with the removed states made absorbing in (null). Slow and
 * obvious on purpose: the model under test must agree with it.
 */
import type { Grid } from '../../src/core/types';

export interface ReferenceChain {
  readonly stateNames: readonly string[];
  /** Transient transition probabilities, row-major m×m (state 0 is (start)). */
  readonly q: Float64Array;
  readonly toConversion: Float64Array;
  readonly valueReward: Float64Array;
  readonly members: ReadonlyArray<ReadonlySet<string>>;
  readonly conversions: number;
  readonly value: number;
}

export interface ReferenceResult {
  readonly conversionRate: number;
  readonly removalEffects: Record<string, number>;
  readonly valueRemovalEffects: Record<string, number>;
  readonly conversions: Record<string, number>;
  readonly revenue: Record<string, number>;
}

interface Row {
  readonly steps: readonly string[];
  readonly conversions: number;
  readonly value: number;
  readonly nulls: number;
}

/** Rows of a grid whose columns are path, conversions[, value[, nulls]]; steps split on '>'. */
export function referenceRows(grid: Grid): Row[] {
  return grid.slice(1).map((r) => ({
    steps: String(r[0])
      .split('>')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    conversions: Number(r[1] ?? 0),
    value: Number(r[2] ?? 0),
    nulls: Number(r[3] ?? 0),
  }));
}

function statesOf(steps: readonly string[], order: number): string[][] {
  if (steps.length < order) return [[...steps]];
  const out: string[][] = [];
  for (let i = 0; i + order <= steps.length; i++) out.push(steps.slice(i, i + order));
  return out;
}

export function referenceChain(rows: readonly Row[], order: number): ReferenceChain {
  const index = new Map<string, number>([['(start)', 0]]);
  const stateNames = ['(start)'];
  const members: Array<Set<string>> = [new Set()];
  const counts = new Map<string, number>();
  const exits: number[] = [0];
  const converted: number[] = [0];
  const valued: number[] = [0];
  let conversions = 0;
  let value = 0;
  for (const row of rows) {
    const weight = row.conversions + row.nulls;
    if (row.steps.length === 0 || weight === 0) continue;
    let prev = 0;
    for (const tuple of statesOf(row.steps, order)) {
      const name = tuple.join(' | ');
      let id = index.get(name);
      if (id === undefined) {
        id = stateNames.length;
        index.set(name, id);
        stateNames.push(name);
        members.push(new Set(tuple));
        exits.push(0);
        converted.push(0);
        valued.push(0);
      }
      if (id === prev) continue;
      counts.set(`${prev},${id}`, (counts.get(`${prev},${id}`) ?? 0) + weight);
      exits[prev] += weight;
      prev = id;
    }
    exits[prev] += weight;
    converted[prev] += row.conversions;
    valued[prev] += row.conversions > 0 ? row.value : 0;
    conversions += row.conversions;
    value += row.conversions > 0 ? row.value : 0;
  }
  const m = stateNames.length;
  const q = new Float64Array(m * m);
  for (const [key, c] of counts) {
    const [i, j] = key.split(',').map(Number);
    q[i * m + j] = c / exits[i];
  }
  const toConversion = Float64Array.from(converted, (c, i) => (exits[i] > 0 ? c / exits[i] : 0));
  const valueReward = Float64Array.from(valued, (v, i) => (exits[i] > 0 ? v / exits[i] : 0));
  return { stateNames, q, toConversion, valueReward, members, conversions, value };
}

/** Solves (I − Q)·x = b with the `removed` states absorbing (x = 0 there); returns x[start]. */
function fromStart(chain: ReferenceChain, b: Float64Array, removed: ReadonlySet<number>): number {
  const m = chain.stateNames.length;
  const a = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    a[i * m + i] = 1;
    if (removed.has(i)) continue;
    for (let j = 0; j < m; j++) a[i * m + j] -= chain.q[i * m + j];
    rhs[i] = b[i];
  }
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++)
      if (Math.abs(a[r * m + col]) > Math.abs(a[pivot * m + col])) pivot = r;
    for (let k = 0; k < m; k++) {
      const t = a[col * m + k];
      a[col * m + k] = a[pivot * m + k];
      a[pivot * m + k] = t;
    }
    [rhs[col], rhs[pivot]] = [rhs[pivot], rhs[col]];
    for (let r = col + 1; r < m; r++) {
      const f = a[r * m + col] / a[col * m + col];
      if (f === 0) continue;
      for (let k = col; k < m; k++) a[r * m + k] -= f * a[col * m + k];
      rhs[r] -= f * rhs[col];
    }
  }
  const x = new Float64Array(m);
  for (let r = m - 1; r >= 0; r--) {
    let s = rhs[r];
    for (let k = r + 1; k < m; k++) s -= a[r * m + k] * x[k];
    x[r] = s / a[r * m + r];
  }
  return x[0];
}

export function referenceMarkov(grid: Grid, order: number): ReferenceResult {
  const rows = referenceRows(grid);
  const chain = referenceChain(rows, order);
  const names = [...new Set(rows.flatMap((r) => r.steps))];
  const cr = fromStart(chain, chain.toConversion, new Set());
  const ev = fromStart(chain, chain.valueReward, new Set());
  const removalEffects: Record<string, number> = {};
  const valueRemovalEffects: Record<string, number> = {};
  for (const name of names) {
    const removed = new Set<number>();
    chain.members.forEach((m, s) => {
      if (m.has(name)) removed.add(s);
    });
    removalEffects[name] = 1 - fromStart(chain, chain.toConversion, removed) / cr;
    valueRemovalEffects[name] = ev > 0 ? 1 - fromStart(chain, chain.valueReward, removed) / ev : 0;
  }
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const sumRe = sum(removalEffects);
  const sumValueRe = sum(valueRemovalEffects);
  const conversions: Record<string, number> = {};
  const revenue: Record<string, number> = {};
  for (const name of names) {
    conversions[name] = (chain.conversions * removalEffects[name]) / sumRe;
    revenue[name] = sumValueRe > 0 ? (chain.value * valueRemovalEffects[name]) / sumValueRe : 0;
  }
  return { conversionRate: cr, removalEffects, valueRemovalEffects, conversions, revenue };
}
