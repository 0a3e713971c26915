/**
 * The contract between the sidebar and the server: every function the sidebar may call through
 * google.script.run, with JSON-safe arguments and results only (google.script.run rejects Dates,
 * so dates travel as 'YYYY-MM-DD'). The sidebar imports this file for types only; src/gas
 * implements it in entrypoints.ts (tests/build checks every name is a top-level function).
 */
import type { Settings, SettingsProblem } from '../core/settings';
import type { Overview } from '../core/sheet-plans/overview';
import type { InfluenceSummary } from '../core/sheet-plans/influence';
import type { Locale } from '../core/types';
import type { ImportApi } from './import/api';
import type { BaselinePreview } from './journal/entrypoints';
import type { JournalView } from './journal/view';

export type { DueRow, Overview } from '../core/sheet-plans/overview';
export type { ReviewJsonColumn } from '../core/review/review';
export type { BaselinePreview } from './journal/entrypoints';
export type { BaselineProposalJson } from './journal/capture';
export type { JournalItem, JournalView } from './journal/view';

/** 'YYYY-MM-DD'. */
export type IsoDateString = string;

/** What every action returns: a sentence for the user in their language, and whether it worked. */
export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
}

/** The sidebar's tabs (sidebar/app.ts shows them in its own order). */
export type SidebarTab = 'overview' | 'actions' | 'journal' | 'settings' | 'influence' | 'import';

export interface SidebarState {
  readonly locale: Locale;
  /** The tab to open on, when a menu item opened the sidebar for it (first read only). */
  readonly openTab: SidebarTab | null;
  readonly version: string;
  readonly settings: Settings;
  /** null when the active sheet is not a review sheet yet (offer Format). */
  readonly overview: Overview | null;
  /** The spreadsheet's time zone (IANA): the sidebar's warehouse SQL makes its days in it. */
  readonly timeZone: string;
}

export interface SaveSettingsResult {
  readonly ok: boolean;
  readonly settings: Settings;
  /** Field-level problems, for a message next to each field; nothing is saved when not ok. */
  readonly problems: readonly SettingsProblem[];
  /** Not saved for a reason no field holds: a scope the digest needs was declined. */
  readonly message?: string;
  /** Google's page to grant that scope ("Grant access"). */
  readonly authorizationUrl?: string;
}

export interface CalendarPreview extends ActionResult {
  /** Google's page to grant a scope the user declined ("Grant access"). */
  readonly authorizationUrl?: string;
  readonly create: number;
  readonly update: number;
  readonly remove: number;
  readonly keep: number;
  /** Titles and dates of the first changes, for the sidebar to list. */
  readonly changes: ReadonlyArray<{
    readonly action: 'create' | 'update' | 'delete';
    readonly title: string;
    readonly date: IsoDateString;
  }>;
}

export interface CalendarSyncResult extends ActionResult {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  /** Left for the next sync (time budget, rate limit or daily quota). */
  readonly remaining: number;
  /** Planned reminders written so far, out of total, when the sync stopped before the end. */
  readonly progress?: { readonly written: number; readonly total: number };
  /** A background run continues the sync (a one-off trigger is scheduled). */
  readonly continuing?: boolean;
  /** Google's page to grant a scope the user declined ("Grant access"). */
  readonly authorizationUrl?: string;
}

/** The influence build's answer: with the readiness checks and ties when the report was built. */
export interface InfluenceBuildResult extends ActionResult {
  readonly summary?: InfluenceSummary;
}

export interface IcsFile {
  readonly filename: string;
  readonly content: string;
}

export interface ServerApi extends ImportApi {
  getSidebarState(): SidebarState;
  formatSheet(): ActionResult;
  refreshSheet(): ActionResult;
  /** Inserts a review column dated `date` (default today) after the last review column. */
  startReview(date?: IsoDateString): ActionResult;
  selectRow(row: number): ActionResult;
  selectColumn(column: string): ActionResult;
  saveSettings(raw: unknown): SaveSettingsResult;
  previewCalendarSync(): CalendarPreview;
  applyCalendarSync(): CalendarSyncResult;
  exportIcs(): IcsFile;
  buildInfluenceReport(): InfluenceBuildResult;
  /** The journal, with the changes that need a reason added first. */
  getJournal(): JournalView;
  /** Why / decision / owner / follow-up of one entry (found by program and date). */
  saveJournalEntry(edit: unknown): ActionResult;
  /** Adds back the Journal entries the user deleted, which Refresh leaves out. */
  restoreJournalEntries(): ActionResult;
  previewBaselines(): BaselinePreview;
  /** Writes the proposed baselines of these review rows (the ones the user confirmed). */
  captureBaselines(rows: unknown): ActionResult;
  planHoldoutTest(request: HoldoutPlanRequest): HoldoutPlanAnswer;
}

/** The sidebar's holdout planner form, fractions (0.04 = 4 %); see src/core/incrementality. */
export interface HoldoutPlanRequest {
  readonly baseRate: number;
  readonly lift: number;
  readonly power?: number;
  readonly weekly?: number;
}

export interface HoldoutPlanAnswer extends ActionResult {
  /** Present when ok: prospects per group, both groups, weeks at the weekly volume (or null). */
  readonly plan?: {
    readonly perGroup: number;
    readonly total: number;
    readonly weeks: number | null;
  };
}
