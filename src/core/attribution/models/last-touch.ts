/**
 * Last touch: the last campaign before conversion takes the conversion; with same-day handling the
 * touches of that last day split it equally (same-day.ts).
 */
import type { CreditInput } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { lastGroupStart } from './same-day';
import { type Attribution, type ShareRules, attributeByShares } from './shares';

export const lastTouchShares: ShareRules = (_input, settings) => (journey, out) => {
  const n = journey.steps.length;
  const start = lastGroupStart(journey, settings.sameDay);
  for (let i = start; i < n; i++) out[i] = 1 / (n - start);
};

export function lastTouch(input: CreditInput, settings: ModelSettings): Attribution {
  return attributeByShares(input, lastTouchShares(input, settings));
}
