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
import { createAppsScript, type FormulaParsing } from '../src';

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
