/**
 * One export per tool (tests/fixtures/import/README.md cites each tool's documented columns),
 * read as the CLI reads files, recognised, and matched to the review sheet.
 */
import path from 'path';
import { parseIso } from '../../src/core/dates';
import { importJson } from '../../src/core/import/json';
import { planImport } from '../../src/core/import/plan';
import { recogniseShape } from '../../src/core/import/shapes';
import { readWorkbook } from '../../src/local/files/read-grid';
import type { CellValue } from '../../src/core/types';

const dir = path.resolve(__dirname, '../fixtures/import');
const ZONE = 'UTC';
const TODAY = parseIso('2026-11-30') as number;

async function grid(file: string): Promise<CellValue[][]> {
  return (await readWorkbook(path.join(dir, file), ZONE))[0].rows;
}

async function imported(reviewFile: string, sourceFile: string) {
  const plan = planImport({
    review: await grid(reviewFile),
    source: await grid(sourceFile),
    sourceName: sourceFile,
    timeZone: ZONE,
    today: TODAY,
    language: 'en',
  });
  return { plan, json: importJson(plan) };
}

const written = (json: ReturnType<typeof importJson>) =>
  json.matched.filter((m) => m.written).map((m) => [m.row, m.source.column, m.value]);

describe.each([
  [
    'hubspot-emails.csv',
    'hubspot',
    0,
    [
      [2, 'Click rate', 0.031],
      [3, 'Open rate', 0.44],
      [8, 'Click rate', 0.04],
    ],
  ],
  ['marketo-programs.csv', 'marketo', 0, [[4, 'Attendees', 142]]],
  [
    'salesforce-campaigns.csv',
    'salesforce',
    0,
    [
      [5, 'Leads in Campaign', 61],
      [6, 'Opportunities in Campaign', 24],
    ],
  ],
  [
    'mailchimp-campaigns.csv',
    'mailchimp',
    0,
    [
      [2, 'Click Rate', 0.032],
      [3, 'Open Rate', 0.4381],
    ],
  ],
  ['ga4-exploration.csv', 'ga4', 0, [[7, 'Sessions', 1420]]],
  ['generic-table.csv', 'generic', 0, [[4, 'Participants', 139]]],
] as const)('%s', (file, tool, nameColumn, expected) => {
  it(`is recognised as ${tool}, names in column ${nameColumn + 1}`, async () => {
    const shape = recogniseShape(await grid(file));
    expect(shape.tool).toBe(tool);
    expect(shape.nameColumn).toBe(nameColumn);
  });

  it('writes the numbers of the matched programs into a new column I', async () => {
    const { json } = await imported('review.csv', file);
    expect([json.column, json.created]).toEqual(['I', true]);
    expect(written(json)).toEqual(expected);
  });
});

describe('details of the shapes', () => {
  it('GA4: skips the # lines and the Grand total row; rows are the file rows', async () => {
    const g = await grid('ga4-exploration.csv');
    expect(recogniseShape(g).headerRow).toBe(8); // 0-based: file row 9
    const { json } = await imported('review.csv', 'ga4-exploration.csv');
    expect(json.matched[0].source).toEqual({ row: 11, name: 'product_launch', column: 'Sessions' });
    expect(json.unmatchedSource).toEqual([12, 13]);
  });

  it('HubSpot: a bare 45.0 open rate next to 0.44–0.46 is flagged, not written', async () => {
    const { json } = await imported('review.csv', 'hubspot-emails.csv');
    expect(json.matched.find((m) => m.row === 10)).toMatchObject({ value: 45, written: false });
  });

  it('Marketo: "Trade-show Paris 2026" is only a candidate for "Trade show Paris" (a year more)', async () => {
    const { json } = await imported('review.csv', 'marketo-programs.csv');
    expect(json.ambiguous).toEqual([
      {
        row: 6,
        name: 'Trade show Paris',
        candidates: [{ row: 4, name: 'Trade-show Paris 2026', confidence: 0.71 }],
      },
    ]);
  });

  it('French: ";" and "3,1 %" read, "Série d\'onboarding" matched to "Série onboarding"', async () => {
    const { json } = await imported('review-fr.csv', 'french-export.csv');
    expect(written(json)).toEqual([
      [2, 'Taux de clics', 0.031],
      [3, "Taux d'ouverture", 0.44],
    ]);
  });
});
