/**
 * The playbook's standard review timeline, rule by rule:
 * - nurture: anchor + 90 days;
 * - automation rule: set-up + 30 days until first reviewed, then last review + 90 days;
 * - scoring rule: anchor + 90 days, + 182 once tuned; at once (next = today) when its metric is
 *   the MQL→SQL acceptance rate and the latest value is below 50 % (exactly 50 % is not urgent);
 * - lead assignment: anchor + max(90, sales cycle in days);
 * - content: anchor + 90 days, and a group is reviewed together, at its earliest next date;
 * - any type: a Cadence (days) cell, else a per-type setting, replaces the period; and with less
 *   than 30 days since set-up the row is still collecting data, first review at set-up + 30.
 * where last = the latest review on or before today with a value, anchor = last, else set-up.
 * Precedence: urgent (the playbook's one alarm) beats collecting, which beats the periods. The
 * urgent rule reads only review values, never the baseline: the baseline predates the rule.
 */
import type { DayNumber } from '../dates';
import { URGENT_ACCEPTANCE_BELOW } from './metrics';
import { reason, Reason } from './reasons';
import type { ReviewRow, ReviewSheet } from './sheet';
import { PROGRAM_TYPES, ProgramType, ReviewStatus } from '../types';

/** The playbook's numbers, in days. */
export const PLAYBOOK = {
  periodDays: 90,
  automationFirstReviewDays: 30,
  scoringTunedDays: 182,
  leadAssignmentMinDays: 90,
  dataFirstDays: 30,
  dueSoonDays: 7,
} as const;

export interface CadenceSettings {
  /** A row whose next review is within this many days of today is due soon. */
  readonly dueSoonDays: number;
  /**
   * Days between reviews per type, replacing the playbook's period (quarterly, twice-yearly,
   * sales cycle) like a row's Cadence (days) cell does. The first review of an automation rule
   * (set-up + 30) and the 30 days of data first are not periods and stay.
   */
  readonly cadenceOverrides: Readonly<Partial<Record<ProgramType, number>>>;
}

export const DEFAULT_SETTINGS: CadenceSettings = {
  dueSoonDays: PLAYBOOK.dueSoonDays,
  cadenceOverrides: {},
};

/** Which rule set the next review date. */
export type Basis =
  | { readonly rule: 'urgent'; readonly value: number; readonly on: DayNumber }
  | { readonly rule: 'collecting'; readonly setUpOn: DayNumber }
  | { readonly rule: 'unscheduled' }
  | { readonly rule: 'first_review'; readonly setUpOn: DayNumber }
  | {
      readonly rule: 'period';
      readonly anchor: 'review' | 'set_up';
      readonly from: DayNumber;
      readonly days: number;
      readonly source: PeriodSource;
    };

/** Where a period came from. */
export type PeriodSource =
  'playbook' | 'tuned' | 'sales_cycle' | 'row_cadence' | 'settings' | 'unknown_type';

export interface Plan {
  readonly last: DayNumber | null;
  readonly next: DayNumber | null;
  readonly basis: Basis;
}

/**
 * The row's plan as it stands on `asOf`, counting only its first `count` series points (the
 * review values entered so far). With count = all points and asOf = today, this is the row's
 * plan today; the review-column walk uses earlier points and dates.
 */
export function planAt(
  row: ReviewRow,
  count: number,
  asOf: DayNumber,
  settings: CadenceSettings,
): Plan {
  const latest = count > 0 ? row.series[count - 1] : null;
  const last = latest ? latest.day : null;
  if (
    latest &&
    row.type === 'scoring_rule' &&
    row.isMqlAcceptance &&
    latest.value < URGENT_ACCEPTANCE_BELOW
  ) {
    return { last, next: asOf, basis: { rule: 'urgent', value: latest.value, on: latest.day } };
  }
  const setUpOn = row.setUpOn;
  if (setUpOn !== null && asOf - setUpOn < PLAYBOOK.dataFirstDays) {
    return {
      last,
      next: setUpOn + PLAYBOOK.dataFirstDays,
      basis: { rule: 'collecting', setUpOn },
    };
  }
  if (last === null && setUpOn === null)
    return { last, next: null, basis: { rule: 'unscheduled' } };
  if (row.type === 'automation_rule' && last === null && setUpOn !== null) {
    return {
      last,
      next: setUpOn + PLAYBOOK.automationFirstReviewDays,
      basis: { rule: 'first_review', setUpOn },
    };
  }
  const from = (last ?? setUpOn) as DayNumber;
  const { days, source } = period(row, settings);
  return {
    last,
    next: from + days,
    basis: { rule: 'period', anchor: last === null ? 'set_up' : 'review', from, days, source },
  };
}

function period(row: ReviewRow, settings: CadenceSettings): { days: number; source: PeriodSource } {
  if (row.cadenceDays !== null) return { days: row.cadenceDays, source: 'row_cadence' };
  const setting = row.type === null ? undefined : settings.cadenceOverrides[row.type];
  if (setting !== undefined) return { days: setting, source: 'settings' };
  switch (row.type) {
    case 'scoring_rule':
      return row.tuned
        ? { days: PLAYBOOK.scoringTunedDays, source: 'tuned' }
        : { days: PLAYBOOK.periodDays, source: 'playbook' };
    case 'lead_assignment':
      return row.salesCycleDays !== null && row.salesCycleDays > PLAYBOOK.leadAssignmentMinDays
        ? { days: row.salesCycleDays, source: 'sales_cycle' }
        : { days: PLAYBOOK.leadAssignmentMinDays, source: 'playbook' };
    case null:
      return { days: PLAYBOOK.periodDays, source: 'unknown_type' };
    default:
      return { days: PLAYBOOK.periodDays, source: 'playbook' };
  }
}

/** True when a plan can be moved to its group's date (collecting and urgent rows cannot). */
export function joinsGroup(row: ReviewRow, plan: Plan): boolean {
  return (
    row.type === 'content' &&
    row.groupKey !== null &&
    plan.basis.rule !== 'collecting' &&
    plan.basis.rule !== 'urgent'
  );
}

/** The earliest next date of each content group, and the row that set it. */
export function groupEarliest(
  rows: readonly ReviewRow[],
  plans: readonly Plan[],
): Map<string, { next: DayNumber; row: ReviewRow }> {
  const earliest = new Map<string, { next: DayNumber; row: ReviewRow }>();
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const next = plans[k].next;
    if (next === null || !joinsGroup(row, plans[k])) continue;
    const key = row.groupKey as string;
    const seen = earliest.get(key);
    if (!seen || next < seen.next) earliest.set(key, { next, row });
  }
  return earliest;
}

/** A row's review as of today. */
export interface RowSchedule {
  readonly row: ReviewRow;
  readonly last: DayNumber | null;
  readonly next: DayNumber | null;
  readonly status: ReviewStatus;
  readonly basis: Basis;
  readonly reasons: readonly Reason[];
}

/** Every row's last and next review, status and reasons, today. */
export function scheduleRows(
  sheet: ReviewSheet,
  settings: CadenceSettings = DEFAULT_SETTINGS,
): RowSchedule[] {
  const safe = usableSettings(settings);
  const today = sheet.today;
  const plans = sheet.rows.map((row) => planAt(row, row.series.length, today, safe));
  const groups = groupEarliest(sheet.rows, plans);
  const planOf = new Map(sheet.rows.map((row, k) => [row, plans[k]]));
  return sheet.rows.map((row, k) => {
    const plan = plans[k];
    const reasons = basisReasons(row, plan);
    let next = plan.next;
    const group = joinsGroup(row, plan) ? groups.get(row.groupKey as string) : undefined;
    // The group's date is another member's: say which, first, so no reader sees "last reviewed
    // 91 days ago" next to "overdue by 92 days" without the reason.
    const byGroup = group !== undefined && group.next !== next;
    if (byGroup) {
      next = group.next;
      reasons.unshift(
        reason('group', {
          group: row.group ?? '',
          next: group.next,
          row: group.row.row,
          name: group.row.name,
          last: (planOf.get(group.row) as Plan).last,
        }),
      );
    }
    const late = byGroup ? { group: row.group ?? '' } : {};
    const status = statusOf(plan.basis, next, today, safe.dueSoonDays);
    if (next !== null && status !== 'urgent' && status !== 'collecting') {
      if (status === 'overdue') reasons.push(reason('overdue', { days: today - next, ...late }));
      else if (status === 'due_soon')
        reasons.push(reason('due_soon', { days: next - today, ...late }));
      else reasons.push(reason('ok', { days: next - today }));
    }
    return { row, last: plan.last, next, status, basis: plan.basis, reasons };
  });
}

export function statusOf(
  basis: Basis,
  next: DayNumber | null,
  today: DayNumber,
  dueSoonDays: number,
): ReviewStatus {
  if (basis.rule === 'urgent') return 'urgent';
  if (basis.rule === 'collecting') return 'collecting';
  if (next === null) return 'unscheduled';
  if (next < today) return 'overdue';
  if (next <= today + dueSoonDays) return 'due_soon';
  return 'ok';
}

function basisReasons(row: ReviewRow, plan: Plan): Reason[] {
  const { basis, next } = plan;
  switch (basis.rule) {
    case 'urgent':
      return [reason('urgent_acceptance', { value: basis.value, on: basis.on })];
    case 'collecting':
      return [
        reason('collecting', {
          setUpOn: basis.setUpOn,
          until: basis.setUpOn + PLAYBOOK.dataFirstDays,
        }),
      ];
    case 'unscheduled':
      return [reason('unscheduled', {})];
    case 'first_review':
      return [reason('first_review', { setUpOn: basis.setUpOn, next: next as DayNumber })];
    case 'period': {
      const reasons = [
        reason('period', {
          anchor: basis.anchor,
          from: basis.from,
          days: basis.days,
          next: next as DayNumber,
        }),
      ];
      if (basis.source === 'tuned') reasons.push(reason('tuned', { days: basis.days }));
      if (basis.source === 'sales_cycle') {
        reasons.push(reason('sales_cycle', { salesCycleDays: basis.days }));
      }
      if (basis.source === 'row_cadence') reasons.push(reason('row_cadence', { days: basis.days }));
      if (basis.source === 'settings' && row.type !== null) {
        reasons.push(reason('settings_cadence', { type: row.type, days: basis.days }));
      }
      if (basis.source === 'unknown_type') {
        reasons.push(reason('unknown_type', { days: basis.days }));
      }
      return reasons;
    }
  }
}

/** Settings come from document properties: anything unusable falls back to the playbook. */
export function usableSettings(settings: CadenceSettings | undefined): CadenceSettings {
  const dueSoon = settings?.dueSoonDays;
  const overrides: Partial<Record<ProgramType, number>> = {};
  const given: Partial<Record<string, unknown>> = settings?.cadenceOverrides ?? {};
  for (const type of PROGRAM_TYPES) {
    const days = given[type];
    if (isDays(days)) overrides[type] = Math.round(days);
  }
  return {
    dueSoonDays:
      typeof dueSoon === 'number' && Number.isFinite(dueSoon) && dueSoon >= 0
        ? Math.round(dueSoon)
        : PLAYBOOK.dueSoonDays,
    cadenceOverrides: overrides,
  };
}

function isDays(days: unknown): days is number {
  return typeof days === 'number' && Number.isFinite(days) && days >= 1 && days <= 36_500;
}
