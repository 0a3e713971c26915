/**
 * The domain's shared vocabulary. Values cross into and out of core only in these shapes;
 * string codes exist solely at the JSON boundary (the CLI and the sidebar API).
 */

/** A cell as Apps Script's Range.getValues() returns it: blanks are ''. */
export type CellValue = string | number | boolean | Date;

/** A sheet's values, row-major, row 0 = the header row. */
export type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

export const PROGRAM_TYPES = [
  'nurture',
  'automation_rule',
  'scoring_rule',
  'lead_assignment',
  'content',
] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

/** Most pressing first: the sidebar's list, the CLI table and the status dropdown follow this order. */
export const REVIEW_STATUSES = [
  'urgent',
  'overdue',
  'due_soon',
  'collecting',
  'unscheduled',
  'ok',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ColumnStatus = 'done' | 'incomplete' | 'scheduled';

/** Which way is good for a metric. */
export type Polarity = 'higher_is_better' | 'lower_is_better';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found while reading the sheet, always tied to a real cell. */
export interface Diagnostic {
  /** A1 address, e.g. "D7". */
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export type Locale = 'en' | 'fr';
