/**
 * Observational lift: for each campaign (or channel), the prospects it touched before their
 * conversion-or-censoring date against the prospects it did not, with Wilson intervals on both
 * rates, Newcombe's interval on the difference and the pooled z-test's p.
 *
 * It compares groups nobody assigned at random, so it is correlation, not proof: touched leads
 * may differ (a webinar reaches people already close to buying). Only a holdout test
 * (src/core/incrementality) measures what a campaign causes.
 *
 * Who counts: every prospect the journeys know — one journey per prospect, whose touches are
 * already cut at the conversion (converters) or the end of the data (the others), within the
 * influence window — plus converters left without a touch in the window, who were touched by no
 * campaign. The comparison needs prospects that did not convert: a touch table gives them as
 * leads with touches and no conversion date; a paths file only with its total_null column.
 */
import { type Comparison, compareProportions } from '../stats/proportions';
import { tReportNote } from '../i18n/report-notes';
import type { CreditInput, JourneySet } from './journey';
import { type ReportNote, plainNote } from './report-notes';

/** One row of `"lift"` in `cadence influence --json`. */
export interface LiftRow {
  readonly campaign: string;
  readonly touched: Comparison['first'];
  readonly untouched: Comparison['second'];
  readonly difference: number;
  readonly ci: Comparison['ci'];
  readonly p: number;
}

/** Why there is no lift table: no prospect that did not convert, or no prospect at all. */
export type LiftAbsence = 'no-non-converters' | null;

export interface ObservationalLift {
  readonly rows: readonly LiftRow[];
  readonly absence: LiftAbsence;
}

/** The sentence every lift figure carries (the JSON notes, the CLI, the sheet). */
export const LIFT_CAVEAT = tReportNote('en', 'liftCaveat');
export const NO_NON_CONVERTERS_NOTE = tReportNote('en', 'noNonConverters');

/** `keys`: the ids to report, in the report's order. */
export function observationalLift(
  set: JourneySet,
  input: CreditInput,
  keys: readonly number[],
): ObservationalLift {
  let prospects = set.excluded.conversionsWithoutTouches;
  let conversions = set.excluded.conversionsWithoutTouches;
  const touched = new Float64Array(input.keys.length);
  const touchedConversions = new Float64Array(input.keys.length);
  // A campaign met twice in one journey touched that prospect once: stamp it per journey.
  const stamp = new Int32Array(input.keys.length).fill(-1);
  input.journeys.forEach((journey, j) => {
    prospects += journey.weight;
    if (journey.converted) conversions += journey.weight;
    for (const step of journey.steps) {
      if (stamp[step] === j) continue;
      stamp[step] = j;
      touched[step] += journey.weight;
      if (journey.converted) touchedConversions[step] += journey.weight;
    }
  });
  if (!set.hasNulls || conversions === prospects) return { rows: [], absence: 'no-non-converters' };
  const rows = keys.map((key): LiftRow => {
    const inGroup = { successes: touchedConversions[key], trials: touched[key] };
    const outGroup = {
      successes: conversions - inGroup.successes,
      trials: prospects - inGroup.trials,
    };
    const { first, second, difference, ci, p } = compareProportions(inGroup, outGroup);
    return { campaign: input.keys[key], touched: first, untouched: second, difference, ci, p };
  });
  return { rows, absence: null };
}

/** The notes the JSON report carries about lift. */
export function liftNotes(lift: ObservationalLift): ReportNote[] {
  if (lift.absence === 'no-non-converters') return [plainNote('noNonConverters')];
  return lift.rows.length > 0 ? [plainNote('liftCaveat')] : [];
}
