/**
 * Facts about a touch table that the models do not need but a reader must see before trusting
 * them (the readiness block) and the per-lead view (last touch per lead): which prospects
 * converted, whether their journey kept a touch, touches after conversion, journeys cut by the
 * influence window, duplicate rows and the span of the data. Collected in the same pass that
 * builds the journeys (touch-journeys.ts), so a million touches are read once.
 */
import type { DayNumber } from '../dates';

export interface LeadConversion {
  readonly prospect: string;
  readonly day: DayNumber;
  /** Index in `JourneySet.journeys`; null when no touch was left to credit. */
  readonly journey: number | null;
}

export interface TouchFacts {
  /** Every prospect with a conversion date, in prospect order. */
  readonly conversions: readonly LeadConversion[];
  /** Prospects with at least one touch after their conversion (those touches are ignored). */
  readonly prospectsTouchedAfterConversion: number;
  /** Converted prospects that lost at least one touch to the influence window. */
  readonly conversionsCutByWindow: number;
  /** Rows repeating an earlier row's prospect, campaign and instant. */
  readonly duplicateTouches: number;
  readonly touches: number;
  /** First and last calendar day of any touch or conversion; null when there is none. */
  readonly firstDay: DayNumber | null;
  readonly lastDay: DayNumber | null;
}

/** Accumulates the facts prospect by prospect; `touch-journeys.ts` feeds it. */
export class TouchFactsCollector {
  private readonly conversions: LeadConversion[] = [];
  private touchedAfter = 0;
  private cut = 0;
  private duplicates = 0;
  private first = Infinity;
  private last = -Infinity;

  constructor(private readonly touches: number) {}

  /** One prospect's touch rows, sorted by instant then row. */
  prospect(
    sorted: ArrayLike<number>,
    time: Float64Array,
    campaign: Int32Array,
    day: Int32Array,
  ): void {
    let runStart = 0;
    for (let k = 0; k < sorted.length; k++) {
      const i = sorted[k];
      this.first = Math.min(this.first, day[i]);
      this.last = Math.max(this.last, day[i]);
      if (k > 0 && time[sorted[k - 1]] !== time[i]) runStart = k;
      for (let e = runStart; e < k; e++) {
        if (campaign[sorted[e]] === campaign[i]) {
          this.duplicates++;
          break;
        }
      }
    }
  }

  converted(
    prospect: string,
    day: DayNumber,
    journey: number | null,
    after: number,
    outside: number,
  ): void {
    this.conversions.push({ prospect, day, journey });
    this.first = Math.min(this.first, day);
    this.last = Math.max(this.last, day);
    if (after > 0) this.touchedAfter++;
    if (outside > 0) this.cut++;
  }

  facts(): TouchFacts {
    const any = this.first <= this.last;
    return {
      conversions: this.conversions,
      prospectsTouchedAfterConversion: this.touchedAfter,
      conversionsCutByWindow: this.cut,
      duplicateTouches: this.duplicates,
      touches: this.touches,
      firstDay: any ? this.first : null,
      lastDay: any ? this.last : null,
    };
  }
}
