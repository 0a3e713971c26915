/**
 * Counts as each language writes them: "1,234.5" in English, "1 234,5" in French (a narrow
 * no-break space groups the digits, as French typography and Intl's fr-FR do, so a count never
 * breaks across lines). Hand-written rather than Intl.NumberFormat: the rule is two separators,
 * and it must read the same in Apps Script, Node and every browser, whatever ICU data each has
 * (older ICU groups French digits with a plain no-break space).
 */
import type { Locale } from '../types';

/** At most one decimal: counts, not measurements (a path table's weights can be 1.5). */
export function roundCount(n: number): number {
  return Math.round(n * 10) / 10;
}

/** 1234.5 → "1,234.5" (en) / "1 234,5" (fr); 1000 → "1,000" / "1 000". */
export function formatCount(n: number, locale: Locale): string {
  const rounded = roundCount(n);
  const [whole, decimals] = Math.abs(rounded).toFixed(1).split('.');
  const group = locale === 'fr' ? '\u202f' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = rounded < 0 ? '-' : '';
  const fraction = decimals === '0' ? '' : `${locale === 'fr' ? ',' : '.'}${decimals}`;
  return `${sign}${grouped}${fraction}`;
}
