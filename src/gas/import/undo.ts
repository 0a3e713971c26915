/**
 * Undo the last import: every cell it wrote that still holds the number it wrote gets back its
 * previous content (value or formula) and note, in one setValues and one setNotes; a cell edited
 * since is left as the user made it. A review column the import created is removed again when
 * nothing else was typed in it.
 */
import { tImport } from '../../core/i18n/import';
import { cellOf } from '../../core/import/stores';
import type { CellValue, Locale } from '../../core/types';
import { asWritten, readSpan, writeSpan } from './span';
import { clearUndo, loadImportState } from './store';

export function undoLastImport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  locale: Locale,
): { ok: boolean; message: string } {
  const state = loadImportState();
  const record = state.undo;
  const sheet =
    record === null
      ? undefined
      : spreadsheet.getSheets().find((s) => s.getSheetId() === record.sheetId);
  if (record === null || sheet === undefined || record.cells.length === 0)
    return { ok: false, message: tImport(locale, 'result.noUndo') };
  const rows = record.cells.map((c) => c.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const range = sheet.getRange(first, record.column + 1, last - first + 1, 1);
  const cells = readSpan(range, null);
  const changes = new Map<number, { value: CellValue; note: string }>();
  let changed = 0;
  for (const cell of record.cells) {
    const k = cell.row - first;
    if (cells.formulas[k] !== '' || cells.values[k] !== cell.written) {
      changed++;
      continue;
    }
    const before = cellOf(cell.before);
    const value = 'formula' in before ? before.formula : asWritten(before.value, cells.formats[k]);
    changes.set(k, { value, note: cell.noteBefore });
  }
  writeSpan(range, cells, changes);
  if (record.created && changed === 0) {
    const height = Math.max(1, sheet.getLastRow() - 1);
    const below = sheet.getRange(2, record.column + 1, height, 1).getValues();
    if (below.every((r) => r[0] === '')) sheet.deleteColumn(record.column + 1);
  }
  clearUndo(state);
  const restored = changes.size;
  return {
    ok: true,
    message:
      changed === 0
        ? tImport(locale, 'result.undone', { count: restored })
        : tImport(locale, 'result.undoPartial', { count: restored, changed }),
  };
}
