/**
 * Writes examples/holdout.csv (committed; rerun with `npx tsx scripts/make-holdout-example.ts`):
 * a holdout table as a CRM exports it — one row per prospect and campaign, Group test / control,
 * the assignment date, the conversion date when the prospect converted. Seeded, so the file only
 * changes when this script does. The true effects are known, which makes it a check by eye:
 *  - "Spring nurture": 4 % without it, 5 % with it (+25 %), 2,500 prospects per group;
 *  - "Webinar invitations": 3 % either way (no effect), 1,000 per group.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { mulberry32 } from '../tests/support/seeded';

const TESTS = [
  {
    campaign: 'Spring nurture',
    perGroup: 2500,
    control: 0.04,
    test: 0.05,
    start: Date.UTC(2026, 2, 2),
  },
  {
    campaign: 'Webinar invitations',
    perGroup: 1000,
    control: 0.03,
    test: 0.03,
    start: Date.UTC(2026, 3, 6),
  },
];
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

const rand = mulberry32(1);
const lines = ['Prospect,Campaign,Group,Assigned on,Converted at'];
let id = 0;
for (const t of TESTS) {
  for (let i = 0; i < 2 * t.perGroup; i++) {
    const group = rand() < 0.5 ? 'test' : 'control';
    const assigned = t.start + Math.floor(rand() * 28) * DAY;
    const converts = rand() < (group === 'test' ? t.test : t.control);
    const converted = converts ? iso(assigned + (1 + Math.floor(rand() * 40)) * DAY) : '';
    id++;
    lines.push(
      `lead${String(id).padStart(5, '0')}@example.com,${t.campaign},${group},${iso(assigned)},${converted}`,
    );
  }
}
writeFileSync(path.resolve(__dirname, '../examples/holdout.csv'), `${lines.join('\n')}\n`);
console.log('examples/holdout.csv');
