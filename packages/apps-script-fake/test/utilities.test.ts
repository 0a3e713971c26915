import { createAppsScript, SCOPES } from '../src';

const { Utilities, Session } = createAppsScript({
  scriptTimeZone: 'Europe/Paris',
  locale: 'fr',
  oauthScopes: [SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi],
}).globals;

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  test('winter: 2026-01-15T12:00Z is 13:00 CET in Paris and 04:00 PST in Los Angeles', () => {
    const d = new Date('2026-01-15T12:00:00Z');
    expect(Utilities.formatDate(d, 'Europe/Paris', 'yyyy-MM-dd HH:mm z')).toBe(
      '2026-01-15 13:00 CET',
    );
    expect(Utilities.formatDate(d, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm z')).toBe(
      '2026-01-15 04:00 PST',
    );
  });

  test('Paris springs forward on 2026-03-29 at 01:00Z: 00:30Z is 01:30 CET, 01:30Z is 03:30 CEST', () => {
    expect(
      Utilities.formatDate(new Date('2026-03-29T00:30:00Z'), 'Europe/Paris', 'HH:mm z Z'),
    ).toBe('01:30 CET +0100');
    expect(
      Utilities.formatDate(new Date('2026-03-29T01:30:00Z'), 'Europe/Paris', 'HH:mm z Z'),
    ).toBe('03:30 CEST +0200');
  });

  test('the same instant is still 28 March in Los Angeles, already on PDT (-7) since 8 March', () => {
    expect(
      Utilities.formatDate(
        new Date('2026-03-29T00:30:00Z'),
        'America/Los_Angeles',
        "EEE d MMM yyyy 'at' h:mm a XXX",
      ),
    ).toBe('Sat 28 Mar 2026 at 5:30 PM -07:00');
  });

  test('long names, day of year, quotes and ISO offsets', () => {
    const d = new Date('2026-12-31T23:59:58Z');
    expect(Utilities.formatDate(d, 'UTC', "EEEE, MMMM dd ''yy D X")).toBe(
      "Thursday, December 31 '26 365 Z",
    );
    expect(Utilities.formatDate(d, 'GMT+5:30', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe(
      '2027-01-01 05:29:58.000',
    );
  });

  test('unknown pattern letters throw like Java', () => {
    expect(() => Utilities.formatDate(new Date(0), 'UTC', 'yyyy-qq')).toThrow(
      "Illegal pattern character 'q'",
    );
  });
});

test('Session reports the configured locale and script time zone', () => {
  expect(Session.getActiveUserLocale()).toBe('fr');
  expect(Session.getScriptTimeZone()).toBe('Europe/Paris');
  // The manifest lists no userinfo.email scope, so the user's address is out of reach
  // (Session reference: getActiveUser needs https://www.googleapis.com/auth/userinfo.email).
  expect(() => Session.getActiveUser()).toThrow(
    'Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
  );
  const unscoped = createAppsScript({ oauthScopes: null }).globals.Session;
  expect(unscoped.getActiveUser().getEmail()).toBe('reviewer@example.com');
});

test('sleep advances the virtual clock; uuids are deterministic', () => {
  const env = createAppsScript({ now: new Date('2026-01-01T00:00:00Z') });
  env.globals.Utilities.sleep(1500);
  expect(env.clock.now().toISOString()).toBe('2026-01-01T00:00:01.500Z');
  expect(env.globals.Utilities.getUuid()).toBe('00000000-0000-4000-8000-000000000001');
  expect(
    env.globals.Utilities.computeDigest(env.globals.Utilities.DigestAlgorithm.MD5, 'abc').slice(
      0,
      2,
    ),
  ).toEqual([-112, 1]);
});
