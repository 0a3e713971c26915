/**
 * The formulas the add-on writes, read by the imitation's formula parser in each syntax Sheets
 * uses: en_US, and the comma-decimal locales' ';' between arguments and '\' between array
 * columns ("Using arrays in Google Sheets", https://support.google.com/docs/answer/6208276).
 */
import fc from 'fast-check';
import { COMMA_DECIMAL_SYNTAX, EN_US_SYNTAX, parsesIn } from '@cadence/apps-script-fake';
import { inDialect } from '../../src/core/sheet-plans/formula-dialect';
import { sparklineOverRange } from '../../src/core/sheet-plans/sparkline-series';

/** Formulas of the shapes Cadence writes, in en_US syntax, from random parts. */
const number = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.option(fc.integer({ min: 0, max: 99 })))
  .map(([i, d]) => (d === null ? String(i) : `${i}.${d}`));
const text = fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`);
const reference = fc
  .tuple(fc.constantFrom('A', 'F', 'AB'), fc.integer({ min: 1, max: 500 }), fc.boolean())
  .map(([c, r, abs]) => (abs ? `$${c}${r}` : `${c}${r}`));
const leaf = fc.oneof(number, text, reference);
const formulaBody: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(
        fc.constantFrom('AND', 'LEFT', 'SUM', 'NORM.DIST'),
        fc.array(tie('expr'), { minLength: 1, maxLength: 3 }),
      )
      .map(([f, args]) => `${f}(${args.join(',')})`),
    fc.array(number, { minLength: 1, maxLength: 4 }).map((xs) => `{${xs.join(',')}}`),
    fc
      .tuple(tie('expr'), fc.constantFrom('=', '<>', '+', '&', '*'), tie('expr'))
      .map(([a, op, b]) => `${a}${op}${b}`),
  ),
})).expr;

describe('the add-on’s dialect rewrite against the imitation’s parser (property)', () => {
  test('an en_US formula parses in en_US syntax; rewritten for comma-decimal locales it parses there', () => {
    fc.assert(
      fc.property(formulaBody, (body) => {
        const formula = `=${body}`;
        expect(parsesIn(formula, EN_US_SYNTAX)).toBe(true);
        expect(parsesIn(inDialect(formula, 'comma-decimal'), COMMA_DECIMAL_SYNTAX)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Sparkline formula Refresh writes', () => {
  test('reads the same in every syntax, even for a sheet named with an apostrophe', () => {
    const formula = sparklineOverRange("Bob's review · Δ", 12, 10, 4);
    expect(formula).toBe("=SPARKLINE('Bob''s review · Δ'!K12:N12)");
    expect(inDialect(formula, 'comma-decimal')).toBe(formula);
    for (const syntax of [EN_US_SYNTAX, COMMA_DECIMAL_SYNTAX])
      expect(parsesIn(formula, syntax)).toBe(true);
    expect(sparklineOverRange('Review · Δ', 3, 10, 1)).toBe('');
  });

  test('the comma-decimal rewrite keeps strings, quoted sheet names and dotted names as they are', () => {
    expect(
      inDialect('=IF(LEFT("a,b.c",1)="a",NORM.DIST(1.5,0,1,TRUE),{1.5,2;3,4})', 'comma-decimal'),
    ).toBe('=IF(LEFT("a,b.c";1)="a";NORM.DIST(1,5;0;1;TRUE);{1,5\\2;3\\4})');
    expect(inDialect("=SUM('a,b'!A1:B2,2)", 'comma-decimal')).toBe("=SUM('a,b'!A1:B2;2)");
  });
});
