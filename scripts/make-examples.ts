/**
 * Writes the example files under examples/ (committed; rerun with `npx tsx scripts/make-examples.ts`).
 * Deterministic: a seeded generator, so the examples only change when this script does.
 *  - review.xlsx: an English "Review" sheet and a French "Revue" sheet, 8 past review columns over
 *    two years plus a scheduled one, every program type, a few blanks and unreadable cells.
 *  - revue.xlsx: the French sheet alone, for French-speaking teams.
 *  - touches.csv: a Touches export — 2,400 prospects, 10 campaigns, same-day multi-channel touches.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { mulberry32 } from '../tests/support/seeded';

const out = path.resolve(__dirname, '../examples');

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Program {
  name: string;
  type: string;
  metric: string;
  owner: string;
  setUp: string;
  group?: string;
  salesCycle?: number;
  tuned?: boolean;
  direction?: string;
  rate: boolean;
  baseline: number | null;
  /** Multiplicative drift per review and noise amplitude. */
  drift: number;
  noise: number;
  /** Review columns (0-based) left blank; 'bad' cells get unreadable text. */
  blanks?: number[];
  bad?: Record<number, string>;
  /** Reviews start at this column (programs set up later). */
  from?: number;
  values?: number[];
}

const REVIEW_DATES = [
  '2024-12-02',
  '2025-03-03',
  '2025-06-02',
  '2025-09-01',
  '2025-12-01',
  '2026-03-02',
  '2026-06-01',
  '2026-08-31',
];
const SCHEDULED = '2026-12-07';

const programs: Program[] = [
  {
    name: 'Welcome nurture',
    type: 'Nurture',
    metric: 'Email click rate',
    owner: 'claire.martin@example.com',
    setUp: '2024-09-16',
    rate: true,
    baseline: 0.031,
    drift: 1.04,
    noise: 0.05,
  },
  {
    name: 'Re-engagement nurture',
    type: 'Nurture',
    metric: 'Reactivation rate',
    owner: 'claire.martin@example.com',
    setUp: '2024-10-07',
    rate: true,
    baseline: 0.012,
    drift: 1.02,
    noise: 0.08,
    blanks: [7],
  },
  {
    name: 'Trial-to-paid nurture',
    type: 'Nurture',
    metric: 'Trial conversion rate',
    owner: 'tom.baker@example.com',
    setUp: '2024-08-26',
    rate: true,
    baseline: 0.081,
    drift: 1.01,
    noise: 0.04,
  },
  {
    name: 'Event follow-up nurture',
    type: 'Nurture',
    metric: 'Meetings booked',
    owner: 'tom.baker@example.com',
    setUp: '2025-02-03',
    rate: false,
    baseline: 14,
    drift: 1.05,
    noise: 0.1,
    from: 1,
  },
  {
    name: 'Partner nurture',
    type: 'Nurture',
    metric: 'Partner-sourced MQLs',
    owner: 'ines.dupont@example.com',
    setUp: '2026-11-02',
    rate: false,
    baseline: null,
    drift: 1,
    noise: 0,
    from: 8,
  },
  {
    name: 'Lead lifecycle sync',
    type: 'Automation rule',
    metric: 'Records synced per day',
    owner: 'sam.okafor@example.com',
    setUp: '2024-09-30',
    rate: false,
    baseline: 1850,
    drift: 1.03,
    noise: 0.03,
  },
  {
    name: 'Duplicate merge rule',
    type: 'Automation rule',
    metric: 'Duplicate rate',
    owner: 'sam.okafor@example.com',
    setUp: '2024-10-14',
    rate: true,
    baseline: 0.064,
    drift: 0.9,
    noise: 0.04,
    direction: 'Lower is better',
  },
  {
    name: 'MQL alert to sales',
    type: 'Automation rule',
    metric: 'Alerts actioned within 24h',
    owner: 'tom.baker@example.com',
    setUp: '2025-04-28',
    rate: true,
    baseline: 0.52,
    drift: 1.03,
    noise: 0.03,
    from: 2,
    blanks: [7],
  },
  {
    name: 'Country normalisation',
    type: 'Automation rule',
    metric: 'Records fixed',
    owner: 'sam.okafor@example.com',
    setUp: '2024-11-04',
    rate: false,
    baseline: 420,
    drift: 0.97,
    noise: 0.05,
    bad: { 5: 'n/a' },
  },
  {
    name: 'Webinar no-show follow-up',
    type: 'Automation rule',
    metric: 'Replay views',
    owner: 'claire.martin@example.com',
    setUp: '2026-10-05',
    rate: false,
    baseline: 0,
    drift: 1,
    noise: 0,
    from: 8,
  },
  {
    name: 'Behavioral score',
    type: 'Scoring rule',
    metric: 'MQL acceptance rate',
    owner: 'ines.dupont@example.com',
    setUp: '2024-09-02',
    rate: true,
    baseline: 0.61,
    drift: 0.975,
    noise: 0.015,
  },
  {
    name: 'Demographic score',
    type: 'Scoring rule',
    metric: 'MQL acceptance rate',
    owner: 'ines.dupont@example.com',
    setUp: '2024-09-02',
    tuned: true,
    rate: true,
    baseline: 0.58,
    drift: 1.01,
    noise: 0.01,
    blanks: [1, 3, 5, 7],
  },
  {
    name: 'Product usage score',
    type: 'Scoring rule',
    metric: 'Score-to-opportunity rate',
    owner: 'tom.baker@example.com',
    setUp: '2025-01-13',
    rate: true,
    baseline: 0.09,
    drift: 1.04,
    noise: 0.05,
    from: 1,
  },
  {
    name: 'Intent score',
    type: 'Scoring rule',
    metric: 'MQL acceptance rate',
    owner: 'sam.okafor@example.com',
    setUp: '2025-06-16',
    rate: true,
    baseline: 0.55,
    drift: 1.0,
    noise: 0.02,
    from: 3,
    bad: { 6: '#N/A' },
  },
  {
    name: 'Round-robin EMEA',
    type: 'Lead assignment',
    metric: 'Median time to first touch (hours)',
    owner: 'lucas.moreau@example.com',
    setUp: '2024-09-09',
    salesCycle: 120,
    rate: false,
    baseline: 30,
    drift: 0.93,
    noise: 0.06,
    direction: 'Lower is better',
    blanks: [1, 3, 6],
  },
  {
    name: 'Named accounts routing',
    type: 'Lead assignment',
    metric: 'Opportunities created',
    owner: 'lucas.moreau@example.com',
    setUp: '2024-09-09',
    salesCycle: 180,
    rate: false,
    baseline: 22,
    drift: 1.06,
    noise: 0.1,
    blanks: [1, 2, 4, 6],
  },
  {
    name: 'SMB territory routing',
    type: 'Lead assignment',
    metric: 'Leads accepted',
    owner: 'lucas.moreau@example.com',
    setUp: '2024-10-21',
    rate: false,
    baseline: 310,
    drift: 1.02,
    noise: 0.05,
  },
  {
    name: 'Partner lead routing',
    type: 'Lead assignment',
    metric: 'Leads accepted',
    owner: 'ines.dupont@example.com',
    setUp: '2025-03-10',
    salesCycle: 60,
    rate: false,
    baseline: 45,
    drift: 1.03,
    noise: 0.12,
    from: 2,
    blanks: [7],
  },
  {
    name: 'Webinar: Marketing ops 101',
    type: 'Webinar',
    metric: 'Attendees',
    owner: 'claire.martin@example.com',
    setUp: '2024-09-19',
    rate: false,
    baseline: 420,
    drift: 0.93,
    noise: 0.05,
  },
  {
    name: 'Webinar: Scoring masterclass',
    type: 'Webinar',
    metric: 'Attendees',
    owner: 'claire.martin@example.com',
    setUp: '2024-10-10',
    rate: false,
    baseline: 380,
    drift: 0.94,
    noise: 0.05,
  },
  {
    name: 'Webinar: Attribution demystified',
    type: 'Webinar',
    metric: 'Attendees',
    owner: 'claire.martin@example.com',
    setUp: '2024-10-24',
    rate: false,
    baseline: 300,
    drift: 0.95,
    noise: 0.06,
  },
  {
    name: 'Webinar: Customer panel',
    type: 'Webinar',
    metric: 'Attendees',
    owner: 'tom.baker@example.com',
    setUp: '2024-11-14',
    rate: false,
    baseline: 260,
    drift: 0.93,
    noise: 0.05,
    blanks: [7],
  },
  {
    name: 'Video: Product tour',
    type: 'Video',
    metric: 'Video leads',
    owner: 'ines.dupont@example.com',
    setUp: '2024-09-23',
    rate: false,
    baseline: 35,
    drift: 1.12,
    noise: 0.06,
  },
  {
    name: 'Video: Customer story Acme',
    type: 'Video',
    metric: 'Video leads',
    owner: 'ines.dupont@example.com',
    setUp: '2024-11-18',
    rate: false,
    baseline: 18,
    drift: 1.1,
    noise: 0.08,
  },
  {
    name: 'Video: Two-minute explainer',
    type: 'Video',
    metric: 'Video leads',
    owner: 'ines.dupont@example.com',
    setUp: '2024-10-07',
    rate: false,
    baseline: 25,
    drift: 1.11,
    noise: 0.07,
  },
  {
    name: 'Email: Monthly newsletter',
    type: 'Email',
    group: 'List health',
    metric: 'Unsubscribe rate',
    owner: 'claire.martin@example.com',
    setUp: '2024-09-02',
    rate: true,
    baseline: 0.0042,
    drift: 1.02,
    noise: 0.08,
  },
  {
    name: 'Email: Product updates',
    type: 'Email',
    metric: 'Click rate',
    owner: 'claire.martin@example.com',
    setUp: '2024-09-02',
    rate: true,
    baseline: 0.027,
    drift: 1.0,
    noise: 0.06,
  },
  {
    name: 'White paper: State of MOps 2025',
    type: 'White paper',
    metric: 'Downloads',
    owner: 'tom.baker@example.com',
    setUp: '2024-09-30',
    rate: false,
    baseline: 640,
    drift: 0.98,
    noise: 0.07,
  },
  {
    name: 'White paper: Lead scoring guide',
    type: 'White paper',
    metric: 'Downloads',
    owner: 'tom.baker@example.com',
    setUp: '2025-02-17',
    rate: false,
    baseline: 410,
    drift: 1.0,
    noise: 0.07,
    from: 1,
    bad: { 4: 'about 400' },
  },
  {
    name: 'Partner webinar series',
    type: 'Content',
    group: 'Webinars',
    metric: 'Attendees',
    owner: 'lucas.moreau@example.com',
    setUp: '2024-09-08',
    rate: false,
    baseline: 150,
    drift: 0.95,
    noise: 0.05,
  },
];

function seriesFor(p: Program, rand: () => number): Array<number | string | null> {
  const cells: Array<number | string | null> = [];
  let v = p.baseline ?? 0;
  for (let i = 0; i < REVIEW_DATES.length; i++) {
    v = v * p.drift * (1 + (rand() * 2 - 1) * p.noise);
    if (i < (p.from ?? 0) || p.blanks?.includes(i)) cells.push(null);
    else if (p.bad?.[i] !== undefined) cells.push(p.bad[i]);
    else cells.push(p.rate ? Math.round(v * 10000) / 10000 : Math.round(v));
  }
  return cells;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
}

function addReviewSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Review', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const headers: Array<string | Date> = [
    'Program',
    'Baseline',
    'Type',
    'Metric',
    'Owner',
    'Set up on',
    'Group',
    'Sales cycle (days)',
    'Tuned',
    'Direction',
    ...REVIEW_DATES.map(utc),
    utc(SCHEDULED),
  ];
  styleHeader(ws.addRow(headers));
  const rand = mulberry32(20261122);
  for (const p of programs) {
    const row = ws.addRow([
      p.name,
      p.baseline ?? null,
      p.type,
      p.metric,
      p.owner,
      utc(p.setUp),
      p.group ?? null,
      p.salesCycle ?? null,
      p.tuned ?? (p.type === 'Scoring rule' ? false : null),
      p.direction ?? null,
      ...seriesFor(p, rand),
      null,
    ]);
    const fmt = p.rate ? '0.0%' : '#,##0';
    row.getCell(2).numFmt = fmt;
    for (let c = 11; c <= 10 + REVIEW_DATES.length + 1; c++) row.getCell(c).numFmt = fmt;
    row.getCell(6).numFmt = 'yyyy-mm-dd';
  }
  // The last scoring rule's latest acceptance rate slid below 50 %: more than half of the MQLs
  // were rejected by sales, which the playbook says must trigger an immediate review.
  const behavioral = ws.getRow(programs.findIndex((p) => p.name === 'Behavioral score') + 2);
  behavioral.getCell(10 + REVIEW_DATES.length).value = 0.46;
  for (let c = 11; c <= 10 + REVIEW_DATES.length + 1; c++)
    ws.getRow(1).getCell(c).numFmt = 'yyyy-mm-dd';
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 34 : i === 3 ? 30 : i === 4 ? 26 : 13));
}

/** The French sheet's content: data, kept out of code (scripts/example-revue.json). */
interface FrenchExample {
  readonly sheet: string;
  /** The columns before the review dates, in order (name, baseline, type, metric, owner, …). */
  readonly headers: readonly string[];
  /** Review-column headers as a French user types them, day first; the last one is scheduled. */
  readonly reviewDates: readonly string[];
  readonly owner: string;
  readonly setUpOn: string;
  readonly programs: ReadonlyArray<{
    readonly name: string;
    readonly type: string;
    readonly metric: string;
    readonly baseline: number;
    readonly tuned?: boolean;
    readonly direction?: string;
    readonly salesCycleDays?: number;
    /** One per past review date; null is a review left blank. */
    readonly values: ReadonlyArray<number | null>;
  }>;
}

const FRENCH: FrenchExample = JSON.parse(
  readFileSync(path.join(__dirname, 'example-revue.json'), 'utf8'),
) as FrenchExample;

function addFrenchSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(FRENCH.sheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  styleHeader(ws.addRow([...FRENCH.headers, ...FRENCH.reviewDates]));
  const firstReview = FRENCH.headers.length + 1;
  for (const p of FRENCH.programs) {
    const row = ws.addRow([
      p.name,
      p.baseline,
      p.type,
      p.metric,
      FRENCH.owner,
      utc(FRENCH.setUpOn),
      null,
      p.salesCycleDays ?? null,
      p.tuned ?? null,
      p.direction ?? null,
      ...p.values,
      null,
    ]);
    const fmt = p.baseline < 1 ? '0.0%' : '#,##0';
    row.getCell(2).numFmt = fmt;
    for (let c = firstReview; c < firstReview + FRENCH.reviewDates.length; c++)
      row.getCell(c).numFmt = fmt;
    row.getCell(6).numFmt = 'dd/mm/yyyy';
  }
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 30 : i === 3 ? 28 : 14));
}

const CAMPAIGNS: Array<[string, string]> = [
  ['Spring webinar', 'Webinar'],
  ['Scoring masterclass webinar', 'Webinar'],
  ['Product launch email', 'Email'],
  ['Nurture email series', 'Email'],
  ['LinkedIn ABM', 'Social'],
  ['Organic social', 'Social'],
  ['Brand search', 'Paid search'],
  ['Competitor search', 'Paid search'],
  ['Trade show Paris', 'Event'],
  ['Customer roundtable', 'Event'],
];

function touchesCsv(): string {
  const rand = mulberry32(404);
  const lines = [
    'Prospect,Campaign,Channel,Touched at,Converted at,Revenue,Lead created at,Opportunity created at',
  ];
  const day0 = Date.UTC(2026, 0, 5);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  const pick = (weights: number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = rand() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  const firstWeights = [3, 2, 4, 1, 5, 4, 6, 3, 2, 1];
  const laterWeights = [2, 3, 3, 6, 2, 2, 3, 1, 2, 3];
  for (let p = 1; p <= 2400; p++) {
    const id = `P${String(p).padStart(5, '0')}`;
    const touches = 1 + Math.floor(rand() * rand() * 7);
    let t =
      day0 +
      Math.floor(rand() * 240) * 86_400_000 +
      Math.floor(rand() * 10 * 3_600_000) +
      8 * 3_600_000;
    const rows: Array<[number, number]> = [];
    for (let k = 0; k < touches; k++) {
      const c = pick(k === 0 ? firstWeights : laterWeights);
      rows.push([t, c]);
      // Same-day multi-channel bursts: an email, a social post and a site visit on one day.
      if (rand() < 0.18) rows.push([t + Math.floor(rand() * 5) * 3_600_000, pick(laterWeights)]);
      t += (1 + Math.floor(rand() * 20)) * 86_400_000;
    }
    const engagement = rows.length + (rows.some(([, c]) => c === 8 || c === 9) ? 3 : 0);
    const converts = rand() < Math.min(0.75, 0.08 + engagement * 0.07);
    const last = rows[rows.length - 1][0];
    const converted = converts ? last + Math.floor(rand() * 3 * 3_600_000) + 3_600_000 : null;
    const revenue = converts ? Math.round((4000 + rand() * 36000) / 100) * 100 : '';
    const lead = rows.length > 2 ? rows[1][0] + 1000 : '';
    const opp = converts && rows.length > 3 ? rows[rows.length - 2][0] + 1000 : '';
    for (const [at, c] of rows) {
      lines.push(
        [
          id,
          CAMPAIGNS[c][0],
          CAMPAIGNS[c][1],
          iso(at),
          converted ? iso(converted) : '',
          revenue,
          lead ? iso(lead as number) : '',
          opp ? iso(opp as number) : '',
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cadence examples';
  wb.created = new Date(Date.UTC(2026, 10, 22));
  wb.modified = wb.created;
  addReviewSheet(wb);
  addFrenchSheet(wb);
  await wb.xlsx.writeFile(path.join(out, 'review.xlsx'));
  // The same French sheet on its own, for French-speaking teams trying Cadence.
  const fr = new ExcelJS.Workbook();
  fr.creator = wb.creator;
  fr.created = wb.created;
  fr.modified = wb.modified;
  addFrenchSheet(fr);
  await fr.xlsx.writeFile(path.join(out, 'revue.xlsx'));
  writeFileSync(path.join(out, 'touches.csv'), touchesCsv());
  console.log('examples/review.xlsx, examples/revue.xlsx, examples/touches.csv');
}

void main();
