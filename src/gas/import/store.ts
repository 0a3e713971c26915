/**
 * The import's document state: the undo record of the last import (split into 8 KB values) and
 * the name pairs the user confirmed, per tool. Read in one getProperties call and written in one
 * setProperties call (plus one delete per stale undo piece).
 */
import {
  chunkText,
  decodePairs,
  decodeUndo,
  encodeUndo,
  withPairs,
  type ConfirmedPairs,
  type UndoRecord,
} from '../../core/import/stores';
import type { ExportTool } from '../../core/import/shapes';

const PAIRS_KEY = 'cadence.import.pairs';
const UNDO_COUNT_KEY = 'cadence.import.undo';
const undoKey = (k: number): string => `cadence.import.undo.${k}`;

export interface ImportState {
  readonly pairs: ConfirmedPairs;
  readonly undo: UndoRecord | null;
  readonly undoPieces: number;
}

export function loadImportState(): ImportState {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const pieces = Number(all[UNDO_COUNT_KEY] ?? 0) || 0;
  const text = Array.from({ length: pieces }, (_, k) => all[undoKey(k)] ?? '').join('');
  return { pairs: decodePairs(all[PAIRS_KEY] ?? null), undo: decodeUndo(text), undoPieces: pieces };
}

/** Saves the new undo record and the confirmed pairs together. */
export function saveImportState(
  state: ImportState,
  undo: UndoRecord,
  tool: ExportTool,
  confirmed: ReadonlyArray<readonly [string, string]>,
): void {
  const props = PropertiesService.getDocumentProperties();
  const pieces = chunkText(encodeUndo(undo));
  const values: Record<string, string> = { [UNDO_COUNT_KEY]: String(pieces.length) };
  pieces.forEach((piece, k) => (values[undoKey(k)] = piece));
  if (confirmed.length > 0) values[PAIRS_KEY] = withPairs(state.pairs, tool, confirmed);
  props.setProperties(values);
  for (let k = pieces.length; k < state.undoPieces; k++) props.deleteProperty(undoKey(k));
}

/** Remembers confirmed pairs when nothing was written (every picked cell already filled). */
export function savePairs(
  state: ImportState,
  tool: ExportTool,
  confirmed: ReadonlyArray<readonly [string, string]>,
): void {
  if (confirmed.length === 0) return;
  PropertiesService.getDocumentProperties().setProperty(
    PAIRS_KEY,
    withPairs(state.pairs, tool, confirmed),
  );
}

/** After an undo there is nothing left to undo. */
export function clearUndo(state: ImportState): void {
  const props = PropertiesService.getDocumentProperties();
  props.deleteProperty(UNDO_COUNT_KEY);
  for (let k = 0; k < state.undoPieces; k++) props.deleteProperty(undoKey(k));
}
