/**
 * Every model by name, and what it needs from the input. The report runs the ones the input can
 * support and says why the others are missing.
 */
import type { CreditInput } from '../journey';
import type { ModelName, ModelSettings } from '../vocabulary';
import { firstTouch, firstTouchShares } from './first-touch';
import { FULL_PATH, fullPath } from './full-path';
import { lastTouch, lastTouchShares } from './last-touch';
import { linear, linearShares } from './linear';
import { markov } from './markov';
import { positionRules } from './positions';
import type { Attribution, ShareRules } from './shares';
import { shapley, shapleyShares } from './shapley';
import { timeDecay, timeDecayShares } from './time-decay';
import { U_SHAPED, uShaped } from './u-shaped';
import { W_SHAPED, wShaped } from './w-shaped';

export interface ModelEntry {
  readonly run: (input: CreditInput, settings: ModelSettings) => Attribution;
  /** Needs a calendar day per touch and per conversion. */
  readonly needsDates: boolean;
  /**
   * The shares `run` gives each converting journey's touches (`attributeByShares`), for the
   * models whose credit is a sum over journeys; null for Markov, whose credit is not.
   */
  readonly shares: ShareRules | null;
}

export const MODELS: Readonly<Record<ModelName, ModelEntry>> = {
  first_touch: { run: firstTouch, needsDates: false, shares: firstTouchShares },
  last_touch: { run: lastTouch, needsDates: false, shares: lastTouchShares },
  linear: { run: linear, needsDates: false, shares: linearShares },
  u_shaped: { run: uShaped, needsDates: false, shares: positionRules(U_SHAPED) },
  w_shaped: { run: wShaped, needsDates: false, shares: positionRules(W_SHAPED) },
  full_path: { run: fullPath, needsDates: false, shares: positionRules(FULL_PATH) },
  time_decay: { run: timeDecay, needsDates: true, shares: timeDecayShares },
  markov: {
    run: (input, settings) => markov(input, settings.markovOrder),
    needsDates: false,
    shares: null,
  },
  shapley: { run: shapley, needsDates: false, shares: shapleyShares },
};
