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
