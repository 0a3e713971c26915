import type { CellValue } from '../cell-value';
import { midnightInZone, validDay } from '../days';
import { isDate } from '../values';

/**
 * What Range.setValue(s) stores for a JS value. Sheets treats strings as if the user typed them:
 * '=…' becomes a formula, '12' a number, 'TRUE' a boolean, '2026-05-01' a date (local midnight in
 * the spreadsheet's time zone), '15%' the number 0.15 — unless the cell is formatted as plain text
 * ('@') or the string starts with an apostrophe. Sheets also gives a parsed date or percentage a
 * matching number format when the cell has none; `format` carries that.
 */
export type Entry =
  | { readonly kind: 'blank' }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly value: CellValue; readonly format?: string };

export interface EntryContext {
  readonly timeZone: string;
  /** 'en_US', 'fr_FR', … */
  readonly locale: string;
}

const BLANK: Entry = { kind: 'blank' };

function isFrench(locale: string): boolean {
  return locale.toLowerCase().startsWith('fr');
}

export function booleanWords(locale: string): readonly [string, string] {
  return isFrench(locale) ? ['VRAI', 'FAUX'] : ['TRUE', 'FALSE'];
}

export function parseEntry(raw: unknown, cellFormat: string | undefined, ctx: EntryContext): Entry {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'value', value: raw } : { kind: 'value', value: '#NUM!' };
  }
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (isDate(raw)) return { kind: 'value', value: new Date(raw.getTime()) };
  const text = String(raw);
  if (text === '') return BLANK;
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (cellFormat === '@') return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  return parseTyped(text, ctx) ?? { kind: 'value', value: text };
}

function parseTyped(text: string, ctx: EntryContext): Entry | null {
  const t = text.trim();
  const french = isFrench(ctx.locale);
  const [yes, no] = booleanWords(ctx.locale);
  const upper = t.toUpperCase();
  if (upper === yes || upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === no || upper === 'FALSE') return { kind: 'value', value: false };

  const decimal = french ? ',' : '.';
  const numeric = french
    ? /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$/
    : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (numeric.test(t)) return { kind: 'value', value: Number(t.replace(decimal, '.')) };
  const pct = t.endsWith('%') ? t.slice(0, -1).trim() : null;
  if (pct !== null && numeric.test(pct)) {
    const n = Number(pct.replace(decimal, '.'));
    const decimals = pct.includes(decimal) ? pct.split(decimal)[1].length : 0;
    return {
      kind: 'value',
      value: n / 100,
      format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
    };
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return dateEntry(+iso[1], +iso[2], +iso[3], 'yyyy-mm-dd', ctx);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (slashed) {
    return french
      ? dateEntry(+slashed[3], +slashed[2], +slashed[1], 'dd/mm/yyyy', ctx)
      : dateEntry(+slashed[3], +slashed[1], +slashed[2], 'm/d/yyyy', ctx);
  }
  return null;
}

function dateEntry(
  y: number,
  m: number,
  d: number,
  format: string,
  ctx: EntryContext,
): Entry | null {
  const day = validDay(y, m, d);
  if (day === null) return null;
  return { kind: 'value', value: midnightInZone(day, ctx.timeZone), format };
}
