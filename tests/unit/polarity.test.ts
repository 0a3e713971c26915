import type { Polarity } from '../../src/core/types';
import {
  isLowerIsBetterMetric,
  polarityFor,
  polarityFromDirection,
} from '../../src/core/review/polarity';

describe('polarity: which way is good for a metric', () => {
  const polarityByDirection: Record<string, Polarity> = {
    'Lower is better': 'lower_is_better',
    lower: 'lower_is_better',
    Down: 'lower_is_better',
    '↓': 'lower_is_better',
    'Plus bas': 'lower_is_better',
    'Plus bas = mieux': 'lower_is_better',
    "Moins c'est mieux": 'lower_is_better',
    'À la baisse': 'lower_is_better',
    Baisse: 'lower_is_better',
    'Higher is better': 'higher_is_better',
    higher: 'higher_is_better',
    '↑': 'higher_is_better',
    'Plus haut': 'higher_is_better',
    "Plus c'est mieux": 'higher_is_better',
    Hausse: 'higher_is_better',
    'Plus élevé': 'higher_is_better',
  };
  test.each(Object.entries(polarityByDirection))('Direction %p reads as %s', (text, expected) => {
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

  // By name: the costs and losses go down when things go well; CPL and CPA only as whole words.
  const lowerIsBetterByName: Record<string, boolean> = {
    'Unsubscribe rate': true,
    Unsubscribes: true,
    'Bounce rate': true,
    'Hard bounces': true,
    'Spam complaints': true,
    'Churn %': true,
    'Cost per lead': true,
    'CPL (€)': true,
    CPA: true,
    CAC: true,
    'Cost per acquisition': true,
    'Taux de désabonnement': true,
    Désabonnements: true,
    'Taux de rebond': true,
    'Plaintes spam': true,
    Attrition: true,
    'Coût par lead': true,
    "Coût d'acquisition": true,
    'Coût par acquisition': true,
    Leads: false,
    'MQL acceptance rate': false,
    'Open rate': false,
    'Campaign revenue': false,
    'Webinar attendees': false,
    'CPLX score': false,
    'Encpa index': false,
    Scpl: false,
    'Rebondir sur les leads chauds': false,
    'Taux de clic': false,
  };
  test.each(Object.entries(lowerIsBetterByName))(
    'Metric %p: lower is better is %p',
    (metric, lower) => {
      expect(isLowerIsBetterMetric(metric)).toBe(lower);
    },
  );

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
