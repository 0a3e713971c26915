import { isLowerIsBetterMetric, polarityFor, polarityFromDirection } from '../../src/core/review/polarity';

describe('polarity: which way is good for a metric', () => {
  test.each([
    ['Lower is better', 'lower_is_better'],
    ['lower', 'lower_is_better'],
    ['Down', 'lower_is_better'],
    ['↓', 'lower_is_better'],
    ['Plus bas', 'lower_is_better'],
    ['Plus bas = mieux', 'lower_is_better'],
    ["Moins c'est mieux", 'lower_is_better'],
    ['À la baisse', 'lower_is_better'],
    ['Baisse', 'lower_is_better'],
    ['Higher is better', 'higher_is_better'],
    ['higher', 'higher_is_better'],
    ['↑', 'higher_is_better'],
    ['Plus haut', 'higher_is_better'],
    ["Plus c'est mieux", 'higher_is_better'],
    ['Hausse', 'higher_is_better'],
    ['Plus élevé', 'higher_is_better'],
  ])('Direction %p reads as %s', (text, expected) => {
    expect(polarityFromDirection(text)).toBe(expected);
  });

  test.each(['', '  ', 'n/a', '?', 'both'])('Direction %p is not understood (null)', (text) => {
    expect(polarityFromDirection(text)).toBeNull();
  });

  test('"Plus les chiffres montent, mieux c\'est" is not read as lower ("les" is not "less")', () => {
    expect(polarityFromDirection("Plus les chiffres montent, mieux c'est")).toBe(
      'higher_is_better',
    );
  });

  test.each([
    'Unsubscribe rate',
    'Unsubscribes',
    'Bounce rate',
    'Hard bounces',
    'Spam complaints',
    'Churn %',
    'Cost per lead',
    'CPL (€)',
    'CPA',
    'CAC',
    'Cost per acquisition',
    'Taux de désabonnement',
    'Désabonnements',
    'Taux de rebond',
    'Plaintes spam',
    'Attrition',
    'Coût par lead',
    "Coût d'acquisition",
    'Coût par acquisition',
  ])('Metric %p is lower-is-better by name', (metric) => {
    expect(isLowerIsBetterMetric(metric)).toBe(true);
  });

  test.each([
    'Leads',
    'MQL acceptance rate',
    'Open rate',
    'Campaign revenue',
    'Webinar attendees',
    'CPLX score',
    'Encpa index',
    'Scpl',
    'Rebondir sur les leads chauds',
    'Taux de clic',
  ])('Metric %p is not lower-is-better (CPL/CPA match as words only)', (metric) => {
    expect(isLowerIsBetterMetric(metric)).toBe(false);
  });

  test('an explicit Direction wins over the Metric name; then the Metric; then higher is better', () => {
    expect(polarityFor({ direction: 'Higher is better', metric: 'Bounce rate' })).toBe(
      'higher_is_better',
    );
    expect(polarityFor({ direction: 'lower', metric: 'Leads' })).toBe('lower_is_better');
    expect(polarityFor({ direction: '', metric: 'Bounce rate' })).toBe('lower_is_better');
    expect(polarityFor({ direction: 'gibberish', metric: 'CPL' })).toBe('lower_is_better');
    expect(polarityFor({ metric: 'Leads' })).toBe('higher_is_better');
    expect(polarityFor({})).toBe('higher_is_better');
  });
});
