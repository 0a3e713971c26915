/**
 * What Cadence remembers in the document between two actions (protections made, the flag rules
 * written, the formula syntax this spreadsheet accepts, the review sheet, the journaled changes,
 * the last import's undo record), read with one PropertiesService call and written with at most
 * one, plus one delete per property no longer needed (Properties has no delete of several keys).
 * It lets a steady-state Refresh skip the Sheets calls whose outcome it already knows: every
 * Sheets call is a round trip to Google.
 */
import { chunkText } from '../core/import/stores';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** The key of piece `i` of the pieced value under `key`. */
const pieceKey = (key: string, i: number): string => `${key}.${i}`;

/** The document's properties, as one read and one write. */
export class DocumentMemory {
  private readonly pending: Record<string, string> = {};
  private readonly deleted = new Set<string>();

  protected constructor(
    private readonly properties: Properties,
    private readonly stored: Readonly<Record<string, string>>,
  ) {}

  /** The memory of the whole document (`properties`: the document's, unless a test gives its own). */
  static forDocument(
    properties: Properties = PropertiesService.getDocumentProperties(),
  ): DocumentMemory {
    return new DocumentMemory(properties, properties.getProperties());
  }

  get(key: string): string | null {
    if (this.deleted.has(key)) return null;
    return this.pending[key] ?? this.stored[key] ?? null;
  }

  set(key: string, value: string): void {
    if (this.get(key) === value) return;
    this.deleted.delete(key);
    this.pending[key] = value;
  }

  delete(key: string): void {
    if (this.get(key) === null) return;
    delete this.pending[key];
    if (key in this.stored) this.deleted.add(key);
  }

  /**
   * A value too long for one property (Google's 9 KB per property, key included): `key` holds
   * the number of pieces, `key.0`, `key.1`, … the pieces. Without that count (values written
   * before it was kept), the pieces up to the first missing one. Null when nothing is stored.
   */
  getPieced(key: string): string | null {
    const count = this.get(key);
    const pieces: string[] = [];
    if (count === null) {
      for (let i = 0, piece; (piece = this.get(pieceKey(key, i))) !== null; i++) pieces.push(piece);
      return pieces.length === 0 ? null : pieces.join('');
    }
    for (let i = 0; i < Number(count); i++) pieces.push(this.get(pieceKey(key, i)) ?? '');
    return pieces.join('');
  }

  /** Stores `value` in pieces under 9 KB; the pieces a longer value left are deleted. */
  setPieced(key: string, value: string): void {
    const pieces = chunkText(value);
    pieces.forEach((piece, i) => this.set(pieceKey(key, i), piece));
    this.set(key, String(pieces.length));
    this.deleteFrom(key, pieces.length);
  }

  deletePieced(key: string): void {
    this.delete(key);
    this.deleteFrom(key, 0);
  }

  /** Deletes the pieces of `key` from `first` on, however many an older value left. */
  private deleteFrom(key: string, first: number): void {
    for (let i = first; this.get(pieceKey(key, i)) !== null; i++) this.delete(pieceKey(key, i));
  }

  /** One write for everything learnt during the action, then the deletes; none when nothing changed. */
  save(): void {
    if (Object.keys(this.pending).length > 0) this.properties.setProperties(this.pending);
    for (const key of this.deleted) this.properties.deleteProperty(key);
  }
}

/** The document's memory for one sheet: what it remembers per sheet is keyed by `sheetId`. */
export class SheetMemory extends DocumentMemory {
  private constructor(
    properties: Properties,
    stored: Readonly<Record<string, string>>,
    /** The sheet's id as text: the key suffix of everything remembered per sheet. */
    readonly sheetId: string,
  ) {
    super(properties, stored);
  }

  static of(sheet: Sheet): SheetMemory {
    const properties = PropertiesService.getDocumentProperties();
    return new SheetMemory(properties, properties.getProperties(), String(sheet.getSheetId()));
  }
}
