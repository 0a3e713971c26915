/**
 * The import's part of the sidebar ↔ server contract (JSON-safe, as google.script.run requires:
 * no Dates, so an export's date cells travel as 'YYYY-MM-DD' text). src/gas/api.ts folds it into
 * ServerApi; ./entrypoints.ts implements it.
 */
import type { Diagnostic } from '../../core/types';
import type { ExportTool } from '../../core/import/shapes';
import type { ImportJson } from '../../core/import/json';
import type { ActionResult } from '../api';

export type JsonCell = string | number | boolean;

export type ImportSource =
  /** A tab of this spreadsheet (the user did File → Import). */
  | { readonly kind: 'sheet'; readonly name: string }
  /** A file read in the browser and staged in `chunks` calls of stageImportChunk. */
  | { readonly kind: 'upload'; readonly id: string; readonly name: string; readonly chunks: number }
  /** Rows given whole (the CLI's --out, small files). */
  | { readonly kind: 'rows'; readonly name: string; readonly rows: JsonCell[][] };

export interface ImportRequestJson {
  readonly source: ImportSource;
  /** The review's date, 'YYYY-MM-DD' (default today). */
  readonly date?: string;
  readonly overwrite?: boolean;
  /** The export column to read for every row, by header (default: each row's Metric). */
  readonly column?: string | null;
  /** [program row, source row]: candidates the user picked; remembered once applied. */
  readonly picks?: ReadonlyArray<readonly [number, number]>;
}

export interface ImportPreview extends Omit<ImportJson, 'diagnostics'>, ActionResult {
  readonly tool: ExportTool;
  /** In the user's language. */
  readonly diagnostics: readonly Diagnostic[];
  /** The export's number columns, to pick one. */
  readonly sourceColumns: readonly string[];
  /** Cells the import would write. */
  readonly writes: number;
}

export interface ImportApplyResult extends ActionResult {
  readonly written: number;
}

export interface ImportApi {
  /** Tabs the user may import from: every sheet but the review sheet and Cadence's own. */
  importSheets(): string[];
  /** Stages one chunk of an uploaded file's rows (each chunk under CacheService's 100 KB). */
  stageImportChunk(id: string, index: number, rows: JsonCell[][]): ActionResult;
  previewImport(request: ImportRequestJson): ImportPreview;
  applyImport(request: ImportRequestJson): ImportApplyResult;
  /** Puts back exactly what the last import changed (cells it wrote that were not edited since). */
  undoImport(): ActionResult;
}
