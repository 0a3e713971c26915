/**
 * Colours between exceljs ({ argb }, { theme, tint }, { indexed }) and Sheets' lower-case
 * '#rrggbb'. Theme colours resolve against the default Office theme, which is what a workbook
 * written by exceljs or saved from Google Sheets carries.
 */
import type ExcelJS from 'exceljs';

/** Office 2013+ default theme, in the order of the theme index (lt1, dk1, lt2, dk2, accents…). */
const OFFICE_THEME = [
  'ffffff',
  '000000',
  'e7e6e6',
  '44546a',
  '4472c4',
  'ed7d31',
  'a5a5a5',
  'ffc000',
  '5b9bd5',
  '70ad47',
  '0563c1',
  '954f72',
];

/** Black, white, then the pure primaries and secondaries: the legacy palette's first eight. */
const BASIC_EIGHT = [
  '000000',
  'ffffff',
  'ff0000',
  '00ff00',
  '0000ff',
  'ffff00',
  'ff00ff',
  '00ffff',
];

/**
 * The first entries of the legacy indexed palette: the basic eight twice (0-7 and 8-15); 64+
 * are "system" colours (no colour).
 */
const INDEXED = [...BASIC_EIGHT, ...BASIC_EIGHT];

function hex2(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .padStart(2, '0');
}

/** Excel's tint: negative darkens towards black, positive lightens towards white. */
function applyTint(rgb: string, tint: number): string {
  const channels = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  return channels.map((c) => hex2(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint)).join('');
}

export function excelColorToHex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === 'string' && /^[0-9a-f]{6,8}$/i.test(color.argb)) {
    return `#${color.argb.slice(-6).toLowerCase()}`;
  }
  const tint = (color as { tint?: number }).tint ?? 0;
  if (typeof color.theme === 'number' && OFFICE_THEME[color.theme] !== undefined) {
    return `#${applyTint(OFFICE_THEME[color.theme], tint)}`;
  }
  const indexed = (color as { indexed?: number }).indexed;
  if (typeof indexed === 'number' && INDEXED[indexed] !== undefined) return `#${INDEXED[indexed]}`;
  return undefined;
}

/** '#e8f0fe' → 'FFE8F0FE'; anything that is not a '#rrggbb' colour → undefined. */
export function hexToArgb(hex: string | null | undefined): string | undefined {
  if (!hex) return undefined;
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}
