/**
 * Matching 5,000 export rows to 1,000 programs in core (goal: under one second), on the held-out
 * generator of the matching test: typos, suffixes, case and accents, and decoys one code away.
 */
import { matchPrograms } from '../src/core/import/match';
import { heldOutSet } from '../tests/support/import-names';
import type { Figures } from './figures';
import { timeMs } from './table';

export function benchImportMatching(): Figures {
  const set = heldOutSet(1_000, 5_000, 200, 3);
  const programs = set.programs.map((name, i) => ({ row: i + 2, name }));
  const source = set.source.map((name, i) => ({ row: i + 2, name }));
  let matched = 0;
  let wrong = 0;
  const ms = timeMs(() => {
    const result = matchPrograms(programs, source);
    matched = 0;
    wrong = 0;
    result.outcomes.forEach((o, i) => {
      if (o.kind !== 'matched') return;
      if (o.source.row === set.truth[i] + 2) matched++;
      else wrong++;
    });
  }, 5);
  return {
    'match 5,000 rows × 1,000 programs (ms)': Math.round(ms),
    'true pairs matched (of 1,000)': matched,
    'wrong matches': wrong,
  };
}
