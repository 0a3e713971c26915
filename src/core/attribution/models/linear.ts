/**
 * Linear: every touch counts equally, repeats included (ChannelAttribution's convention), so
 * A > A > B gives A 2/3 and B 1/3.
 */
import type { CreditInput } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { type Attribution, type ShareRules, attributeByShares } from './shares';

export const linearShares: ShareRules = () => (journey, out) => {
  out.fill(1 / journey.steps.length, 0, journey.steps.length);
};

export function linear(input: CreditInput, settings: ModelSettings): Attribution {
  return attributeByShares(input, linearShares(input, settings));
}
