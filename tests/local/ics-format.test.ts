/**
 * The .ics of the CLI and of the add-on's download (one writer, two callers) as RFC 5545 asks:
 * CRLF after every content line, END:VCALENDAR included (§3.1); CALSCALE:GREGORIAN in every
 * export; and two programs with the same name give two events that say which row is which.
 */
import ICAL from 'ical.js';
import { toIcs } from '../../src/core/calendar/ics';
import { planEvents } from '../../src/core/calendar/plan';
import { parseIso } from '../../src/core/dates';
import { reviewReport } from '../../src/core/review/report';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { duplicateNameWarnings, writeIcs } from '../../src/local/files/ics';

const report = reviewReport(
  [
    ['Program', 'Baseline', 'Type', '2026-06-01', '2026-08-31'],
    ['Welcome nurture', '10', 'Nurture', '11', '12'],
    ['Scoring model', '40', 'Scoring rule', '41', '42'],
    ['Welcome nurture', '20', 'Nurture', '21', '22'],
  ],
  { timeZone: 'Europe/Paris', today: parseIso('2026-11-22') as number },
);
const now = new Date('2026-11-22T09:00:00Z');

const fromCli = writeIcs(report, { sheetName: 'Review', now });
const fromAddOn = toIcs(
  planEvents(report, {
    spreadsheetId: 'local',
    sheetId: '0',
    locale: 'en',
    spreadsheetUrl: null,
    ...DEFAULT_SETTINGS,
  }),
  { now, calendarName: 'Cadence · Review' },
);

const summaries = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c).summary)
    .sort();

describe.each([
  ['the CLI (--ics)', fromCli],
  ["the add-on's download (core)", fromAddOn],
])('%s', (_writer, text) => {
  it('ends every line with CRLF, END:VCALENDAR included, and never a bare LF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('says CALSCALE:GREGORIAN', () => {
    expect(text).toMatch(/\r\nCALSCALE:GREGORIAN\r\n/);
  });

  it('gives two programs named alike two events that name their rows', () => {
    expect(summaries(text)).toEqual([
      'Review: Scoring model (scoring rule)',
      'Review: Welcome nurture (nurture program) (row 2)',
      'Review: Welcome nurture (nurture program) (row 4)',
    ]);
  });
});

it('warns once per shared name, in the user language', () => {
  expect(duplicateNameWarnings(report, 'en')).toEqual([
    'rows 2, 4 are all named “Welcome nurture”: each gets its own reminder, which names its row.',
  ]);
  expect(duplicateNameWarnings(report, 'fr')[0]).toMatch(/^les lignes 2, 4 s’appellent toutes/);
});
