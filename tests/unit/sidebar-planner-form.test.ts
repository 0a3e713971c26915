/**
 * The holdout planner form: what the user typed (percentages, their decimal mark) becomes the
 * server request in fractions, or names the first field that is not a number.
 */
import fc from 'fast-check';
import { PLANNER_DEFAULTS, plannerRequest } from '../../sidebar/planner-form';

describe('plannerRequest', () => {
  it('the defaults: 4 % base, +20 %, power 80 %, no weekly volume', () => {
    expect(plannerRequest(PLANNER_DEFAULTS, 'en')).toEqual({
      ok: true,
      request: { baseRate: 0.04, lift: 0.2, power: 0.8, weekly: undefined },
    });
  });

  it('French decimals and a % sign read as typed; 2 000 a week', () => {
    const read = plannerRequest(
      { baseRate: '4,5 %', lift: '12,5', power: '90', weekly: '2 000' },
      'fr',
    );
    expect(read.ok && read.request.baseRate).toBeCloseTo(0.045, 12);
    expect(read.ok && read.request.lift).toBeCloseTo(0.125, 12);
    expect(read.ok && read.request.weekly).toBe(2000);
  });

  it('names the first field that is not a number', () => {
    expect(plannerRequest({ ...PLANNER_DEFAULTS, lift: 'twenty' }, 'en')).toEqual({
      ok: false,
      field: 'lift',
    });
    expect(plannerRequest({ ...PLANNER_DEFAULTS, weekly: '45/120' }, 'en')).toEqual({
      ok: false,
      field: 'weekly',
    });
  });

  it('any percentage written with the locale’s decimal mark comes back as its fraction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('en' as const, 'fr' as const),
        (hundredths, locale) => {
          const typed = (hundredths / 100).toFixed(2).replace('.', locale === 'fr' ? ',' : '.');
          const read = plannerRequest({ ...PLANNER_DEFAULTS, baseRate: typed }, locale);
          expect(read.ok && read.request.baseRate).toBeCloseTo(hundredths / 10000, 12);
        },
      ),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const read = plannerRequest({ baseRate: a, lift: b, power: '80', weekly: a }, 'en');
        if (read.ok) expect(Number.isFinite(read.request.baseRate)).toBe(true);
      }),
    );
  });
});
