/**
 * The rows of the aggregate queries → the journeys and the time-decay credit the exact models
 * read. A detailed path row stands for every journey that took it: its converting journeys (weight
 * total_conversions, value total_conversion_value) and its non-converting ones (weight
 * total_null). Its days are rebuilt so that exactly the last `last_day_touches` steps share the
 * last day, which is all `../models/same-day.ts` reads of them.
 */
import type { Journey, JourneySet } from '../journey';
import type { Attribution } from '../models/shares';
import type { TouchTableColumns } from './sources';
import { DETAIL_SEPARATOR } from './queries';

export interface DetailedPathRow {
  readonly path: string;
  readonly total_conversions: number;
  readonly total_conversion_value: number;
  readonly total_null: number;
  readonly last_day_touches: number;
  readonly lead_index: number | null;
  readonly opportunity_index: number | null;
}

export interface TimeDecayRow {
  readonly step: string;
  readonly days_before: number;
  readonly touches: number;
  readonly conversions: number;
  readonly value: number;
}

export interface AggregateCounts {
  readonly touches: number;
  readonly after_conversion: number;
  readonly outside_window: number;
  readonly conversions_without_touches: number;
  readonly revenue_conflicts: number;
}

export interface Aggregates {
  readonly paths: readonly DetailedPathRow[];
  readonly timeDecay: readonly TimeDecayRow[];
  readonly counts: AggregateCounts;
}

export interface AggregateJourneys {
  readonly journeys: JourneySet;
  /** Time decay per step id of `journeys`' names, from the buckets. */
  readonly timeDecay: Attribution;
}

const BLOCK = 1 << 16;

export function aggregateJourneys(
  aggregates: Aggregates,
  columns: Omit<TouchTableColumns, 'rowNumber'>,
): AggregateJourneys {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string): number => {
    let found = ids.get(name);
    if (found === undefined) {
      found = names.length;
      names.push(name);
      ids.set(name, found);
    }
    return found;
  };
  // Millions of path rows: each journey's arrays are views into shared blocks, since a typed
  // array of its own per journey (an ArrayBuffer each) costs more in allocation and GC than the
  // models that read them.
  let block = new Int32Array(0);
  let used = 0;
  const take = (n: number): Int32Array => {
    if (used + n > block.length) {
      block = new Int32Array(Math.max(BLOCK, n));
      used = 0;
    }
    used += n;
    return block.subarray(used - n, used);
  };
  const journeys: Journey[] = [];
  for (const row of aggregates.paths) {
    const stepNames = row.path.split(DETAIL_SEPARATOR);
    const n = stepNames.length;
    const steps = take(n);
    const days = take(n);
    const groupStart = n - Math.max(1, Math.min(n, row.last_day_touches));
    for (let i = 0; i < n; i++) {
      steps[i] = id(stepNames[i]);
      days[i] = Math.min(i, groupStart);
    }
    const base = {
      campaigns: steps,
      channels: steps,
      times: null,
      days,
      conversionDay: null,
      leadIndex: row.lead_index,
      opportunityIndex: row.opportunity_index,
    };
    if (row.total_conversions > 0) {
      journeys.push({
        ...base,
        converted: true,
        weight: row.total_conversions,
        value: row.total_conversion_value,
      });
    }
    if (row.total_null > 0)
      journeys.push({ ...base, converted: false, weight: row.total_null, value: 0 });
  }
  const bucketKeys = aggregates.timeDecay.map((bucket) => id(bucket.step));
  const conversions = new Float64Array(names.length);
  const revenue = new Float64Array(names.length);
  aggregates.timeDecay.forEach((bucket, i) => {
    conversions[bucketKeys[i]] += bucket.conversions;
    revenue[bucketKeys[i]] += bucket.value;
  });
  const { counts } = aggregates;
  return {
    journeys: {
      format: 'touches',
      // The aggregate holds no per-lead rows and reads no path cells.
      inputNotes: [],
      touchFacts: null,
      campaignNames: names,
      channelNames: names,
      journeys,
      hasDates: true,
      hasMilestones: columns.lead || columns.opportunity,
      hasRevenue: columns.revenue,
      hasNulls: true,
      hasChannel: columns.channel,
      excluded: {
        touchesAfterConversion: counts.after_conversion,
        touchesOutsideWindow: counts.outside_window,
        conversionsWithoutTouches: counts.conversions_without_touches,
        revenueConflicts: counts.revenue_conflicts,
      },
    },
    timeDecay: { conversions, revenue },
  };
}
