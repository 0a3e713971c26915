/**
 * The review table as a person reads it: it fits the terminal (COLUMNS, default 100), wide
 * names measured as the terminal shows them, words rather than internal ids, arrows that give
 * the sign of the change with better/worse in words, a legend, and French on request.
 */
import stringWidth from 'string-width';
import { cadence, cadenceWith, tempFile } from './run';

const asOf = ['--today', '2026-11-22', '--tz', 'Europe/Paris'];
const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));
const line = (text: string, name: string) => text.split('\n').find((l) => l.includes(name)) ?? '';

describe('COLUMNS=80 npx cadence review examples/review.xlsx', () => {
  const run = cadenceWith({ COLUMNS: '80' }, 'review', 'examples/review.xlsx', ...asOf);

  it('prints no line longer than 80 characters', () => {
    expect(run.code).toBe(0);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('Behavioral score');
  });

  it('gives the sign with the arrow and the judgement in words', () => {
    // Duplicate merge rate fell 0.4 pt, and lower is better for it: ▼, better.
    expect(line(run.stdout, 'Duplicate merge rule')).toMatch(/▼ 0\.4\spt improved/);
    // Behavioral score acceptance fell 6.22 points: ▼, worse.
    expect(line(run.stdout, 'Behavioral score')).toMatch(/▼ 6\.22\spt worsened/);
    // Event follow-up nurture rose 15.8 % (a count, so relative): ▲, better.
    expect(line(run.stdout, 'Event follow-up nurture')).toMatch(/▲ 15\.8% improved/);
    expect(run.stdout).toMatch(/▲ up, ▼ down, = unchanged\./);
  });
});

it('without COLUMNS or a terminal the table is 100 wide, in words, not internal ids', () => {
  const run = cadence('review', 'examples/review.xlsx', ...asOf);
  expect(widest(run.stdout)).toBeLessThanOrEqual(100);
  const wide = cadenceWith({ COLUMNS: '160' }, 'review', 'examples/review.xlsx', ...asOf);
  expect(line(wide.stdout, 'Behavioral score')).toMatch(/scoring rule\s+‼ Urgent/);
  expect(wide.stdout).not.toMatch(/scoring_rule|automation_rule|lead_assignment|due_soon/);
  expect(line(wide.stdout, 'Behavioral score')).toMatch(/▼ falling/);
});

it('cuts wide names (emoji, CJK) with … at the terminal width, as the terminal counts columns', () => {
  const file = tempFile(
    'wide.csv',
    'Program,Baseline,Type,2026-08-31\n' +
      '🚀 Lancement 产品发布会 du programme de nurturing,10,Nurture,12\n' +
      'Webinar 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉,10,Webinar,11\n',
  );
  const run = cadenceWith({ COLUMNS: '60' }, 'review', file, ...asOf, '--why');
  expect(run.code).toBe(0);
  expect(widest(run.stdout)).toBeLessThanOrEqual(60);
  expect(run.stdout).toMatch(/🚀 Lancement 产品.*…/);
  // --why: the reason under the row.
  expect(run.stdout).toMatch(/next review 90 days later/);
});

describe('npx cadence review examples/revue.xlsx --lang fr', () => {
  const run = cadence('review', 'examples/revue.xlsx', ...asOf, '--lang', 'fr');

  it('prints the table, statuses, trends and group notes in French', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Revue · aujourd’hui 22\/11\/2026 · 8 programmes/);
    expect(line(run.stdout, 'Livre blanc RGPD')).toMatch(
      /● En retard\s+30\/08\/2026\s+▼ 4,9\s%\sen recul\s+→ stable/,
    );
    expect(run.stdout).toContain('Vidéos en hausse, Webinars en baisse');
    expect(run.stdout).toContain('R 31/08/2026 incomplète — lignes manquantes 8');
  });

  it('prints no English status or trend word', () => {
    const english =
      /\b(Overdue|Due soon|Collecting|Unscheduled|rising|falling|flat|too few points|improved|worsened|done|incomplete|scheduled|missing rows|today|programs|last change|next review)\b/i;
    expect(run.stdout).not.toMatch(english);
  });
});

it('`influence --by channel` says "channel", with readiness first, model names and ties in words', () => {
  const run = cadenceWith(
    { COLUMNS: '200' },
    'influence',
    'examples/touches.csv',
    '--by',
    'channel',
    '--tz',
    'Europe/Paris',
  );
  expect(run.code).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines[0]).toBe('Data readiness: check these before trusting any model');
  // 783 conversions in examples/touches.csv; 125 of them end on a day with several channels.
  expect(run.stdout).toMatch(/125 of 783 credited conversions \(16 %\) had several channels/);
  const start = lines.findIndex((l) => /credit by channel$/.test(l));
  expect(start).toBeGreaterThan(0);
  const header = lines[start + 2];
  expect(header).toMatch(/^channel\s+First touch\s+Last touch/);
  expect(header).not.toMatch(/campaign/);
  expect(header).toMatch(/Tied within noise with$/);
  expect(run.stdout).not.toMatch(/first_touch|not-top-3|model_dependent/);
});
