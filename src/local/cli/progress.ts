/**
 * A progress bar on stderr for big inputs (over ~5,000 rows), so a long run never looks hung.
 * Silent with --json (machine output) and when stderr is not a terminal (pipes, CI logs).
 */
import cliProgress from 'cli-progress';

export const PROGRESS_MIN_ROWS = 5_000;

export interface Progress {
  step(label: string): void;
  stop(): void;
}

const SILENT: Progress = { step: () => undefined, stop: () => undefined };

export function progressFor(
  rows: number,
  steps: readonly string[],
  json: boolean | undefined,
): Progress {
  if (json || rows <= PROGRESS_MIN_ROWS || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'cadence {bar} {value}/{total} {step}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(steps.length, 0, { step: `${rows.toLocaleString('en')} rows: ${steps[0]}` });
  let done = 0;
  return {
    step(label) {
      done++;
      bar.update(done, { step: label });
    },
    stop() {
      bar.stop();
    },
  };
}
