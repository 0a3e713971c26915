/**
 * How a difference between two values reads for a metric: improved, worsened or unchanged.
 * Float arithmetic leaves crumbs (0.1 + 0.2 − 0.3 = 5.6e-17); a difference that small relative to
 * the values is no change at all, so it is reported as exactly 0 and never as a gain or a loss.
 */
import type { Polarity } from '../types';

export type Change = 'improved' | 'worsened' | 'unchanged';

/** Relative size below which a difference is rounding noise. */
const RELATIVE_NOISE = 1e-12;

/** `to − from`, snapped to 0 when it is rounding noise. */
export function difference(from: number, to: number): number {
  const abs = to - from;
  const scale = Math.max(Math.abs(from), Math.abs(to));
  return Math.abs(abs) <= RELATIVE_NOISE * scale ? 0 : abs;
}

/**
 * abs / |from|, or null when from is 0 (shown as "new" / "—", never ±100% or ∞). A from so close
 * to 0 that the ratio overflows (5e-324) is treated the same way.
 */
export function relativeChange(abs: number, from: number): number | null {
  if (from === 0) return null;
  const pct = abs / Math.abs(from);
  return Number.isFinite(pct) ? pct : null;
}

export function changeIn(abs: number, polarity: Polarity): Change {
  if (abs === 0) return 'unchanged';
  const up = abs > 0;
  return up === (polarity === 'higher_is_better') ? 'improved' : 'worsened';
}
