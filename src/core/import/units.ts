/**
 * A number follows its row's units: a rate stays a fraction, and a value about 100 times off
 * the row's recent values (45 against 0.45, or 0.45 against 45) is a unit slip — percentage
 * points for a fraction, a rate for a count — flagged for the user, never written.
 */
import { isPercentMetric } from '../review/metrics';
import type { NumberForm } from '../review/values';

export type UnitCheck =
  | { readonly kind: 'ok' }
  /** A bare 45 for a row of rates kept as fractions. */
  | { readonly kind: 'points'; readonly fraction: number }
  | { readonly kind: 'off'; readonly typical: number };

/** Beyond 10^1.5 (about 32×) either way, the value is in another unit than its row. */
const OFF_BY = 1.5;
/** The latest values the comparison uses. */
const RECENT = 3;

function median(values: readonly number[]): number | null {
  const sizes = values.map(Math.abs).filter((v) => v > 0 && Number.isFinite(v));
  if (sizes.length === 0) return null;
  sizes.sort((a, b) => a - b);
  const mid = sizes.length >> 1;
  return sizes.length % 2 === 1 ? sizes[mid] : (sizes[mid - 1] + sizes[mid]) / 2;
}

/**
 * `history`: the row's values in date order (baseline first). A row is a rate row when its
 * Metric names a percentage or its values are all fractions.
 */
export function checkUnits(
  value: number,
  form: NumberForm,
  metric: string | null,
  history: readonly number[],
): UnitCheck {
  const fractions = history.length > 0 && history.every((v) => v >= 0 && v <= 1);
  const rateRow =
    (metric !== null && isPercentMetric(metric)) ||
    (fractions && history.some((v) => v > 0 && v < 1));
  if (rateRow && form === 'plain' && value > 1 && value <= 100)
    return { kind: 'points', fraction: value / 100 };
  const typical = median(history.slice(-RECENT));
  if (typical === null || value === 0) return { kind: 'ok' };
  return Math.abs(Math.log10(Math.abs(value) / typical)) >= OFF_BY
    ? { kind: 'off', typical }
    : { kind: 'ok' };
}
