/**
 * Wall-clock parts of an instant in a time zone. Accepts IANA names and Java's fixed offsets
 * ('GMT+2', 'GMT-05:30', 'UTC'); unknown names fall back to GMT, as Java's TimeZone does and so
 * Utilities.formatDate does.
 */

export interface ZonedParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number; // 0-23
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number; // 0 = Sunday
  readonly offsetMinutes: number;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const knownZones = new Map<string, boolean>();

/** Whether Intl knows the IANA name; asked once per name. */
function isIanaZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/** Offset in minutes for a fixed-offset zone name, or null when the name is not one. */
function fixedOffset(timeZone: string): number | null {
  const m = FIXED.exec(timeZone.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offset of wall time from UTC at an instant in an IANA zone, in ms (Paris in winter: 3,600,000).
 * Throws RangeError for a name Intl does not know. This package's own copy: it imitates Google
 * and imports nothing of the add-on it tests.
 */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

function fromUtcMs(ms: number, offsetMinutes: number): ZonedParts {
  const d = new Date(ms + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const fixed = fixedOffset(timeZone);
  if (fixed !== null) return fromUtcMs(ms, fixed);
  if (!isIanaZone(timeZone)) return fromUtcMs(ms, 0);
  return fromUtcMs(ms, Math.round(zoneOffsetMs(new Date(ms), timeZone) / 60_000));
}
