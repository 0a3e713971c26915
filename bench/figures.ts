/**
 * What a bench module returns: named figures. The key is stable (scripts compare runs by it);
 * numbers stay numbers in `npm run bench -- --json`; a unit, when there is one, ends the key.
 */
export type Figures = Readonly<Record<string, number | string>>;

/** The older modules' rows ("label", "1,234 ms") as figures: { "label (ms)": 1234 }. */
export function rowsToFigures(rows: ReadonlyArray<{ figure: string; value: string }>): Figures {
  const figures: Record<string, number | string> = {};
  for (const { figure, value } of rows) {
    const numeric = /^(-?[\d,]*\.?\d+)\s*(\S*)$/.exec(value.trim());
    if (numeric) {
      const unit = numeric[2];
      figures[unit ? `${figure} (${unit})` : figure] = Number(numeric[1].replace(/,/g, ''));
    } else {
      figures[figure] = value;
    }
  }
  return figures;
}

/** Milliseconds of one call, best of `repeat` runs (the least disturbed by a shared machine). */
export async function bestMs(fn: () => unknown, repeat = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(best);
}
