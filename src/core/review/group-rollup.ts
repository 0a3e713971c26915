/**
 * Content is reviewed in groups (all webinars, all emails, all white papers) to see the larger
 * trends. A group's change from one period to the next compares like with like: only the members
 * that have a value in both periods count, summed for counts (leads, attendees), averaged for
 * rates. A member joining, leaving or leaving one cell blank therefore never makes the group
 * swing: a white paper with no number in March does not turn into "−41 %, then +75 %".
 *
 * The group's level (the series its trend is read from) is chained from those like-for-like
 * changes: it starts at the first period's total (or mean) and moves by each period's matched
 * change; `contributors` says how many rows had a value on each date.
 */
import { changeIn, difference, relativeChange } from '../stats/change';
import type { Delta } from '../stats/deltas';
import type { DayNumber } from '../dates';
import {
  toSeries,
  type DatedPoint,
  type Series,
  type SeriesInput,
  type SeriesPoint,
} from '../stats/series';
import { normalizeKey } from '../text';
import { longTermTrend, type Trend } from '../stats/trend';

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
  /** The chained like-for-like level: baseline (when any member has one), then one per date. */
  readonly series: Series;
  /** For each review in `series.reviews`, how many rows had a value on that date. */
  readonly contributors: ReadonlyArray<number>;
  /** One per consecutive pair of periods that share at least one member. */
  readonly deltas: ReadonlyArray<Delta>;
  /** False when members disagree on rate-vs-count or polarity; the first row's reading is used. */
  readonly consistent: boolean;
}

export interface GroupAnalysis extends GroupRollup {
  readonly trend: Trend;
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

/** A period of the group: the baseline (day null) or a review date. */
const BASELINE = 'baseline';
type PeriodKey = DayNumber | typeof BASELINE;

/** Each member's value per period; a member with two values on one date keeps the last. */
function valuesByPeriod(series: Series): Map<PeriodKey, number> {
  const values = new Map<PeriodKey, number>();
  if (series.baseline) values.set(BASELINE, series.baseline.value);
  for (const p of series.reviews) values.set(p.day, p.value);
  return values;
}

function rollUp(members: ReadonlyArray<GroupMember>): GroupRollup {
  const first = members[0].series;
  const { isRate, polarity } = first;
  const consistent = members.every(
    (m) => m.series.isRate === isRate && m.series.polarity === polarity,
  );
  const perMember = members.map((m) => valuesByPeriod(toSeries(m.series)));
  const days = [
    ...new Set(perMember.flatMap((v) => [...v.keys()].filter((k) => k !== BASELINE))),
  ] as DayNumber[];
  days.sort((a, b) => a - b);
  const periods: PeriodKey[] = perMember.some((v) => v.has(BASELINE)) ? [BASELINE, ...days] : days;
  // Sum for counts, mean for rates, over the values given.
  const combine = (values: number[]): number => {
    const sum = values.reduce((a, b) => a + b, 0);
    return isRate ? sum / values.length : sum;
  };
  const present = (k: PeriodKey): number[] =>
    perMember.flatMap((v) => (v.has(k) ? [v.get(k) as number] : []));

  const levels: number[] = [];
  const deltas: Delta[] = [];
  periods.forEach((period, i) => {
    const all = present(period);
    if (i === 0) {
      levels.push(combine(all));
      return;
    }
    const before = periods[i - 1];
    const matched = perMember.filter((v) => v.has(before) && v.has(period));
    if (matched.length === 0) {
      // Nobody reported both periods: nothing to compare; the level restarts here.
      levels.push(combine(all));
      return;
    }
    const from = combine(matched.map((v) => v.get(before) as number));
    const to = combine(matched.map((v) => v.get(period) as number));
    const abs = difference(from, to);
    deltas.push({
      from: before === BASELINE ? null : before,
      to: period as DayNumber,
      abs,
      pct: relativeChange(abs, from),
      direction: changeIn(abs, polarity),
    });
    levels.push(levels[i - 1] + abs);
  });
  const hasBaseline = periods[0] === BASELINE;
  const baseline: SeriesPoint | null = hasBaseline ? { day: null, value: levels[0] } : null;
  const offset = hasBaseline ? 1 : 0;
  const reviews: DatedPoint[] = days.map((day, k) => ({ day, value: levels[k + offset] }));
  return {
    group: members[0].group.trim(),
    rows: members.map((m) => m.row).sort((a, b) => a - b),
    series: { baseline, reviews, polarity, isRate },
    contributors: days.map((day) => present(day).length),
    deltas,
    consistent,
  };
}

export function analyzeGroups(members: ReadonlyArray<GroupMember>): GroupAnalysis[] {
  return rollUpGroups(members).map((g) => ({ ...g, trend: longTermTrend(g.series) }));
}

export interface OpposingTrends {
  readonly rising: GroupAnalysis;
  readonly falling: GroupAnalysis;
}

/**
 * Every pair of groups moving in opposite directions, one significantly rising while the other
 * significantly falls: the playbook's long-term trend, e.g. "webinar attendance fading while
 * video leads rise".
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
