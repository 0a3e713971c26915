/**
 * The influence action: find the input, read it once, compute the report in the spreadsheet's
 * time zone, write the sheet. Every outcome is an ActionResult in the user's language; errors
 * never reach the user as a stack trace.
 */
import { influenceReport } from '../../core/attribution';
import { t } from '../../core/i18n/messages';
import { tInfluence } from '../../core/i18n/influence';
import { doneMessage, planInfluenceSheet, problemMessage } from '../../core/influence-sheet';
import type { Locale } from '../../core/types';
import type { ActionResult } from '../api';
import { BusyError, withDocumentLock } from '../lock';
import { loadSettings } from '../settings-store';
import { findInfluenceSource, readGrid } from './source';
import { writeInfluenceSheet } from './write-sheet';

function rebuild(locale: Locale): ActionResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const source = findInfluenceSource(spreadsheet);
  if (source === null) return { ok: false, message: tInfluence(locale, 'result.noSource') };
  const name = source.getName();
  const { windowDays, halfLifeDays, sameDay, by } = loadSettings().influence;
  const result = influenceReport(readGrid(source), {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    windowDays,
    halfLifeDays,
    sameDay,
    by,
  });
  if (!result.ok) return { ok: false, message: problemMessage(name, result.problem, locale) };
  const plan = planInfluenceSheet(result.report, locale);
  writeInfluenceSheet(spreadsheet, plan).activate();
  return {
    ok: true,
    message: doneMessage(name, plan.campaigns.length, result.report.conversions, locale),
  };
}

export function runInfluenceReport(locale: Locale): ActionResult {
  try {
    return withDocumentLock(() => rebuild(locale));
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, message: t(locale, 'error.busy') };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(locale, 'error.generic', { message }) };
  }
}
