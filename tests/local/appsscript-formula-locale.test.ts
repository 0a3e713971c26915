/**
 * Formula syntax per spreadsheet locale. Sheets writes formulas in the locale's syntax: where the
 * decimal separator is a comma, arguments are separated by ';' and array columns by '\'
 * ("Using arrays in Google Sheets", https://support.google.com/docs/answer/6208276). Whether a
 * script's formula is read that way or always in en_US syntax is undocumented: the imitation
 * models both (`spreadsheet.formulaParsing`). A formula that does not parse reads back #ERROR!
 * ("Formula parse error."); a conditional-format rule whose formula does not parse is refused
 * with the Sheets API's wording for an unreadable condition value (Sheets API, conditional
 * formatting: https://developers.google.com/sheets/api/samples/conditional-formatting).
 */
import fc from 'fast-check';
import {
  createAppsScript,
  COMMA_DECIMAL_SYNTAX,
  EN_US_SYNTAX,
  parsesIn,
  type FormulaParsing,
} from '@cadence/apps-script-fake';
import { inDialect } from '../../src/core/sheet-plans/formula-dialect';
import { sparklineOverRange } from '../../src/core/sheet-plans/sparkline-series';

const SPARKLINE_EN = '=SPARKLINE({1.2,3})';
const SPARKLINE_COMMA = '=SPARKLINE({1,2\\3})';
const FLAG_EN = '=AND(N("cadence")=0,LEFT($F2,1)="‼")';
const FLAG_COMMA = '=AND(N("cadence")=0;LEFT($F2;1)="‼")';

function sheetIn(locale: string, parsing: FormulaParsing) {
  const env = createAppsScript({ timeZone: 'Europe/Paris', spreadsheetLocale: locale });
  env.spreadsheet.formulaParsing = parsing;
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, app: env.globals.SpreadsheetApp, sheet: ss.getActiveSheet() };
}

function displayed(locale: string, parsing: FormulaParsing, formula: string): string {
  const { sheet } = sheetIn(locale, parsing);
  sheet.getRange('A1').setValues([[formula]]);
  sheet.getRange('A2').setFormula(formula);
  const [[a], [b]] = sheet.getRange('A1:A2').getDisplayValues();
  expect(sheet.getRange('A1').getFormula()).toBe(formula);
  expect(a).toBe(b);
  return a;
}

describe('formulas written by a script, per spreadsheet locale (support.google.com/docs/answer/6208276)', () => {
  test.each(['fr_FR', 'de_DE'])(
    '%s, read in the locale syntax: =SPARKLINE({1.2,3}) shows #ERROR!, {1,2\\3} parses',
    (locale) => {
      expect(displayed(locale, 'spreadsheet-locale', SPARKLINE_EN)).toBe('#ERROR!');
      expect(displayed(locale, 'spreadsheet-locale', SPARKLINE_COMMA)).toBe('');
    },
  );

  test.each(['fr_FR', 'de_DE'])(
    '%s, read in en_US syntax: =SPARKLINE({1.2,3}) parses, {1,2\\3} shows #ERROR!',
    (locale) => {
      expect(displayed(locale, 'en_US', SPARKLINE_EN)).toBe('');
      expect(displayed(locale, 'en_US', SPARKLINE_COMMA)).toBe('#ERROR!');
    },
  );

  test('en_US reads en_US syntax under both hypotheses; a range formula parses everywhere', () => {
    for (const parsing of ['en_US', 'spreadsheet-locale'] as const) {
      expect(displayed('en_US', parsing, SPARKLINE_EN)).toBe('');
      expect(displayed('en_US', parsing, FLAG_COMMA)).toBe('#ERROR!');
      for (const locale of ['fr_FR', 'de_DE', 'en_US'])
        expect(displayed(locale, parsing, "=SPARKLINE('Review · Δ'!K5:P5)")).toBe('');
    }
  });

  test('getValues of an unparsable formula cell is the text #ERROR! too', () => {
    const { sheet } = sheetIn('fr_FR', 'spreadsheet-locale');
    sheet.getRange('B2').setValue(FLAG_EN);
    expect(sheet.getRange('B2').getValue()).toBe('#ERROR!');
  });
});

describe('conditional-format custom formulas, per spreadsheet locale', () => {
  function setRule(locale: string, parsing: FormulaParsing, formula: string): () => void {
    const { app, sheet } = sheetIn(locale, parsing);
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground('#f4c7c3')
      .setRanges([sheet.getRange('A2:A20')])
      .build();
    return () => sheet.setConditionalFormatRules([rule]);
  }

  test.each(['fr_FR', 'de_DE'])(
    '%s in the locale syntax: the en_US rule is refused with Google’s wording, the ";" one kept',
    (locale) => {
      expect(setRule(locale, 'spreadsheet-locale', FLAG_EN)).toThrow(
        `Invalid ConditionValue.userEnteredValue: ${FLAG_EN} for ConditionType: CUSTOM_FORMULA`,
      );
      expect(setRule(locale, 'spreadsheet-locale', FLAG_COMMA)).not.toThrow();
    },
  );

  test.each(['fr_FR', 'de_DE'])(
    '%s in en_US syntax: the en_US rule is kept, the ";" one refused',
    (locale) => {
      expect(setRule(locale, 'en_US', FLAG_EN)).not.toThrow();
      expect(setRule(locale, 'en_US', FLAG_COMMA)).toThrow(/^Invalid ConditionValue/);
    },
  );

  test('a refused rule leaves the sheet’s rules as they were', () => {
    const { app, sheet } = sheetIn('fr_FR', 'spreadsheet-locale');
    const ok = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>1')
      .setBackground('#ffffff')
      .setRanges([sheet.getRange('B2:B9')])
      .build();
    sheet.setConditionalFormatRules([ok]);
    const bad = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(FLAG_EN)
      .setBackground('#ffffff')
      .setRanges([sheet.getRange('B2:B9')])
      .build();
    expect(() => sheet.setConditionalFormatRules([ok, bad])).toThrow();
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });
});

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
