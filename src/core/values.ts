/**
 * Reading one cell as a number, a yes/no, or a calendar date.
 *
 * Sheets hands real numbers to the add-on as numbers; text only reaches us when the spreadsheet
 * did not recognise a number (a French value in an English-locale sheet, a CSV export, a pasted
 * cell). So text is parsed generously — French and English decimals, thousands separators
 * (including the no-break spaces U+00A0/U+202F French formatting uses), percentages, counts
 * "45/120" — and anything we cannot read comes back as a Problem for a diagnostic, never a guess.
 *
 * The one real ambiguity is "1,234": a French decimal (1.234) or an English thousands separator
 * (1234)? The caller decides with `NumberStyle`: the sheet's other numbers settle it when they can
 * ("12,5" says decimal comma, "1,234.5" says thousands comma), else the header language, else
 * decimal comma — Cadence's users mostly work in French, and English-locale Sheets turn "1,234"
 * into the number 1234 before we ever see it. A dot alone ("1.234") is always a decimal point:
 * French writes thousands with spaces, and a lone dot-thousands would contradict JavaScript,
 * Sheets in English, and every CSV exporter.
 */
import { dayInZone, DayNumber, parseIso, toIso, validDay } from './dates';
import { problem, Problem } from './review-diagnostics';
import type { CellValue } from './types';

/** How a comma between digits is read when nothing else decides. */
export type NumberStyle = 'decimal_comma' | 'decimal_point';

export interface Counts {
  readonly successes: number;
  readonly trials: number;
}

/** How the user wrote the value; kept so a rate typed "12 %" can be shown as a rate again. */
export type NumberForm = 'plain' | 'percent' | 'counts';

export type NumberRead =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'value';
      readonly value: number;
      readonly form: NumberForm;
      readonly counts?: Counts;
      /** Set when "1,234"-style text was resolved by the style, for a diagnostic. */
      readonly ambiguousText?: string;
    }
  | { readonly kind: 'invalid'; readonly problem: Problem };

export const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set([
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

const BLANK: NumberRead = { kind: 'blank' };

/** Spaces that may group thousands: normal, no-break, narrow no-break, thin. */
const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009]';
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+)(?:([.,])(\\d+))?$`);
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const AMBIGUOUS_COMMA = /^[1-9]\d{0,2},\d{3}$/;
const SIMPLE = /^(\d*)(?:([.,])(\d+))?$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const COUNTS = new RegExp(
  `^(\\d{1,3}(?:${GROUP_SPACE}?\\d{3})*|\\d+)\\s*/\\s*(\\d{1,3}(?:${GROUP_SPACE}?\\d{3})*|\\d+)$`,
);
const CURRENCY = /^[€$£]\s*|\s*[€$£]$/g;

/**
 * What a text number says about the sheet's decimal separator, if anything. Used in a first pass
 * so that "1,234" is read the way the rest of the sheet writes numbers.
 */
export function styleEvidence(text: string): NumberStyle | null {
  const body = numericBody(text);
  if (body === null || AMBIGUOUS_COMMA.test(body)) return null;
  if (COMMA_GROUPED.test(body)) return 'decimal_point'; // 1,234,567 or 1,234.5
  if (DOT_GROUPED.test(body) && /,|\..*\./.test(body)) return 'decimal_comma'; // 1.234,5
  if (/^\d*,\d+$/.test(body)) return 'decimal_comma'; // 12,5
  const spaced = SPACE_GROUPED.exec(body);
  if (spaced && spaced[2]) return spaced[2] === ',' ? 'decimal_comma' : 'decimal_point';
  // "12.5" says decimal point, but "1.234" could be someone's dot-thousands: no evidence.
  if (/^\d*\.(\d{1,2}|\d{4,})$/.test(body)) return 'decimal_point';
  return null;
}

/** Strips sign, percent and currency so the digits can be inspected; null if not numeric-looking. */
function numericBody(text: string): string | null {
  const t = text
    .trim()
    .replace(/^[+\-\u2212]/, '')
    .replace(/\s*%$/, '')
    .replace(CURRENCY, '')
    .trim();
  return /^[\d.,\s\u00a0\u202f\u2009]+$/.test(t) ? t : null;
}

/** Reads a cell expected to hold a number (a review value, a baseline, a volume). */
export function readNumber(cell: CellValue, style: NumberStyle): NumberRead {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { kind: 'value', value: cell, form: 'plain' }
      : { kind: 'invalid', problem: problem('not_finite', 'warning', {}) };
  }
  if (typeof cell === 'boolean') {
    return { kind: 'invalid', problem: problem('wrong_kind', 'warning', { kind: 'boolean' }) };
  }
  if (cell instanceof Date) {
    return { kind: 'invalid', problem: problem('wrong_kind', 'warning', { kind: 'date' }) };
  }
  if (typeof cell !== 'string') return BLANK;
  return readNumberText(cell, style);
}

export function readNumberText(text: string, style: NumberStyle): NumberRead {
  const trimmed = text.trim();
  if (trimmed === '') return BLANK;
  const upper = trimmed.toUpperCase();
  if (SPREADSHEET_ERRORS.has(upper)) {
    return { kind: 'invalid', problem: problem('cell_error', 'warning', { error: upper }) };
  }
  const counts = COUNTS.exec(trimmed);
  if (counts) return readCounts(trimmed, counts[1], counts[2]);

  let t = trimmed.replace(CURRENCY, '').trim();
  let sign = 1;
  if (/^[+\-\u2212]/.test(t)) {
    if (t[0] !== '+') sign = -1;
    t = t.slice(1).trim();
  }
  let percent = false;
  if (/%$/.test(t)) {
    percent = true;
    t = t.replace(/\s*%$/, '');
  }
  const parsed = parseUnsigned(t, style);
  if (parsed === null) {
    return { kind: 'invalid', problem: problem('not_a_number', 'warning', { text: trimmed }) };
  }
  const value = (sign * parsed.value) / (percent ? 100 : 1);
  return {
    kind: 'value',
    value,
    form: percent ? 'percent' : 'plain',
    ...(parsed.ambiguous ? { ambiguousText: trimmed } : {}),
  };
}

function readCounts(text: string, a: string, b: string): NumberRead {
  const successes = Number(a.replace(/\D/g, ''));
  const trials = Number(b.replace(/\D/g, ''));
  if (!(trials > 0) || successes > trials) {
    return { kind: 'invalid', problem: problem('bad_counts', 'warning', { text }) };
  }
  return {
    kind: 'value',
    value: successes / trials,
    form: 'counts',
    counts: { successes, trials },
  };
}

function parseUnsigned(
  t: string,
  style: NumberStyle,
): { value: number; ambiguous: boolean } | null {
  if (t === '') return null;
  if (SCIENTIFIC.test(t)) return finite(Number(t), false);
  if (AMBIGUOUS_COMMA.test(t)) {
    const value =
      style === 'decimal_comma' ? Number(t.replace(',', '.')) : Number(t.replace(',', ''));
    return finite(value, true);
  }
  const simple = SIMPLE.exec(t);
  if (simple) {
    const [, int, , frac] = simple;
    if (int === '' && frac === undefined) return null;
    return finite(Number(`${int || '0'}${frac !== undefined ? `.${frac}` : ''}`), false);
  }
  const spaced = SPACE_GROUPED.exec(t);
  if (spaced) {
    const int = spaced[1].replace(/\D/g, '');
    return finite(Number(`${int}${spaced[3] !== undefined ? `.${spaced[3]}` : ''}`), false);
  }
  const comma = COMMA_GROUPED.exec(t);
  if (comma) {
    return finite(Number(`${comma[1].replace(/,/g, '')}${comma[2] ? `.${comma[2]}` : ''}`), false);
  }
  const dot = DOT_GROUPED.exec(t);
  if (dot) {
    return finite(Number(`${dot[1].replace(/\./g, '')}${dot[2] ? `.${dot[2]}` : ''}`), false);
  }
  return null;
}

function finite(value: number, ambiguous: boolean): { value: number; ambiguous: boolean } | null {
  return Number.isFinite(value) ? { value, ambiguous } : null;
}

export type BooleanRead =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: boolean }
  | { readonly kind: 'invalid'; readonly problem: Problem };

const TRUE_WORDS = new Set(['true', 'vrai', 'yes', 'y', 'oui', 'x', '1', '✓', '✔', '☑']);
const FALSE_WORDS = new Set(['false', 'faux', 'no', 'n', 'non', '0', '✗', '☐', '-']);

/** Reads a checkbox-like cell (Tuned). */
export function readBoolean(cell: CellValue): BooleanRead {
  if (cell === '' || cell === null || cell === undefined) return { kind: 'blank' };
  if (typeof cell === 'boolean') return { kind: 'value', value: cell };
  if (typeof cell === 'number') {
    if (cell === 1 || cell === 0) return { kind: 'value', value: cell === 1 };
    return {
      kind: 'invalid',
      problem: problem('not_a_boolean', 'warning', { text: String(cell) }),
    };
  }
  if (typeof cell === 'string') {
    const word = cell.trim().toLowerCase();
    if (word === '') return { kind: 'blank' };
    if (TRUE_WORDS.has(word)) return { kind: 'value', value: true };
    if (FALSE_WORDS.has(word)) return { kind: 'value', value: false };
    return { kind: 'invalid', problem: problem('not_a_boolean', 'warning', { text: cell.trim() }) };
  }
  return { kind: 'invalid', problem: problem('not_a_boolean', 'warning', { text: 'a date' }) };
}

export type DayRead =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly day: DayNumber }
  | { readonly kind: 'invalid'; readonly problem: Problem };

/** "1/8/2026" or "01/08/2026": French day-first order. */
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A calendar date written as text: ISO "2026-08-01" or French "01/08/2026"; null otherwise. */
export function parseDateText(text: string): DayNumber | null {
  const t = text.trim();
  const iso = parseIso(t);
  if (iso !== null) return iso;
  const fr = FRENCH_DATE.exec(t);
  return fr ? validDay(Number(fr[3]), Number(fr[2]), Number(fr[1])) : null;
}

/**
 * Reads a date cell. Date objects are instants at local midnight of the spreadsheet's zone, so
 * they become the calendar day they fall on in `timeZone`.
 */
export function readDay(cell: CellValue, timeZone: string): DayRead {
  if (cell === '' || cell === null || cell === undefined) return { kind: 'blank' };
  if (cell instanceof Date) {
    const day = safeDayInZone(cell, timeZone);
    return day === null
      ? { kind: 'invalid', problem: problem('invalid_date', 'warning', {}) }
      : { kind: 'value', day };
  }
  const text = String(cell).trim();
  if (text === '') return { kind: 'blank' };
  const day = typeof cell === 'string' ? parseDateText(text) : null;
  return day === null
    ? { kind: 'invalid', problem: problem('not_a_date', 'warning', { text }) }
    : { kind: 'value', day };
}

/**
 * Instants Cadence accepts as dates: years 1000–9999, so YYYY-MM-DD always prints and the
 * two-digit-year quirks of Date.UTC never apply. Padded by a day for time zones.
 */
const FIRST_INSTANT = Date.UTC(1000, 0, 2);
const LAST_INSTANT = Date.UTC(9999, 11, 30);

/**
 * readDay with a memory: a sheet repeats the same set-up dates many times, and converting an
 * instant to a calendar day in a zone is the costliest step of reading a row.
 */
export function dayReader(timeZone: string): (cell: CellValue) => DayRead {
  const days = new Map<number, DayRead>();
  return (cell) => {
    if (!(cell instanceof Date)) return readDay(cell, timeZone);
    const t = cell.getTime();
    let read = days.get(t);
    if (read === undefined) {
      read = readDay(cell, timeZone);
      days.set(t, read);
    }
    return read;
  };
}

/** dayInZone, but never throws and only returns dates the rest of the engine can print. */
export function safeDayInZone(instant: Date, timeZone: string): DayNumber | null {
  const t = instant.getTime();
  if (!(t >= FIRST_INSTANT && t <= LAST_INSTANT)) return null;
  try {
    return dayInZone(instant, timeZone);
  } catch {
    return null;
  }
}

/** Plain text of any cell, for names, owners, metrics; '' for blanks. */
export function cellText(cell: CellValue, timeZone: string): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const day = safeDayInZone(cell, timeZone);
    return day === null ? '' : toIso(day);
  }
  return String(cell).trim();
}
