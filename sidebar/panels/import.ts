/**
 * Import: an export (a CSV or an .xlsx read in the browser — one of its sheets — and sent in
 * chunks, or a tab of the spreadsheet),
 * a preview of every decision — matched rows with their value and confidence, close calls to
 * pick, programs and export rows left over, numbers kept or flagged — then Apply and Undo.
 */
import { tImport } from '../../src/core/i18n/import';
import { tImportPanel, type ImportPanelKey } from '../../src/core/i18n/import-panel';
import type {
  ImportPreview,
  ImportRequestJson,
  ImportSource,
} from '../../src/gas/import/api';
import type { App } from '../app';
import { h } from '../dom';
import { chunksOf, readUpload } from '../import-file';
import type { UploadedSheet } from '../import-xlsx';
import { selectField } from '../select-field';
import { call } from '../server';

interface ImportState {
  from: 'file' | 'sheet';
  sheets: string[] | null;
  sheet: string;
  /** The file read in the browser: a CSV's one table, or every sheet of an .xlsx. */
  file: { name: string; sheets: UploadedSheet[] } | null;
  /** The file's sheet to import (an .xlsx with several). */
  fileSheet: number;
  upload: ImportSource | null;
  date: string;
  overwrite: boolean;
  column: string;
  picks: Map<number, number>;
  preview: ImportPreview | null;
  fileNote: string | null;
}

const state: ImportState = {
  from: 'file',
  sheets: null,
  sheet: '',
  file: null,
  fileSheet: 0,
  upload: null,
  date: '',
  overwrite: false,
  column: '',
  picks: new Map(),
  preview: null,
  fileNote: null,
};

const ti = (app: App, key: ImportPanelKey, params?: Record<string, string | number>) =>
  tImportPanel(app.locale, key, params);

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function readFile(app: App, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  state.preview = null;
  state.upload = null;
  state.picks.clear();
  if (!file) {
    state.file = null;
    state.fileNote = null;
    return app.render();
  }
  try {
    const sheets = await readUpload(new Uint8Array(await file.arrayBuffer()));
    if (sheets.length === 0) throw new Error('no sheet');
    state.file = { name: file.name, sheets };
    state.fileSheet = 0;
    state.fileNote = fileNote(app);
  } catch {
    // The readers' own messages are English and technical: the user gets one sentence instead.
    state.file = null;
    state.fileNote = ti(app, 'panel.badFile');
  }
  app.render();
}

function fileNote(app: App): string | null {
  const sheet = state.file?.sheets[state.fileSheet];
  if (!state.file || !sheet) return null;
  return ti(app, 'panel.fileRead', { file: state.file.name, rows: sheet.rows.length });
}

/** The name notes give the export: the file, and its sheet when the workbook has several. */
function uploadName(file: NonNullable<ImportState['file']>, sheet: UploadedSheet): string {
  return file.sheets.length > 1 && sheet.name !== null ? `${file.name} (${sheet.name})` : file.name;
}

/** The file's rows reach the server once, in chunks; later previews reuse the upload. */
async function source(): Promise<ImportSource | null> {
  if (state.from === 'sheet')
    return state.sheet === '' ? null : { kind: 'sheet', name: state.sheet };
  if (state.upload) return state.upload;
  const sheet = state.file?.sheets[state.fileSheet];
  if (!state.file || !sheet) return null;
  const id = randomId();
  const chunks = chunksOf(sheet.rows);
  for (let k = 0; k < chunks.length; k++) await call('stageImportChunk', id, k, chunks[k]);
  state.upload = {
    kind: 'upload',
    id,
    name: uploadName(state.file, sheet),
    chunks: chunks.length,
  };
  return state.upload;
}

function request(src: ImportSource): ImportRequestJson {
  return {
    source: src,
    ...(state.date === '' ? {} : { date: state.date }),
    overwrite: state.overwrite,
    column: state.column === '' ? null : state.column,
    picks: [...state.picks],
  };
}

async function preview(app: App): Promise<void> {
  await app.run('action.importPreview', async () => {
    const src = await source();
    if (src === null) return;
    const result = await call('previewImport', request(src));
    state.preview = result.ok ? result : null;
    if (!result.ok) app.notice = { kind: 'error', text: result.message };
  });
}

async function apply(app: App): Promise<void> {
  const src = await source();
  if (src === null) return;
  await app.action('action.importApply', async () => {
    const result = await call('applyImport', request(src));
    if (result.ok) {
      state.preview = null;
      state.picks.clear();
    }
    return result;
  });
}

function sourceFields(app: App): HTMLElement {
  const busy = app.busy !== null;
  const fromFile = state.from === 'file';
  const choice = (value: 'file' | 'sheet', key: ImportPanelKey) =>
    h(
      'div',
      { class: 'field check' },
      h('input', {
        type: 'radio',
        id: `import-from-${value}`,
        name: 'import-from',
        checked: state.from === value,
        disabled: busy,
        onchange: () => {
          state.from = value;
          state.preview = null;
          if (value === 'sheet' && state.sheets === null) void loadSheets(app);
          app.render();
        },
      }),
      h('label', { for: `import-from-${value}` }, ti(app, key)),
    );
  // The browser's own file button speaks the browser's language, not the user's: it is hidden,
  // and this label, in the user's language, opens it (the input keeps the keyboard focus).
  const file = h(
    'div',
    { class: 'field import-file' },
    h('span', { class: 'block' }, ti(app, 'panel.file')),
    h('input', {
      type: 'file',
      id: 'import-file',
      class: 'sr',
      accept:
        '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disabled: busy,
      'aria-describedby': 'import-file-help',
      onchange: (e) => void readFile(app, e.target as HTMLInputElement),
    }),
    h('label', { for: 'import-file', class: 'secondary file-button' }, ti(app, 'panel.choose')),
    h(
      'p',
      { id: 'import-file-help', class: 'muted small' },
      state.fileNote ?? ti(app, 'panel.fileHint'),
    ),
    state.file && state.file.sheets.length > 1
      ? selectField({
          id: 'import-file-sheet',
          label: ti(app, 'panel.fileSheet'),
          options: state.file.sheets.map((sheet, k) => [String(k), sheet.name ?? ''] as const),
          selected: String(state.fileSheet),
          disabled: busy,
          onPick: (value) => {
            state.fileSheet = Number(value);
            state.upload = null;
            state.preview = null;
            state.picks.clear();
            state.fileNote = fileNote(app);
            app.render();
          },
        })
      : null,
  );
  const sheets = state.sheets ?? [];
  const tab =
    sheets.length === 0
      ? h(
          'p',
          { class: 'muted small', id: 'import-no-sheets' },
          state.sheets === null ? '…' : ti(app, 'panel.noSheets'),
        )
      : selectField({
          id: 'import-sheet',
          label: ti(app, 'panel.sheet'),
          options: sheets.map((name) => [name, name] as const),
          selected: state.sheet,
          disabled: busy,
          onPick: (value) => {
            state.sheet = value;
            state.preview = null;
          },
        });
  return h(
    'fieldset',
    { class: 'plain' },
    h('legend', {}, ti(app, 'panel.source')),
    choice('file', 'panel.fromFile'),
    choice('sheet', 'panel.fromSheet'),
    fromFile ? file : tab,
  );
}

async function loadSheets(app: App): Promise<void> {
  const sheets = await call('importSheets');
  state.sheets = sheets;
  if (state.sheet === '' && sheets.length > 0) state.sheet = sheets[0];
  app.render();
}

function optionFields(app: App): Array<HTMLElement | null> {
  const busy = app.busy !== null;
  const columns = state.preview?.sourceColumns ?? [];
  return [
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'import-date' }, ti(app, 'panel.date')),
      h('input', {
        type: 'text',
        id: 'import-date',
        inputmode: 'numeric',
        placeholder: ti(app, 'panel.datePlaceholder'),
        value: state.date,
        disabled: busy,
        'aria-describedby': 'import-date-help',
        onchange: (e) => {
          state.date = (e.target as HTMLInputElement).value.trim();
          state.preview = null;
        },
      }),
      h('p', { id: 'import-date-help', class: 'muted small' }, ti(app, 'panel.dateHelp')),
    ),
    h(
      'div',
      { class: 'field check' },
      h('input', {
        type: 'checkbox',
        id: 'import-overwrite',
        checked: state.overwrite,
        disabled: busy,
        onchange: (e) => {
          state.overwrite = (e.target as HTMLInputElement).checked;
          state.preview = null;
          app.render();
        },
      }),
      h('label', { for: 'import-overwrite' }, ti(app, 'panel.overwrite')),
    ),
    columns.length > 1
      ? selectField({
          id: 'import-column',
          label: ti(app, 'panel.column'),
          options: [
            ['', ti(app, 'panel.columnAuto')] as const,
            ...columns.map((c) => [c, c] as const),
          ],
          selected: state.column,
          disabled: busy,
          onPick: (value) => {
            state.column = value;
            void preview(app);
          },
        })
      : null,
  ];
}

const percent = (x: number) => Math.round(x * 100);
const shown = (app: App, x: number | null) =>
  x === null ? '—' : new Intl.NumberFormat(app.locale, { maximumSignificantDigits: 6 }).format(x);

function previewBlock(app: App, p: ImportPreview): HTMLElement {
  const busy = app.busy !== null;
  const list = (rows: readonly number[]) => (rows.length === 0 ? '—' : rows.join(', '));
  return h(
    'div',
    { id: 'import-preview' },
    h(
      'p',
      { id: 'import-summary' },
      ti(app, 'panel.summary', {
        tool: tImport(app.locale, `tool.${p.tool}`),
        column: p.column,
        date: p.date,
        created: p.created ? tImport(app.locale, 'table.created') : '',
        writes: p.writes,
      }),
    ),
    h('h3', {}, ti(app, 'panel.matched', { count: p.matched.length })),
    h(
      'ul',
      { class: 'plain import-list', id: 'import-matched' },
      p.matched.map((m) =>
        h(
          'li',
          {},
          h('strong', {}, m.name),
          ' ← ',
          m.source.name,
          h('br'),
          h(
            'span',
            { class: 'muted small' },
            m.source.column === null
              ? ti(app, 'panel.confidence', { percent: percent(m.confidence) })
              : `${m.source.column} = ${shown(app, m.value)} · ${ti(app, 'panel.confidence', { percent: percent(m.confidence) })}`,
            m.written ? '' : ` · ${ti(app, 'panel.notWritten')}`,
          ),
        ),
      ),
    ),
    p.ambiguous.length > 0
      ? [
          h('h3', {}, ti(app, 'panel.ambiguous', { count: p.ambiguous.length })),
          p.ambiguous.map((a) =>
            selectField({
              id: `import-pick-${a.row}`,
              label: a.name,
              options: [
                ['0', ti(app, 'panel.pickNone')] as const,
                ...a.candidates.map(
                  (c) => [String(c.row), `${c.name} (${percent(c.confidence)} %)`] as const,
                ),
              ],
              selected: String(state.picks.get(a.row) ?? 0),
              disabled: busy,
              onPick: (value) => {
                if (Number(value) > 0) state.picks.set(a.row, Number(value));
                else state.picks.delete(a.row);
              },
            }),
          ),
        ]
      : null,
    h(
      'p',
      { class: 'muted small' },
      ti(app, 'panel.unmatched', { rows: list(p.unmatchedPrograms) }),
    ),
    h('p', { class: 'muted small' }, ti(app, 'panel.unused', { rows: list(p.unmatchedSource) })),
    p.diagnostics.length > 0
      ? h(
          'ul',
          { class: 'plain import-list', id: 'import-diagnostics' },
          p.diagnostics.map((d) =>
            h('li', { class: d.severity === 'warning' ? 'field-error' : 'muted' }, d.message),
          ),
        )
      : null,
  );
}

export function importPanel(app: App): HTMLElement {
  const busy = app.busy !== null;
  const p = state.preview;
  const ready = state.from === 'file' ? state.file !== null : state.sheet !== '';
  return h(
    'div',
    {},
    h('h2', {}, ti(app, 'panel.title')),
    h('p', { class: 'muted', id: 'import-help' }, ti(app, 'panel.help')),
    sourceFields(app),
    optionFields(app),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          id: 'import-preview-button',
          class: 'primary',
          disabled: busy || !ready,
          onclick: () => void preview(app),
        },
        ti(app, 'panel.preview'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'import-undo',
          class: 'secondary',
          disabled: busy,
          onclick: () => void app.action('action.importUndo', () => call('undoImport')),
        },
        ti(app, 'panel.undo'),
      ),
    ),
    p ? previewBlock(app, p) : null,
    p
      ? h(
          'button',
          {
            type: 'button',
            id: 'import-apply',
            class: 'primary',
            disabled: busy || (p.writes === 0 && state.picks.size === 0),
            onclick: () => void apply(app),
          },
          ti(app, 'panel.apply', { count: p.writes }),
        )
      : null,
  );
}
