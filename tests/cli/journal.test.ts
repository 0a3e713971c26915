/**
 * The review journal in the files the CLI reads and writes: `review --json` gives each row that
 * has journal entries a "journal" list, and `review --out` keeps the Journal sheet — the user's
 * reasons as they were, plus the rows this review adds.
 */
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { createAppsScript } from '@cadence/apps-script-fake';
import type { IcsFile } from '../../src/gas/api';
import { loadAddOn } from '../../src/local/code-runtime';
import { loadWorkbookInto } from '../../src/local/files/workbook-in';
import { cadence } from './run';

/** Dates as exceljs writes them: UTC midnight, read back as that calendar day. */
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function workbook(extraRows: unknown[][] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const review = wb.addWorksheet('Review');
  review.addRows([
    ['Name', 'Baseline', 'Type', 'Metric', 'Owner', 'Set up on', d('2026-06-01'), d('2026-09-01')],
    ['Welcome nurture', '', 'nurture', 'Click rate', 'Ana', d('2026-03-01'), '45/120', '20/118'],
    ['Spring webinar', 100, 'content', 'Attendees', 'Bob', d('2026-01-10'), 102, 101],
    ['Lead scoring', 0.62, 'scoring rule', 'MQL acceptance rate', 'Chloé', d('2026-02-01'), 0.58, 0.41],
    ...extraRows,
  ]);
  const journal = wb.addWorksheet('Journal');
  journal.addRows([
    ['Date', 'Program', 'Metric', 'Change', 'Signal', 'Why', 'Decision', 'Owner', 'Follow-up'],
    [d('2026-09-01'), 'Welcome nurture', 'Click rate', '▼ 20.55 pt', 'Signal (not noise)', 'Sender domain changed', 'Investigate', 'Dana', d('2026-12-15')],
  ]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-journal-')), 'review.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const ARGS = ['--today', '2026-11-22', '--tz', 'Europe/Paris'];

describe('cadence review and the Journal sheet', () => {
  it('--json: a row with journal entries gains "journal"; a row without has no such key', async () => {
    const run = cadence('review', await workbook(), ...ARGS, '--json');
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.stdout) as { rows: Array<Record<string, unknown>> }).rows;
    expect(rows[0].journal).toEqual([
      {
        date: '2026-09-01',
        metric: 'Click rate',
        change: '▼ 20.55 pt',
        signal: 'Signal (not noise)',
        why: 'Sender domain changed',
        decision: 'investigate',
        owner: 'Dana',
        followUp: '2026-12-15',
      },
    ]);
    expect('journal' in rows[1]).toBe(false);
    expect('journal' in rows[2]).toBe(false);
  });

  it('--out keeps the Journal sheet: the user’s reason unchanged, the urgent row added after it', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-journal-')), 'out.xlsx');
    const run = cadence('review', await workbook(), ...ARGS, '--out', out);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const journal = wb.getWorksheet('Journal')!;
    const row = (n: number) => (journal.getRow(n).values as unknown[]).slice(1);
    expect(row(2).slice(1, 8)).toEqual([
      'Welcome nurture',
      'Click rate',
      '▼ 20.55 pt',
      'Signal (not noise)',
      'Sender domain changed',
      'Investigate',
      'Dana',
    ]);
    expect(row(3).slice(1, 5)).toEqual(['Lead scoring', 'MQL acceptance rate', '▼ 17.0\u00a0pt', 'Urgent']);
    expect(journal.rowCount).toBe(3);
  });
});

/** "date title" of every event of an .ics, read back with ical.js. */
function events(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .map((e) => `${e.startDate.toString()} ${e.summary}`)
    .sort();
}

describe('cadence review --ics and the journal', () => {
  it("carries the add-on's events: reviews, the baseline reminder and the Journal's follow-up", async () => {
    // Set up on 2026-12-01 with no baseline: "capture the baseline" on the day before.
    const file = await workbook([
      ['Winter nurture', '', 'nurture', 'Click rate', 'Eve', d('2026-12-01'), '', ''],
    ]);
    const ics = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-journal-')), 'out.ics');
    const run = cadence('review', file, ...ARGS, '--ics', ics);
    expect(run.code).toBe(0);
    const fromCli = events(readFileSync(ics, 'utf8'));
    expect(fromCli).toContain('2026-11-30 Capture the baseline of Winter nurture before it goes live');
    expect(fromCli).toContain('2026-12-15 Follow up: Welcome nurture · Investigate');

    // The add-on's download on the same workbook, at the same moment: the same events.
    const env = createAppsScript({
      timeZone: 'Europe/Paris',
      scriptTimeZone: 'Europe/Paris',
      locale: 'en',
      now: new Date('2026-11-22T09:00:00Z'),
    });
    await loadWorkbookInto(env, file, { timeZone: 'Europe/Paris' });
    env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetByName('Review') as never);
    const fromAddOn = events((loadAddOn(env).call('exportIcs') as IcsFile).content);
    expect(fromCli).toEqual(fromAddOn);
  });
});

