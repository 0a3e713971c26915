/**
 * Where things go. On an empty sheet Format lays out the playbook's template; on an existing
 * sheet every user column stays exactly where it is and only the missing owned columns are added,
 * after the last used column, so no user cell ever moves.
 */
import { headerMeaning, OWNED_COLUMNS, type OwnedColumnKey } from '../review/headers';
import { ta } from '../i18n/actions';
import type { CellValue, Locale } from '../types';
import { isCadenceNote } from './flags';

export type OwnedPositions = Readonly<Record<OwnedColumnKey, number>>;

export function ownedHeader(key: OwnedColumnKey, locale: Locale): string {
  const column = OWNED_COLUMNS.find((c) => c.key === key) as (typeof OWNED_COLUMNS)[number];
  return column[locale];
}

/** The template's user columns, in the user's language (the engine reads both languages). */
export function templateHeaders(locale: Locale): string[] {
  return (
    [
      'name',
      'baseline',
      'type',
      'metric',
      'owner',
      'setUpOn',
      'group',
      'tuned',
      'direction',
    ] as const
  ).map((k) => ta(locale, `template.${k}`));
}

export interface OwnedLayout {
  /** 0-based column of every owned column once the missing ones are added. */
  readonly positions: OwnedPositions;
  /** Owned columns to add, with the 0-based column each gets. */
  readonly missing: ReadonlyArray<{ readonly key: OwnedColumnKey; readonly column: number }>;
}

export type OwnedColumns = Readonly<Partial<Record<OwnedColumnKey, number>>>;

/**
 * The owned columns Cadence made: a header naming one of them *and* Cadence's note on it. A
 * column the user headed "Status" or "Trend" themselves has no such note: it stays theirs, and
 * Cadence adds its own column beside the data instead of writing over it.
 */
export function ownedColumnsIn(
  header: readonly CellValue[],
  notes: readonly string[],
): OwnedColumns {
  const owned: Partial<Record<OwnedColumnKey, number>> = {};
  header.forEach((cell, j) => {
    const meaning = typeof cell === 'string' ? headerMeaning(cell) : null;
    if (meaning?.kind === 'owned' && owned[meaning.key] === undefined && isCadenceNote(notes[j])) {
      owned[meaning.key] = j;
    }
  });
  return owned;
}

/** Existing owned columns keep their place; missing ones are appended after `width` columns. */
export function ownedLayout(columns: { readonly owned: OwnedColumns }, width: number): OwnedLayout {
  const positions: Partial<Record<OwnedColumnKey, number>> = {};
  const missing: Array<{ key: OwnedColumnKey; column: number }> = [];
  let next = width;
  for (const { key } of OWNED_COLUMNS) {
    const at = columns.owned[key];
    if (at !== undefined) positions[key] = at;
    else {
      positions[key] = next;
      missing.push({ key, column: next++ });
    }
  }
  return { positions: positions as OwnedPositions, missing };
}

export interface ColumnRun {
  /** 0-based first column. */
  readonly start: number;
  readonly keys: readonly OwnedColumnKey[];
}

/**
 * Owned columns grouped into runs of adjacent columns, so each run is written with one call:
 * normally a single run, at most one per owned column if the user scattered them.
 */
export function ownedRuns(positions: OwnedPositions): ColumnRun[] {
  const sorted = OWNED_COLUMNS.map((c) => c.key).sort((a, b) => positions[a] - positions[b]);
  const runs: Array<{ start: number; keys: OwnedColumnKey[] }> = [];
  for (const key of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === positions[key]) last.keys.push(key);
    else runs.push({ start: positions[key], keys: [key] });
  }
  return runs;
}
