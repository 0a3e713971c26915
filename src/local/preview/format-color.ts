/**
 * The colour a number format's section gives a number ('[Color10]▲0.0%;[Red]▼0.0%'): Sheets
 * paints the text with it, over the cell's own font colour.
 */
import type { CellValue } from '../../core/types';
import { normalizeColor } from '@cadence/apps-script-fake';

/** The only colour names number formats accept; their hex values come from the imitation's one table. */
const FORMAT_NAMES: ReadonlySet<string> = new Set([
  'black',
  'white',
  'red',
  'green',
  'blue',
  'yellow',
  'magenta',
  'cyan',
]);

/** Excel's default palette, 1-based, the first 16 entries (what formats use in practice). */
const PALETTE = [
  '#000000',
  '#ffffff',
  '#ff0000',
  '#00ff00',
  '#0000ff',
  '#ffff00',
  '#ff00ff',
  '#00ffff',
  '#800000',
  '#008000',
  '#000080',
  '#808000',
  '#800080',
  '#008080',
  '#c0c0c0',
  '#808080',
];

export function numberFormatColor(value: CellValue, format: string | null): string | null {
  if (typeof value !== 'number' || !format || !format.includes('[')) return null;
  const sections = format.split(';');
  const section =
    value < 0 && sections.length > 1
      ? sections[1]
      : value === 0 && sections.length > 2
        ? sections[2]
        : sections[0];
  const m = /\[(?:Color\s*(\d{1,2})|([A-Za-z]+))\]/.exec(section);
  if (!m) return null;
  if (m[1] !== undefined) return PALETTE[Number(m[1]) - 1] ?? null;
  const name = m[2].toLowerCase();
  return FORMAT_NAMES.has(name) ? (normalizeColor(name) ?? null) : null;
}
