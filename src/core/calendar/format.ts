/** Dates and numbers as each language writes them: 2026-08-31 / 31/08/2026, 8.4 % / 8,4 %. */
import { toIso, ymd, type DayNumber } from '../dates';
import type { Locale } from '../types';

export function formatDay(locale: Locale, day: DayNumber): string {
  if (locale === 'en') return toIso(day);
  const { year, month, day: d } = ymd(day);
  return `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function decimal(locale: Locale, value: number, digits: number): string {
  const text = String(Math.round(value * 10 ** digits) / 10 ** digits);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

export function formatPercent(locale: Locale, fraction: number): string {
  return `${decimal(locale, fraction * 100, 1)} %`;
}
