/**
 * Time decay: a touch d calendar days before the conversion weighs 2^(−d / half-life), and the
 * weights of one conversion are normalised to 1. Calendar days (not hours) keep it consistent with
 * the window and with date-only cells: every touch on the conversion day weighs 1.
 * Needs touch dates, so it does not exist for paths input.
 */
import type { CreditInput } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { type Attribution, type ShareRules, attributeByShares } from './shares';

export function timeDecay(input: CreditInput, settings: ModelSettings): Attribution {
  return attributeByShares(input, timeDecayShares(input, settings));
}

export const timeDecayShares: ShareRules = (_input, settings) => (journey, out) => {
  const days = journey.days;
  const conversionDay = journey.conversionDay;
  const n = journey.steps.length;
  if (days === null || conversionDay === null) {
    out.fill(1 / n, 0, n);
    return;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    out[i] = Math.pow(2, -(conversionDay - days[i]) / settings.halfLifeDays);
    sum += out[i];
  }
  for (let i = 0; i < n; i++) out[i] /= sum;
};
