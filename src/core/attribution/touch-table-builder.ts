/**
 * Accumulates readable touch rows into the columnar TouchTable: one typed-array entry per touch,
 * one entry per prospect for its conversion, milestones and revenue.
 */
import { Interner } from './interner';
import type { TouchColumnIndexes } from './touch-columns';
import type { TouchRow } from './touch-row';
import type { TouchTable } from './touch-table';
import type { Moment } from './touch-time';

function earlier(a: Moment | null, b: Moment): Moment {
  return a === null || b.time < a.time ? b : a;
}

export class TouchTableBuilder {
  private readonly prospects = new Interner();
  private readonly campaigns = new Interner();
  private readonly channels = new Interner();
  // Most prospects have many rows: remember each id as typed to skip re-normalising it.
  private readonly prospectByText = new Map<string, number>();
  private readonly prospect: Int32Array;
  private readonly campaign: Int32Array;
  private readonly channel: Int32Array;
  private readonly time: Float64Array;
  private readonly day: Int32Array;
  private readonly conversion: Array<Moment | null> = [];
  private readonly lead: Array<Moment | null> = [];
  private readonly opportunity: Array<Moment | null> = [];
  private readonly revenue: number[] = [];
  private readonly conflicted = new Set<number>();
  private n = 0;

  /** `capacity`: the most touches there can be (the grid's data rows). */
  constructor(capacity: number) {
    this.prospect = new Int32Array(capacity);
    this.campaign = new Int32Array(capacity);
    this.channel = new Int32Array(capacity);
    this.time = new Float64Array(capacity);
    this.day = new Int32Array(capacity);
  }

  add(row: TouchRow): void {
    const p = this.prospectId(row.prospect);
    if (p === this.conversion.length) {
      this.conversion.push(null);
      this.lead.push(null);
      this.opportunity.push(null);
      this.revenue.push(NaN);
    }
    if (row.converted) this.conversion[p] = earlier(this.conversion[p], row.converted);
    if (row.leadCreated) this.lead[p] = earlier(this.lead[p], row.leadCreated);
    if (row.opportunityCreated) {
      this.opportunity[p] = earlier(this.opportunity[p], row.opportunityCreated);
    }
    if (row.revenue !== null) {
      if (Number.isNaN(this.revenue[p])) this.revenue[p] = row.revenue;
      else if (this.revenue[p] !== row.revenue) this.conflicted.add(p);
    }
    const n = this.n++;
    this.prospect[n] = p;
    this.campaign[n] = this.campaigns.id(row.campaign);
    this.channel[n] = this.channels.id(row.channel);
    this.time[n] = row.touched.time;
    this.day[n] = row.touched.day;
  }

  build(columns: TouchColumnIndexes): TouchTable {
    const n = this.n;
    return {
      format: 'touches',
      prospectNames: this.prospects.names,
      campaignNames: this.campaigns.names,
      channelNames: this.channels.names,
      hasChannel: columns.channel >= 0,
      hasRevenue: columns.revenue >= 0,
      hasMilestones: columns.leadCreatedAt >= 0 || columns.opportunityCreatedAt >= 0,
      prospect: this.prospect.subarray(0, n),
      campaign: this.campaign.subarray(0, n),
      channel: this.channel.subarray(0, n),
      time: this.time.subarray(0, n),
      day: this.day.subarray(0, n),
      conversion: this.conversion,
      lead: this.lead,
      opportunity: this.opportunity,
      revenue: Float64Array.from(this.revenue),
      revenueConflicts: this.conflicted.size,
    };
  }

  private prospectId(text: string): number {
    let id = this.prospectByText.get(text);
    if (id === undefined) {
      // Emails are case-insensitive in every CRM; other ids are kept as typed.
      id = this.prospects.id(text.includes('@') ? text.toLowerCase() : text);
      this.prospectByText.set(text, id);
    }
    return id;
  }
}
