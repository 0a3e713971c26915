/**
 * Reading one cell as a number, a yes/no, or a calendar date.
 *
 * Sheets hands real numbers to the add-on as numbers; text only reaches us when the spreadsheet
 * did not recognise a number (a French value in an English-locale sheet, a CSV export, a pasted
 * cell). So text is parsed generously — French and English decimals, thousands separators
 * (including the no-break spaces U+00A0/U+202F French formatting uses, and the Swiss
 * apostrophe), percentages, counts "45/120" — and anything we cannot read comes back as a Problem
 * for a diagnostic, never a guess.
 *
 * The one real ambiguity is a single separator followed by exactly three digits: "1,500" and
 * "1.500" are 1.5 or 1500. Such a read carries both readings (`ambiguity`); its `value` follows
 * the caller's `NumberStyle`, and the sheet reader settles it with the row's magnitudes, then the
 * column's and the sheet's other numbers, then the locale — naming the cell when it had to guess.
 */
import { dayInZone, DayNumber, toIso } from '../dates';
import { classifyDateText, resolveEither } from '../reading/date-text';
import type { DateOrder, NumberStyle } from '../reading/locale';
import { problem, Problem } from './diagnostics';
import type { CellValue } from '../types';

export type { NumberStyle };

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
      /** Set when the text reads two ways ("1,500": 1.5 or 1500); `value` follows the style. */
      readonly ambiguity?: Ambiguity;
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

/** The two readings of "1,500" or "1.500" (sign, percent and currency applied to both). */
export interface Ambiguity {
  readonly asDecimal: number;
  readonly asThousands: number;
  /** The separator's reading as a decimal is the reading of this style. */
  readonly decimalStyle: NumberStyle;
}

/** The reading of an ambiguous number in a style. */
export function readingIn(ambiguity: Ambiguity, style: NumberStyle): number {
  return style === ambiguity.decimalStyle ? ambiguity.asDecimal : ambiguity.asThousands;
}

const BLANK: NumberRead = { kind: 'blank' };

/** Spaces that may group thousands: normal, no-break, narrow no-break, thin; Swiss apostrophes. */
const GROUP_SPACE = "[ \\u00a0\\u202f\\u2009'\\u2019]";
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+)(?:([.,])(\\d+))?$`);
const COMMA_GROUPED = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;
const DOT_GROUPED = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
/** One separator, 1–3 digits before it (not a lone 0), exactly three after: 1.5 or 1500. */
const AMBIGUOUS = /^[1-9]\d{0,2}([.,])\d{3}$/;
const SIMPLE = /^(\d*)(?:([.,])(\d+))?$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const COUNTS = new RegExp(
  `^(\\d{1,3}(?:${GROUP_SPACE}?\\d{3})*|\\d+)\\s*/\\s*(\\d{1,3}(?:${GROUP_SPACE}?\\d{3})*|\\d+)$`,
);
const CURRENCY = /^[€$£]\s*|\s*[€$£]$/g;

/**
 * What a text number says about the writer's decimal separator, if anything: "12,5" and
 * "1.234,5" say decimal comma, "12.5" and "1,234,567" decimal point; "1,500" and "1.500" say
 * nothing — they are what the evidence must settle.
 */
export function styleEvidence(text: string): NumberStyle | null {
  const body = numericBody(text);
  if (body === null || AMBIGUOUS.test(body)) return null;
  if (COMMA_GROUPED.test(body)) return 'decimal_point'; // 1,234,567 or 1,234.5
  if (DOT_GROUPED.test(body)) return 'decimal_comma'; // 1.234.567 or 1.234,5
  if (/^\d*,\d+$/.test(body)) return 'decimal_comma'; // 12,5 or 0,500
  if (/^\d*\.\d+$/.test(body)) return 'decimal_point'; // 12.5 or 0.500
  const spaced = SPACE_GROUPED.exec(body);
  if (spaced && spaced[2]) return spaced[2] === ',' ? 'decimal_comma' : 'decimal_point';
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
  return /^[\d.,\s\u00a0\u202f\u2009'\u2019]+$/.test(t) ? t : null;
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
  const scale = (x: number): number => (sign * x) / (percent ? 100 : 1);
  const form: NumberForm = percent ? 'percent' : 'plain';
  if (parsed.ambiguity === undefined) return { kind: 'value', value: scale(parsed.value), form };
  const ambiguity: Ambiguity = {
    asDecimal: scale(parsed.ambiguity.asDecimal),
    asThousands: scale(parsed.ambiguity.asThousands),
    decimalStyle: parsed.ambiguity.decimalStyle,
  };
  return { kind: 'value', value: readingIn(ambiguity, style), form, ambiguity };
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

interface Unsigned {
  readonly value: number;
  readonly ambiguity?: Ambiguity;
}

function parseUnsigned(t: string, style: NumberStyle): Unsigned | null {
  if (t === '') return null;
  if (SCIENTIFIC.test(t)) return finite(Number(t));
  const ambiguous = AMBIGUOUS.exec(t);
  if (ambiguous) {
    const ambiguity: Ambiguity = {
      asDecimal: Number(t.replace(',', '.')),
      asThousands: Number(t.replace(/[.,]/, '')),
      decimalStyle: ambiguous[1] === ',' ? 'decimal_comma' : 'decimal_point',
    };
    return { value: readingIn(ambiguity, style), ambiguity };
  }
  const simple = SIMPLE.exec(t);
  if (simple) {
    const [, int, , frac] = simple;
    if (int === '' && frac === undefined) return null;
    return finite(Number(`${int || '0'}${frac !== undefined ? `.${frac}` : ''}`));
  }
  const spaced = SPACE_GROUPED.exec(t);
  if (spaced) {
    const int = spaced[1].replace(/\D/g, '');
    return finite(Number(`${int}${spaced[3] !== undefined ? `.${spaced[3]}` : ''}`));
  }
  const comma = COMMA_GROUPED.exec(t);
  if (comma) {
    return finite(Number(`${comma[1].replace(/,/g, '')}${comma[2] ? `.${comma[2]}` : ''}`));
  }
  const dot = DOT_GROUPED.exec(t);
  if (dot) {
    return finite(Number(`${dot[1].replace(/\./g, '')}${dot[2] ? `.${dot[2]}` : ''}`));
  }
  return null;
}

function finite(value: number): Unsigned | null {
  return Number.isFinite(value) ? { value } : null;
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
  /** `guessed`: text such as "10/1/2026" read in `order` with nothing in the sheet to settle it. */
  | { readonly kind: 'value'; readonly day: DayNumber; readonly guessed?: true }
  | { readonly kind: 'invalid'; readonly problem: Problem };

/** How a day/month text date is read: the order its column proves, else the locale's. */
export interface DayOrder {
  readonly evidence: DateOrder | null;
  readonly fallback: DateOrder;
}

const DAY_FIRST: DayOrder = { evidence: null, fallback: 'day_first' };

/**
 * Reads a date cell. Date objects are instants at local midnight of the spreadsheet's zone, so
 * they become the calendar day they fall on in `timeZone`; text is read by ../reading/date-text.ts.
 */
export function readDay(cell: CellValue, timeZone: string, order: DayOrder = DAY_FIRST): DayRead {
  if (cell === '' || cell === null || cell === undefined) return { kind: 'blank' };
  if (cell instanceof Date) {
    const day = safeDayInZone(cell, timeZone);
    return day === null
      ? { kind: 'invalid', problem: problem('invalid_date', 'warning', {}) }
      : { kind: 'value', day };
  }
  const text = String(cell).trim();
  if (text === '') return { kind: 'blank' };
  const read = typeof cell === 'string' ? classifyDateText(text) : null;
  if (read?.kind === 'day') return { kind: 'value', day: read.day };
  if (read?.kind === 'either') {
    const { day, guessed } = resolveEither(read, order.evidence, order.fallback);
    return guessed ? { kind: 'value', day, guessed } : { kind: 'value', day };
  }
  return { kind: 'invalid', problem: problem('not_a_date', 'warning', { text }) };
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
export function dayReader(timeZone: string, order?: DayOrder): (cell: CellValue) => DayRead {
  const days = new Map<number, DayRead>();
  return (cell) => {
    if (!(cell instanceof Date)) return readDay(cell, timeZone, order);
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
