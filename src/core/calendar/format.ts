/** Dates and numbers as each language writes them: 2026-08-31 / 31/08/2026, +8.4 % / +8,4 %. */
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

/** A signed change: "+8.4 %" from a relative change, else the absolute difference. */
export function formatChange(locale: Locale, abs: number, pct: number | null): string {
  const value = pct === null ? abs : pct * 100;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const body = decimal(locale, Math.abs(value), pct === null ? 4 : 1);
  return pct === null ? `${sign}${body}` : `${sign}${body} %`;
}

export function formatPercent(locale: Locale, fraction: number): string {
  return `${decimal(locale, fraction * 100, 1)} %`;
}
