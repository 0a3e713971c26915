/**
 * Big sheets: `review --out --ics` goes through phases (read, review, reminders, JSON, load,
 * format, refresh, save) that each build and drop hundreds of MB at 50,000 rows. V8 collects
 * old garbage only once its heap has grown well past what was live, so dropped phases piled up
 * and the run peaked at 2.6 GB while far less was in use at any one time; the requirement is a
 * peak under 1 GB. A full collection at each phase boundary keeps the peak near what one phase
 * needs. Inside the add-on's format and refresh (one call each) V8 still let its heap grow to
 * about 2.5 times what was live before collecting: optimising for size keeps that margin small
 * (50,000 rows: 1.2 GB to under 1 GB peak). Small inputs skip both: their phases are cheap and
 * a collection would only cost time.
 */
import v8 from 'v8';
import vm from 'vm';
import { PROGRESS_MIN_ROWS } from './progress';

let collect: (() => void) | undefined;

/** A full garbage collection when the input is big (node exposes `gc` only behind a flag). */
export function releaseBetweenPhases(rows: number): void {
  if (rows <= PROGRESS_MIN_ROWS) return;
  if (collect === undefined) {
    v8.setFlagsFromString('--expose-gc');
    v8.setFlagsFromString('--optimize-for-size');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}
