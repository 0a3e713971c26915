import type { Conform } from '../conform';
import { SERVICE, tag } from '../instrument';
import { enumName } from '../values';
import { normalizeColor } from './colors';
import { intersects, type Rect } from './grid';
import type { SheetsPairs } from './pairs';
import type { Range } from './range';
import type { Sheet } from './sheet';

type GasBanding = GoogleAppsScript.Spreadsheet.Banding;

type BandingMethods =
  | 'copyTo'
  | 'getFirstColumnColor'
  | 'getFirstRowColor'
  | 'getFooterRowColor'
  | 'getHeaderRowColor'
  | 'getRange'
  | 'getSecondRowColor'
  | 'remove'
  | 'setFirstRowColor'
  | 'setHeaderRowColor'
  | 'setRange'
  | 'setSecondRowColor';

/** The eight colours a banding may hold; a row banding sets the row ones, a column banding the column ones. */
export type BandSlot =
  | 'headerRow'
  | 'firstRow'
  | 'secondRow'
  | 'footerRow'
  | 'headerColumn'
  | 'firstColumn'
  | 'secondColumn'
  | 'footerColumn';

export type BandColors = Partial<Record<BandSlot, string>>;

interface ThemeColors {
  readonly header: string;
  readonly first: string;
  readonly second: string;
  readonly footer: string;
}

/**
 * The themes' colours as the Sheets "Alternating colors" panel shows them (_assumed_: Google does
 * not document the palette; these were read off the UI's default styles).
 */
const THEMES: Record<string, ThemeColors> = {
  LIGHT_GREY: { header: '#bdbdbd', first: '#ffffff', second: '#f3f3f3', footer: '#dedede' },
  CYAN: { header: '#4dd0e1', first: '#ffffff', second: '#e0f7fa', footer: '#a2e8f1' },
  GREEN: { header: '#63d297', first: '#ffffff', second: '#e7f9ef', footer: '#afe9ca' },
  YELLOW: { header: '#f7cb4d', first: '#ffffff', second: '#fef8e3', footer: '#fce8b2' },
  ORANGE: { header: '#f46524', first: '#ffffff', second: '#ffe6dd', footer: '#ffccbc' },
  BLUE: { header: '#5b95f9', first: '#ffffff', second: '#e8f0fe', footer: '#acc9fe' },
  TEAL: { header: '#26a69a', first: '#ffffff', second: '#ddf2f0', footer: '#8cd3cd' },
  GREY: { header: '#78909c', first: '#ffffff', second: '#ebeff1', footer: '#bbc8ce' },
  BROWN: { header: '#cca677', first: '#ffffff', second: '#f8f2eb', footer: '#e6d3ba' },
  LIGHT_GREEN: { header: '#8bc34a', first: '#ffffff', second: '#eef7e3', footer: '#c4e2a0' },
  INDIGO: { header: '#8989eb', first: '#ffffff', second: '#e8e7fc', footer: '#c4c3f7' },
  PINK: { header: '#e67c73', first: '#ffffff', second: '#fcefee', footer: '#f2b8b3' },
};

/**
 * Sheets refuses a banding over cells that already have one (_assumed_ wording: the message of
 * the UI's alternating-colors panel; not confirmed from Apps Script itself).
 */
export const BANDING_OVERLAP_ERROR =
  'You cannot add alternating colors to a range that already has alternating colors.';

/** Colours a theme gives a row or column banding; header/footer only when asked for. */
export function themeColors(
  theme: GoogleAppsScript.Spreadsheet.BandingTheme | undefined,
  dim: 'Row' | 'Column',
  showHeader: boolean,
  showFooter: boolean,
): BandColors {
  const t = THEMES[theme === undefined ? 'LIGHT_GREY' : enumName(theme)] ?? THEMES.LIGHT_GREY;
  const colors: BandColors = { [`first${dim}`]: t.first, [`second${dim}`]: t.second };
  if (showHeader) colors[`header${dim}`] = t.header;
  if (showFooter) colors[`footer${dim}`] = t.footer;
  return colors;
}

/**
 * A live banding: setters change the stored banding. It belongs to its sheet (deleted with it),
 * moves with inserted and deleted rows/columns, and never writes cell backgrounds: Sheets keeps
 * alternating colours apart from cell formats, so getBackgrounds() does not see them.
 */
export class Banding implements Conform<GasBanding, BandingMethods, SheetsPairs> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Banding');

  removed = false;

  constructor(
    readonly sheet: Sheet,
    public rect: Rect,
    readonly colors: BandColors,
  ) {}

  /** Adds a banding to the sheet, refusing one that overlaps an existing banding. */
  static add(sheet: Sheet, rect: Rect, colors: BandColors): Banding {
    assertFree(sheet, rect, null);
    const banding = new Banding(sheet, rect, colors);
    sheet.state.bandings.push(banding);
    return banding;
  }

  getRange(): Range {
    return this.sheet.rangeAt(this.rect);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range | Range): Banding {
    const r = range as Range;
    assertFree(r.sheet, r.rect, this);
    this.rect = r.rect;
    return this;
  }
  copyTo(range: GoogleAppsScript.Spreadsheet.Range | Range): Banding {
    const r = range as Range;
    return Banding.add(r.sheet, r.rect, { ...this.colors });
  }
  remove(): void {
    this.removed = true;
    this.sheet.state.bandings = this.sheet.state.bandings.filter((b) => b !== this);
  }

  private color(slot: BandSlot): string | null {
    return this.colors[slot] ?? null;
  }
  private set(slot: BandSlot, color: string | null): Banding {
    const c = normalizeColor(color);
    if (c === undefined) delete this.colors[slot];
    else this.colors[slot] = c;
    return this;
  }

  getHeaderRowColor(): string | null {
    return this.color('headerRow');
  }
  getFirstRowColor(): string | null {
    return this.color('firstRow');
  }
  getSecondRowColor(): string | null {
    return this.color('secondRow');
  }
  getFooterRowColor(): string | null {
    return this.color('footerRow');
  }
  getFirstColumnColor(): string | null {
    return this.color('firstColumn');
  }
  setHeaderRowColor(color: string | null): Banding {
    return this.set('headerRow', color);
  }
  setFirstRowColor(color: string | null): Banding {
    return this.set('firstRow', color);
  }
  setSecondRowColor(color: string | null): Banding {
    return this.set('secondRow', color);
  }
}

function assertFree(sheet: Sheet, rect: Rect, except: Banding | null): void {
  if (sheet.state.bandings.some((b) => b !== except && intersects(b.rect, rect))) {
    throw new Error(BANDING_OVERLAP_ERROR);
  }
}
