/**
 * The holdout planner: how many prospects each group needs to detect a relative lift over a base
 * conversion rate, and how many weeks that takes at a weekly volume. Per group, R's
 * `power.prop.test(p1 = base, p2 = base · (1 + lift), sig.level = alpha, power)$n`, rounded up.
 */
import { DEFAULT_ALPHA, DEFAULT_POWER, sampleSizePerGroup } from '../stats/proportions';

export interface HoldoutPlanInput {
  /** Conversion rate without the campaign, a fraction (0.04 = 4 %). */
  readonly baseRate: number;
  /** Minimum detectable relative lift (0.2 = +20 %, the test group at 4.8 % for a 4 % base). */
  readonly lift: number;
  /** Two-sided significance level. */
  readonly alpha?: number;
  readonly power?: number;
  /** New prospects per week entering the test (both groups together). */
  readonly weekly?: number;
}

/** `cadence plan-holdout --json`: whole prospects per group, both groups, whole weeks or null. */
export interface HoldoutPlan {
  readonly perGroup: number;
  readonly total: number;
  readonly weeks: number | null;
}

/** Which input is out of range: the planner says it in the user's language. */
export type PlanProblem = 'baseRate' | 'lift' | 'liftAboveOne' | 'alpha' | 'power' | 'weekly';

export type HoldoutPlanResult =
  | { readonly ok: true; readonly plan: HoldoutPlan }
  | { readonly ok: false; readonly problem: PlanProblem };

const within = (x: number, lo: number, hi: number) => Number.isFinite(x) && x > lo && x < hi;

export function planHoldout(input: HoldoutPlanInput): HoldoutPlanResult {
  const { baseRate, lift, alpha = DEFAULT_ALPHA, power = DEFAULT_POWER, weekly } = input;
  const problem: PlanProblem | null = !within(baseRate, 0, 1)
    ? 'baseRate'
    : !(Number.isFinite(lift) && lift > 0)
      ? 'lift'
      : !(baseRate * (1 + lift) < 1)
        ? 'liftAboveOne'
        : !within(alpha, 0, 1)
          ? 'alpha'
          : !within(power, alpha / 2, 1)
            ? 'power'
            : weekly !== undefined && !(Number.isFinite(weekly) && weekly > 0)
              ? 'weekly'
              : null;
  if (problem !== null) return { ok: false, problem };
  const n = sampleSizePerGroup({ p1: baseRate, p2: baseRate * (1 + lift), alpha, power });
  // Float crumbs must not add a prospect: 77.000000000001 is 77.
  const perGroup = Math.ceil(n - 1e-9);
  const total = 2 * perGroup;
  return {
    ok: true,
    plan: {
      perGroup,
      total,
      weeks: weekly === undefined ? null : Math.ceil(total / weekly - 1e-9),
    },
  };
}
