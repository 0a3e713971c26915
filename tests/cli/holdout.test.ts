/**
 * `cadence holdout` and `cadence plan-holdout` as a user runs them: the JSON contracts of the
 * issue, exact; the text in English and French; bad input refused in one line with exit 2.
 */
import { cadence, tempFile } from './run';

interface Group {
  prospects: number;
  conversions: number;
  rate: number;
  ci: [number, number];
}

describe('cadence holdout', () => {
  const run = cadence('holdout', 'examples/holdout.csv', '--json');
  const json = JSON.parse(run.stdout) as {
    tests: Array<{
      campaign: string;
      test: Group;
      control: Group;
      difference: number;
      ci: [number, number];
      relativeLift: number | null;
      p: number;
      power: number;
    }>;
  };

  it('prints exactly { tests: [...] } with the contract keys, rates as fractions', () => {
    expect(run.code).toBe(0);
    expect(Object.keys(json)).toEqual(['tests']);
    expect(json.tests.map((t) => t.campaign)).toEqual(['Spring nurture', 'Webinar invitations']);
    for (const t of json.tests) {
      expect(Object.keys(t)).toEqual([
        'campaign',
        'test',
        'control',
        'difference',
        'ci',
        'relativeLift',
        'p',
        'power',
      ]);
      expect(Object.keys(t.test)).toEqual(['prospects', 'conversions', 'rate', 'ci']);
      expect(t.test.rate).toBeCloseTo(t.test.conversions / t.test.prospects, 12);
      expect(t.difference).toBeCloseTo(t.test.rate - t.control.rate, 12);
    }
  });

  it('the example’s known effects: Spring nurture (true 4 % → 5 %) covers +1 pt; webinars (no effect) are not significant', () => {
    const [spring, webinar] = json.tests;
    expect(spring.test.prospects + spring.control.prospects).toBe(5000);
    expect(spring.ci[0]).toBeLessThanOrEqual(0.01);
    expect(spring.ci[1]).toBeGreaterThanOrEqual(0.01);
    expect(webinar.p).toBeGreaterThan(0.05);
    expect(webinar.ci[0]).toBeLessThan(0);
  });

  it('a French table, and a French sheet read with --sheet', () => {
    const file = tempFile(
      'temoin.csv',
      'Prospect;Campagne;Groupe;Converti le\np1;Relance;témoin;\np2;Relance;test;01/03/2026\n' +
        'p3;Relance;test;\np4;Relance;témoin;\n',
    );
    const text = cadence('holdout', file, '--lang', 'fr');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Témoin');
    expect(text.stdout).toContain('50 % (1/2)');
    const missing = tempFile('sans-groupe.csv', 'Prospect,Campaign,Converted at\np1,A,\n');
    const refused = cadence('holdout', missing, '--lang', 'fr');
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('n’a pas les colonnes Group');
  });
});

describe('cadence plan-holdout', () => {
  /** `cadence plan-holdout --base-rate … --lift …`, each option as the user types it. */
  const planHoldout = (options: Record<string, string>, ...flags: string[]) =>
    cadence(
      'plan-holdout',
      ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]),
      ...flags,
    );

  it('prints exactly { perGroup, total, weeks } (power.prop.test: 10,316.2 → 10,317)', () => {
    const run = planHoldout({ 'base-rate': '0.04', lift: '0.2', weekly: '2000' }, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ perGroup: 10317, total: 20634, weeks: 11 });
  });

  it('R’s documented example (p1 = 0.5, p2 = 0.75, power 0.9): 77 per group; no --weekly, no weeks', () => {
    const run = planHoldout({ 'base-rate': '0.5', lift: '0.5', power: '0.9' }, '--json');
    expect(JSON.parse(run.stdout)).toEqual({ perGroup: 77, total: 154, weeks: null });
  });

  it('percents and French decimals read as the user typed them; the sentence in French', () => {
    const run = planHoldout({ 'base-rate': '4 %', lift: '0,2', weekly: '2000', lang: 'fr' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('10\u202f317 prospects par groupe');
    expect(run.stdout).toContain('Environ 11 semaines');
  });

  it('an impossible plan is one line, exit 2, in the user’s language', () => {
    const run = planHoldout({ 'base-rate': '0.9', lift: '0.2', lang: 'fr' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'cadence: Avec cet effet, le groupe test convertirait à 100 % ou plus.\n',
    );
  });
});

describe('cadence influence --json: "lift"', () => {
  it('one row per campaign, touched vs untouched, with the contract keys and the caveat', () => {
    const run = cadence('influence', 'examples/touches.csv', '--tz', 'Europe/Paris', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      spread: Record<string, unknown>;
      notes: string[];
      lift: Array<{
        campaign: string;
        touched: Group;
        untouched: Group;
        difference: number;
        ci: number[];
        p: number;
      }>;
    };
    expect(json.lift.map((l) => l.campaign)).toEqual(Object.keys(json.spread));
    for (const l of json.lift) {
      expect(Object.keys(l)).toEqual(['campaign', 'touched', 'untouched', 'difference', 'ci', 'p']);
      expect(Object.keys(l.untouched)).toEqual(['prospects', 'conversions', 'rate', 'ci']);
      // Every prospect is on one side or the other.
      expect(l.touched.prospects + l.untouched.prospects).toBe(
        json.lift[0].touched.prospects + json.lift[0].untouched.prospects,
      );
    }
    expect(json.notes).toContain('lift: correlation, not proof: touched leads may differ');
  });
});
