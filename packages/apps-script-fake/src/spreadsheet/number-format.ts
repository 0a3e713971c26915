import type { CellValue } from '../cell-value';
import { isDate } from '../values';
import { zonedParts } from '../zoned';
import { booleanWords } from './input';

/**
 * Range.getDisplayValues: a cell's value rendered through its number format, the subset of Sheets'
 * format language that review sheets use — decimals ('0.00'), grouping ('#,##0'), percentages
 * ('0.0%'), literal text and currency ('[$€]', "quoted"), sections ('pos;neg;zero'), and date
 * patterns ('yyyy-mm-dd', 'dd/mm/yyyy', 'd mmm yyyy', 'hh:mm'). Unformatted ("automatic") cells
 * render like Sheets: numbers to 10 significant digits, dates in the locale's short form.
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export interface DisplayContext {
  readonly timeZone: string;
  /** 'en_US', 'fr_FR', … */
  readonly locale: string;
}

const SERIAL_EPOCH_DAYS = 25569; // serial number of 1970-01-01 (serial 0 = 1899-12-30)
const MS_PER_DAY = 86_400_000;

function french(ctx: DisplayContext): boolean {
  return ctx.locale.toLowerCase().startsWith('fr');
}

function intlLocale(ctx: DisplayContext): string {
  return french(ctx) ? 'fr-FR' : 'en-US';
}

function isAutomatic(format: string | undefined): boolean {
  return (
    format === undefined ||
    format === '' ||
    format === DEFAULT_NUMBER_FORMAT ||
    format.toLowerCase() === 'general'
  );
}

/** Strips quoted text and escapes, so format letters can be inspected. */
function codeOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string): boolean {
  return /[ydhs]/i.test(codeOnly(format)) || /^[^0#?]*m/i.test(codeOnly(format));
}

export function formatDisplay(
  value: CellValue | undefined,
  format: string | undefined,
  ctx: DisplayContext,
): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return booleanWords(ctx.locale)[value ? 0 : 1];
  if (typeof value === 'string') return value;
  if (format === '@') return isDate(value) ? defaultDate(value, ctx) : generalNumber(value, ctx);
  if (isDate(value)) {
    if (isAutomatic(format)) return defaultDate(value, ctx);
    const f = format as string;
    if (isDateFormat(f)) return formatDateParts(partsOfDate(value, ctx.timeZone), f, ctx);
    return formatNumber(serialOf(value, ctx.timeZone), f, ctx);
  }
  if (isAutomatic(format)) return generalNumber(value, ctx);
  const f = format as string;
  if (isDateFormat(f)) return formatDateParts(partsOfSerial(value), f, ctx);
  return formatNumber(value, f, ctx);
}

// ---- numbers ----

function generalNumber(n: number, ctx: DisplayContext): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e10) return String(n);
  const text = String(Number(n.toPrecision(10)));
  return french(ctx) ? text.replace('.', ',') : text;
}

interface Section {
  readonly prefix: string;
  readonly suffix: string;
  readonly minInt: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouping: boolean;
  readonly percent: number;
}

function literalText(text: string): string {
  return text
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ');
}

function parseSection(section: string): Section {
  const first = section.search(/[0#?]/);
  if (first < 0) {
    return {
      prefix: literalText(section),
      suffix: '',
      minInt: 0,
      minDecimals: 0,
      maxDecimals: 0,
      grouping: false,
      percent: 0,
    };
  }
  let last = first;
  for (let i = first; i < section.length; i++) if (/[0#?.,]/.test(section[i])) last = i;
  const code = section.slice(first, last + 1);
  const prefix = section.slice(0, first);
  const suffix = section.slice(last + 1);
  const [intPart, decPart = ''] = code.split('.');
  return {
    prefix: literalText(prefix),
    suffix: literalText(suffix),
    minInt: (intPart.match(/0/g) ?? []).length,
    minDecimals: (decPart.match(/0/g) ?? []).length,
    maxDecimals: (decPart.match(/[0#?]/g) ?? []).length,
    grouping: intPart.includes(','),
    percent: (codeOnly(section).match(/%/g) ?? []).length,
  };
}

function formatNumber(value: number, format: string, ctx: DisplayContext): string {
  const sections = format.split(';');
  let n = value;
  let sectionText = sections[0];
  let sign = n < 0 ? '-' : '';
  if (n < 0 && sections.length > 1) {
    sectionText = sections[1];
    sign = '';
  } else if (n === 0 && sections.length > 2) sectionText = sections[2];
  n = Math.abs(n);
  const s = parseSection(sectionText);
  n *= 100 ** s.percent;
  let text = n.toFixed(s.maxDecimals);
  let [intDigits, decimals = ''] = text.split('.');
  while (decimals.length > s.minDecimals && decimals.endsWith('0'))
    decimals = decimals.slice(0, -1);
  if (intDigits === '0' && s.minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(s.minInt, '0');
  const fr = french(ctx);
  if (s.grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, fr ? '\u202f' : ',');
  text = decimals.length > 0 ? `${intDigits}${fr ? ',' : '.'}${decimals}` : intDigits;
  if (Number(text.replace(/[^\d]/g, '') || '0') === 0) sign = '';
  return `${sign}${s.prefix}${text}${s.suffix}`;
}

// ---- dates ----

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

function partsOfDate(d: Date, timeZone: string): DateParts {
  return zonedParts(d.getTime(), timeZone);
}

function partsOfSerial(serial: number): DateParts {
  return zonedParts(Math.round((serial - SERIAL_EPOCH_DAYS) * MS_PER_DAY), 'UTC');
}

/** Sheets' serial number of a date-time as seen in the spreadsheet's zone. */
export function serialOf(d: Date, timeZone: string): number {
  const p = zonedParts(d.getTime(), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return wall / MS_PER_DAY + SERIAL_EPOCH_DAYS;
}

function defaultDate(d: Date, ctx: DisplayContext): string {
  const p = partsOfDate(d, ctx.timeZone);
  const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
  const fr = french(ctx);
  const date = fr ? 'dd/mm/yyyy' : 'm/d/yyyy';
  const time = fr ? ' hh:mm:ss' : ' h:mm:ss';
  return formatDateParts(p, midnight ? date : date + time, ctx);
}

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'code'; readonly code: string };

const DATE_CODES = [
  'am/pm',
  'a/p',
  'yyyy',
  'yy',
  'mmmm',
  'mmm',
  'mm',
  'm',
  'dddd',
  'ddd',
  'dd',
  'd',
  'hh',
  'h',
  'ss',
  's',
];

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'literal', text: format.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'literal', text: format[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const lower = format.slice(i).toLowerCase();
    const code = DATE_CODES.find((c) => lower.startsWith(c));
    if (code) {
      tokens.push({ kind: 'code', code });
      i += code.length;
      continue;
    }
    tokens.push({ kind: 'literal', text: ch });
    i++;
  }
  return tokens;
}

function neighbourCode(tokens: Token[], from: number, step: 1 | -1): string | null {
  for (let i = from + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i];
    if (t.kind === 'code') return t.code;
  }
  return null;
}

function monthName(month: number, style: 'long' | 'short', ctx: DisplayContext): string {
  return new Intl.DateTimeFormat(intlLocale(ctx), { month: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

function weekdayName(weekday: number, style: 'long' | 'short', ctx: DisplayContext): string {
  // 2000-01-02 was a Sunday.
  return new Intl.DateTimeFormat(intlLocale(ctx), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 2 + weekday)),
  );
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDateParts(p: DateParts, format: string, ctx: DisplayContext): string {
  const tokens = tokenize(format);
  const twelveHour = tokens.some(
    (t) => t.kind === 'code' && (t.code === 'am/pm' || t.code === 'a/p'),
  );
  let out = '';
  tokens.forEach((t, i) => {
    if (t.kind === 'literal') {
      out += t.text;
      return;
    }
    const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    const hour = twelveHour ? h12 : p.hour;
    const minuteContext =
      (t.code === 'm' || t.code === 'mm') &&
      (['h', 'hh'].includes(neighbourCode(tokens, i, -1) ?? '') ||
        ['s', 'ss'].includes(neighbourCode(tokens, i, 1) ?? ''));
    switch (t.code) {
      case 'yyyy':
        out += String(p.year).padStart(4, '0');
        break;
      case 'yy':
        out += two(p.year % 100);
        break;
      case 'mmmm':
        out += monthName(p.month, 'long', ctx);
        break;
      case 'mmm':
        out += monthName(p.month, 'short', ctx);
        break;
      case 'mm':
        out += minuteContext ? two(p.minute) : two(p.month);
        break;
      case 'm':
        out += minuteContext ? String(p.minute) : String(p.month);
        break;
      case 'dddd':
        out += weekdayName(p.weekday, 'long', ctx);
        break;
      case 'ddd':
        out += weekdayName(p.weekday, 'short', ctx);
        break;
      case 'dd':
        out += two(p.day);
        break;
      case 'd':
        out += String(p.day);
        break;
      case 'hh':
        out += two(hour);
        break;
      case 'h':
        out += String(hour);
        break;
      case 'ss':
        out += two(p.second);
        break;
      case 's':
        out += String(p.second);
        break;
      case 'am/pm':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'a/p':
        out += p.hour < 12 ? 'a' : 'p';
        break;
    }
  });
  return out;
}
