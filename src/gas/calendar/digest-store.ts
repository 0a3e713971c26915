/**
 * The digest's snapshot (src/core/calendar/digest-snapshot.ts) in the user's properties, one per
 * spreadsheet, so the daily run can send the digest even when Google gives it no document.
 * Written only while the digest is on.
 */
import {
  digestRows,
  parseSnapshot,
  snapshotText,
  type DigestSnapshot,
} from '../../core/calendar/digest-snapshot';
import type { CalendarContext } from './context';

const PREFIX = 'cadence.digest.';

function key(spreadsheetId: string): string {
  return `${PREFIX}${spreadsheetId}`;
}

export function readSnapshot(spreadsheetId: string): DigestSnapshot | null {
  return parseSnapshot(PropertiesService.getUserProperties().getProperty(key(spreadsheetId)));
}

/** The snapshot a documentless daily run was installed for, found by its trigger's id. */
export function snapshotOfTrigger(triggerUid: string): DigestSnapshot | null {
  for (const [name, raw] of Object.entries(PropertiesService.getUserProperties().getProperties())) {
    if (!name.startsWith(PREFIX)) continue;
    const s = parseSnapshot(raw);
    if (s && s.triggerUid === triggerUid) return s;
  }
  return null;
}

/** Saves what the next digests need; `triggerUid` undefined keeps the one recorded. */
export function saveSnapshot(ctx: CalendarContext, triggerUid?: string): void {
  const spreadsheetId = ctx.request.spreadsheetId;
  const before = triggerUid === undefined ? readSnapshot(spreadsheetId) : null;
  const snapshot: DigestSnapshot = {
    spreadsheetId,
    sheetName: ctx.source.sheet.getName(),
    spreadsheetUrl: ctx.spreadsheet.getUrl(),
    locale: ctx.source.report.result.sheet.columns.language ?? ctx.locale,
    timeZone: ctx.request.timeZone,
    takenOn: ctx.request.today,
    rows: digestRows(ctx.source.report),
    triggerUid: triggerUid ?? before?.triggerUid ?? '',
  };
  PropertiesService.getUserProperties().setProperty(key(spreadsheetId), snapshotText(snapshot));
}

/** The daily trigger was reinstalled (by a continuation, maybe without the document). */
export function setSnapshotTrigger(spreadsheetId: string, triggerUid: string): void {
  const s = readSnapshot(spreadsheetId);
  if (s === null) return;
  PropertiesService.getUserProperties().setProperty(
    key(spreadsheetId),
    snapshotText({ ...s, triggerUid }),
  );
}

export function dropSnapshot(spreadsheetId: string): void {
  PropertiesService.getUserProperties().deleteProperty(key(spreadsheetId));
}
