/**
 * One unit rule for every change Cadence shows: a rate's change in percentage points, a count's
 * in its own unit, a relative change in %, and ▲/▼ for the sign only (better/worse is a word or
 * a colour). Reported: a rate's "Last change" read "+0.3%" next to a relative "▲ 8.4%".
 */
import {
  changeArrow,
  changeLegend,
  changeWord,
  formatAbsoluteChange,
  formatChange,
  formatRelativeChange,
  sheetAbsoluteChange,
  sheetPeriodChange,
} from '../../src/core/stats/change-format';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('a rate’s change is in percentage points', () => {
  // Conversion rate 3.6 % → 3.9 %: +0.3 points, +8.3 % relative to 3.6 %.
  const abs = 0.039 - 0.036;
  const pct = abs / 0.036;

  it('reads "+0.3 pt" in English and "+0,3 pt" in French, never "+0.3%"', () => {
    expect(formatAbsoluteChange(abs, true, 'en')).toBe(`+0.3${NBSP}pt`);
    expect(formatAbsoluteChange(abs, true, 'fr')).toBe(`+0,3${NBSP}pt`);
    expect(formatAbsoluteChange(-abs, true, 'en')).toBe(`-0.3${NBSP}pt`);
    expect(formatAbsoluteChange(abs, true, 'en')).not.toMatch(/%/);
    // A newsletter's unsubscribe rate 0.40 % → 0.36 %: never "-0.0 pt".
    expect(formatAbsoluteChange(0.0036 - 0.004, true, 'en')).toBe(`-0.04${NBSP}pt`);
  });

  it('keeps the relative change relative: "▲ 8.3%"', () => {
    expect(formatRelativeChange(pct, 'en')).toBe('▲ 8.3%');
    expect(formatRelativeChange(pct, 'fr')).toBe(`▲ 8,3${NBSP}%`);
  });

  it('shows a rate in one column as points with the arrow as sign', () => {
    expect(formatChange({ abs, pct }, true, 'en')).toBe(`▲ 0.3${NBSP}pt`);
    expect(formatChange({ abs: -abs, pct: -pct }, true, 'fr')).toBe(`▼ 0,3${NBSP}pt`);
  });

  it('writes points into the sheet with a "pt" number format (Sheets shows 0,3 in French files)', () => {
    const cell = sheetAbsoluteChange(abs, true);
    expect(cell.value).toBeCloseTo(0.3, 12);
    expect(cell.format).toBe('+0.0#" pt";-0.0#" pt";0.0" pt"');
    const period = sheetPeriodChange({ abs, pct }, true);
    expect(period?.value).toBeCloseTo(0.3, 12);
    expect(period?.format).toBe('"▲ "0.0#" pt";"▼ "0.0#" pt";"= "0.0" pt"');
  });
});

describe('a count’s change is in its own unit', () => {
  it('1,200 → 1,235 leads is "+35", relative "▲ 2.9%"', () => {
    expect(formatAbsoluteChange(35, false, 'en')).toBe('+35');
    expect(formatAbsoluteChange(-1234.5, false, 'fr')).toBe(`-1${NNBSP}234,5`);
    expect(formatChange({ abs: 35, pct: 35 / 1200 }, false, 'en')).toBe('▲ 2.9%');
    expect(sheetAbsoluteChange(35, false)).toEqual({ value: 35, format: '+#,##0.##;-#,##0.##;0' });
  });

  it('a rise from 0 has no percentage: "new", or the absolute figure in one column', () => {
    expect(formatRelativeChange(null, 'en')).toBe('new');
    expect(formatRelativeChange(null, 'fr')).toBe('nouveau');
    expect(formatChange({ abs: 12, pct: null }, false, 'en')).toBe('▲ 12');
    expect(sheetPeriodChange({ abs: 12, pct: null }, false)).toBeNull();
  });
});

describe('arrows give the sign, words give the verdict', () => {
  it('▲ is up even when up is bad news (unsubscribes rising)', () => {
    // Unsubscribe rate 0.5 % → 0.6 %: up, and worse for this metric.
    expect(changeArrow(0.001)).toBe('▲');
    expect(changeArrow(-0.001)).toBe('▼');
    expect(changeArrow(0)).toBe('=');
    expect(changeWord('worsened', 'en')).toBe('worsened');
    expect(changeWord('worsened', 'fr')).toBe('en recul');
  });

  it('has a legend in both languages that names arrows, colours and points', () => {
    expect(changeLegend('en')).toMatch(/▲ up, ▼ down/);
    expect(changeLegend('en')).toMatch(/percentage points \(pt\)/);
    expect(changeLegend('fr')).toMatch(/▲ hausse, ▼ baisse/);
    expect(changeLegend('fr')).toMatch(/points de pourcentage \(pt\)/);
  });
});
