/**
 * Linear: every touch counts equally, repeats included (ChannelAttribution's convention), so
 * A > A > B gives A 2/3 and B 1/3.
 */
import type { CreditInput } from '../journey';
import { type Attribution, attributeByShares } from './shares';

export function linear(input: CreditInput): Attribution {
  return attributeByShares(input, (journey, out) => {
    out.fill(1 / journey.steps.length, 0, journey.steps.length);
  });
}
