/**
 * Stable event keys: "cadence/s<sheet id>/row/<type>/<name>", ".../group/<group>" or
 * ".../day/<date>". A key names what the event is about, never its date (except per-day events,
 * which are about a date), so a row whose next review moves keeps its event and the event moves.
 * The key is also the event's "cadence-key" tag (Calendar tag values stop at 1,024 characters).
 */
import { toIso, type DayNumber } from '../dates';
import { normalizeKey } from '../text';
import type { ProgramType } from '../types';
import { digest } from './hash';

const MAX_PART = 120;

/** Long names are cut and given a digest of the whole, so two long names never collide. */
function part(text: string): string {
  const key = normalizeKey(text).replace(/ /g, '-') || '-';
  return key.length <= MAX_PART ? key : `${key.slice(0, MAX_PART)}~${digest(key)}`;
}

export function rowKey(sheetId: string, type: ProgramType | null, name: string): string {
  return `cadence/s${sheetId}/row/${type ?? 'untyped'}/${part(name)}`;
}

export function groupEventKey(sheetId: string, groupKey: string): string {
  return `cadence/s${sheetId}/group/${part(groupKey)}`;
}

export function dayKey(sheetId: string, day: DayNumber): string {
  return `cadence/s${sheetId}/day/${toIso(day)}`;
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
