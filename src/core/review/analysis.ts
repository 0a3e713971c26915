/**
 * Everything the review report says about one row's numbers: short-term change, change since the
 * baseline, whether the latest move is signal or noise, the long-term trend and quarterly view.
 */
import { againstBaseline, periodDeltas, type BaselineComparison, type Delta } from '../stats/deltas';
import { quarterlyView, type QuarterlyView } from '../stats/quarters';
import { toSeries, type SeriesInput } from '../stats/series';
import { latestSignal, type Signal } from '../stats/signal';
import { longTermTrend, type Trend } from '../stats/trend';

export interface SeriesAnalysis {
  readonly deltas: ReadonlyArray<Delta>;
  readonly vsBaseline: BaselineComparison | null;
  readonly signal: Signal;
  readonly trend: Trend;
  readonly quarters: QuarterlyView;
}

export function analyzeSeries(input: SeriesInput): SeriesAnalysis {
  const series = toSeries(input);
  return {
    deltas: periodDeltas(series),
    vsBaseline: againstBaseline(series),
    signal: latestSignal(series),
    trend: longTermTrend(series),
    quarters: quarterlyView(series),
  };
}
