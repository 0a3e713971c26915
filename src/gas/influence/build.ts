/**
 * The influence action: find the input, read it once, compute the report in the spreadsheet's
 * time zone, write the sheet. Every outcome is an ActionResult in the user's language; errors
 * never reach the user as a stack trace.
 */
import { influenceReport } from '../../core/attribution';
import { tInfluence } from '../../core/i18n/influence';
import {
  doneMessage,
  influenceSummary,
  type InfluenceSummary,
  planInfluenceSheet,
  problemMessage,
} from '../../core/sheet-plans/influence';
import type { Locale } from '../../core/types';
import type { InfluenceBuildResult } from '../api';
import { runAction, UserError } from '../run-action';
import { loadSettings } from '../settings-store';
import { readHoldoutSection } from './holdout-source';
import { findInfluenceSource, readGrid } from './source';
import { writeInfluenceSheet } from './write-sheet';

/** Rebuilds the report sheet; returns the sentence and the summary, or throws a UserError. */
function rebuild(locale: Locale): { message: string; summary: InfluenceSummary } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const source = findInfluenceSource(spreadsheet);
  if (source === null) throw new UserError(tInfluence(locale, 'result.noSource'));
  const name = source.getName();
  const { windowDays, halfLifeDays, sameDay, by, markovOrder, replicates } =
    loadSettings().influence;
  const result = influenceReport(readGrid(source), {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    windowDays,
    halfLifeDays,
    sameDay,
    by,
    markovOrder,
    replicates,
  });
  if (!result.ok) throw new UserError(problemMessage(name, result.problem, locale));
  const holdout = readHoldoutSection(spreadsheet, source, spreadsheet.getSpreadsheetTimeZone());
  const { report } = result;
  const plan = planInfluenceSheet(report, locale, by, holdout);
  writeInfluenceSheet(spreadsheet, plan).activate();
  return {
    message: doneMessage(name, plan.campaigns.length, report.conversions, locale),
    summary: influenceSummary(report, by, locale, holdout),
  };
}

export function runInfluenceReport(locale: Locale): InfluenceBuildResult {
  let summary: InfluenceSummary | undefined;
  const result = runAction(locale, () => {
    const built = rebuild(locale);
    summary = built.summary;
    return built.message;
  });
  return result.ok && summary !== undefined ? { ...result, summary } : result;
}
