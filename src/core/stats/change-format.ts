/**
 * The one unit rule for every change Cadence shows — in the sheet's owned columns, the Δ sheet,
 * the sidebar, the CLI and the exported .xlsx:
 *
 * - the change of a rate is a difference of percentages, so it is in percentage points:
 *   0.450 → 0.453 is "+0.3 pt" ("+0,3 pt" in French), never "+0.3%", which would read as a
 *   relative change next to the relative "▲ 0.7%";
 * - the change of a count is in the metric's own unit ("+35", "−1,234");
 * - a relative change is a percentage of the earlier value ("▲ 8.4%"), "new" when it was 0;
 * - ▲ / ▼ give the sign of the change (up / down) everywhere; whether that is good news for the
 *   metric (fewer unsubscribes is better) is the colour and, for screen readers and plain text,
 *   a word ("improved" / "worsened").
 *
 * Text goes through Intl.NumberFormat (available in Apps Script's V8 runtime, Node and browsers);
 * `sheetChange*` give the same rule as a cell value plus number format, so Sheets and Excel show
 * the figure in the spreadsheet's own locale.
 */
import type { Change } from './change';
import type { Locale } from '../types';

export type ChangeArrow = '▲' | '▼' | '=';

const TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };

/** The symbol of percentage points: "pt" in English and French alike (ISO 80000 style). */
export const POINTS_UNIT = 'pt';

/** ▲ up, ▼ down, = no change: the sign, never the verdict. */
export function changeArrow(x: number): ChangeArrow {
  return x > 0 ? '▲' : x < 0 ? '▼' : '=';
}

function decimal(locale: Locale, value: number, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(TAGS[locale], options).format(value);
}

/**
 * A rate's difference (fractions, 0.003) as signed percentage points: "+0.3 pt", "-0,3 pt";
 * a second decimal when it matters ("-0.04 pt"), so a small move never reads "-0.0 pt".
 */
export function formatPoints(diff: number, locale: Locale): string {
  const shown = decimal(locale, diff * 100, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return `${shown}\u00a0${POINTS_UNIT}`;
}

/**
 * An absolute change in the row's own unit: percentage points for a rate ("+0.3 pt"), the
 * metric's unit for a count ("+35", "-1,234.5").
 */
export function formatAbsoluteChange(abs: number, isRate: boolean, locale: Locale): string {
  if (isRate) return formatPoints(abs, locale);
  return decimal(locale, abs, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
}

const NEW: Record<Locale, string> = { en: 'new', fr: 'nouveau' };

/** A relative change with its arrow: "▲ 8.4%", "▼ 3,0 %", "= 0.0%"; "new" when from 0 (null). */
export function formatRelativeChange(pct: number | null, locale: Locale): string {
  if (pct === null) return NEW[locale];
  const shown = decimal(locale, Math.abs(pct), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${changeArrow(pct)} ${shown}`;
}

export interface ChangeFigures {
  readonly abs: number;
  /** Relative to the earlier value; null when that was 0. */
  readonly pct: number | null;
}

/**
 * The single figure for a one-column display (the CLI table, the sidebar card): a rate's change in
 * points ("▲ 0.3 pt"), a count's relative change ("▲ 8.4%"), or its absolute change when the
 * earlier value was 0 ("▲ 35"). The arrow carries the sign, so the number is unsigned.
 */
export function formatChange(change: ChangeFigures, isRate: boolean, locale: Locale): string {
  if (!isRate && change.pct !== null) return formatRelativeChange(change.pct, locale);
  const magnitude = formatAbsoluteChange(Math.abs(change.abs), isRate, locale);
  return `${changeArrow(change.abs)} ${magnitude.replace(/^\+/, '')}`;
}

/**
 * The same figure as `formatChange`, signed instead of arrowed ("+0.3 pt", "-3.0%", "+12"): for
 * screen readers, which read ▲ as a shape, and for plain text.
 */
export function formatSignedChange(change: ChangeFigures, isRate: boolean, locale: Locale): string {
  if (isRate || change.pct === null) return formatAbsoluteChange(change.abs, isRate, locale);
  return decimal(locale, change.pct, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
}

const WORDS: Record<Locale, Record<Change, string>> = {
  en: { improved: 'improved', worsened: 'worsened', unchanged: 'unchanged' },
  fr: { improved: 'en progrès', worsened: 'en recul', unchanged: 'stable' },
};

/** Better or worse for this metric, in words: what the colour says, for screen readers and text. */
export function changeWord(direction: Change, locale: Locale): string {
  return WORDS[locale][direction];
}

const LEGEND: Record<Locale, string> = {
  en: '▲ up, ▼ down, = unchanged. Green: better for this metric, red: worse (fewer unsubscribes is better). A rate’s change is in percentage points (pt); % is relative to the previous value.',
  fr: '▲ hausse, ▼ baisse, = stable. Vert : mieux pour cet indicateur, rouge : moins bien (moins de désabonnements, c’est mieux). La variation d’un taux est en points de pourcentage (pt) ; % est relatif à la valeur précédente.',
};

/** One line explaining arrows, colours and units, for the sheet's header notes and the CLI. */
export function changeLegend(locale: Locale): string {
  return LEGEND[locale];
}

/** A cell value plus its number format: Sheets and Excel render it in the file's own locale. */
export interface SheetFigure {
  readonly value: number;
  readonly format: string;
}

/** Signed, in the row's unit: "+0.3 pt" for a rate (stored as points), "+1,234" for a count. */
export function sheetAbsoluteChange(abs: number, isRate: boolean): SheetFigure {
  return isRate
    ? {
        value: abs * 100,
        format: `+0.0#" ${POINTS_UNIT}";-0.0#" ${POINTS_UNIT}";0.0" ${POINTS_UNIT}"`,
      }
    : { value: abs, format: '+#,##0.##;-#,##0.##;0' };
}

/** A relative change, the arrow giving its sign: "▲ 12.5%", "▼ 3.0%", "= 0.0%". */
export const RELATIVE_CHANGE_FORMAT = '"▲ "0.0%;"▼ "0.0%;"= "0.0%';

/** A period's change in the Δ sheet: points for a rate ("▲ 0.3 pt"), relative for a count. */
export function sheetPeriodChange(change: ChangeFigures, isRate: boolean): SheetFigure | null {
  if (isRate) {
    const unit = `" ${POINTS_UNIT}"`;
    return { value: change.abs * 100, format: `"▲ "0.0#${unit};"▼ "0.0#${unit};"= "0.0${unit}` };
  }
  return change.pct === null ? null : { value: change.pct, format: RELATIVE_CHANGE_FORMAT };
}
