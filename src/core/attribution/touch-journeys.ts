/**
 * Touches → one journey per prospect.
 *
 * Rules, in the order they apply:
 * - Order: by instant, then by sheet row. Date-only values sit at local midnight, so two touches
 *   typed as the same date keep their row order, and a dated touch precedes a timed one that day.
 * - Touches after the conversion are ignored. When both carry a time of day the instants are
 *   compared; when either is a plain date, the calendar days are (a touch on the conversion day
 *   counts).
 * - Influence window: a touch counts only if it falls at most `windowDays` calendar days before
 *   the conversion day. A prospect that never converted has no conversion day, so the window ends
 *   at its last touch: its journey is the same slice of history a converter's would be.
 * - Milestones: the lead-creation touch is the last counted touch at or before the lead was
 *   created (same comparison as for conversions); the first touch when the lead predates them all.
 *   Likewise for the opportunity.
 * - A conversion with no touch left in the window has nothing to credit and is counted apart.
 */
import type { Moment } from './touch-time';
import type { Journey, JourneySet } from './journey';
import { TouchFactsCollector } from './touch-facts';
import type { TouchTable } from './touch-table';

function atOrBefore(time: number, day: number, moment: Moment): boolean {
  return moment.timed ? time <= moment.time : day <= moment.day;
}

export function touchJourneys(table: TouchTable, windowDays: number): JourneySet {
  const { prospect, campaign, channel, time, day } = table;
  const touchCount = prospect.length;
  const prospectCount = table.prospectNames.length;

  // Counting sort by prospect keeps row order inside each prospect (stable).
  const start = new Int32Array(prospectCount + 1);
  for (let i = 0; i < touchCount; i++) start[prospect[i] + 1]++;
  for (let p = 0; p < prospectCount; p++) start[p + 1] += start[p];
  const order = new Int32Array(touchCount);
  const fill = start.slice(0, prospectCount);
  for (let i = 0; i < touchCount; i++) order[fill[prospect[i]]++] = i;

  const outCampaign = new Int32Array(touchCount);
  const outChannel = new Int32Array(touchCount);
  const outTime = new Float64Array(touchCount);
  const outDay = new Int32Array(touchCount);
  const journeys: Journey[] = [];
  let written = 0;
  let afterConversion = 0;
  let outsideWindow = 0;
  let withoutTouches = 0;
  const facts = new TouchFactsCollector(touchCount);

  for (let p = 0; p < prospectCount; p++) {
    const own = order.subarray(start[p], start[p + 1]);
    own.sort((a, b) => time[a] - time[b] || a - b);
    facts.prospect(own, time, campaign, day);
    const conversion = table.conversion[p];
    const [afterBefore, outsideBefore] = [afterConversion, outsideWindow];
    let windowStart: number;
    if (conversion !== null) {
      windowStart = conversion.day - windowDays;
    } else {
      let lastDay = -Infinity;
      for (const i of own) lastDay = Math.max(lastDay, day[i]);
      windowStart = lastDay - windowDays;
    }
    const first = written;
    for (const i of own) {
      if (conversion !== null && !atOrBefore(time[i], day[i], conversion)) {
        afterConversion++;
      } else if (day[i] < windowStart) {
        outsideWindow++;
      } else {
        outCampaign[written] = campaign[i];
        outChannel[written] = channel[i];
        outTime[written] = time[i];
        outDay[written] = day[i];
        written++;
      }
    }
    const kept = written > first;
    if (conversion !== null) {
      facts.converted(
        table.prospectNames[p],
        conversion.day,
        kept ? journeys.length : null,
        afterConversion - afterBefore,
        outsideWindow - outsideBefore,
      );
    }
    if (!kept) {
      if (conversion !== null) withoutTouches++;
      continue;
    }
    const times = outTime.subarray(first, written);
    const days = outDay.subarray(first, written);
    const milestone = (m: Moment | null): number | null => {
      if (m === null) return null;
      let index = 0;
      for (let k = 0; k < times.length; k++) if (atOrBefore(times[k], days[k], m)) index = k;
      return index;
    };
    const revenue = table.revenue[p];
    journeys.push({
      campaigns: outCampaign.subarray(first, written),
      channels: outChannel.subarray(first, written),
      times,
      days,
      converted: conversion !== null,
      weight: 1,
      value: conversion !== null && !Number.isNaN(revenue) ? revenue : 0,
      conversionDay: conversion?.day ?? null,
      leadIndex: milestone(table.lead[p]),
      opportunityIndex: milestone(table.opportunity[p]),
    });
  }

  return {
    format: 'touches',
    campaignNames: table.campaignNames,
    channelNames: table.channelNames,
    journeys,
    hasDates: true,
    hasMilestones: table.hasMilestones,
    hasRevenue: table.hasRevenue,
    hasNulls: true,
    hasChannel: table.hasChannel,
    excluded: {
      touchesAfterConversion: afterConversion,
      touchesOutsideWindow: outsideWindow,
      conversionsWithoutTouches: withoutTouches,
      revenueConflicts: table.revenueConflicts,
    },
    inputNotes: [],
    touchFacts: facts.facts(),
  };
}
