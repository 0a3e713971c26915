/**
 * The package's own calendar days and A1 letters (it imports nothing of the add-on it imitates
 * Google for). A date cell is the instant of local midnight in the spreadsheet's time zone
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues(): date cells
 * come back as Date objects); all-day events are spans of dates.
 */
import fc from 'fast-check';
import { cellA1, columnLetters, columnNumber } from '../src/a1';
import { dayInZone, midnightInZone, parseIso, toIso, validDay } from '../src/days';
import { zoneOffsetMs } from '../src/zoned';

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];

describe('zoned days', () => {
  test('Paris: UTC+1 in winter, UTC+2 from 01:00 UTC on 29 March 2026; New York UTC-5', () => {
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(3_600_000);
    expect(zoneOffsetMs(new Date('2026-03-29T00:59:59Z'), 'Europe/Paris')).toBe(3_600_000);
    expect(zoneOffsetMs(new Date('2026-03-29T01:00:00Z'), 'Europe/Paris')).toBe(7_200_000);
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-18_000_000);
    expect(zoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(19_800_000);
    expect(() => zoneOffsetMs(new Date(), 'Nowhere/Atlantis')).toThrow(RangeError);
  });

  test('a date cell of 29 March 2026 in Paris is 28 March 23:00 UTC, and reads back as that day', () => {
    const day = parseIso('2026-03-29') as number;
    expect(midnightInZone(day, 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(midnightInZone(day + 1, 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(toIso(dayInZone(new Date('2026-03-28T23:00:00Z'), 'Europe/Paris') as number)).toBe(
      '2026-03-29',
    );
    expect(toIso(dayInZone(new Date('2026-03-28T22:59:59Z'), 'Europe/Paris') as number)).toBe(
      '2026-03-28',
    );
    expect(dayInZone(new Date(NaN), 'Europe/Paris')).toBeNull();
  });

  test('only real dates: 2026-02-30 and 2026-13-01 are not days, 2028-02-29 is', () => {
    expect(parseIso('2026-02-30')).toBeNull();
    expect(parseIso('2026-13-01')).toBeNull();
    expect(parseIso('26-01-01')).toBeNull();
    expect(validDay(2026, 2, 29)).toBeNull();
    expect(toIso(validDay(2028, 2, 29) as number)).toBe('2028-02-29');
  });

  test('property: midnight of any day from 1900 to 2100 reads back as that day, in every zone', () => {
    const first = parseIso('1900-01-01') as number;
    const last = parseIso('2100-12-31') as number;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.constantFrom(...ZONES), (day, zone) => {
        const midnight = midnightInZone(day, zone);
        expect(dayInZone(midnight, zone)).toBe(day);
        // One millisecond earlier is the day before: it is the first instant of its day.
        expect(dayInZone(new Date(midnight.getTime() - 1), zone)).toBe(day - 1);
        expect(parseIso(toIso(day))).toBe(day);
      }),
      { numRuns: 300 },
    );
  });
});

describe('A1 letters', () => {
  test('1 → A, 26 → Z, 27 → AA, 28 → AB, 702 → ZZ, 703 → AAA; a cell (3, 2) is B3', () => {
    expect([1, 26, 27, 28, 702, 703].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
    expect(columnNumber('ab')).toBe(28);
    expect(cellA1(3, 2)).toBe('B3');
  });

  test('property: letters and numbers are inverse up to column 18,278 (ZZZ)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => {
        const letters = columnLetters(n);
        expect(letters).toMatch(/^[A-Z]{1,3}$/);
        expect(columnNumber(letters)).toBe(n);
      }),
    );
  });
});
