/**
 * Reading single cells of an attribution sheet. Every reader returns null for "cannot read", never
 * throws, so the caller can name the cell by its A1 address.
 */
import type { CellValue } from '../types';

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A name or id: text or a number (ids often arrive as numbers); null for dates and booleans. */
export function readLabel(cell: CellValue | undefined): string | null {
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? null : text;
  }
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return null;
}

const CURRENCY = /[€$£¥\s\u00a0\u202f]/g;

/**
 * A non-negative amount: a number cell, or text as French and English users type it
 * ("1 200,50 €", "1,200.50", "3.5"). Negative amounts make no sense for conversions or revenue.
 */
export function readAmount(cell: CellValue | undefined): number | null {
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') n = parseAmountText(cell);
  else return null;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

function parseAmountText(text: string): number {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  let t = text.replace(CURRENCY, '');
  if (t === '') return NaN;
  const comma = t.lastIndexOf(',');
  const dot = t.lastIndexOf('.');
  // The right-most of ',' and '.' is the decimal mark; the other one groups thousands.
  if (comma > dot) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(/,/g, '');
  return /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
}
