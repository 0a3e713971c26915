/**
 * A 95 % interval in one short cell, "3.1–4.2" ("3,1–4,2" in French), its unit in the column
 * header ("95 % CI (%)", "95 % CI (pt)"): two numbers with their units would not fit Sheets'
 * default column width, and a cut interval is worse than none.
 */
import type { Interval } from '../../stats/proportions';
import type { Locale } from '../../types';

function oneDecimal(x: number, locale: Locale): string {
  const rounded = Math.round(x * 10) / 10;
  // −0.0 reads as a sign the interval does not have.
  const text = (rounded === 0 ? 0 : rounded).toFixed(1).replace('-', '−');
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** Fractions shown as percentages (rates) or percentage points (differences): both ×100. */
export function intervalText([lower, upper]: Interval, locale: Locale): string {
  return `${oneDecimal(lower * 100, locale)} – ${oneDecimal(upper * 100, locale)}`;
}
