/**
 * A progress bar on stderr for big inputs (over ~5,000 rows), so a long run never looks hung. It
 * counts rows through every phase (reading the review, loading the workbook, the add-on's
 * format and refresh, saving, the reminders): the bar moves with the work, not once per step.
 * Silent with --json (machine output) and when stderr is not a terminal (pipes, CI logs).
 */
import cliProgress from 'cli-progress';

export const PROGRESS_MIN_ROWS = 5_000;

export interface Progress {
  /** `rows` rows of `phase` are done (a phase seen for the first time starts a new lap). */
  done(phase: string, rows: number): void;
  stop(): void;
}

const SILENT: Progress = { done: () => undefined, stop: () => undefined };

/** The phases a `review --out --ics` run goes through, each over every row. */
export const REVIEW_PHASES = ['review', 'load', 'format', 'refresh', 'save', 'reminders'];

export function progressFor(
  rows: number,
  json: boolean | undefined,
  phases: readonly string[] = REVIEW_PHASES,
): Progress {
  if (json || rows <= PROGRESS_MIN_ROWS || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'cadence {bar} {value}/{total} rows · {phase}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(rows * phases.length, 0, { phase: phases[0] });
  return {
    done(phase, count) {
      const index = Math.max(0, phases.indexOf(phase));
      bar.update(Math.min(rows * phases.length, index * rows + count), { phase });
    },
    stop() {
      bar.stop();
    },
  };
}

/** A bar over the steps of a run whose number is known only as it goes (the DuckDB engine's). */
export interface StepProgress {
  /** Step `done` of `total` has started; `label` says what it does, in the user's language. */
  step(label: string, done: number, total: number): void;
  stop(): void;
}

const SILENT_STEPS: StepProgress = { step: () => undefined, stop: () => undefined };

/** Silent with --json and when stderr is not a terminal, like the row bar. */
export function stepProgress(json: boolean | undefined): StepProgress {
  if (json || !process.stderr.isTTY) return SILENT_STEPS;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'cadence {bar} {phase}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    step(label, done, total) {
      if (!started) bar.start(total, done - 1, { phase: label });
      started = true;
      bar.setTotal(total);
      bar.update(done - 1, { phase: label });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
