/**
 * W-shaped: 30% each to the first touch, lead creation and opportunity creation, 10% spread.
 * Unknown milestones fall on the last touch, so without them it is 30% first, 60% last, 10% spread.
 */
import { byPositions, type PositionModel } from './positions';

export const W_SHAPED: PositionModel = {
  anchors: [
    { position: 'first', weight: 0.3 },
    { position: 'lead', weight: 0.3 },
    { position: 'opportunity', weight: 0.3 },
  ],
  spread: 0.1,
};

export const wShaped = byPositions(W_SHAPED);
