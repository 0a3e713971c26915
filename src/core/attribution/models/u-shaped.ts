/** U-shaped (position-based): 40% first touch, 40% lead creation (the last touch when unknown), 20% spread. */
import type { CreditInput } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { type PositionModel, positionShares } from './positions';
import { type Attribution, attributeByShares } from './shares';

export const U_SHAPED: PositionModel = {
  anchors: [
    { position: 'first', weight: 0.4 },
    { position: 'lead', weight: 0.4 },
  ],
  spread: 0.2,
};

export function uShaped(input: CreditInput, settings: ModelSettings): Attribution {
  return attributeByShares(input, (j, out) => positionShares(U_SHAPED, j, settings.sameDay, out));
}
