/**
 * Deltas, signal and trend for 10,000 rows × 100 review columns (a year of weekly reviews for a
 * large program portfolio, or decades of quarterly ones). Goal: well under one second in Node.
 * Sen's slope dominates: 4,950 pairwise slopes per row, 49.5 million in all.
 */
import { addDays, parseIso } from '../src/core/dates';
import { periodDeltas } from '../src/core/stats/deltas';
import { latestSignal } from '../src/core/stats/signal';
import { toSeries, type SeriesInput } from '../src/core/stats/series';
import { longTermTrend } from '../src/core/stats/trend';
import { printTable, timeMs, type BenchRow } from './table';

const ROWS = 10_000;
const COLUMNS = 100;

/** Deterministic data: a seeded LCG, trends, noise, ties and some rates with counts. */
function makeRows(): SeriesInput[] {
  let seed = 20260101;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const start = parseIso('2024-01-01') ?? 0;
  const rows: SeriesInput[] = [];
  for (let r = 0; r < ROWS; r++) {
    const isRate = r % 4 === 0;
    const level = isRate ? 0.2 + 0.3 * random() : 50 + 1000 * random();
    const drift = (random() - 0.5) * level * 0.02;
    const points = [];
    for (let c = 0; c < COLUMNS; c++) {
      const noise = (random() - 0.5) * level * 0.2;
      if (isRate) {
        const trials = 100 + Math.floor(random() * 400);
        const rate = Math.min(1, Math.max(0, level + (drift * c) / level / 100 + noise));
        const successes = Math.round(rate * trials);
        points.push({
          day: addDays(start, 7 * c),
          value: successes / trials,
          counts: { successes, trials },
        });
      } else {
        // Whole numbers, as counts are: plenty of ties for the Mann-Kendall tie correction.
        points.push({ day: addDays(start, 7 * c), value: Math.round(level + drift * c + noise) });
      }
    }
    rows.push({
      baseline: r % 10 === 0 ? null : level,
      points,
      polarity: r % 3 === 0 ? 'lower_is_better' : 'higher_is_better',
      isRate,
    });
  }
  return rows;
}

function analyzeAll(rows: ReadonlyArray<SeriesInput>): Tally {
  const tally = { deltas: 0, signals: 0, trends: 0 };
  for (const row of rows) {
    const series = toSeries(row);
    tally.deltas += periodDeltas(series).length;
    if (latestSignal(series).latest === 'signal') tally.signals++;
    if (longTermTrend(series).direction !== 'flat') tally.trends++;
  }
  return tally;
}

interface Tally {
  deltas: number;
  signals: number;
  trends: number;
}

export async function benchDeltas(): Promise<BenchRow[]> {
  const rows = makeRows();
  let tally: Tally = { deltas: 0, signals: 0, trends: 0 };
  // Best of 3: the first run also pays for JIT compilation, and shared machines are noisy.
  const ms = timeMs(() => {
    tally = analyzeAll(rows);
  }, 3);
  const n = (x: number): string => x.toLocaleString('en');
  return [
    { figure: 'deltas: rows × review columns', value: `${n(ROWS)} × ${COLUMNS}` },
    { figure: 'deltas: period deltas computed', value: n(tally.deltas) },
    { figure: 'deltas: latest changes flagged as signal', value: n(tally.signals) },
    { figure: 'deltas: rows with a significant trend', value: n(tally.trends) },
    { figure: "deltas + signal + trend (Mann-Kendall, Sen's slope)", value: `${ms.toFixed(0)} ms` },
    { figure: 'deltas: time per row', value: `${((ms * 1000) / ROWS).toFixed(1)} µs` },
  ];
}

if (process.argv[1] && /bench[\\/]deltas\.ts$/.test(process.argv[1])) {
  void benchDeltas().then((rows) => printTable('Deltas and trends', rows));
}
