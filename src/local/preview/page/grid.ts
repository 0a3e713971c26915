/**
 * The spreadsheet grid: a table with column letters and row numbers, frozen rows and columns as
 * sticky cells, one selected cell (click, arrows) and in-place editing (double-click, Enter,
 * or just typing). Cell text goes in through textContent; notes become title tooltips.
 */
import type { CellView, SheetView } from '../view-types';
import { columnLetter } from '../../../core/text';
import { el, sparkline } from './dom';

export const ROW_HEIGHT = 22;
const HEADER_HEIGHT = 22;
const ROW_NUMBER_WIDTH = 46;

export type CommitEdit = (row: number, column: number, text: string) => Promise<void>;

export class Grid {
  private view: SheetView | null = null;
  private selected = { row: 1, column: 1 };
  private editing: HTMLInputElement | null = null;
  readonly root: HTMLDivElement;

  constructor(private readonly commit: CommitEdit) {
    this.root = el('div', { className: 'grid' });
    this.root.tabIndex = 0;
    this.root.setAttribute('role', 'region');
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.root.addEventListener('click', (e) => {
      const td = (e.target as Element).closest('td');
      if (td && !this.editing) this.select(Number(td.dataset.row), Number(td.dataset.column));
    });
    this.root.addEventListener('dblclick', (e) => {
      const td = (e.target as Element).closest('td');
      if (td) this.edit(Number(td.dataset.row), Number(td.dataset.column));
    });
  }

  /** A cell editor is open: redrawing now would throw the user's typing away. */
  get isEditing(): boolean {
    return this.editing !== null;
  }

  render(view: SheetView): void {
    const sameSheet = this.view?.name === view.name;
    this.view = view;
    this.editing = null;
    if (!sameSheet) this.selected = { row: 1, column: 1 };
    const scroll = { top: this.root.scrollTop, left: this.root.scrollLeft };
    const left: number[] = [];
    let x = ROW_NUMBER_WIDTH;
    for (let c = 0; c < view.numColumns; c++) {
      left.push(x);
      x += view.columnWidths[c];
    }
    const table = el('table');
    table.style.width = `${x}px`;
    const colgroup = el('colgroup', {}, el('col'));
    (colgroup.firstChild as HTMLElement).style.width = `${ROW_NUMBER_WIDTH}px`;
    for (const w of view.columnWidths) {
      const col = el('col');
      col.style.width = `${w}px`;
      colgroup.appendChild(col);
    }
    table.appendChild(colgroup);
    const head = el('tr', {}, el('th', { className: 'corner' }));
    for (let c = 0; c < view.numColumns; c++) {
      const th = el('th', { className: 'col-head', text: columnLetter(c) });
      if (c < view.frozenColumns) {
        th.classList.add('frozen-col');
        th.style.left = `${left[c]}px`;
      }
      head.appendChild(th);
    }
    table.appendChild(el('thead', {}, head));
    const body = el('tbody');
    for (let r = 0; r < view.numRows; r++) {
      const tr = el('tr', {}, el('th', { className: 'row-head', text: String(r + 1) }));
      const frozenRow = r < view.frozenRows;
      if (frozenRow) {
        tr.className = 'frozen-row';
        tr.style.setProperty('--top', `${HEADER_HEIGHT + r * ROW_HEIGHT}px`);
      }
      for (let c = 0; c < view.numColumns; c++) {
        const td = this.cell(view.cells[r][c], r + 1, c + 1);
        spillInto(td, view, r, c);
        if (c < view.frozenColumns) {
          td.classList.add('frozen-col');
          td.style.left = `${left[c]}px`;
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    this.root.replaceChildren(table);
    this.root.setAttribute('aria-label', view.name);
    // Another sheet opens at A1, as in Sheets; the same sheet keeps where the user was.
    this.root.scrollTop = sameSheet ? scroll.top : 0;
    this.root.scrollLeft = sameSheet ? scroll.left : 0;
    this.select(this.selected.row, this.selected.column);
  }

  private cell(view: CellView | null, row: number, column: number): HTMLTableCellElement {
    const td = el('td');
    td.dataset.row = String(row);
    td.dataset.column = String(column);
    td.dataset.cell = `${columnLetter(column - 1)}${row}`;
    if (!view) return td;
    const chart = view.f && view.t === '' ? sparkline(view.f) : null;
    if (chart) td.appendChild(chart);
    else td.textContent = view.t;
    if (view.bg) td.style.backgroundColor = view.bg;
    if (view.fg) td.style.color = view.fg;
    if (view.b) td.style.fontWeight = 'bold';
    if (view.a) td.style.textAlign = view.a;
    const tip = [view.n, view.f && !chart ? view.f : ''].filter(Boolean).join('\n');
    if (view.n) td.classList.add('has-note');
    if (tip) td.title = tip;
    return td;
  }

  private td(row: number, column: number): HTMLTableCellElement | null {
    return this.root.querySelector(`td[data-row="${row}"][data-column="${column}"]`);
  }

  select(row: number, column: number): void {
    if (!this.view) return;
    const r = Math.min(Math.max(row, 1), this.view.numRows);
    const c = Math.min(Math.max(column, 1), this.view.numColumns);
    this.root.querySelector('td.selected')?.classList.remove('selected');
    this.selected = { row: r, column: c };
    const td = this.td(r, c);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Opens the editor on a cell, starting from its displayed text (or `initial` when typing). */
  edit(row: number, column: number, initial?: string): void {
    const td = this.td(row, column);
    if (!td || !this.view) return;
    this.select(row, column);
    const cell = this.view.cells[row - 1]?.[column - 1];
    const input = el('input', { className: 'cell-editor' });
    input.value = initial ?? cell?.t ?? '';
    input.setAttribute('aria-label', `${td.dataset.cell}`);
    this.editing = input;
    td.replaceChildren(input);
    input.focus();
    if (initial === undefined) input.select();
    let done = false;
    const finish = (save: boolean, move: [number, number]) => {
      if (done) return;
      done = true;
      this.editing = null;
      const text = input.value;
      if (!save) {
        if (this.view) this.render(this.view);
      } else {
        td.textContent = text;
        void this.commit(row, column, text);
      }
      this.select(row + move[0], column + move[1]);
      this.root.focus();
    };
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter') finish(true, [1, 0]);
      else if (e.key === 'Tab') {
        e.preventDefault();
        finish(true, [0, e.shiftKey ? -1 : 1]);
      } else if (e.key === 'Escape') finish(false, [0, 0]);
    });
    input.addEventListener('blur', () => finish(true, [0, 0]));
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editing) return;
    const { row, column } = this.selected;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.select(row + move[0], column + move[1]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.edit(row, column);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void this.commit(row, column, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.edit(row, column, e.key);
    }
  }
}

const blankAt = (view: SheetView, r: number, c: number): boolean => {
  const cell = view.cells[r][c];
  return cell === null || (cell.t === '' && !cell.f);
};

/**
 * Sheets lets a left-aligned text overflow into the empty cells to its right, up to the next
 * cell that holds something: long titles, sentences and caveats show whole there. The preview
 * does the same (an inner span as wide as those cells), so what it shows is what Sheets shows.
 */
function spillInto(td: HTMLTableCellElement, view: SheetView, r: number, c: number): void {
  const cell = view.cells[r][c];
  if (!cell || cell.t === '' || cell.f || cell.a === 'right' || cell.a === 'center') return;
  let last = c;
  while (last + 1 < view.numColumns && blankAt(view, r, last + 1)) last++;
  if (last === c) return;
  let width = 0;
  for (let k = c; k <= last; k++) width += view.columnWidths[k];
  const span = el('span', { className: 'spill-text', text: cell.t });
  span.style.width = `${width - 8}px`;
  td.replaceChildren(span);
  td.classList.add('spill');
}
