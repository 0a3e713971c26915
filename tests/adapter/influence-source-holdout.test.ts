/**
 * Choosing the influence input when no sheet is named Touches or Paths: a holdout table
 * (Prospect, Campaign, Group of test/control, Touched at, Converted at) has every touch column,
 * but its rows are assignments, not touches: it is never taken as the touches. A touch table with
 * a Group column of its own (campaign groups) still is.
 */
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { buildInfluenceReport } from '../../src/gas/influence/entrypoints';
import type { CellValue } from '../../src/core/types';

let env: AppsScriptEnvironment;
let uninstall: () => void = () => undefined;

beforeEach(() => {
  env = createAppsScript({ timeZone: 'Europe/Paris', locale: 'en' });
  uninstall = env.install();
});
afterEach(() => uninstall());

const HOLDOUT: CellValue[][] = [
  ['Prospect', 'Campaign', 'Group', 'Touched at', 'Converted at'],
  ['a@x.com', 'Spring nurture', 'test', '2026-03-02', '2026-03-20'],
  ['b@x.com', 'Spring nurture', 'control', '2026-03-02', ''],
  ['c@x.com', 'Spring nurture', 'Témoin', '2026-03-03', ''],
  ['d@x.com', 'Spring nurture', '', '2026-03-03', ''],
];

/** Three prospects, two converted: Webinar then Email for a, Email for c. */
const TOUCHES: CellValue[][] = [
  ['Prospect', 'Campaign', 'Group', 'Touched at', 'Converted at'],
  ['a@x.com', 'Webinar', 'Events', '2026-03-01', '2026-03-10'],
  ['a@x.com', 'Email', 'Nurture', '2026-03-05', '2026-03-10'],
  ['b@x.com', 'Email', 'Nurture', '2026-03-02', ''],
  ['c@x.com', 'Email', 'Nurture', '2026-03-04', '2026-03-06'],
];

test('a holdout tab before the touches: the touches are read, the holdout tab is not', () => {
  env.spreadsheet.addSheetFromGrid('Spring test', HOLDOUT);
  env.spreadsheet.addSheetFromGrid('CRM export', TOUCHES);
  expect(buildInfluenceReport()).toMatchObject({
    ok: true,
    message: 'Influence report rebuilt from “CRM export”: 2 campaigns, 2 conversions.',
  });
});

test('only a holdout tab: no touches found, and no report sheet built from assignments', () => {
  env.spreadsheet.addSheetFromGrid('Spring test', HOLDOUT);
  const result = buildInfluenceReport();
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(/^No touches or paths sheet found\./);
});

test('a touch table whose Group column holds campaign groups is still the touches', () => {
  env.spreadsheet.addSheetFromGrid('CRM export', TOUCHES);
  expect(buildInfluenceReport()).toMatchObject({
    ok: true,
    message: 'Influence report rebuilt from “CRM export”: 2 campaigns, 2 conversions.',
  });
});
