/** First touch: the touch that opened the journey takes the whole conversion. */
import type { CreditInput } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { type Attribution, type ShareRules, attributeByShares } from './shares';

export const firstTouchShares: ShareRules = () => (_journey, out) => {
  out[0] = 1;
};

export function firstTouch(input: CreditInput, settings: ModelSettings): Attribution {
  return attributeByShares(input, firstTouchShares(input, settings));
}
