/**
 * Number formats and colours the add-on writes. A change is coloured by what it means for this
 * metric — a rise is green for leads and red for unsubscribes — with a plain font colour rather
 * than a [Color] section in the format, which Sheets, Excel and LibreOffice each read their own
 * way. The ▲▼ arrows in the format say the direction without relying on colour.
 */
import type { Change } from '../stats/change';
import { RELATIVE_CHANGE_FORMAT } from '../stats/change-format';
import type { Locale } from '../types';

/** A percentage change: "▲ 12.5%", "▼ 3.0%", "= 0.0%" (the unit rule lives in change-format). */
export const CHANGE_FORMAT = RELATIVE_CHANGE_FORMAT;

export const TEXT_COLOUR = '#202124';
const CHANGE_COLOURS: Record<Change, string> = {
  improved: '#137333',
  worsened: '#c5221f',
  unchanged: TEXT_COLOUR,
};

/** Green when the change is good for this metric, red when bad. */
export function changeColour(direction: Change): string {
  return CHANGE_COLOURS[direction];
}

export function dateFormat(locale: Locale): string {
  return locale === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Sheets reports an untouched cell's format as '' or 'General' depending on the path. */
export function isDefaultFormat(format: string): boolean {
  return format === '' || format === GENERAL_FORMAT || format === '0.###############';
}
