/**
 * The rows of the aggregate queries → the journeys and the time-decay credit the exact models
 * read. A detailed path row stands for every journey that took it: its converting journeys (weight
 * total_conversions, value total_conversion_value) and its non-converting ones (weight
 * total_null). Its days are rebuilt so that exactly the last `last_day_touches` steps share the
 * last day, which is all `../models/same-day.ts` reads of them.
 */
import type { CreditJourney, Journey, JourneySet } from '../journey';
import { pushRowJourneys } from '../path-journeys';
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

/**
 * The journeys of a path table built row by row, so an engine can feed it the rows as they
 * stream out of the database and never hold them as row objects: millions of distinct paths
 * are then held once, as the journeys the models read (step ids interned, arrays packed).
 */
export class PathTableJourneys {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Each is its own credit journey too (a step is the campaign or the channel, as credited). */
  private readonly journeys: (Journey & CreditJourney)[] = [];
  /** Days depend only on the path's length and last-day group: one shared array per pair. */
  private readonly dayArrays = new Map<number, Int32Array>();
  private block = new Int32Array(0);
  private used = 0;

  /** The id of a step name, interned. */
  id(name: string): number {
    let found = this.ids.get(name);
    if (found === undefined) {
      found = this.names.length;
      this.names.push(name);
      this.ids.set(name, found);
    }
    return found;
  }

  // Each journey's steps are a view into a shared block, since a typed array of its own per
  // journey (an ArrayBuffer each) costs more in allocation and GC than the models that read them.
  private take(n: number): Int32Array {
    if (this.used + n > this.block.length) {
      this.block = new Int32Array(Math.max(BLOCK, n));
      this.used = 0;
    }
    this.used += n;
    return this.block.subarray(this.used - n, this.used);
  }

  /** Days 0, 1, … up to the last-day group, whose steps all share the last day. */
  private days(n: number, groupStart: number): Int32Array {
    const key = n * 2 ** 21 + groupStart;
    let days = this.dayArrays.get(key);
    if (days === undefined) {
      days = Int32Array.from({ length: n }, (_, i) => Math.min(i, groupStart));
      this.dayArrays.set(key, days);
    }
    return days;
  }

  add(row: DetailedPathRow): void {
    const stepNames = row.path.split(DETAIL_SEPARATOR);
    const n = stepNames.length;
    const steps = this.take(n);
    for (let i = 0; i < n; i++) steps[i] = this.id(stepNames[i]);
    const groupStart = n - Math.max(1, Math.min(n, row.last_day_touches));
    const days = this.days(n, groupStart);
    pushRowJourneys(
      this.journeys,
      steps,
      row.total_conversions,
      row.total_conversion_value,
      row.total_null,
      days,
      row.lead_index,
      row.opportunity_index,
    );
  }

  /** The journey set and the time-decay credit, once every path row was added. */
  finish(
    timeDecayRows: readonly TimeDecayRow[],
    counts: AggregateCounts,
    columns: Omit<TouchTableColumns, 'rowNumber'>,
  ): AggregateJourneys {
    const { names } = this;
    const bucketKeys = timeDecayRows.map((bucket) => this.id(bucket.step));
    const conversions = new Float64Array(names.length);
    const revenue = new Float64Array(names.length);
    timeDecayRows.forEach((bucket, i) => {
      conversions[bucketKeys[i]] += bucket.conversions;
      revenue[bucketKeys[i]] += bucket.value;
    });
    return {
      journeys: {
        format: 'touches',
        // The aggregate holds no per-lead rows and reads no path cells.
        inputNotes: [],
        touchFacts: null,
        campaignNames: names,
        channelNames: names,
        journeys: this.journeys,
        // Built once with the journeys, not copied per report (and per bootstrap replicate).
        creditJourneys: this.journeys,
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
}

/** The journeys of path rows held all at once (small results, tests). */
export function aggregateJourneys(
  aggregates: Aggregates,
  columns: Omit<TouchTableColumns, 'rowNumber'>,
): AggregateJourneys {
  const builder = new PathTableJourneys();
  for (const row of aggregates.paths) builder.add(row);
  return builder.finish(aggregates.timeDecay, aggregates.counts, columns);
}
