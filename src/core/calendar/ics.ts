/**
 * The planned events as an RFC 5545 calendar, for Outlook and Apple Calendar users: the add-on's
 * download and the CLI's `--ics` (src/local/files/ics.ts) both write with it. Hand-written because
 * Apps Script cannot load a Node package such as ical-generator; tests parse it with ical.js.
 * All-day events are DATE values (no time, no zone): the day is the same everywhere.
 * UIDs derive from the event keys, so importing a newer file updates events instead of doubling.
 */
import { toIso, type DayNumber } from '../dates';
import type { Locale } from '../types';
import type { PlannedEvent } from './event';
import { digest } from './hash';
import { utf8CodePointBytes } from '../text';

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  readonly now: Date;
  readonly calendarName: string;
  /** The language of the row marks that tell same-named events apart; English by default. */
  readonly locale?: Locale;
}

/**
 * Two programs with the same name would give two events with the same title, and the user could
 * not tell which reminder is which: such events say their sheet row(s) in the title.
 */
export function distinctTitles(
  events: readonly PlannedEvent[],
  locale: Locale = 'en',
): PlannedEvent[] {
  const count = new Map<string, number>();
  for (const e of events) count.set(e.title, (count.get(e.title) ?? 0) + 1);
  const word = locale === 'fr' ? 'ligne' : 'row';
  return events.map((e) =>
    (count.get(e.title) ?? 0) > 1 && e.rows.length > 0
      ? { ...e, title: `${e.title} (${word}${e.rows.length > 1 ? 's' : ''} ${e.rows.join(', ')})` }
      : e,
  );
}

function date(day: DayNumber): string {
  return toIso(day).replace(/-/g, '');
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded (§3.1), never inside a UTF-8 character. Cut by slices,
 * not built a character at a time: at 50,000 events that built over 500 MB of passing strings.
 */
export function fold(line: string): string {
  // A UTF-16 unit is at most 3 octets, so 25 units always fit.
  if (line.length <= 25) return line;
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i) as number;
    const n = utf8CodePointBytes(code);
    if (bytes + n > 75) {
      out.push(out.length === 0 ? line.slice(start, i) : ` ${line.slice(start, i)}`);
      start = i;
      bytes = 1;
    }
    bytes += n;
    i += code > 0xffff ? 2 : 1;
  }
  out.push(out.length === 0 ? line.slice(start) : ` ${line.slice(start)}`);
  return out.join('\r\n');
}

/**
 * When an alarm fires: minutes before the all-day start, or — for an event on today, whose
 * midnight start has passed — the absolute instant still ahead (RFC 5545 §3.8.6.3, a UTC
 * DATE-TIME trigger), so the alarm is never one that is already past.
 */
function trigger(event: PlannedEvent, minutes: number): string {
  return event.alertAt === null
    ? `TRIGGER:-PT${minutes}M`
    : `TRIGGER;VALUE=DATE-TIME:${stamp(new Date(event.alertAt))}`;
}

function alarms(event: PlannedEvent): string[] {
  const lines: string[] = [];
  for (const minutes of event.popupMinutes) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.title)}`,
      trigger(event, minutes),
      'END:VALARM',
    );
  }
  for (const minutes of event.emailMinutes) {
    // An EMAIL alarm needs a recipient; without a known address it can only be a display alarm.
    const email = event.guests.length > 0;
    lines.push(
      'BEGIN:VALARM',
      `ACTION:${email ? 'EMAIL' : 'DISPLAY'}`,
      ...(email ? [`SUMMARY:${escapeText(event.title)}`] : []),
      `DESCRIPTION:${escapeText(event.title)}`,
      ...(email ? event.guests.map((g) => `ATTENDEE:mailto:${g}`) : []),
      trigger(event, minutes),
      'END:VALARM',
    );
  }
  return lines;
}

export function icsUid(event: PlannedEvent): string {
  return `${digest(event.key)}@cadence`;
}

export function toIcs(events: readonly PlannedEvent[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cadence//Review reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const event of distinctTitles(events, options.locale)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsUid(event)}`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART;VALUE=DATE:${date(event.day)}`,
      `DTEND;VALUE=DATE:${date(event.day + 1)}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      ...event.guests.map((g) => `ATTENDEE;RSVP=TRUE:mailto:${g}`),
      ...alarms(event),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  // RFC 5545 §3.1: every content line, the last one included, ends with CRLF.
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
