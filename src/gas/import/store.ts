/**
 * The import's document state: the undo record of the last import (a pieced value in the
 * document memory: it can pass Google's 9 KB per property) and the name pairs the user
 * confirmed, per tool. Read in one getProperties call and written in one setProperties call
 * (plus one delete per stale undo piece).
 */
import {
  decodePairs,
  decodeUndo,
  encodeUndo,
  withPairs,
  type ConfirmedPairs,
  type UndoRecord,
} from '../../core/import/stores';
import type { ExportTool } from '../../core/import/shapes';
import { DocumentMemory } from '../sheet-memory';

const PAIRS_KEY = 'cadence.import.pairs';
const UNDO_KEY = 'cadence.import.undo';

export interface ImportState {
  readonly pairs: ConfirmedPairs;
  readonly undo: UndoRecord | null;
  readonly memory: DocumentMemory;
}

export function loadImportState(): ImportState {
  const memory = DocumentMemory.forDocument();
  return {
    pairs: decodePairs(memory.get(PAIRS_KEY)),
    undo: decodeUndo(memory.getPieced(UNDO_KEY) ?? ''),
    memory,
  };
}

/** Saves the new undo record and the confirmed pairs together. */
export function saveImportState(
  state: ImportState,
  undo: UndoRecord,
  tool: ExportTool,
  confirmed: ReadonlyArray<readonly [string, string]>,
): void {
  state.memory.setPieced(UNDO_KEY, encodeUndo(undo));
  if (confirmed.length > 0) state.memory.set(PAIRS_KEY, withPairs(state.pairs, tool, confirmed));
  state.memory.save();
}

/** Remembers confirmed pairs when nothing was written (every picked cell already filled). */
export function savePairs(
  state: ImportState,
  tool: ExportTool,
  confirmed: ReadonlyArray<readonly [string, string]>,
): void {
  if (confirmed.length === 0) return;
  state.memory.set(PAIRS_KEY, withPairs(state.pairs, tool, confirmed));
  state.memory.save();
}

/** After an undo there is nothing left to undo. */
export function clearUndo(state: ImportState): void {
  state.memory.deletePieced(UNDO_KEY);
  state.memory.save();
}
