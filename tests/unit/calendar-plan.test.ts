import fc from 'fast-check';
import { diffEvents } from '../../src/core/calendar/diff';
import { fingerprint, keyDigest, type MappedEvent } from '../../src/core/calendar/event';
import { emailsIn } from '../../src/core/calendar/guests';
import { keyPrefix, rowKey, searchMarker, uniqueKeys } from '../../src/core/calendar/keys';
import { reminderMinutes, TODAY_LEAD_MINUTES, todayAlertAt } from '../../src/core/calendar/alert';
import { planEvents, type CalendarPlanOptions } from '../../src/core/calendar/plan';
import { checkCreateQuota, dailyCreateLimit } from '../../src/core/calendar/quota';
import { reviewReport } from '../../src/core/review/report';
import { day, sheetGrid } from './review-fixtures';

const TZ = 'Europe/Paris';
const options: CalendarPlanOptions = {
  spreadsheetId: 'abc',
  sheetId: '7',
  locale: 'en',
  grouping: 'per_row',
  reminders: { popupMinutes: 1440, emailMinutes: null },
  invitations: false,
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
};

function report() {
  const grid = sheetGrid(
    [
      { name: 'Welcome nurture', type: 'Nurture', values: { '2026-09-01': 0.03 } },
      {
        name: 'Lead routing',
        type: 'Lead assignment',
        salesCycle: 120,
        values: { '2026-09-01': 10 },
      },
      { name: 'Webinar A', type: 'Webinar', values: { '2026-09-01': 100 } },
      { name: 'Webinar B', type: 'Webinar', values: { '2026-08-01': 90 } },
      { name: 'No dates', type: 'Nurture' },
    ],
    ['2026-08-01', '2026-09-01'],
    TZ,
  );
  return reviewReport(grid, { timeZone: TZ, today: day('2026-11-22') });
}

describe('planEvents', () => {
  it('one event per scheduled row, content rows per group, unscheduled rows none', () => {
    const events = planEvents(report(), options);
    expect(events.map((e) => [e.title, e.day, e.rows])).toEqual([
      // Webinar B last reviewed 2026-08-01: +90 = 2026-10-30, the group's earliest. Overdue,
      // so the reminder is on today (2026-11-22), where it can still pop up.
      ['Review: Webinars (content group of 2)', day('2026-11-22'), [4, 5]],
      ['Review: Welcome nurture (nurture program)', day('2026-11-30'), [2]],
      // A 120-day sales cycle: 2026-09-01 + 120 = 2026-12-30.
      ['Review: Lead routing (lead-assignment program)', day('2026-12-30'), [3]],
    ]);
    expect(events[1].key).toBe('cadence/abc/s7/row/nurture/welcome-nurture');
    expect(events[0].key).toBe('cadence/abc/s7/group/content-webinar');
    expect(events[1].popupMinutes).toEqual([1440]);
    expect(events[1].description.split('\n')).toEqual([
      'Why: Reviewed every 90 days; last reviewed on 2026-09-01.',
      'Last review: 2026-09-01',
      'Long-term trend: not enough reviews yet (5 needed)',
      'Sheet row 2 · Open the row: https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A2',
      '',
      'Created by Cadence from the review sheet; the next sync rewrites this event.',
      `Ref. ${searchMarker(options)}`,
    ]);
    // One word per review sheet, for Calendar's full-text search.
    expect(searchMarker(options)).toMatch(/^cadence[0-9a-z]{14}$/);
    expect(searchMarker({ spreadsheetId: 'abd', sheetId: '7' })).not.toBe(searchMarker(options));
  });

  it('per day: one event for everything due that day', () => {
    const events = planEvents(report(), { ...options, grouping: 'per_day' });
    expect(events.map((e) => e.key)).toEqual([
      'cadence/abc/s7/day/2026-11-22',
      'cadence/abc/s7/day/2026-11-30',
      'cadence/abc/s7/day/2026-12-30',
    ]);
  });

  it('says since when an overdue review is due (its event sits on today)', () => {
    const webinars = planEvents(report(), options)[0];
    expect(webinars.description.split('\n')).toContain('  Overdue: due since 2026-10-30.');
  });

  it('is deterministic: the same report gives the same fingerprints', () => {
    const a = planEvents(report(), options).map(fingerprint);
    const b = planEvents(report(), options).map(fingerprint);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(3);
  });
});

describe('keys', () => {
  // A real spreadsheet id is 44 characters.
  const scope = { spreadsheetId: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', sheetId: '0' };

  it('two rows with the same name and type get distinct keys', () => {
    const k = rowKey(scope, 'nurture', 'Welcome');
    expect(k).toBe('cadence/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/s0/row/nurture/welcome');
    expect(uniqueKeys([k, k, 'x'])).toEqual([k, `${k}#2`, 'x']);
  });

  it('the same sheet id in two spreadsheets (gid 0, or a copy) gives different keys', () => {
    const copy = { ...scope, spreadsheetId: '1Zz9copyOfTheFirstFile000000000000000000000' };
    expect(rowKey(copy, 'nurture', 'Welcome')).not.toBe(rowKey(scope, 'nurture', 'Welcome'));
    expect(keyPrefix(copy)).toBe('cadence/1Zz9copyOfTheFirstFile000000000000000000000/s0/');
    expect(rowKey(scope, 'nurture', 'Welcome').startsWith(keyPrefix(copy))).toBe(false);
  });

  it('a very long name is cut and given a digest (the tag stays far below 1,024 characters)', () => {
    const key = rowKey(scope, null, 'x'.repeat(500));
    expect(key.length).toBeLessThan(230);
    expect(key).not.toBe(rowKey(scope, null, `${'x'.repeat(499)}y`));
  });
});

describe('diffEvents', () => {
  it('create / update / delete / keep from the recorded fingerprints', () => {
    const events = planEvents(report(), options);
    const [group, welcome, routing] = events;
    const mapped = new Map<string, MappedEvent>([
      [keyDigest(group.key), { id: 'g@google.com', hash: fingerprint(group), day: group.day }],
      [keyDigest(welcome.key), { id: 'w@google.com', hash: 'stale', day: welcome.day }],
      ['gone', { id: 'x@google.com', hash: 'h', day: 1 }],
      [keyDigest(routing.key), { id: '', hash: '', day: routing.day }],
    ]);
    const diff = diffEvents(events, mapped);
    expect(diff.keep).toEqual([group]);
    expect(diff.update).toEqual([{ event: welcome, id: 'w@google.com', unverified: false }]);
    expect(diff.create).toEqual([routing]);
    expect(diff.remove).toEqual([{ digest: 'gone', id: 'x@google.com', day: 1 }]);
  });
});

describe('invitations: addresses in an Owner cell', () => {
  it('finds addresses among names and separators, lower-cased, once each', () => {
    expect(emailsIn('Ana <Ana@Example.com>; bo@example.com, ana@example.com')).toEqual([
      'ana@example.com',
      'bo@example.com',
    ]);
    expect(emailsIn('Claire (no address)')).toEqual([]);
  });

  it('never throws and only returns what looks like an address (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const e of emailsIn(text)) expect(e).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
      }),
    );
    fc.assert(
      // Addresses of the usual shape (RFC 5322 allows rarer characters Owner cells never hold).
      fc.property(
        fc
          .emailAddress()
          .filter((e) =>
            /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(e),
          ),
        fc.string(),
        (email, noise) => {
          expect(emailsIn(`${noise.replace(/[@.A-Za-z0-9]/g, '')} <${email}>`)).toContain(
            email.toLowerCase(),
          );
        },
      ),
    );
  });
});

describe('daily creation quota', () => {
  it('5,000 for Gmail or an unknown address, 10,000 for a Workspace domain', () => {
    expect(dailyCreateLimit('me@gmail.com')).toBe(5000);
    expect(dailyCreateLimit(null)).toBe(5000);
    expect(dailyCreateLimit('me@acme.fr')).toBe(10000);
  });

  it('refuses a plan larger than what is left', () => {
    expect(checkCreateQuota(30, 4980, 5000)).toEqual({ ok: false, left: 20, limit: 5000 });
    expect(checkCreateQuota(20, 4980, 5000)).toEqual({ ok: true, left: 20, limit: 5000 });
  });
});

describe('a review on today pops up at a time still ahead', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar-event — reminders are
  // minutes before the event's start, 5 to 40,320.
  it('plans the overdue group on today with its alert at 09:00, or 10 minutes after now', () => {
    const early = planEvents(report(), { ...options, now: new Date('2026-11-22T05:00:00Z') })[0];
    expect(early.day).toBe(day('2026-11-22'));
    expect(new Date(early.alertAt as number).toISOString()).toBe('2026-11-22T08:00:00.000Z');
    expect(early.popupMinutes).toEqual([TODAY_LEAD_MINUTES]);
    // Synced at 14:07:10 Paris: 10 minutes after the minute it falls in, 14:17.
    const late = planEvents(report(), { ...options, now: new Date('2026-11-22T13:07:10Z') })[0];
    expect(new Date(late.alertAt as number).toISOString()).toBe('2026-11-22T13:17:00.000Z');
    // A future event keeps the setting: 1,440 minutes before its day.
    expect(planEvents(report(), options)[1]).toMatchObject({ alertAt: null, popupMinutes: [1440] });
  });

  it('a second sync later the same day plans the same fingerprint (no Calendar write)', () => {
    const a = planEvents(report(), { ...options, now: new Date('2026-11-22T09:00:00Z') });
    const b = planEvents(report(), { ...options, now: new Date('2026-11-22T16:00:00Z') });
    expect(b.map(fingerprint)).toEqual(a.map(fingerprint));
  });

  it('09:00 is local even on a DST day, and "now" on another day is ignored', () => {
    // 2026-03-29: Paris springs forward at 02:00; 09:00 CEST is 07:00 UTC.
    expect(new Date(todayAlertAt(day('2026-03-29'), TZ)).toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(
      new Date(todayAlertAt(day('2026-03-29'), TZ, new Date('2026-04-02T15:00:00Z'))).toISOString(),
    ).toBe('2026-03-29T07:00:00.000Z');
  });

  it('keeps reminder minutes within Google’s 5–40,320', () => {
    expect(reminderMinutes(0)).toBe(5);
    expect(reminderMinutes(100_000)).toBe(40_320);
    expect(reminderMinutes(900)).toBe(900);
  });
});
