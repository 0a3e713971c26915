/** First touch: the touch that opened the journey takes the whole conversion. */
import type { CreditInput } from '../journey';
import { type Attribution, attributeByShares } from './shares';

export function firstTouch(input: CreditInput): Attribution {
  return attributeByShares(input, (_journey, out) => {
    out[0] = 1;
  });
}
