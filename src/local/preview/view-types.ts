/**
 * What the preview server sends the page: plain JSON, shared as types only (the page bundle
 * imports nothing else from the server). Sheet text travels as data and is rendered with
 * textContent, never as markup.
 */

/** One cell as displayed; absent keys mean Sheets' defaults. */
export interface CellView {
  /** The displayed text (getDisplayValues). */
  readonly t: string;
  /** Effective background / font colour / bold, conditional formatting included. */
  readonly bg?: string;
  readonly fg?: string;
  readonly b?: true;
  /** The cell's note, shown on hover. */
  readonly n?: string;
  /** Horizontal alignment; numbers and dates default to the right as in Sheets. */
  readonly a?: 'left' | 'center' | 'right';
  /** The formula, for formula cells (not evaluated in memory). */
  readonly f?: string;
}

export interface SheetView {
  readonly name: string;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Rows and columns sent (the used extent, capped for very long sheets). */
  readonly numRows: number;
  readonly numColumns: number;
  /** The sheet's real row count when the view was capped. */
  readonly totalRows: number;
  /** Pixel width of each column sent. */
  readonly columnWidths: readonly number[];
  readonly cells: ReadonlyArray<ReadonlyArray<CellView | null>>;
}

export interface MenuItemView {
  readonly caption: string;
  /** null for a separator. */
  readonly functionName: string | null;
}

export interface EventView {
  readonly title: string;
  /** 'YYYY-MM-DD' for all-day events, else an ISO instant. */
  readonly date: string;
  readonly allDay: boolean;
  readonly popupReminders: readonly number[];
  readonly emailReminders: readonly number[];
}

export interface NoticeView {
  /** Position in the add-on's history, so the page shows each notice once. */
  readonly seq: number;
  readonly kind: 'toast' | 'alert';
  readonly title: string;
  readonly message: string;
}

export interface PreviewState {
  /** Bumped after every action; the page refetches when it changes. */
  readonly version: number;
  readonly file: string;
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly tabColor: string | null }>;
  readonly active: string;
  readonly menu: { readonly title: string; readonly items: readonly MenuItemView[] };
  readonly events: readonly EventView[];
  readonly notices: readonly NoticeView[];
}

export interface ActionAnswer {
  readonly ok: boolean;
  readonly message: string;
}
