/**
 * The words of the influence report. String codes exist only because they are the JSON keys of
 * the CLI contract (`cadence influence --json`); inside core they are closed unions.
 */

export const MODEL_NAMES = [
  'first_touch',
  'last_touch',
  'linear',
  'u_shaped',
  'w_shaped',
  'full_path',
  'time_decay',
  'markov',
  'shapley',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Touches: one row per interaction; Paths: GA4 / ChannelAttribution aggregated journeys. */
export type InputFormat = 'touches' | 'paths';

/** Markov orders we offer (ChannelAttribution's `order`): states are the last N steps. */
export const MARKOV_ORDERS = [1, 2, 3, 4] as const;
export type MarkovOrder = (typeof MARKOV_ORDERS)[number];

/** What receives credit. Paths carry one name per step, so for them both mean that name. */
export type CreditBy = 'campaign' | 'channel';

/** Credit per campaign (or channel) name, for one model. */
export type Credits = Readonly<Record<string, number>>;

export interface InfluenceSettings {
  /** Forces the input format; detected from the headers when absent. */
  readonly format?: InputFormat;
  readonly by: CreditBy;
  /** Touches older than this many calendar days before the conversion do not count. */
  readonly windowDays: number;
  readonly halfLifeDays: number;
  /** Touches on the last touch's calendar day share the last-touch credit equally. */
  readonly sameDay: boolean;
  /** IANA zone that turns date cells (instants) into calendar days. */
  readonly timeZone: string;
  /** Markov states are the last N steps (ChannelAttribution's `order`). */
  readonly markovOrder: MarkovOrder;
  /** Bootstrap replicates behind each credit's 95 % interval; 0 leaves the intervals out. */
  readonly replicates: number;
}

/** Bootstrap replicates above this take minutes in Apps Script for no visible gain. */
export const MAX_REPLICATES = 2000;

export const DEFAULT_SETTINGS: InfluenceSettings = {
  by: 'campaign',
  windowDays: 90,
  halfLifeDays: 7,
  sameDay: true,
  timeZone: 'UTC',
  markovOrder: 1,
  replicates: 200,
};

/** The part of the settings the models themselves read. */
export interface ModelSettings {
  readonly halfLifeDays: number;
  readonly sameDay: boolean;
  readonly markovOrder: MarkovOrder;
}
