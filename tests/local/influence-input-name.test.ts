/** A paths CSV is a "Paths" sheet in the workbook, a touch table a "Touches" sheet. */
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadInfluenceInput } from '../../src/local/cli/addon-workbook';

async function sheetNamesFor(csv: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-influence-'));
  const file = path.join(dir, 'export.csv');
  writeFileSync(file, csv);
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  await loadInfluenceInput(file, 'Europe/Paris')(env);
  return env.spreadsheet.getSheets().map((s) => s.getName());
}

test('a paths export (path;total_conversions) is not called "Touches"', async () => {
  const names = await sheetNamesFor('path;total_conversions;total_null\nc1 > c2;3;10\n');
  expect(names).toContain('Paths');
  expect(names).not.toContain('Touches');
});

test('a touch table stays "Touches"', async () => {
  const names = await sheetNamesFor(
    'Prospect,Campaign,Channel,Touched at,Converted at\nP1,Spring webinar,Webinar,2026-03-01,2026-03-05\n',
  );
  expect(names).toContain('Touches');
});
