/**
 * Why a row is scheduled the way it is, in words a marketer can check against the playbook.
 * Each reason keeps its code and parameters so the sidebar can translate it; the English text is
 * composed here, in one place.
 */
import { DayNumber, toIso } from '../dates';
import type { ProgramType } from '../types';
import { PROGRAM_TYPE_LABELS } from './program-types';

export interface ReasonParams {
  urgent_acceptance: { value: number; on: DayNumber };
  collecting: { setUpOn: DayNumber; until: DayNumber };
  unscheduled: Record<string, never>;
  first_review: { setUpOn: DayNumber; next: DayNumber };
  period: { anchor: 'review' | 'set_up'; from: DayNumber; days: number; next: DayNumber };
  tuned: { days: number };
  sales_cycle: { salesCycleDays: number };
  row_cadence: { days: number };
  settings_cadence: { type: ProgramType; days: number };
  unknown_type: { days: number };
  /**
   * The row takes its content group's earliest date, set by another member: `name` (sheet row
   * `row`), last reviewed on `last` (null: never).
   */
  group: {
    group: string;
    next: DayNumber;
    row: number;
    name: string;
    last: DayNumber | null;
  };
  /** `group` is set when the date is the group's: the group is late, not this program alone. */
  overdue: { days: number; group?: string };
  due_soon: { days: number; group?: string };
  ok: { days: number };
}

export type ReasonCode = keyof ReasonParams;

export type Reason = {
  [K in ReasonCode]: { readonly code: K; readonly params: ReasonParams[K]; readonly text: string };
}[ReasonCode];

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
const pct = (x: number): string => `${Math.round(x * 1000) / 10} %`;

const TEXTS: { [K in ReasonCode]: (p: ReasonParams[K]) => string } = {
  urgent_acceptance: (p) =>
    `MQL acceptance was ${pct(p.value)} on ${toIso(p.on)}, below 50 %: more than half of the MQLs are not accepted as SQLs. Review the scoring rule now.`,
  collecting: (p) =>
    `Set up on ${toIso(p.setUpOn)}: collect 30 days of data first; first review on ${toIso(p.until)}.`,
  unscheduled: () =>
    'No review value and no set-up date yet: fill in "Set up on" or a review column to schedule it.',
  first_review: (p) =>
    `Set up on ${toIso(p.setUpOn)} and not reviewed yet: first review 30 days after set-up, on ${toIso(p.next)}.`,
  period: (p) =>
    `${p.anchor === 'review' ? 'Last reviewed' : 'Not reviewed yet; set up on'} ${toIso(p.from)}: next review ${days(p.days)} later, on ${toIso(p.next)}.`,
  tuned: (p) => `The scoring rule is tuned: reviewed twice a year (every ${days(p.days)}).`,
  sales_cycle: (p) =>
    `The sales cycle is ${days(p.salesCycleDays)}, longer than a quarter: reviewed once per sales cycle.`,
  row_cadence: (p) => `The Cadence (days) column sets a review every ${days(p.days)}.`,
  settings_cadence: (p) =>
    `Your settings review every ${PROGRAM_TYPE_LABELS[p.type].en} every ${days(p.days)}.`,
  unknown_type: (p) => `The program type is unknown: reviewed every ${days(p.days)}.`,
  group: (p) =>
    `Reviewed together with the ${p.group} group, which is due on ${toIso(p.next)} because ${p.name} (row ${p.row}) is${p.last === null ? '' : `: last reviewed ${toIso(p.last)}`}.`,
  overdue: (p) =>
    p.group === undefined
      ? `Overdue by ${days(p.days)}.`
      : `The ${p.group} group is overdue by ${days(p.days)}.`,
  due_soon: (p) =>
    p.group === undefined
      ? p.days === 0
        ? 'Due today.'
        : `Due in ${days(p.days)}.`
      : p.days === 0
        ? `The ${p.group} group is due today.`
        : `The ${p.group} group is due in ${days(p.days)}.`,
  ok: (p) => `Next review in ${days(p.days)}.`,
};

export function reason<K extends ReasonCode>(code: K, params: ReasonParams[K]): Reason {
  const text = (TEXTS[code] as (p: ReasonParams[K]) => string)(params);
  return { code, params, text } as Reason;
}
