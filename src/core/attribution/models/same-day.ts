/**
 * The first caveat of last-touch reports: when email, social and the site touch a prospect on
 * the same day, the last of them should not take all the last-touch credit. With same-day
 * handling on, every touch on the last touch's calendar day belongs to the "last touch" group
 * and shares its credit equally (per touch, so two emails that day count twice, as under linear).
 */
import type { CreditJourney } from '../journey';

/** Index of the first touch of the last-touch group (the last index when off or undated). */
export function lastGroupStart(journey: CreditJourney, sameDay: boolean): number {
  const last = journey.steps.length - 1;
  const days = journey.days;
  if (!sameDay || days === null) return last;
  let start = last;
  while (start > 0 && days[start - 1] === days[last]) start--;
  return start;
}
