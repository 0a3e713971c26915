/**
 * What users really have: CSVs from Excel in Windows-1252 or UTF-16, an empty file, a workbook
 * whose first sheet is empty, a touch table passed to `review`, a header over two merged rows.
 * Each is read right, or refused in one line that says why and what to do.
 */
import { existsSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { cadence, fixture } from './run';

interface ReviewJson {
  rows: Array<{ row: number; name: string; type: string | null }>;
  diagnostics: Array<{ cell: string; severity: string; message: string }>;
}

const asOf = ['--today', '2026-11-22', '--tz', 'Europe/Paris'];

/** `cadence review <file> --json` as of 22 Nov 2026 in Paris, which must succeed; with its notes. */
function reviewJson(file: string): { json: ReviewJson; stderr: string } {
  const run = cadence('review', file, ...asOf, '--json');
  expect(run.code).toBe(0);
  return { json: JSON.parse(run.stdout) as ReviewJson, stderr: run.stderr };
}

describe('encodings', () => {
  it('reads a Windows-1252 CSV (Excel on Windows, French): "Règle de scoring" is a scoring rule, and the encoding is named', () => {
    const { json, stderr } = reviewJson(fixture('windows-1252.csv'));
    expect(json.rows.map((r) => [r.name, r.type])).toEqual([
      ['Score comportemental élevé', 'scoring_rule'],
      ["Règle d'affectation PME", 'lead_assignment'],
      ['Livre blanc « Prévisions »', 'content'],
    ]);
    // The sheet's headers are French, so the note is too.
    expect(stderr).toMatch(/lu en Windows-1252/);
    expect(json.diagnostics[0]).toMatchObject({ severity: 'info' });
    expect(json.diagnostics[0].message).toMatch(/Windows-1252/);
  });

  it('reads a UTF-16 "Unicode text" export (tab-separated) and names the encoding', () => {
    const { json, stderr } = reviewJson(fixture('utf16.csv'));
    expect(json.rows.map((r) => [r.name, r.type])).toEqual([
      ['Welcome nurture — EMEA', 'nurture'],
      ['Behavioral score', 'scoring_rule'],
    ]);
    expect(stderr).toMatch(/UTF-16LE/);
  });

  it('reads Windows-1252 touches with French headers ("Touché le") for `influence`', () => {
    const run = cadence('influence', fixture('windows-1252-touches.csv'), '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      conversions: number;
      models: Record<string, Record<string, number>>;
    };
    // P1 and P3 converted; P1's first touch was "Webinaire été", P3's "Livre blanc prévisions".
    expect(report.conversions).toBe(2);
    expect(report.models.first_touch).toEqual({
      'Webinaire été': 1,
      'Livre blanc prévisions': 1,
    });
    expect(run.stderr).toMatch(/Windows-1252/);
    expect((JSON.parse(run.stdout) as { notes: string[] }).notes[0]).toMatch(
      /read as Windows-1252/,
    );
  });
});

describe('shapes: no programs is exit 2 and one line saying why', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('an empty CSV: says it is empty and writes neither workbook nor reminders', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
    const out = path.join(dir, 'out.xlsx');
    const ics = path.join(dir, 'out.ics');
    const run = cadence('review', fixture('empty.csv'), '--out', out, '--ics', ics);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cadence: tests\/fixtures\/empty\.csv: the file is empty/);
    oneLine(run.stderr);
    expect([existsSync(out), existsSync(ics)]).toEqual([false, false]);
  });

  it('an empty first sheet: points to the sheet that holds the programs', () => {
    const run = cadence('review', fixture('empty-first-sheet.xlsx'), ...asOf);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/data seems to be on sheet "Programmes": use --sheet "Programmes"/);
    oneLine(run.stderr);
  });

  it('a touch table passed to `review`: says to use `cadence influence`, not "59 programs"', () => {
    const run = cadence('review', fixture('touches-as-review.csv'), ...asOf);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/looks like a touch table.*cadence influence/);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
  });

  it('a header over two merged rows is refused with the merged ranges, never a program called "Program"', () => {
    const run = cadence('review', fixture('merged-header.xlsx'), ...asOf, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/header spreads over two rows \(merged cells A1:A2, B1:B2, C1:C2\)/);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
  });

  it('"missing columns" names the sheet actually read', () => {
    const run = cadence('influence', 'examples/review.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^cadence: examples\/review\.xlsx: sheet "Review": .*missing columns/,
    );
  });
});
