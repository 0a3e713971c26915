/**
 * What the add-on keeps between two runs, compact enough for document properties (Google: 9 KB
 * per value, 500 KB per store): the undo record of the last import, split into values of at most
 * 8 KB, and the name pairs the user confirmed, per tool, the oldest dropped first past 8 KB.
 */
import type { CellValue } from '../types';
import { utf8Bytes } from '../text';
import type { ExportTool } from './shapes';

/** A cell's content as the add-on found it: a formula, or a value (a Date as its instant). */
export type StoredCell =
  string | number | boolean | { readonly d: number } | { readonly f: string };

export interface UndoCell {
  /** 1-based row. */
  readonly row: number;
  readonly before: StoredCell;
  readonly noteBefore: string;
  /** What the import wrote: undo restores only cells that still hold it. */
  readonly written: number;
}

export interface UndoRecord {
  readonly sheetId: number;
  /** 0-based column written. */
  readonly column: number;
  /** The import inserted the column: undo removes it when nothing else was typed in it. */
  readonly created: boolean;
  readonly cells: readonly UndoCell[];
}

export function storedCell(value: CellValue, formula: string): StoredCell {
  if (formula !== '') return { f: formula };
  if (value instanceof Date) return { d: value.getTime() };
  return value;
}

export function cellOf(stored: StoredCell): { value: CellValue } | { formula: string } {
  if (typeof stored === 'object' && 'f' in stored) return { formula: stored.f };
  if (typeof stored === 'object' && 'd' in stored) return { value: new Date(stored.d) };
  return { value: stored };
}

type Compact = [number, number, 0 | 1, Array<[number, StoredCell, string, number]>];

export function encodeUndo(record: UndoRecord): string {
  const compact: Compact = [
    record.sheetId,
    record.column,
    record.created ? 1 : 0,
    record.cells.map((c) => [c.row, c.before, c.noteBefore, c.written]),
  ];
  return JSON.stringify(compact);
}

export function decodeUndo(text: string | null): UndoRecord | null {
  if (text === null || text === '') return null;
  try {
    const [sheetId, column, created, cells] = JSON.parse(text) as Compact;
    if (!Number.isInteger(sheetId) || !Number.isInteger(column) || !Array.isArray(cells))
      return null;
    return {
      sheetId,
      column,
      created: created === 1,
      cells: cells.map(([row, before, noteBefore, written]) => ({
        row,
        before,
        noteBefore,
        written,
      })),
    };
  } catch {
    return null;
  }
}

/** Under Google's 9 KB per property, with room for the key. */
export const PROPERTY_CHUNK_BYTES = 8 * 1024;

/** Splits a text into pieces of at most `maxBytes` UTF-8 octets, never inside a character. */
export function chunkText(text: string, maxBytes = PROPERTY_CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (bytes + size > maxBytes) {
      chunks.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** Per tool, program name key → source name key, in the order they were confirmed. */
export type ConfirmedPairs = Partial<Record<ExportTool, Record<string, string>>>;

export function decodePairs(text: string | null): ConfirmedPairs {
  if (text === null || text === '') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as ConfirmedPairs) : {};
  } catch {
    return {};
  }
}

/** Adds pairs for a tool (a newer choice replaces an older one) and drops the oldest past 8 KB. */
export function withPairs(
  pairs: ConfirmedPairs,
  tool: ExportTool,
  added: ReadonlyArray<readonly [string, string]>,
): string {
  const own = { ...(pairs[tool] ?? {}) };
  for (const [program, source] of added) {
    delete own[program];
    own[program] = source;
  }
  const next: ConfirmedPairs = { ...pairs, [tool]: own };
  let text = JSON.stringify(next);
  while (utf8Bytes(text) > PROPERTY_CHUNK_BYTES) {
    const keys = Object.keys(own);
    if (keys.length === 0) break;
    delete own[keys[0]];
    text = JSON.stringify(next);
  }
  return text;
}

export function pairsFor(pairs: ConfirmedPairs, tool: ExportTool): Map<string, string> {
  return new Map(Object.entries(pairs[tool] ?? {}));
}
