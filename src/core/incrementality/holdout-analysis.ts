/**
 * The holdout report: per campaign, the test group (the campaign ran) against the control group
 * (held out at random), which is the causal answer attribution cannot give. Rates with Wilson
 * intervals, the difference test − control with Newcombe's interval, the relative lift, the
 * pooled z-test's p, and the power the test had.
 *
 * Power is computed for the observed base rate (the control group's) and a planned minimum
 * relative lift (20 % unless told), with the groups' real sizes: "could this test have seen a
 * lift of that size?". It is never the power for the observed difference, which only restates p.
 */
import {
  achievedPower,
  compareProportions,
  DEFAULT_ALPHA,
  type GroupRate,
  type Interval,
  type Proportion,
} from '../stats/proportions';
import type { HoldoutTable } from './holdout-table';

/** One test of `cadence holdout --json`: rates as fractions, 95 % intervals. */
export interface HoldoutTest {
  readonly campaign: string;
  readonly test: GroupRate;
  readonly control: GroupRate;
  /** rate_test − rate_control. */
  readonly difference: number;
  readonly ci: Interval;
  /** rate_test / rate_control − 1; null when no control prospect converted. */
  readonly relativeLift: number | null;
  readonly p: number;
  readonly power: number;
}

export interface HoldoutReport {
  readonly tests: readonly HoldoutTest[];
}

export const DEFAULT_MINIMUM_LIFT = 0.2;

export interface HoldoutAnalysisOptions {
  /** The relative lift the power is computed for (0.2 = +20 %). */
  readonly minimumLift?: number;
  readonly alpha?: number;
}

/** The test of one campaign from its two groups' counts. */
export function holdoutTest(
  campaign: string,
  test: Proportion,
  control: Proportion,
  { minimumLift = DEFAULT_MINIMUM_LIFT, alpha = DEFAULT_ALPHA }: HoldoutAnalysisOptions = {},
): HoldoutTest {
  const compared = compareProportions(test, control);
  const base = compared.second.rate;
  return {
    campaign,
    test: compared.first,
    control: compared.second,
    difference: compared.difference,
    ci: compared.ci,
    relativeLift: base > 0 ? compared.first.rate / base - 1 : null,
    p: compared.p,
    power: achievedPower(
      Math.min(1, base * (1 + minimumLift)),
      base,
      test.trials,
      control.trials,
      alpha,
    ),
  };
}

/** Campaigns in name order (code units: the same in every locale). */
export function analyseHoldout(
  table: HoldoutTable,
  options: HoldoutAnalysisOptions = {},
): HoldoutReport {
  const counts = new Map<string, { test: Proportion; control: Proportion }>();
  for (const a of table.assignments) {
    let entry = counts.get(a.campaign);
    if (entry === undefined) {
      entry = { test: { successes: 0, trials: 0 }, control: { successes: 0, trials: 0 } };
      counts.set(a.campaign, entry);
    }
    const group = entry[a.group];
    entry[a.group] = {
      successes: group.successes + (a.converted ? 1 : 0),
      trials: group.trials + 1,
    };
  }
  const campaigns = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    tests: campaigns.map((c) => {
      const { test, control } = counts.get(c) as { test: Proportion; control: Proportion };
      return holdoutTest(c, test, control, options);
    }),
  };
}
