/**
 * Content is reviewed in groups (all webinars, all emails, all white papers) to see the larger
 * trends. A group's series has one value per review date: the sum of its rows' values for counts
 * (leads, attendees), the mean for rates. A row with no value on a date simply does not contribute
 * that date (`contributors` says how many did), so a late-added webinar adds to the total from
 * its first review on.
 */
import { periodDeltas, type Delta } from './deltas';
import {
  toSeries,
  type DatedPoint,
  type Series,
  type SeriesInput,
  type SeriesPoint,
} from './series';
import { normalizeKey } from './text';
import { longTermTrend, type Trend } from './trend';

export interface GroupMember {
  /** Sheet row number (1-based, as the report shows it). */
  readonly row: number;
  readonly group: string;
  readonly series: SeriesInput;
}

export interface GroupRollup {
  /** As first written in the sheet. */
  readonly group: string;
  readonly rows: ReadonlyArray<number>;
  readonly series: Series;
  /** For each review in `series.reviews`, how many rows had a value on that date. */
  readonly contributors: ReadonlyArray<number>;
  /** False when members disagree on rate-vs-count or polarity; the first row's reading is used. */
  readonly consistent: boolean;
}

export interface GroupAnalysis extends GroupRollup {
  readonly deltas: ReadonlyArray<Delta>;
  readonly trend: Trend;
}

interface Accumulator {
  sum: number;
  count: number;
}

function add(into: Map<number, Accumulator>, key: number, value: number): void {
  const acc = into.get(key);
  if (acc) {
    acc.sum += value;
    acc.count++;
  } else into.set(key, { sum: value, count: 1 });
}

/** Groups rows by Group (case-, accent- and punctuation-insensitive), in order of first appearance. */
export function rollUpGroups(members: ReadonlyArray<GroupMember>): GroupRollup[] {
  const byKey = new Map<string, GroupMember[]>();
  for (const m of members) {
    const key = normalizeKey(m.group);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  return [...byKey.values()].map(rollUp);
}

function rollUp(members: ReadonlyArray<GroupMember>): GroupRollup {
  const first = members[0].series;
  const { isRate, polarity } = first;
  const consistent = members.every(
    (m) => m.series.isRate === isRate && m.series.polarity === polarity,
  );
  const baselines: Accumulator = { sum: 0, count: 0 };
  const byDay = new Map<number, Accumulator>();
  for (const m of members) {
    const s = toSeries(m.series);
    if (s.baseline) {
      baselines.sum += s.baseline.value;
      baselines.count++;
    }
    for (const p of s.reviews) add(byDay, p.day, p.value);
  }
  const combine = (acc: Accumulator): number => (isRate ? acc.sum / acc.count : acc.sum);
  const dates = [...byDay.entries()].sort((a, b) => a[0] - b[0]);
  const reviews: DatedPoint[] = dates.map(([day, acc]) => ({ day, value: combine(acc) }));
  const baseline: SeriesPoint | null =
    baselines.count > 0 ? { day: null, value: combine(baselines) } : null;
  return {
    group: members[0].group.trim(),
    rows: members.map((m) => m.row).sort((a, b) => a - b),
    series: { baseline, reviews, polarity, isRate },
    contributors: dates.map(([, acc]) => acc.count),
    consistent,
  };
}

export function analyzeGroups(members: ReadonlyArray<GroupMember>): GroupAnalysis[] {
  return rollUpGroups(members).map((g) => ({
    ...g,
    deltas: periodDeltas(g.series),
    trend: longTermTrend(g.series),
  }));
}

export interface OpposingTrends {
  readonly rising: GroupAnalysis;
  readonly falling: GroupAnalysis;
}

/**
 * Every pair of groups moving in opposite directions, one significantly rising while the other
 * significantly falls: the seed's "webinar attendance fading while video leads rise".
 * Ordered by the stronger evidence first (the larger of the two p-values, smallest first).
 */
export function opposingTrends(groups: ReadonlyArray<GroupAnalysis>): OpposingTrends[] {
  const rising = groups.filter((g) => g.trend.direction === 'rising');
  const falling = groups.filter((g) => g.trend.direction === 'falling');
  const pairs: OpposingTrends[] = [];
  for (const r of rising) for (const f of falling) pairs.push({ rising: r, falling: f });
  const weakest = (pair: OpposingTrends): number =>
    Math.max(pair.rising.trend.p ?? 1, pair.falling.trend.p ?? 1);
  return pairs.sort((a, b) => weakest(a) - weakest(b));
}
