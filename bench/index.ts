/**
 * `npm run bench`: every performance figure, one table per bench. `npm run -s bench -- --json`
 * prints them as ONE JSON object instead: { "<bench key>": { "<figure>": value } }, stable keys.
 * Builds dist/ first (the adapter benches run the real Code.js).
 *
 * A new bench is a module exporting a function that returns Figures (see figures.ts): add it to
 * BENCHES with one line.
 */
import { buildAll } from '../scripts/build.mjs';
import { benchAttribution } from './attribution';
import { benchBigData } from './big-data';
import { benchBigSheets } from './big-sheets';
import { benchBootstrap } from './bootstrap';
import { benchBundle } from './bundle';
import { benchCalendarSync } from './calendar-sync';
import { benchCliStartup } from './cli-startup';
import { benchDeltas } from './deltas';
import { benchMarkovChannels } from './markov-channels';
import { benchImportMatching } from './import-matching';
import { rowsToFigures, type Figures } from './figures';
import { benchRefreshCalls, type RefreshCallFigures } from './refresh-calls';
import { benchScaleTimings } from './scale-timings';
import { benchSheetActions } from './sheet-plans';
import { printTable } from './table';

/** The three Refresh/Format costs come from one run of the 10,000-row sheet. */
let refreshCalls: Promise<RefreshCallFigures> | undefined;
const refreshCost = async (key: keyof RefreshCallFigures): Promise<Figures> => ({
  ...(await (refreshCalls ??= benchRefreshCalls()))[key],
});

const BENCHES: Readonly<Record<string, () => Figures | Promise<Figures>>> = {
  bundle: benchBundle,
  cliStartup: benchCliStartup,
  deltas: async () => rowsToFigures(await benchDeltas()),
  attribution: async () => rowsToFigures(await benchAttribution()),
  markovChannels: benchMarkovChannels,
  bootstrap: benchBootstrap,
  refresh: async () => rowsToFigures(await benchSheetActions()),
  refresh10000: () => refreshCost('refresh10000'),
  firstRefresh10000: () => refreshCost('firstRefresh10000'),
  format10000: () => refreshCost('format10000'),
  calendarFirstSync1000: () => benchCalendarSync().calendarFirstSync1000,
  scaleTimings: benchScaleTimings,
  bigSheets: async () => rowsToFigures(await benchBigSheets()),
  importMatching: benchImportMatching,
  bigData: benchBigData,
};

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = console.log;
  // With --json, stdout holds the one JSON object: anything a bench logs goes to stderr.
  if (json) console.log = console.error;
  // `npm run bench -- bigData bootstrap`: only the benches named (all of them by default).
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const unknown = named.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) {
    console.error(`unknown bench ${unknown.join(', ')}: one of ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  await buildAll();
  const all: Record<string, Figures> = {};
  const chosen = Object.entries(BENCHES).filter(
    ([key]) => named.length === 0 || named.includes(key),
  );
  for (const [key, run] of chosen) {
    all[key] = await run();
    if (!json)
      printTable(
        key,
        Object.entries(all[key]).map(([figure, value]) => ({ figure, value: String(value) })),
      );
  }
  if (json) log(JSON.stringify(all, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
