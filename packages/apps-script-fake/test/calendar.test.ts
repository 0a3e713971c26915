import { createAppsScript } from '../src';

describe('all-day events store a calendar date taken in the script time zone', () => {
  // 2026-05-01T03:00Z is 05:00 on 1 May in Paris but 20:00 on 30 April in Los Angeles.
  const instant = new Date('2026-05-01T03:00:00Z');

  test('script in Paris: 1 May', () => {
    const env = createAppsScript({ scriptTimeZone: 'Europe/Paris' });
    const event = env.globals.CalendarApp.getDefaultCalendar().createAllDayEvent(
      'Review Nurture A',
      instant,
    );
    expect(env.calendarStore.allDayDate(event)).toBe('2026-05-01');
    expect(event.isAllDayEvent()).toBe(true);
  });

  test('script in Los Angeles: 30 April, and getAllDayStartDate is LA midnight (07:00Z, PDT)', () => {
    const env = createAppsScript({
      timeZone: 'Europe/Paris',
      scriptTimeZone: 'America/Los_Angeles',
    });
    const event = env.globals.CalendarApp.createAllDayEvent('Review Nurture A', instant);
    expect(env.calendarStore.allDayDate(event.getId())).toBe('2026-04-30');
    expect(event.getAllDayStartDate().toISOString()).toBe('2026-04-30T07:00:00.000Z');
    // The end is exclusive: the day after.
    expect(event.getAllDayEndDate().toISOString()).toBe('2026-05-01T07:00:00.000Z');
  });

  test('options set description and guests; sendInvites is recorded', () => {
    const env = createAppsScript();
    const event = env.globals.CalendarApp.getDefaultCalendar().createAllDayEvent(
      'Review',
      instant,
      {
        description: 'Baseline 120 → 135',
        guests: 'ana@example.com, bo@example.com',
        sendInvites: true,
      },
    );
    expect(event.getDescription()).toBe('Baseline 120 → 135');
    expect(event.getGuestList().map((g) => g.getEmail())).toEqual([
      'ana@example.com',
      'bo@example.com',
    ]);
    expect(env.calendarStore.invitations).toEqual([
      { eventId: event.getId(), guests: ['ana@example.com', 'bo@example.com'] },
    ]);
  });
});

describe('finding and changing events', () => {
  test('getEvents returns events overlapping the window, sorted by start', () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    const cal = env.globals.CalendarApp.createCalendar('Cadence reviews');
    cal.createAllDayEvent('B', new Date('2026-06-10T12:00:00Z'));
    cal.createAllDayEvent('A', new Date('2026-06-03T12:00:00Z'));
    cal.createEvent('timed', new Date('2026-07-01T08:00:00Z'), new Date('2026-07-01T09:00:00Z'));
    const june = cal.getEvents(new Date('2026-06-01T00:00:00Z'), new Date('2026-06-30T00:00:00Z'));
    expect(june.map((e) => e.getTitle())).toEqual(['A', 'B']);
    expect(cal.getEventsForDay(new Date('2026-06-10T09:00:00Z')).map((e) => e.getTitle())).toEqual([
      'B',
    ]);
  });

  test('tags, reminders, date moves and deletion', () => {
    const env = createAppsScript();
    const cal = env.globals.CalendarApp.getDefaultCalendar();
    const event = cal.createAllDayEvent('Review', new Date('2026-06-03T12:00:00Z'));
    event.setTag('cadence.program', 'Nurture A').addPopupReminder(1440).addEmailReminder(60);
    expect(event.getTag('cadence.program')).toBe('Nurture A');
    expect(event.getTag('missing')).toBeNull();
    expect(event.getAllTagKeys()).toEqual(['cadence.program']);
    expect([event.getPopupReminders(), event.getEmailReminders()]).toEqual([[1440], [60]]);
    event.setAllDayDate(new Date('2026-09-01T12:00:00Z'));
    expect(env.calendarStore.allDayDate(event)).toBe('2026-09-01');
    const id = event.getId();
    event.deleteEvent();
    expect(env.calendarStore.status(id)).toBe('cancelled');
    expect(() => event.setTitle('again')).toThrow('The event has been deleted.');
    env.strict.deletedEventById = 'null';
    expect(cal.getEventById(id)).toBeNull();
  });

  test('calendars by name match case-insensitively; owned list includes the primary', () => {
    const env = createAppsScript({ userEmail: 'ana@example.com' });
    const app = env.globals.CalendarApp;
    app.createCalendar('Cadence Reviews');
    expect(app.getCalendarsByName('cadence reviews')).toHaveLength(1);
    expect(app.getOwnedCalendarsByName('CADENCE REVIEWS')[0].getName()).toBe('Cadence Reviews');
    expect(app.getAllOwnedCalendars().map((c) => c.getId())[0]).toBe('ana@example.com');
    expect(app.getCalendarById('nope@example.com')).toBeNull();
  });
});

describe('call counting and fault injection on Calendar', () => {
  test('reads count as reads: a pass that only looks makes zero CalendarApp writes', () => {
    const env = createAppsScript();
    const app = env.globals.CalendarApp;
    const cal = app.getDefaultCalendar();
    const e = cal.createAllDayEvent('Review', new Date('2026-06-03T12:00:00Z'));
    e.setTag('k', 'v');
    expect(env.calls.writes('CalendarApp')).toBe(2); // createAllDayEvent + setTag
    const before = env.calls.snapshot();
    for (const found of cal.getEvents(
      new Date('2026-06-01T00:00:00Z'),
      new Date('2026-07-01T00:00:00Z'),
    )) {
      found.getTag('k');
      found.getTitle();
    }
    const second = env.calls.since(before);
    expect(second.writes('CalendarApp')).toBe(0);
    expect(second.count('CalendarApp')).toBe(3); // getEvents + getTag + getTitle
    expect(env.calls.count('CalendarApp', 'createAllDayEvent')).toBe(1);
  });

  test('the 3rd createAllDayEvent fails with the rate-limit message and creates nothing', () => {
    const env = createAppsScript();
    const handle = env.faults.calendarRateLimit({ nth: 3 });
    const cal = env.globals.CalendarApp.getDefaultCalendar();
    cal.createAllDayEvent('1', new Date('2026-06-01T12:00:00Z'));
    cal.createAllDayEvent('2', new Date('2026-06-02T12:00:00Z'));
    expect(() => cal.createAllDayEvent('3', new Date('2026-06-03T12:00:00Z'))).toThrow(
      'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
    );
    cal.createAllDayEvent('4', new Date('2026-06-04T12:00:00Z'));
    expect(env.calendarStore.events().map((e) => e.title)).toEqual(['1', '2', '4']);
    expect(handle.fired).toBe(1);
    expect(env.calls.count('CalendarApp', 'Calendar.createAllDayEvent')).toBe(4);
  });
});
