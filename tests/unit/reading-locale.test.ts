import { parseLocaleTag, readingConventions } from '../../src/core/reading/locale';

describe('locales as Sheets and users write them', () => {
  test.each([
    ['en_US', 'en-US'],
    ['fr_FR', 'fr-FR'],
    ['fr', 'fr'],
    ['en-gb', 'en-GB'],
    ['es_419', 'es-419'],
    ['zh-Hans-CN', 'zh-CN'],
    ['fil', 'fil'],
  ])('%s → %s', (text, tag) => {
    expect(parseLocaleTag(text)?.tag).toBe(tag);
  });

  test.each(['', 'klingon', 'xx_YY', 'en_US_POSIX_x', '12'])(
    '"%s" is not a locale Cadence knows',
    (text) => {
      expect(parseLocaleTag(text)).toBeNull();
    },
  );
});

describe('day/month order', () => {
  test.each([
    ['en_US', 'month_first'], // 10/1/2026 is 1 October
    ['en', 'month_first'],
    ['en_GB', 'day_first'], // 10 January
    ['en_AU', 'day_first'],
    ['fr_FR', 'day_first'],
    ['fr_CA', 'day_first'],
    ['de_DE', 'day_first'],
  ])('%s reads %s', (locale, order) => {
    expect(readingConventions(locale, null).dateOrder).toBe(order);
  });

  test('without a locale: French headers day first, English month first, neither day first', () => {
    expect(readingConventions(null, 'fr')).toMatchObject({
      dateOrder: 'day_first',
      basis: 'headers',
    });
    expect(readingConventions(null, 'en')).toMatchObject({
      dateOrder: 'month_first',
      basis: 'headers',
    });
    expect(readingConventions(undefined, null)).toMatchObject({
      dateOrder: 'day_first',
      basis: 'default',
    });
  });

  test('a locale outranks the header language', () => {
    expect(readingConventions('en_GB', 'en')).toMatchObject({
      dateOrder: 'day_first',
      locale: 'en-GB',
    });
  });
});

describe('decimal separator', () => {
  // The table is hand-written so every runtime reads a cell the same way; Node ships full ICU
  // (CLDR), so here it is checked against it.
  test.each([
    'en-US',
    'en-GB',
    'fr-FR',
    'fr-CA',
    'fr-CH',
    'de-DE',
    'de-CH',
    'es-ES',
    'es-MX',
    'it-IT',
    'pt-BR',
    'nl-NL',
    'ru-RU',
    'pl-PL',
    'sv-SE',
    'ja-JP',
    'zh-CN',
    'ko-KR',
    'tr-TR',
    'id-ID',
    'hi-IN',
    'he-IL',
  ])('%s agrees with CLDR', (locale) => {
    const decimal = new Intl.NumberFormat(locale)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
    expect(readingConventions(locale, null).decimal).toBe(
      decimal === ',' ? 'decimal_comma' : 'decimal_point',
    );
  });
});
