/**
 * Data readiness: the questions the influence-report playbook says to ask before trusting any
 * report (how much credit has no touch, how many journeys end on several channels…),
 * answered from the touch table and shown before the models. Each check is a count, a share of
 * what it counts against, and whether it should worry the reader; the sentences are in
 * i18n/readiness.ts.
 *
 * - conversions with no touch left to credit (all after the conversion, or older than the window);
 * - conversions whose last day has several channels (the report's multi-channel caveat; several
 *   campaigns when the table has no Channel column);
 * - conversions whose journey was cut by the influence window;
 * - leads with touches after their conversion (ignored by every model);
 * - campaigns in fewer than 30 converting journeys: their credit swings with a few leads;
 * - the date span: less than the playbook's 30 days of data warns;
 * - duplicate touches (same prospect, campaign and instant), counted twice by every model.
 * Paths carry no prospects and no dates: only the unstable-campaign check applies to them.
 */
import type { DayNumber } from '../dates';
import { PLAYBOOK } from '../review/schedule';
import type { CreditInput, JourneySet } from './journey';

/** Below this many converting journeys a campaign's credit is unstable (the usual rule of 30). */
export const MIN_CAMPAIGN_CONVERSIONS = 30;

export const READINESS_CHECKS = [
  'conversionsWithoutTouch',
  'sameDayMultiChannel',
  'cutByWindow',
  'touchesAfterConversion',
  'unstableCampaigns',
  'span',
  'duplicateTouches',
] as const;
export type ReadinessCheckId = (typeof READINESS_CHECKS)[number];

export interface ReadinessCheck {
  readonly check: ReadinessCheckId;
  readonly count: number;
  /** count / what it is counted against; null for the span (a number of days). */
  readonly share: number | null;
  /** What the share is of (conversions, leads, campaigns, touches). */
  readonly of: number;
  readonly warn: boolean;
}

/** The JSON contract's "readiness" object: flat figures first, then every check in order. */
export interface Readiness {
  /** Every conversion in the table, attributed or not. */
  readonly conversions: number;
  readonly conversionsWithoutTouch: number | null;
  readonly sameDayMultiChannel: number | null;
  readonly sameDayMultiChannelShare: number | null;
  readonly journeysCutByWindow: number | null;
  readonly leadsWithTouchesAfterConversion: number | null;
  /** Names (campaigns, or channels when credit goes by channel), fewest conversions first. */
  readonly unstableCampaigns: readonly string[];
  readonly spanDays: number | null;
  readonly duplicateTouches: number | null;
  /** The influence window the journeys were cut to, in days (the cut check's sentence names it). */
  readonly windowDays: number;
  readonly checks: readonly ReadinessCheck[];
}

const share = (count: number, of: number) => (of > 0 ? count / of : 0);

function check(id: ReadinessCheckId, count: number, of: number, warn = count > 0): ReadinessCheck {
  return { check: id, count, share: share(count, of), of, warn };
}

/** Converting journeys (weighted) that touch each key, and the keys below the threshold. */
function unstableKeys(input: CreditInput): { names: string[]; keys: number } {
  const converting = new Float64Array(input.keys.length);
  const present = new Uint8Array(input.keys.length);
  const seen = new Int32Array(input.keys.length).fill(-1);
  input.journeys.forEach((j, index) => {
    for (const s of j.steps) {
      present[s] = 1;
      if (j.converted && seen[s] !== index) {
        seen[s] = index;
        converting[s] += j.weight;
      }
    }
  });
  const ids = input.keys.map((_, id) => id).filter((id) => present[id] === 1);
  const names = ids
    .filter((id) => converting[id] < MIN_CAMPAIGN_CONVERSIONS)
    .sort((a, b) => converting[a] - converting[b] || (input.keys[a] < input.keys[b] ? -1 : 1))
    .map((id) => input.keys[id]);
  return { names, keys: ids.length };
}

/** Conversions whose last calendar day holds touches on two or more channels (or campaigns). */
function sameDayMixed(set: JourneySet): number {
  let mixed = 0;
  for (const j of set.journeys) {
    if (!j.converted || j.days === null) continue;
    const ids = set.hasChannel ? j.channels : j.campaigns;
    const last = ids.length - 1;
    for (let i = last - 1; i >= 0 && j.days[i] === j.days[last]; i--) {
      if (ids[i] !== ids[last]) {
        mixed += j.weight;
        break;
      }
    }
  }
  return mixed;
}

/**
 * What readiness reads of a touch table beyond the journeys: from `touchFacts` and the journeys
 * in memory (`readinessFacts`), from one SQL query in a database (`sql/lead-facts.ts`), whose
 * aggregate journeys no longer know their prospects.
 */
export interface ReadinessFacts {
  /** Every prospect with a conversion date. */
  readonly conversions: number;
  /** Credited conversions whose last day holds several channels (campaigns without channels). */
  readonly sameDayMultiChannel: number;
  readonly conversionsCutByWindow: number;
  readonly prospectsTouchedAfterConversion: number;
  readonly duplicateTouches: number;
  readonly touches: number;
  readonly firstDay: DayNumber | null;
  readonly lastDay: DayNumber | null;
}

/** The facts of journeys read from a touch table in memory; null for paths (no prospects). */
export function readinessFacts(set: JourneySet): ReadinessFacts | null {
  const facts = set.touchFacts;
  if (facts === null) return null;
  return {
    conversions: facts.conversions.length,
    sameDayMultiChannel: sameDayMixed(set),
    conversionsCutByWindow: facts.conversionsCutByWindow,
    prospectsTouchedAfterConversion: facts.prospectsTouchedAfterConversion,
    duplicateTouches: facts.duplicateTouches,
    touches: facts.touches,
    firstDay: facts.firstDay,
    lastDay: facts.lastDay,
  };
}

export function readiness(
  set: JourneySet,
  input: CreditInput,
  windowDays: number,
  facts: ReadinessFacts | null = readinessFacts(set),
): Readiness {
  const unstable = unstableKeys(input);
  const unstableCheck = check('unstableCampaigns', unstable.names.length, unstable.keys);
  let attributed = 0;
  for (const j of set.journeys) if (j.converted) attributed += j.weight;
  if (facts === null) {
    return {
      conversions: attributed,
      conversionsWithoutTouch: null,
      sameDayMultiChannel: null,
      sameDayMultiChannelShare: null,
      journeysCutByWindow: null,
      leadsWithTouchesAfterConversion: null,
      unstableCampaigns: unstable.names,
      spanDays: null,
      duplicateTouches: null,
      windowDays,
      checks: [unstableCheck],
    };
  }
  const conversions = facts.conversions;
  const withoutTouch = set.excluded.conversionsWithoutTouches;
  const mixed = facts.sameDayMultiChannel;
  const span =
    facts.firstDay === null || facts.lastDay === null ? 0 : facts.lastDay - facts.firstDay;
  return {
    conversions,
    conversionsWithoutTouch: withoutTouch,
    sameDayMultiChannel: mixed,
    sameDayMultiChannelShare: share(mixed, attributed),
    journeysCutByWindow: facts.conversionsCutByWindow,
    leadsWithTouchesAfterConversion: facts.prospectsTouchedAfterConversion,
    unstableCampaigns: unstable.names,
    spanDays: span,
    duplicateTouches: facts.duplicateTouches,
    windowDays,
    checks: [
      check('conversionsWithoutTouch', withoutTouch, conversions),
      check('sameDayMultiChannel', mixed, attributed),
      check('cutByWindow', facts.conversionsCutByWindow, conversions),
      check('touchesAfterConversion', facts.prospectsTouchedAfterConversion, conversions),
      unstableCheck,
      { check: 'span', count: span, share: null, of: span, warn: span < PLAYBOOK.dataFirstDays },
      check('duplicateTouches', facts.duplicateTouches, facts.touches),
    ],
  };
}
