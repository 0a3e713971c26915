/**
 * Full path (Z-shaped): 22.5% each to the first touch, lead creation, opportunity creation and the
 * last touch, 10% spread. Coinciding positions merge their weights.
 */
import { byPositions, type PositionModel } from './positions';

export const FULL_PATH: PositionModel = {
  anchors: [
    { position: 'first', weight: 0.225 },
    { position: 'lead', weight: 0.225 },
    { position: 'opportunity', weight: 0.225 },
    { position: 'last', weight: 0.225 },
  ],
  spread: 0.1,
};

export const fullPath = byPositions(FULL_PATH);
