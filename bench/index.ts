// `npm run bench`: every figure the issues ask for, one table per area.
import { benchAttribution } from './attribution';
import { benchBundle } from './bundle';
import { benchDeltas } from './deltas';
import { benchSheetActions } from './sheet-actions';
import { printTable, type BenchRow } from './table';

const areas: Array<[string, () => Promise<BenchRow[]>]> = [
  ['Bundle sizes', benchBundle],
  ['Deltas and trends', benchDeltas],
  ['Campaign influence', benchAttribution],
  ['Sheet actions: Refresh', benchSheetActions],
];

async function main(): Promise<void> {
  for (const [title, run] of areas) printTable(title, await run());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
