/**
 * `cadence influence FILE` prints the lift table under the models' table, as the sheet and the
 * JSON carry it: touched vs not touched per campaign, each rate with its conversions out of its
 * prospects, the difference in points with Newcombe's 95 % interval, p, and the caveat
 * "correlation, not proof: touched leads may differ" before any figure. It fits COLUMNS.
 */
import stringWidth from 'string-width';
import { cadenceWith } from './run';

const run = (columns: string, ...extra: string[]) =>
  cadenceWith(
    { COLUMNS: columns },
    'influence',
    'examples/touches.csv',
    '--tz',
    'Europe/Paris',
    '--replicates',
    '0',
    ...extra,
  );

/** The lines from the lift heading to the blank line that ends the table. */
function liftSection(stdout: string, heading: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThan(0);
  const end = lines.indexOf('', start);
  // Numbers and units are joined by no-break spaces (formatPoints, formatPercent): read as spaces.
  return lines.slice(start, end).map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
}

test('under the models: the caveat, then every campaign touched vs not touched with worked numbers', () => {
  const { code, stdout } = run('140');
  expect(code).toBe(0);
  const lift = liftSection(stdout, 'Lift: touched vs not touched (observational)');
  // The models' table comes first.
  expect(stdout.indexOf('Markov')).toBeLessThan(stdout.indexOf(lift[0]));
  expect(lift[1]).toBe('! Correlation, not proof: touched leads may differ.');
  expect(lift[2]).toMatch(/^campaign\s+Touched\s+Not touched\s+Difference\s+95 % CI \(pt\)\s+p$/);
  // examples/touches.csv: Brand search touched 761 prospects before their conversion or the end of
  // the data, 288 converted (37.8 %); of the 1,639 others 495 did (30.2 %): +7.64 pt, p < 0.001.
  const brand = lift.find((l) => l.startsWith('Brand search'));
  expect(brand?.split(/\s{2,}/)).toEqual([
    'Brand search',
    '37.8 % (288/761)',
    '30.2 % (495/1639)',
    '+7.64 pt',
    '+3.58 pt … +11.76 pt',
    '< 0.001',
  ]);
  // Competitor search: 114/344 vs 669/2056, no difference the data can tell (p = 0.826).
  expect(lift.find((l) => l.startsWith('Competitor search'))).toMatch(/\+0\.6 pt .* 0\.826$/);
  expect(lift).toHaveLength(3 + 1 + 10);
});

test('a 60-column terminal keeps the name, the difference and p, and no line is wider', () => {
  const { stdout } = run('60');
  for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
  const lift = liftSection(stdout, 'Lift: touched vs not touched (observational)');
  const header = lift.find((l) => l.startsWith('campaign'));
  expect(header).toMatch(/Difference\s+p$/);
  expect(lift.find((l) => l.startsWith('Brand search'))).toMatch(/\+7\.64 pt\s+< 0\.001$/);
});

test('in French: the heading, the caveat and the columns in French, decimal commas', () => {
  const { stdout } = run('140', '--lang', 'fr');
  const lift = liftSection(stdout, 'Effet : touchés contre non touchés (observation)');
  expect(lift[1]).toBe('! Corrélation, pas preuve : les leads touchés peuvent être différents.');
  expect(lift[2]).toMatch(/^campagne\s+Touchés\s+Non touchés\s+Différence\s+IC 95 % \(pt\)\s+p$/);
  expect(lift.find((l) => l.startsWith('Brand search'))).toMatch(
    /37,8 % \(288\/761\)\s+30,2 % \(495\/1639\)\s+\+7,64 pt\s+\+3,58 pt … \+11,76 pt\s+< 0,001$/,
  );
  expect(lift.join('\n')).not.toMatch(/\b(Touched|Not touched|Difference|Correlation)\b/);
});
