/**
 * The holdout planner form's fields as typed (percentages, the user's decimal mark) → the server
 * request in fractions, or the first field that cannot be read. Numbers are read by the review
 * engine's reader, so "4,5", "4.5" and "4.5 %" mean what they mean in the sheet.
 */
import type { HoldoutPlanRequest } from '../src/gas/api';
import { readNumberText } from '../src/core/review/values';
import type { Locale } from '../src/core/types';

export interface PlannerDraft {
  baseRate: string;
  lift: string;
  power: string;
  weekly: string;
}

export type PlannerField = keyof PlannerDraft;

export const PLANNER_DEFAULTS: PlannerDraft = {
  baseRate: '4',
  lift: '20',
  power: '80',
  weekly: '',
};

export type PlannerRequest =
  | { readonly ok: true; readonly request: HoldoutPlanRequest }
  | { readonly ok: false; readonly field: PlannerField };

/** A typed percentage as a number of percent: "4,5" → 4.5, "4.5 %" → 4.5; null when unreadable. */
function percentOf(text: string, locale: Locale): number | null {
  const read = readNumberText(
    text.replace(/%\s*$/, ''),
    locale === 'fr' ? 'decimal_comma' : 'decimal_point',
  );
  return read.kind === 'value' && read.form !== 'counts' ? read.value : null;
}

/** Range checks are the server's (core's planner): here only "is it a number". */
export function plannerRequest(draft: PlannerDraft, locale: Locale): PlannerRequest {
  const baseRate = percentOf(draft.baseRate, locale);
  if (baseRate === null) return { ok: false, field: 'baseRate' };
  const lift = percentOf(draft.lift, locale);
  if (lift === null) return { ok: false, field: 'lift' };
  const power = percentOf(draft.power, locale);
  if (power === null) return { ok: false, field: 'power' };
  let weekly: number | undefined;
  if (draft.weekly.trim() !== '') {
    const read = percentOf(draft.weekly, locale);
    if (read === null) return { ok: false, field: 'weekly' };
    weekly = read;
  }
  return {
    ok: true,
    request: { baseRate: baseRate / 100, lift: lift / 100, power: power / 100, weekly },
  };
}
