/**
 * Number formats the add-on writes. A change is coloured by what it means for this metric, so
 * the colour lives in the format itself ([Color10] green, [Red] red): a rise is green for leads
 * and red for unsubscribes, and the ▲▼ arrows say the direction without relying on colour.
 */
import type { Locale, Polarity } from '../types';

const GOOD = '[Color10]';
const BAD = '[Red]';

/** A percentage change: "▲ 12.5%" / "▼ 3.0%", green when good for this metric. */
export function changeFormat(polarity: Polarity): string {
  const [up, down] = polarity === 'higher_is_better' ? [GOOD, BAD] : [BAD, GOOD];
  return `${up}"▲ "0.0%;${down}"▼ "0.0%;"= "0.0%`;
}

/** An absolute change in the metric's own unit. */
export function absoluteChangeFormat(isRate: boolean): string {
  return isRate ? '+0.0%;-0.0%;0.0%' : '+#,##0.##;-#,##0.##;0';
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
