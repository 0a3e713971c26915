/**
 * What the Paths reader did with cells it could read but not take at face value, said out loud
 * with the cells named ("negative conversions in B2: row left out"), never silently: a negative
 * count, a fractional count, a value on a row without conversions, a '>' written without spaces
 * in a file whose paths otherwise use ' > ' (most likely part of a channel name).
 */
import { tInfluence } from '../i18n/influence';
import type { Locale } from '../types';
import { MAX_LISTED_CELLS } from './input-problem';

export type PathNoteKind = 'negative' | 'fractional' | 'valueWithoutConversion' | 'unspacedArrow';
export type PathCountColumn = 'conversions' | 'nulls' | 'value' | 'path';

/** Every cell of one kind in one column: the first ones by address, and how many in all. */
export interface PathNote {
  readonly kind: PathNoteKind;
  readonly column: PathCountColumn;
  readonly cells: readonly string[];
  readonly count: number;
}

export class PathNotes {
  private readonly notes = new Map<string, { note: PathNote; cells: string[] }>();

  add(kind: PathNoteKind, column: PathCountColumn, cell: string): void {
    const key = `${kind} ${column}`;
    let entry = this.notes.get(key);
    if (entry === undefined) {
      entry = { note: { kind, column, cells: [], count: 0 }, cells: [] };
      this.notes.set(key, entry);
    }
    if (entry.cells.length < MAX_LISTED_CELLS) entry.cells.push(cell);
    entry.note = { kind, column, cells: entry.cells, count: entry.note.count + 1 };
  }

  list(): PathNote[] {
    return [...this.notes.values()].map((e) => e.note);
  }
}

/** At most this many cells are named in a sentence; the rest are counted. */
const NAMED_CELLS = 5;

/** One sentence in the user's language: "negative conversions in B2, B5: rows left out". */
export function pathNoteText(note: PathNote, locale: Locale): string {
  const named = note.cells.slice(0, NAMED_CELLS).join(', ');
  const more = note.count - Math.min(note.count, NAMED_CELLS);
  const cells =
    more > 0 ? tInfluence(locale, 'input.moreCells', { cells: named, count: more }) : named;
  const what = tInfluence(locale, `input.column.${note.column}`);
  const key = note.kind === 'negative' && note.count > 1 ? 'negativeMany' : note.kind;
  return tInfluence(locale, `input.${key}`, { what, cells });
}
