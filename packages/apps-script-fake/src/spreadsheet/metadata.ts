import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { enumName } from '../values';
import { shiftSpan, type Span, type StructuralChange } from './grid';
import type { SheetsPairs } from './pairs';
import { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheet: Sheet }
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheet: Sheet; readonly span: Span };

export class DeveloperMetadataLocation implements Conform<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  'getColumn' | 'getRow' | 'getSheet',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'DeveloperMetadataLocation');
  constructor(private readonly location: MetadataLocation) {}
  getColumn(): Range | null {
    const l = this.location;
    return l.type === 'COLUMN' ? l.sheet.columnsRange(l.span) : null;
  }
  getRow(): Range | null {
    const l = this.location;
    return l.type === 'ROW' ? l.sheet.rowsRange(l.span) : null;
  }
  getSheet(): Sheet | null {
    const l = this.location;
    return l.type === 'SPREADSHEET' ? null : l.sheet;
  }
}

type MetadataMethods = 'getId' | 'getLocation' | 'getValue' | 'remove' | 'setValue';

/** Live, like Sheets': setters change the stored entry; column/row entries move with the grid. */
export class DeveloperMetadata implements Conform<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  MetadataMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'DeveloperMetadata');

  constructor(
    private readonly registry: MetadataRegistry,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: 'DOCUMENT' | 'PROJECT',
    public location: MetadataLocation,
  ) {}

  getId(): number {
    return this.id;
  }
  getValue(): string | null {
    return this.value;
  }
  setValue(value: string): DeveloperMetadata {
    this.value = value;
    return this;
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.location);
  }
  remove(): void {
    this.registry.remove(this);
  }
}

function visibilityOf(v: unknown): 'DOCUMENT' | 'PROJECT' | null {
  const name = v === undefined ? '' : enumName(v);
  return name === 'DOCUMENT' || name === 'PROJECT' ? name : null;
}

/** All developer metadata of a spreadsheet, whatever it is attached to. */
export class MetadataRegistry {
  entries: DeveloperMetadata[] = [];

  constructor(readonly spreadsheet: Spreadsheet) {}

  add(
    location: MetadataLocation,
    key: string,
    valueOrVisibility?: unknown,
    visibility?: unknown,
  ): DeveloperMetadata {
    // The 2-argument form is (key, visibility) when the second argument is a visibility member.
    const vis =
      visibilityOf(visibility) ??
      (visibility === undefined ? visibilityOf(valueOrVisibility) : null);
    const value =
      visibility === undefined && visibilityOf(valueOrVisibility) !== null
        ? null
        : valueOrVisibility === undefined
          ? null
          : String(valueOrVisibility);
    const id = this.spreadsheet.world.ids.scrambled('metadata', 2_000_000_000);
    const entry = new DeveloperMetadata(this, id, key, value, vis ?? 'DOCUMENT', location);
    this.entries.push(entry);
    return entry;
  }

  /** Only whole rows or whole columns can carry metadata, as in Sheets. */
  locationOf(range: Range): MetadataLocation {
    if (!(range instanceof Range)) throw new Error(APPS_SCRIPT_ERRORS.invalidArgument('range'));
    const { sheet } = range;
    const r = range.rect;
    const wholeColumns = r.row === 1 && r.numRows === sheet.getMaxRows();
    const wholeRows = r.column === 1 && r.numColumns === sheet.getMaxColumns();
    if (wholeColumns)
      return { type: 'COLUMN', sheet, span: { start: r.column, count: r.numColumns } };
    if (wholeRows) return { type: 'ROW', sheet, span: { start: r.row, count: r.numRows } };
    throw new Error(APPS_SCRIPT_ERRORS.metadataArbitraryRange);
  }

  addToRange(
    range: Range,
    key: string,
    valueOrVisibility?: unknown,
    visibility?: unknown,
  ): DeveloperMetadata {
    return this.add(this.locationOf(range), key, valueOrVisibility, visibility);
  }

  onRange(range: Range, intersecting: boolean): DeveloperMetadata[] {
    const r = range.rect;
    return this.entries.filter((m) => {
      const l = m.location;
      if (l.type !== 'ROW' && l.type !== 'COLUMN') return false;
      if (l.sheet !== range.sheet) return false;
      const [start, count] = l.type === 'COLUMN' ? [r.column, r.numColumns] : [r.row, r.numRows];
      if (intersecting)
        return l.span.start <= start + count - 1 && start <= l.span.start + l.span.count - 1;
      let exact: boolean;
      try {
        const own = this.locationOf(range);
        exact = own.type === l.type && l.span.start === start && l.span.count === count;
      } catch {
        exact = false;
      }
      return exact;
    });
  }

  /** Everything attached to a sheet or its rows and columns. */
  withinSheet(sheet: Sheet): DeveloperMetadata[] {
    return this.entries.filter(
      (m) => m.location.type !== 'SPREADSHEET' && m.location.sheet === sheet,
    );
  }

  remove(entry: DeveloperMetadata): void {
    this.entries = this.entries.filter((m) => m !== entry);
  }

  removeSheet(sheet: Sheet): void {
    this.entries = this.entries.filter(
      (m) => m.location.type === 'SPREADSHEET' || m.location.sheet !== sheet,
    );
  }

  /** Row/column metadata moves with inserted rows/columns; deleting its lines deletes it. */
  shift(sheet: Sheet, change: StructuralChange): void {
    const kind = change.dim === 'rows' ? 'ROW' : 'COLUMN';
    const kept: DeveloperMetadata[] = [];
    for (const m of this.entries) {
      const l = m.location;
      if ((l.type === 'ROW' || l.type === 'COLUMN') && l.sheet === sheet && l.type === kind) {
        const span = shiftSpan(l.span, change);
        if (!span) continue;
        m.location = { ...l, span };
      }
      kept.push(m);
    }
    this.entries = kept;
  }
}

type FinderMethods = 'find' | 'withKey';

export class DeveloperMetadataFinder implements Conform<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  FinderMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'DeveloperMetadataFinder');

  private intersecting = false;
  private filters: Array<(m: DeveloperMetadata) => boolean> = [];

  constructor(
    readonly registry: MetadataRegistry,
    private readonly scope: (intersecting: boolean) => DeveloperMetadata[],
  ) {}

  find(): DeveloperMetadata[] {
    return this.scope(this.intersecting).filter((m) => this.filters.every((f) => f(m)));
  }
  withKey(key: string): DeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return this;
  }
}
