import { zonedParts, type ZonedParts } from './zoned';

/**
 * Utilities.formatDate: Java SimpleDateFormat patterns in a time zone, English names (Apps Script
 * formats with the US locale). Letters: G y Y M L d D E u a H k K h m s S z Z X; text in single
 * quotes, '' for a quote. Unsupported letters throw like Java does.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short names for the zones our users live in; Intl only offers 'GMT+1' for these. */
const EUROPEAN_ABBREVIATIONS: Record<string, readonly [string, string]> = {
  CET: ['CET', 'CEST'],
  WET: ['WET', 'WEST'],
  EET: ['EET', 'EEST'],
};
const ZONE_FAMILY: Record<string, string> = {
  'Europe/Paris': 'CET',
  'Europe/Berlin': 'CET',
  'Europe/Madrid': 'CET',
  'Europe/Rome': 'CET',
  'Europe/Brussels': 'CET',
  'Europe/Amsterdam': 'CET',
  'Europe/Luxembourg': 'CET',
  'Europe/Zurich': 'CET',
  'Europe/Vienna': 'CET',
  'Europe/Monaco': 'CET',
  'Europe/Lisbon': 'WET',
  'Europe/Athens': 'EET',
  'Europe/Helsinki': 'EET',
};

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function shortZoneName(ms: number, timeZone: string, p: ZonedParts): string {
  const family = ZONE_FAMILY[timeZone];
  if (family) {
    const [std, dst] = EUROPEAN_ABBREVIATIONS[family];
    const january = zonedParts(Date.UTC(p.year, 0, 1), timeZone).offsetMinutes;
    return p.offsetMinutes === january ? std : dst;
  }
  if (timeZone === 'Europe/London') return p.offsetMinutes === 0 ? 'GMT' : 'BST';
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'short',
    }).formatToParts(new Date(ms));
    return parts.find((x) => x.type === 'timeZoneName')?.value ?? 'GMT';
  } catch {
    return 'GMT';
  }
}

function longZoneName(ms: number, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'long',
    }).formatToParts(new Date(ms));
    return parts.find((x) => x.type === 'timeZoneName')?.value ?? 'Greenwich Mean Time';
  } catch {
    return 'Greenwich Mean Time';
  }
}

function dayOfYear(p: ZonedParts): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000 + 1;
}

function field(letter: string, n: number, ms: number, tz: string, p: ZonedParts): string {
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[p.month - 1];
      if (n === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'D':
      return pad(dayOfYear(p), n);
    case 'E':
      return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, n);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'K':
      return pad(p.hour % 12, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.millisecond, n);
    case 'z':
      return n >= 4 ? longZoneName(ms, tz) : shortZoneName(ms, tz, p);
    case 'Z':
      return offsetText(p.offsetMinutes, 'Z');
    case 'X':
      return offsetText(p.offsetMinutes, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatJavaDate(
  date: { getTime(): number },
  timeZone: string,
  pattern: string,
): string {
  const ms = date.getTime();
  const p = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += field(ch, n, ms, timeZone, p);
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
