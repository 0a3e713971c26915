import {
  classifyCalendarError,
  ledgerAdd,
  ledgerResetsAt,
  ledgerUsed,
  parseLedger,
} from '../../src/core/calendar/quota';

describe("Calendar's quota errors, each classified so the message says when to retry", () => {
  it.each([
    // Apps Script's CalendarApp burst limit.
    [
      'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
      'rate_limited',
    ],
    // Apps Script quotas page (https://developers.google.com/apps-script/guides/services/quotas).
    ['Service invoked too many times for one day: calendar.', 'daily_limit'],
    // Calendar's anti-spam limit (https://support.google.com/a/answer/2905486), mostly invitations.
    ['Calendar usage limits exceeded.', 'usage_limit'],
    ['Exception: Calendar usage limits exceeded.', 'usage_limit'],
    // Not quota errors: reported as failures, never retried in a loop.
    [
      'You have exceeded the property storage quota. Please remove some properties and try again.',
      null,
    ],
    ['The event has been deleted.', null],
    ['Invalid argument: minutesBefore', null],
  ])('%s → %s', (message, kind) => {
    expect(classifyCalendarError(message)).toBe(kind);
  });
});

// Quotas page: "Quotas … reset 24 hours after the first request".
describe('the creation ledger runs over 24 hours from the first creation, not from midnight', () => {
  const first = Date.parse('2026-11-21T13:00:00Z');
  it('counts until 24 hours after the first creation, then opens a new window', () => {
    let ledger = ledgerAdd(null, first, 1);
    ledger = ledgerAdd(ledger, first + 3_600_000, 4);
    expect(ledger).toEqual({ since: first, n: 5 });
    // The next calendar day at 10:00 UTC: 21 hours later, still counted.
    expect(ledgerUsed(ledger, Date.parse('2026-11-22T10:00:00Z'))).toBe(5);
    expect(ledgerResetsAt(ledger, first + 1)).toBe(Date.parse('2026-11-22T13:00:00Z'));
    expect(ledgerUsed(ledger, Date.parse('2026-11-22T13:00:00Z'))).toBe(0);
    expect(ledgerAdd(ledger, Date.parse('2026-11-22T13:00:00Z'), 2)).toEqual({
      since: Date.parse('2026-11-22T13:00:00Z'),
      n: 2,
    });
  });

  it('reads damaged or old-format text as no ledger', () => {
    expect(parseLedger(null)).toBeNull();
    expect(parseLedger('{')).toBeNull();
    expect(parseLedger('{"day":"2026-11-22","n":3}')).toBeNull();
    expect(parseLedger('{"since":5,"n":3}')).toEqual({ since: 5, n: 3 });
  });
});
