/**
 * A first Calendar sync of 1,000 rows with owners, on the real dist/Code.js against the strict
 * in-memory Apps Script: every service call costs its virtual latency, an execution is killed at
 * 360 s with no catch or finally, and time-driven continuations run without the document (the
 * strict default). The user clicks Sync once; continuations finish the job; when a run is killed
 * and nothing follows, the user clicks Sync again. Optional seeded hard kills at random instants.
 * Used by `npm run bench` and by tests/adapter/calendar-acceptance.test.ts.
 */
import type { CalendarPreview } from '../src/gas/api';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { loadAddOn } from '../src/local/code-runtime';
import { programsGrid } from '../tests/support/programs';
import { mulberry32 } from '../tests/support/seeded';

const ZONE = 'Europe/Paris';
/** Before any program is due: every event sits on its own review date. */
const NOW = new Date('2026-10-20T10:00:00Z');

export interface FirstSyncOptions {
  readonly rows?: number;
  /** Hard kills injected into the sync's executions (one per execution at most). */
  readonly kills?: number;
  readonly seed?: number;
  /** Time-driven executions without the document (Google's uncertain case) or with it. */
  readonly triggerDocument?: 'none' | 'bound';
}

export interface FirstSyncResult {
  readonly executions: number;
  readonly maxExecutionSeconds: number;
  readonly killed: number;
  readonly events: number;
  readonly expectedEvents: number;
  readonly duplicates: number;
  /** The planned event keys missing from Calendar. */
  readonly missing: number;
  /** A preview after the last run: nothing to create, update or delete. */
  readonly finalPreview: CalendarPreview;
  readonly env: AppsScriptEnvironment;
}

export function firstSync(options: FirstSyncOptions = {}): FirstSyncResult {
  const rows = options.rows ?? 1000;
  const env = createAppsScript({
    timeZone: ZONE,
    scriptTimeZone: ZONE,
    locale: 'en',
    now: NOW,
    strict: { triggerDocument: options.triggerDocument ?? 'none' },
  });
  env.spreadsheet.setActiveSheet(
    env.spreadsheet.addSheetFromGrid('Review', programsGrid(rows, ZONE, 7)),
  );
  const addOn = loadAddOn(env);
  const plannedPreview = addOn.call('previewCalendarSync') as CalendarPreview;
  const expectedEvents = plannedPreview.create;
  const random = mulberry32(options.seed ?? 1);
  let kills = options.kills ?? 0;
  const reports = [];
  for (let guard = 0; guard < 400; guard++) {
    const due = env.triggers.triggers.some(
      (t) => !env.triggers.fired.has(t.id) && env.triggers.dueAt(t) !== null,
    );
    if (!due) {
      // The user looks at the sidebar: done, or click Sync again.
      const preview = addOn.call('previewCalendarSync') as CalendarPreview;
      if (preview.create + preview.update + preview.remove === 0) break;
    }
    if (kills > 0) {
      kills--;
      // Half the kills at a random instant, half at a random call that lands but whose result
      // is lost (e.g. an event created whose id never comes back).
      env.executions.killAt(
        kills % 2 === 0
          ? { atSeconds: Math.floor(random() * 330) }
          : { call: 1 + Math.floor(random() * 400), landed: true },
      );
    }
    if (due) reports.push(...addOn.runDueTriggers({ max: 1 }));
    else reports.push(addOn.run('applyCalendarSync'));
  }
  const finalPreview = addOn.call('previewCalendarSync') as CalendarPreview;
  const events = env.calendarStore.events();
  const keys = events.map((e) => e.tags['cadence-key'] ?? '');
  const distinct = new Set(keys.filter((k) => k !== ''));
  return {
    executions: reports.length,
    maxExecutionSeconds: Math.max(...reports.map((r) => r.seconds)),
    killed: reports.filter((r) => r.killed).length,
    events: events.length,
    expectedEvents,
    duplicates: events.length - distinct.size,
    missing: Math.max(0, expectedEvents - distinct.size),
    finalPreview,
    env,
  };
}

/** The bench figure: `calendarFirstSync1000` in `npm run bench -- --json`. */
export function benchCalendarSync(): {
  calendarFirstSync1000: {
    executions: number;
    maxExecutionSeconds: number;
    events: number;
    expectedEvents: number;
    duplicates: number;
  };
} {
  const r = firstSync({ rows: 1000 });
  return {
    calendarFirstSync1000: {
      executions: r.executions,
      maxExecutionSeconds: r.maxExecutionSeconds,
      events: r.events,
      expectedEvents: r.expectedEvents,
      duplicates: r.duplicates,
    },
  };
}
