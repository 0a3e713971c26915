/**
 * Every model by name, and what it needs from the input. The report runs the ones the input can
 * support and says why the others are missing.
 */
import type { CreditInput } from '../journey';
import type { ModelName, ModelSettings } from '../vocabulary';
import { firstTouch } from './first-touch';
import { fullPath } from './full-path';
import { lastTouch } from './last-touch';
import { linear } from './linear';
import { markov } from './markov';
import type { Attribution } from './shares';
import { shapley } from './shapley';
import { timeDecay } from './time-decay';
import { uShaped } from './u-shaped';
import { wShaped } from './w-shaped';

export interface ModelEntry {
  readonly run: (input: CreditInput, settings: ModelSettings) => Attribution;
  /** Needs a calendar day per touch and per conversion. */
  readonly needsDates: boolean;
}

export const MODELS: Readonly<Record<ModelName, ModelEntry>> = {
  first_touch: { run: firstTouch, needsDates: false },
  last_touch: { run: lastTouch, needsDates: false },
  linear: { run: linear, needsDates: false },
  u_shaped: { run: uShaped, needsDates: false },
  w_shaped: { run: wShaped, needsDates: false },
  full_path: { run: fullPath, needsDates: false },
  time_decay: { run: timeDecay, needsDates: true },
  markov: { run: (input, settings) => markov(input, settings.markovOrder), needsDates: false },
  shapley: { run: shapley, needsDates: false },
};
