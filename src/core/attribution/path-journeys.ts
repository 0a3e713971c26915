/**
 * Paths → journeys. A path row with c conversions and n nulls is two journeys: the converting one
 * (weight c, its total value) and the non-converting one (weight n). Paths name one thing per step,
 * so campaign and channel are the same ids.
 */
import type { CreditJourney, Journey, JourneySet } from './journey';
import type { PathTable } from './path-table';

export function pathJourneys(table: PathTable): JourneySet {
  const journeys: (Journey & CreditJourney)[] = [];
  for (const row of table.rows) {
    if (row.conversions > 0) journeys.push(journey(row.steps, true, row.conversions, row.value));
    if (row.nulls > 0) journeys.push(journey(row.steps, false, row.nulls, 0));
  }
  return {
    format: 'paths',
    campaignNames: table.stepNames,
    channelNames: table.stepNames,
    journeys,
    hasDates: false,
    hasMilestones: false,
    hasRevenue: table.hasValue,
    hasNulls: table.hasNulls,
    hasChannel: true,
    excluded: {
      touchesAfterConversion: 0,
      touchesOutsideWindow: 0,
      conversionsWithoutTouches: 0,
      revenueConflicts: 0,
    },
    inputNotes: table.notes,
    // Paths carry no prospects and no dates: the per-lead facts do not exist.
    touchFacts: null,
    creditJourneys: journeys,
  };
}

/** One object that is both the journey and its credit journey (steps are campaigns and channels). */
function journey(
  steps: Int32Array,
  converted: boolean,
  weight: number,
  value: number,
): Journey & CreditJourney {
  return {
    steps,
    campaigns: steps,
    channels: steps,
    times: null,
    days: null,
    converted,
    weight,
    value,
    conversionDay: null,
    leadIndex: null,
    opportunityIndex: null,
  };
}
