/**
 * Position-based models (U, W, full path) as anchors plus a spread.
 *
 * Each anchor gives its weight to one touch (first, lead creation, opportunity creation) or to the
 * last-touch group (see same-day.ts). Anchors that land on the same touch add up. The spread weight
 * goes equally to the touches between the first touch and the latest anchor that are not anchors
 * themselves; touches after the latest anchor get nothing (as in Marketo Measure, where touches
 * after the opportunity are outside a W-shaped journey). When no touch is left for the spread,
 * weights are renormalised over the anchors: 2 touches under U-shaped → 50/50, 1 touch → 100%.
 */
import type { CreditInput, CreditJourney } from '../journey';
import type { ModelSettings } from '../vocabulary';
import { lastGroupStart } from './same-day';
import { type Attribution, type ShareRules, attributeByShares } from './shares';

export type AnchorPosition = 'first' | 'lead' | 'opportunity' | 'last';

export interface Anchor {
  readonly position: AnchorPosition;
  readonly weight: number;
}

export interface PositionModel {
  readonly anchors: readonly Anchor[];
  readonly spread: number;
}

/**
 * Which touches of the journey being shared are anchors: one array for every journey (a fresh one
 * per journey was hundreds of thousands of allocations on a big paths file).
 */
let anchorFlags = new Uint8Array(16);

export function positionShares(
  model: PositionModel,
  journey: CreditJourney,
  sameDay: boolean,
  out: Float64Array,
): void {
  const n = journey.steps.length;
  const groupStart = lastGroupStart(journey, sameDay);
  let latest = 0;
  let anchorTotal = 0;
  if (anchorFlags.length < n) anchorFlags = new Uint8Array(n * 2);
  const isAnchor = anchorFlags;
  isAnchor.fill(0, 0, n);
  for (const anchor of model.anchors) {
    anchorTotal += anchor.weight;
    const index = anchorIndex(anchor.position, journey);
    if (index === 'last') {
      const size = n - groupStart;
      for (let i = groupStart; i < n; i++) {
        out[i] += anchor.weight / size;
        isAnchor[i] = 1;
      }
      latest = n - 1;
    } else {
      out[index] += anchor.weight;
      isAnchor[index] = 1;
      latest = Math.max(latest, index);
    }
  }
  let middle = 0;
  for (let i = 0; i <= latest; i++) if (!isAnchor[i]) middle++;
  if (middle > 0) {
    for (let i = 0; i <= latest; i++) if (!isAnchor[i]) out[i] += model.spread / middle;
  } else {
    for (let i = 0; i < n; i++) out[i] /= anchorTotal;
  }
}

/** Lead and opportunity fall back to the last touch when their date is unknown. */
function anchorIndex(position: AnchorPosition, journey: CreditJourney): number | 'last' {
  switch (position) {
    case 'first':
      return 0;
    case 'lead':
      return journey.leadIndex ?? 'last';
    case 'opportunity':
      return journey.opportunityIndex ?? 'last';
    case 'last':
      return 'last';
  }
}

/** The model's share rule: each journey's credit shared by `model`'s anchors. */
export function positionRules(model: PositionModel): ShareRules {
  return (_input, settings) => (j, out) => positionShares(model, j, settings.sameDay, out);
}

/** The model as the catalogue runs it. */
export function byPositions(
  model: PositionModel,
): (input: CreditInput, settings: ModelSettings) => Attribution {
  const rules = positionRules(model);
  return (input, settings) => attributeByShares(input, rules(input, settings));
}
