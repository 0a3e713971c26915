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
/** Intl's long offset names: 'GMT', 'GMT+02:00', 'GMT-05:30', 'GMT+00:09:21' (Paris in 1900). */
const LONG_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Offset of wall time from UTC at an instant in an IANA zone, in ms (Paris in winter: 3,600,000),
 * read from Intl's 'longOffset' zone name. Throws RangeError for a name Intl does not know.
 * This package's own: it imitates Google and imports nothing of the add-on it tests.
 */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = LONG_OFFSET.exec(name);
  if (!m) throw new RangeError(`Unreadable offset '${name}' for ${timeZone}`);
  if (!m[1]) return 0;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
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
