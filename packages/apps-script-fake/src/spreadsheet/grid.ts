/**
 * Grid rectangles and how they move when rows or columns are inserted or deleted: a rule, a
 * protection or a chart range below an insertion moves down; one that straddles it grows; one
 * whose cells are all deleted disappears. Coordinates are 1-based like Apps Script's.
 */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export type Dimension = 'rows' | 'columns';

export interface Span {
  readonly start: number;
  readonly count: number;
}

/** `n` lines inserted before line `at`. */
export function spanAfterInsert(span: Span, at: number, n: number): Span {
  if (span.start >= at) return { start: span.start + n, count: span.count };
  if (span.start + span.count - 1 >= at) return { start: span.start, count: span.count + n };
  return span;
}

/** Lines `at`..`at+n-1` deleted; null when nothing of the span survives. */
export function spanAfterDelete(span: Span, at: number, n: number): Span | null {
  const end = span.start + span.count - 1;
  const delEnd = at + n - 1;
  const removed = Math.max(0, Math.min(end, delEnd) - Math.max(span.start, at) + 1);
  const count = span.count - removed;
  if (count <= 0) return null;
  const start = span.start > delEnd ? span.start - n : Math.min(span.start, at);
  return { start, count };
}

export function rectSpan(rect: Rect, dim: Dimension): Span {
  return dim === 'rows'
    ? { start: rect.row, count: rect.numRows }
    : { start: rect.column, count: rect.numColumns };
}

export function withSpan(rect: Rect, dim: Dimension, span: Span): Rect {
  return dim === 'rows'
    ? { ...rect, row: span.start, numRows: span.count }
    : { ...rect, column: span.start, numColumns: span.count };
}

export interface StructuralChange {
  readonly dim: Dimension;
  readonly kind: 'insert' | 'delete';
  readonly at: number;
  readonly count: number;
}

export function shiftSpan(span: Span, change: StructuralChange): Span | null {
  return change.kind === 'insert'
    ? spanAfterInsert(span, change.at, change.count)
    : spanAfterDelete(span, change.at, change.count);
}

export function shiftRect(rect: Rect, change: StructuralChange): Rect | null {
  const span = shiftSpan(rectSpan(rect, change.dim), change);
  return span ? withSpan(rect, change.dim, span) : null;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}
