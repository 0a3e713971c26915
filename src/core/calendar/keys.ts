/**
 * Stable event keys: "cadence/<spreadsheet id>/s<sheet id>/row/<type>/<name>", ".../group/<group>"
 * or ".../day/<date>". A key names what the event is about, never its date (except per-day events,
 * which are about a date), so a row whose next review moves keeps its event and the event moves.
 * The spreadsheet id is part of it because sheet ids are not unique across files: every file's
 * first sheet is gid 0, and "Make a copy" keeps the gids. The key is also the event's
 * "cadence-key" tag (Calendar tag values stop at 1,024 characters) and the .ics UID's source.
 */
import { toIso, type DayNumber } from '../dates';
import { normalizeKey } from '../text';
import type { ProgramType } from '../types';
import { digest } from './hash';

const MAX_PART = 120;

/** What identifies a review sheet everywhere: its spreadsheet and its sheet id (gid). */
export interface SheetScope {
  readonly spreadsheetId: string;
  readonly sheetId: string;
}

/** Every key of a review sheet starts with this, and no other sheet's key does. */
export function keyPrefix(scope: SheetScope): string {
  return `cadence/${scope.spreadsheetId}/s${scope.sheetId}/`;
}

/**
 * A word written in every event's description, one per review sheet, so Calendar's full-text
 * search (getEvents' `search`) returns this sheet's events only: letters and digits, one token.
 */
export function searchMarker(scope: SheetScope): string {
  return `cadence${digest(keyPrefix(scope))}`;
}

/** Long names are cut and given a digest of the whole, so two long names never collide. */
function part(text: string): string {
  const key = normalizeKey(text).replace(/ /g, '-') || '-';
  return key.length <= MAX_PART ? key : `${key.slice(0, MAX_PART)}~${digest(key)}`;
}

export function rowKey(scope: SheetScope, type: ProgramType | null, name: string): string {
  return `${keyPrefix(scope)}row/${type ?? 'untyped'}/${part(name)}`;
}

export function groupEventKey(scope: SheetScope, groupKey: string): string {
  return `${keyPrefix(scope)}group/${part(groupKey)}`;
}

/** The reminder to capture a program's baseline before it goes live. */
export function baselineKey(scope: SheetScope, name: string): string {
  return `${keyPrefix(scope)}baseline/${part(name)}`;
}

/** A journal entry's follow-up: the entry (program and review date) is its identity. */
export function followUpKey(scope: SheetScope, entryDay: DayNumber | null, program: string): string {
  return `${keyPrefix(scope)}followup/${entryDay === null ? '-' : toIso(entryDay)}/${part(program)}`;
}

export function dayKey(scope: SheetScope, day: DayNumber): string {
  return `${keyPrefix(scope)}day/${toIso(day)}`;
}

/** Two rows with the same name and type get "#2", "#3"… in sheet order. */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/**
 * Where a sheet's event mapping lives in the user's properties: "cadence.cal.<spreadsheet id>.
 * s<sheet id>." followed by "meta" or "map.<n>". The user store is shared by all the user's
 * spreadsheets, so mappings are named by file and sheet and can be pruned by them.
 */
export function mappingPrefix(scope: SheetScope): string {
  return `cadence.cal.${scope.spreadsheetId}.s${scope.sheetId}.`;
}

const MAPPING_KEY = /^cadence\.cal\.([A-Za-z0-9_-]+)\.s(\d+)\.(?:meta|map\.\d+)$/;

/** The file and sheet a user property belongs to, when it is part of an event mapping. */
export function mappingOwner(name: string): SheetScope | null {
  const m = MAPPING_KEY.exec(name);
  return m ? { spreadsheetId: m[1], sheetId: m[2] } : null;
}

/**
 * Mapping properties to delete: those of this file's sheets that no longer exist (their events
 * keep their tags; a sheet restored by undo finds them again with one search), and, when
 * `otherFiles`, every other file's (the user asked to make room; each file's next sync adopts its
 * tagged events again, creating none).
 */
export function mappingsToPrune(
  names: readonly string[],
  spreadsheetId: string,
  liveSheetIds: ReadonlySet<string>,
  otherFiles: boolean,
): string[] {
  return names.filter((name) => {
    const owner = mappingOwner(name);
    if (owner === null) return false;
    if (owner.spreadsheetId !== spreadsheetId) return otherFiles;
    return !liveSheetIds.has(owner.sheetId);
  });
}
