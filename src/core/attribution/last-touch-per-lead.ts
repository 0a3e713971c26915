/**
 * The influence report's first ask: "see easily the last campaign the lead engaged with before conversion".
 * One row per converted lead: its last counted campaign, that touch's channel, how many days before
 * the conversion, and every other campaign touched on that same last day. Those are shown as ties
 * (the influence report's own caveat: several channels touch a prospect the same day), never broken silently.
 */
import { type IsoDate, toIso } from '../dates';
import type { JourneySet } from './journey';

export interface LeadLastTouch {
  readonly prospect: string;
  readonly convertedAt: IsoDate;
  /** null when no touch was left before the conversion (inside the influence window). */
  readonly campaign: string | null;
  readonly channel: string | null;
  readonly daysBefore: number | null;
  /** Other campaigns touched on the last touch's calendar day, in touch order. */
  readonly ties: readonly string[];
}

/** The JSON contract caps the list; the total says how many there were. */
export const LAST_TOUCH_CAP = 10_000;

export interface LastTouchTable {
  /** Most recent conversions first, then prospect (code units: locale-free). */
  readonly rows: readonly LeadLastTouch[];
  readonly total: number;
}

/** The table's order: most recent conversions first, then prospect in code units. */
export function byRecentConversion(
  a: { readonly day: number; readonly prospect: string },
  b: { readonly day: number; readonly prospect: string },
): number {
  if (b.day !== a.day) return b.day - a.day;
  return a.prospect < b.prospect ? -1 : a.prospect > b.prospect ? 1 : 0;
}

export function lastTouchPerLead(set: JourneySet, cap = LAST_TOUCH_CAP): LastTouchTable {
  const facts = set.touchFacts;
  if (facts === null) return { rows: [], total: 0 };
  const ordered = [...facts.conversions].sort(byRecentConversion);
  const rows = ordered.slice(0, cap).map((lead): LeadLastTouch => {
    const convertedAt = toIso(lead.day);
    const journey = lead.journey === null ? null : set.journeys[lead.journey];
    if (journey === null || journey.days === null || journey.campaigns.length === 0) {
      return {
        prospect: lead.prospect,
        convertedAt,
        campaign: null,
        channel: null,
        daysBefore: null,
        ties: [],
      };
    }
    const last = journey.campaigns.length - 1;
    const lastDay = journey.days[last];
    const campaign = set.campaignNames[journey.campaigns[last]];
    const ties: string[] = [];
    for (let i = last - 1; i >= 0 && journey.days[i] === lastDay; i--) {
      const name = set.campaignNames[journey.campaigns[i]];
      if (name !== campaign && !ties.includes(name)) ties.unshift(name);
    }
    return {
      prospect: lead.prospect,
      convertedAt,
      campaign,
      channel: set.hasChannel ? set.channelNames[journey.channels[last]] : null,
      daysBefore: lead.day - lastDay,
      ties,
    };
  });
  return { rows, total: facts.conversions.length };
}
