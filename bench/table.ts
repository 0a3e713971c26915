export interface BenchRow {
  figure: string;
  value: string;
}

/** A plain two-column table, aligned for a terminal. */
export function printTable(title: string, rows: BenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.figure.length), 6);
  console.log(`\n${title}`);
  console.log(`${'figure'.padEnd(width)}  value`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(12)}`);
  for (const row of rows) console.log(`${row.figure.padEnd(width)}  ${row.value}`);
}

/** Milliseconds of one call, best of `repeat` runs (the least disturbed by the machine). */
export function timeMs(fn: () => void, repeat = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}
