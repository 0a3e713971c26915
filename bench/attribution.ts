/**
 * Attribution bench: parse and model timings on ChannelAttribution's PathData (or a
 * generated set of the same shape when the file is absent) and on 1,000,000 generated touches.
 * The reference implementation takes about 0.1 s for its Markov model on PathData; the exact
 * solve here must be well under that.
 *
 *   npx tsx bench/attribution.ts
 */
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { performance } from 'perf_hooks';
import { parse } from 'csv-parse/sync';
import type { CellValue, Grid } from '../src/core/types';
import {
  DEFAULT_SETTINGS,
  MODELS,
  MODEL_NAMES,
  creditInput,
  detectSeparator,
  influenceReport,
  markov,
  readJourneys,
} from '../src/core/attribution';
import type { CreditInput, ModelName } from '../src/core/attribution';
import { mulberry32 } from '../tests/support/seeded';

export interface BenchRow {
  figure: string;
  value: string;
}

export const PATH_DATA = resolve(__dirname, '../../shared/data/paths-channelattribution.csv');

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

/** Median of several runs after one warm-up, so the JIT is not what we measure. */
function timed(run: () => void, repeats = 5): string {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return `${samples[Math.floor(samples.length / 2)].toFixed(2)} ms`;
}

/** PathData's shape: 10,000 paths over 12 channels, `;`-separated, with values and nulls. */
export function generatedPathCsv(): string {
  const rand = mulberry32(2024);
  const channels = [
    'alpha',
    'beta',
    'gamma',
    'delta',
    'epsilon',
    'zeta',
    'eta',
    'theta',
    'iota',
    'kappa',
    'lambda',
    'mi',
  ];
  const lines = ['path;total_conversions;total_conversion_value;total_null'];
  for (let i = 0; i < 10_000; i++) {
    const length = 1 + Math.floor(rand() * rand() * 15);
    const steps = Array.from(
      { length },
      () => channels[Math.floor(rand() * rand() * channels.length)],
    );
    const conversions = Math.floor(rand() * 4);
    const value = (conversions * rand() * 5).toFixed(3);
    lines.push(`${steps.join(' > ')};${conversions};${value};${1 + Math.floor(rand() * 8)}`);
  }
  return lines.join('\n');
}

function touchGrid(touches: number): Grid {
  const rand = mulberry32(7);
  const campaigns = Array.from({ length: 40 }, (_, i) => `Campaign ${i + 1}`);
  const channels = [
    'email',
    'social',
    'site',
    'paid search',
    'webinar',
    'event',
    'direct mail',
    'partner',
  ];
  const grid: CellValue[][] = [
    ['Prospect', 'Campaign', 'Channel', 'Touched at', 'Converted at', 'Revenue', 'Lead created at'],
  ];
  const start = Date.UTC(2025, 0, 1);
  const hour = 3_600_000;
  let prospect = 0;
  while (grid.length - 1 < touches) {
    prospect++;
    const count = Math.min(touches - (grid.length - 1), 1 + Math.floor(rand() * 19));
    const first = start + Math.floor(rand() * 300 * 24) * hour;
    const times = Array.from({ length: count }, () => first + Math.floor(rand() * 120 * 24) * hour);
    const last = Math.max(...times);
    const converts = rand() < 0.3;
    const id = `prospect${prospect}@example.com`;
    for (let i = 0; i < count; i++) {
      grid.push([
        id,
        campaigns[Math.floor(rand() * rand() * campaigns.length)],
        channels[Math.floor(rand() * channels.length)],
        new Date(times[i]),
        i === 0 && converts ? new Date(last + Math.floor(rand() * 72) * hour) : '',
        i === 0 && converts ? Math.round(rand() * 5000) : '',
        i === 0 && rand() < 0.5 ? new Date(first + 24 * hour) : '',
      ]);
    }
  }
  return grid;
}

function modelRows(label: string, input: CreditInput, repeats: number): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const name of MODEL_NAMES) {
    const entry = MODELS[name as ModelName];
    if (entry.needsDates && !input.hasDates) continue;
    rows.push({
      figure: `${label}: ${name}`,
      value: timed(() => entry.run(input, DEFAULT_SETTINGS), repeats),
    });
  }
  return rows;
}

export async function benchAttribution(): Promise<Array<{ figure: string; value: string }>> {
  const rows: BenchRow[] = [];

  // PathData
  const real = existsSync(PATH_DATA);
  const text = real ? readFileSync(PATH_DATA, 'utf8') : generatedPathCsv();
  rows.push({
    figure: 'PathData source',
    value: real
      ? 'shared/data/paths-channelattribution.csv'
      : 'generated: 10,000 paths, 12 channels',
  });
  let start = performance.now();
  const separator = detectSeparator(text.slice(0, text.indexOf('\n')));
  const grid = parse(text, { delimiter: separator, relax_column_count: true }) as string[][];
  rows.push({ figure: 'PathData: CSV → grid', value: ms(start) });
  start = performance.now();
  const read = readJourneys(grid, { windowDays: 90, timeZone: 'UTC' });
  rows.push({ figure: 'PathData: grid → journeys, first run', value: ms(start) });
  rows.push({
    figure: 'PathData: grid → journeys, warm',
    value: timed(() => readJourneys(grid, { windowDays: 90, timeZone: 'UTC' })),
  });
  if (!read.ok) throw new Error('PathData unreadable');
  const paths = creditInput(read.journeys, 'campaign');
  rows.push({
    figure: 'PathData: paths / journeys',
    value: `${grid.length - 1} / ${paths.journeys.length}`,
  });
  rows.push(...modelRows('PathData', paths, 9));
  rows.push({
    figure: 'PathData: whole influenceReport',
    value: timed(() => influenceReport(grid), 3),
  });

  const solved = markov(paths);
  const conversions = solved.conversions.reduce((a, b) => a + b, 0);
  rows.push({ figure: 'PathData markov: total conversions', value: conversions.toFixed(3) });
  rows.push({
    figure: 'PathData markov: total value',
    value: solved.revenue.reduce((a, b) => a + b, 0).toFixed(3),
  });
  rows.push({
    figure: 'PathData markov: base conversion rate',
    value: solved.conversionRate.toFixed(6),
  });
  const order = paths.keys
    .map((_, k) => k)
    .sort((a, b) => solved.conversions[b] - solved.conversions[a]);
  for (const k of order) {
    rows.push({
      figure: `PathData markov: ${paths.keys[k]}`,
      value: `${solved.conversions[k].toFixed(3)} conv, ${solved.revenue[k].toFixed(3)} value, RE ${solved.removalEffects[k].toFixed(4)}`,
    });
  }

  // 1,000,000 touches
  const touches = touchGrid(1_000_000);
  rows.push({ figure: 'touches: rows', value: String(touches.length - 1) });
  start = performance.now();
  const readTouches = readJourneys(touches, { windowDays: 90, timeZone: 'Europe/Paris' });
  rows.push({ figure: 'touches: grid → journeys (parse + build)', value: ms(start) });
  if (!readTouches.ok) throw new Error('touches unreadable');
  const byCampaign = creditInput(readTouches.journeys, 'campaign');
  rows.push({ figure: 'touches: journeys', value: String(byCampaign.journeys.length) });
  rows.push(...modelRows('touches', byCampaign, 1));
  start = performance.now();
  influenceReport(touches, { timeZone: 'Europe/Paris' });
  rows.push({ figure: 'touches: whole influenceReport', value: ms(start) });
  return rows;
}

if (require.main === module) {
  benchAttribution().then((rows) => {
    const width = Math.max(...rows.map((r) => r.figure.length));
    for (const row of rows) console.log(`${row.figure.padEnd(width)}  ${row.value}`);
  });
}
