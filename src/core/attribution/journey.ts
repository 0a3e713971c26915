/**
 * The normalised journey model every attribution model reads, whatever the input format.
 *
 * A journey is an ordered list of touches ending in a conversion or not. Aggregated inputs (paths)
 * give one journey per distinct path and outcome with a `weight` (how many identical journeys);
 * touch inputs give one journey per prospect, weight 1.
 */
import type { DayNumber } from '../dates';
import type { PathNote } from './path-notes';
import type { TouchFacts } from './touch-facts';
import type { CreditBy, InputFormat } from './vocabulary';

/** The names an input holds and the optional columns it gave: a touch table's, kept by its journeys. */
export interface InputColumns {
  readonly campaignNames: readonly string[];
  readonly channelNames: readonly string[];
  readonly hasChannel: boolean;
  readonly hasRevenue: boolean;
  readonly hasMilestones: boolean;
}

export interface Journey {
  /** Campaign id of each touch, in touch order (ids index `JourneySet.campaignNames`). */
  readonly campaigns: Int32Array;
  /** Channel id of each touch (ids index `JourneySet.channelNames`). */
  readonly channels: Int32Array;
  /** Epoch ms of each touch; null for paths, which carry no dates. */
  readonly times: Float64Array | null;
  /** Calendar day of each touch in the report's zone; null for paths. */
  readonly days: Int32Array | null;
  readonly converted: boolean;
  /** How many identical journeys this one stands for (conversions or nulls of a path row). */
  readonly weight: number;
  /** Total conversion value of all `weight` journeys (0 when not converted). */
  readonly value: number;
  readonly conversionDay: DayNumber | null;
  /** Touch that created the lead / the opportunity; null when the milestone is unknown. */
  readonly leadIndex: number | null;
  readonly opportunityIndex: number | null;
}

/** What was left out while building journeys, so the report can say it plainly. */
export interface Exclusions {
  readonly touchesAfterConversion: number;
  readonly touchesOutsideWindow: number;
  readonly conversionsWithoutTouches: number;
  readonly revenueConflicts: number;
}

export interface JourneySet extends InputColumns {
  readonly format: InputFormat;
  readonly journeys: readonly Journey[];
  readonly hasDates: boolean;
  /** False when non-converting journeys are unknown (a paths file without total_null). */
  readonly hasNulls: boolean;
  readonly excluded: Exclusions;
  /** Cells read but not at face value (paths only), for the report's notes. */
  readonly inputNotes: readonly PathNote[];
  /** Per-lead facts of a touch table (readiness, last touch per lead); null for paths. */
  readonly touchFacts: TouchFacts | null;
  /**
   * The same journeys as credit journeys, when a journey's campaigns and channels are one list
   * of ids (paths: a step is both) so either credit switch reads them alike: built once with the
   * journeys instead of copied per report (a million-row export has hundreds of thousands).
   */
  readonly creditJourneys?: readonly CreditJourney[];
}

/** A journey seen through the credit switch: `steps` are the ids of what receives credit. */
export interface CreditJourney {
  readonly steps: Int32Array;
  readonly days: Int32Array | null;
  readonly conversionDay: DayNumber | null;
  readonly converted: boolean;
  readonly weight: number;
  readonly value: number;
  readonly leadIndex: number | null;
  readonly opportunityIndex: number | null;
}

export interface CreditInput {
  /** Names of what receives credit, indexed by step id. */
  readonly keys: readonly string[];
  readonly journeys: readonly CreditJourney[];
  readonly hasDates: boolean;
}

export function creditInput(set: JourneySet, by: CreditBy): CreditInput {
  const byChannel = by === 'channel';
  return {
    keys: byChannel ? set.channelNames : set.campaignNames,
    hasDates: set.hasDates,
    journeys:
      set.creditJourneys ??
      set.journeys.map((j) => ({
        steps: byChannel ? j.channels : j.campaigns,
        days: j.days,
        conversionDay: j.conversionDay,
        converted: j.converted,
        weight: j.weight,
        value: j.value,
        leadIndex: j.leadIndex,
        opportunityIndex: j.opportunityIndex,
      })),
  };
}

/** Converted journeys weighted by how many they stand for. */
export function totalConversions(journeys: readonly CreditJourney[]): number {
  let total = 0;
  for (const j of journeys) if (j.converted) total += j.weight;
  return total;
}

export function totalNulls(journeys: readonly CreditJourney[]): number {
  let total = 0;
  for (const j of journeys) if (!j.converted) total += j.weight;
  return total;
}
