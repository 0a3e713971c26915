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
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    let f: Intl.DateTimeFormat | null;
    try {
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
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  return formatters.get(timeZone) ?? null;
}

/** Offset in minutes for a fixed-offset zone name, or null when the name is not one. */
function fixedOffset(timeZone: string): number | null {
  const m = FIXED.exec(timeZone.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
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

export function isKnownTimeZone(timeZone: string): boolean {
  return fixedOffset(timeZone) !== null || formatterFor(timeZone) !== null;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const fixed = fixedOffset(timeZone);
  if (fixed !== null) return fromUtcMs(ms, fixed);
  const f = formatterFor(timeZone);
  if (!f) return fromUtcMs(ms, 0);
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSecondMs = Math.floor(ms / 1000) * 1000;
  const offsetMinutes = Math.round((wallAsUtc - wholeSecondMs) / 60_000);
  return fromUtcMs(ms, offsetMinutes);
}
