/** U-shaped (position-based): 40% first touch, 40% lead creation (the last touch when unknown), 20% spread. */
import { byPositions, type PositionModel } from './positions';

export const U_SHAPED: PositionModel = {
  anchors: [
    { position: 'first', weight: 0.4 },
    { position: 'lead', weight: 0.4 },
  ],
  spread: 0.2,
};

export const uShaped = byPositions(U_SHAPED);
