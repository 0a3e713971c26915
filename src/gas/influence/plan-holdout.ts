/**
 * The sidebar's holdout planner: core decides, the answer is a sentence in the user's language.
 * It reads nothing from the spreadsheet; arguments from google.script.run are untrusted JSON, so
 * anything that is not a number is refused like an out-of-range one.
 */
import { planHoldout, planMessage, planProblemMessage } from '../../core/incrementality';
import type { HoldoutPlanAnswer, HoldoutPlanRequest } from '../api';
import { preferredLocale } from '../locale';

const numberOrNaN = (x: unknown): number => (typeof x === 'number' ? x : NaN);
const optional = (x: unknown): number | undefined =>
  x === undefined || x === null ? undefined : numberOrNaN(x);

export function planHoldoutTest(request: HoldoutPlanRequest): HoldoutPlanAnswer {
  const locale = preferredLocale();
  const raw = (request ?? {}) as unknown as Record<string, unknown>;
  const input = {
    baseRate: numberOrNaN(raw.baseRate),
    lift: numberOrNaN(raw.lift),
    power: optional(raw.power),
    weekly: optional(raw.weekly),
  };
  const result = planHoldout(input);
  if (!result.ok) return { ok: false, message: planProblemMessage(result.problem, locale) };
  return { ok: true, message: planMessage(input, result.plan, locale), plan: result.plan };
}
