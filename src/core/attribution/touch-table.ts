/**
 * A Touches grid read into columns: one entry per touch in sheet order, one per prospect for the
 * conversion, revenue and milestones. Names are interned to integer ids once, so a million touches
 * cost a million small integers rather than a million strings in later steps.
 */
import type { CellValue, Grid } from '../types';
import { a1 } from '../text';
import { isBlank, readAmount, readLabel } from './cells';
import {
  type ColumnMap,
  REQUIRED_TOUCH_COLUMNS,
  TOUCH_COLUMN_LABELS,
  type TouchColumn,
  missing,
  touchColumns,
} from './headers';
import { type InputProblem, ProblemCollector } from './input-problem';
import { type Moment, ZonedClock } from './touch-time';

export const NOT_SET = '(not set)';

export interface TouchTable {
  readonly format: 'touches';
  readonly prospectNames: readonly string[];
  readonly campaignNames: readonly string[];
  readonly channelNames: readonly string[];
  readonly hasChannel: boolean;
  readonly hasRevenue: boolean;
  readonly hasMilestones: boolean;
  /** Per touch, in sheet order (row order breaks ties between equal times). */
  readonly prospect: Int32Array;
  readonly campaign: Int32Array;
  readonly channel: Int32Array;
  readonly time: Float64Array;
  readonly day: Int32Array;
  /** Per prospect: the earliest of the values given on its rows. */
  readonly conversion: ReadonlyArray<Moment | null>;
  readonly lead: ReadonlyArray<Moment | null>;
  readonly opportunity: ReadonlyArray<Moment | null>;
  /** Per prospect: the first revenue given on its rows, NaN when none. */
  readonly revenue: Float64Array;
  /** Prospects whose rows give different revenues (the first one is used). */
  readonly revenueConflicts: number;
}

export type TouchTableResult =
  | { readonly ok: true; readonly table: TouchTable }
  | { readonly ok: false; readonly problem: InputProblem };

class Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }
}

function blankRow(row: readonly CellValue[], columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlank(row[c])) return false;
  return true;
}

function earlier(a: Moment | null, b: Moment): Moment {
  return a === null || b.time < a.time ? b : a;
}

export function readTouchTable(grid: Grid, timeZone: string): TouchTableResult {
  const columns: ColumnMap<TouchColumn> = touchColumns(grid[0] ?? []);
  const absent = missing(columns, REQUIRED_TOUCH_COLUMNS);
  if (absent.length > 0) {
    const missingColumns = absent.map((c) => TOUCH_COLUMN_LABELS[c]);
    return {
      ok: false,
      problem: { format: 'touches', missingColumns, unreadable: [], unreadableCount: 0 },
    };
  }
  const col = (c: TouchColumn): number => columns[c] ?? -1;
  const [cProspect, cCampaign, cChannel, cTouched, cConverted, cRevenue, cLead, cOpp] = [
    col('prospect'),
    col('campaign'),
    col('channel'),
    col('touchedAt'),
    col('convertedAt'),
    col('revenue'),
    col('leadCreatedAt'),
    col('opportunityCreatedAt'),
  ];
  const used = [cProspect, cCampaign, cChannel, cTouched, cConverted, cRevenue, cLead, cOpp].filter(
    (c) => c >= 0,
  );

  const clock = new ZonedClock(timeZone);
  const problems = new ProblemCollector();
  const prospects = new Interner();
  const campaigns = new Interner();
  const channels = new Interner();
  const capacity = Math.max(0, grid.length - 1);
  const prospect = new Int32Array(capacity);
  const campaign = new Int32Array(capacity);
  const channel = new Int32Array(capacity);
  const time = new Float64Array(capacity);
  const day = new Int32Array(capacity);
  const conversion: Array<Moment | null> = [];
  const lead: Array<Moment | null> = [];
  const opportunity: Array<Moment | null> = [];
  const revenue: number[] = [];
  const conflicted = new Set<number>();
  let n = 0;
  // Most prospects have many rows: remember each id as typed to skip re-normalising it.
  const prospectByText = new Map<string, number>();
  const prospectId = (text: string): number => {
    let id = prospectByText.get(text);
    if (id === undefined) {
      // Emails are case-insensitive in every CRM; other ids are kept as typed.
      id = prospects.id(text.includes('@') ? text.toLowerCase() : text);
      prospectByText.set(text, id);
    }
    return id;
  };

  const readMoment = (row: readonly CellValue[], r: number, c: number, what: string) => {
    if (c < 0 || isBlank(row[c])) return null;
    const moment = clock.read(row[c]);
    if (moment === null) problems.add(a1(r, c), `unreadable ${what}`);
    return moment;
  };

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (blankRow(row, used)) continue;
    const who = readLabel(row[cProspect]);
    if (who === null) problems.add(a1(r, cProspect), 'no prospect');
    const what = readLabel(row[cCampaign]);
    if (what === null) problems.add(a1(r, cCampaign), 'no campaign');
    const how = cChannel < 0 ? NOT_SET : (readLabel(row[cChannel]) ?? NOT_SET);
    const when = isBlank(row[cTouched]) ? null : clock.read(row[cTouched]);
    if (when === null) problems.add(a1(r, cTouched), 'unreadable touch date');
    const converted = readMoment(row, r, cConverted, 'conversion date');
    const leadAt = readMoment(row, r, cLead, 'lead creation date');
    const oppAt = readMoment(row, r, cOpp, 'opportunity creation date');
    let amount: number | null = null;
    if (cRevenue >= 0 && !isBlank(row[cRevenue])) {
      amount = readAmount(row[cRevenue]);
      if (amount === null) problems.add(a1(r, cRevenue), 'unreadable revenue');
    }
    if (who === null || what === null || when === null || !problems.empty) continue;

    const p = prospectId(who);
    if (p === conversion.length) {
      conversion.push(null);
      lead.push(null);
      opportunity.push(null);
      revenue.push(NaN);
    }
    if (converted) conversion[p] = earlier(conversion[p], converted);
    if (leadAt) lead[p] = earlier(lead[p], leadAt);
    if (oppAt) opportunity[p] = earlier(opportunity[p], oppAt);
    if (amount !== null) {
      if (Number.isNaN(revenue[p])) revenue[p] = amount;
      else if (revenue[p] !== amount) conflicted.add(p);
    }
    prospect[n] = p;
    campaign[n] = campaigns.id(what);
    channel[n] = channels.id(how);
    time[n] = when.time;
    day[n] = when.day;
    n++;
  }
  if (!problems.empty) return { ok: false, problem: problems.problem('touches') };
  return {
    ok: true,
    table: {
      format: 'touches',
      prospectNames: prospects.names,
      campaignNames: campaigns.names,
      channelNames: channels.names,
      hasChannel: cChannel >= 0,
      hasRevenue: cRevenue >= 0,
      hasMilestones: cLead >= 0 || cOpp >= 0,
      prospect: prospect.subarray(0, n),
      campaign: campaign.subarray(0, n),
      channel: channel.subarray(0, n),
      time: time.subarray(0, n),
      day: day.subarray(0, n),
      conversion,
      lead,
      opportunity,
      revenue: Float64Array.from(revenue),
      revenueConflicts: conflicted.size,
    },
  };
}
