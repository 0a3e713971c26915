/**
 * Acceptance: a first sync of 1,000 rows with owners, on the real dist/Code.js under the strict
 * in-memory Apps Script — per-call latency, executions killed at 360 s with no catch or finally
 * ("Script runtime: 6 min / execution", https://developers.google.com/apps-script/guides/services/quotas),
 * continuations run without the document. It completes in a few executions, each within 360
 * virtual seconds, ending with exactly the planned events and no duplicate; and the same with hard
 * kills injected at 50 random instants (seeded). Run `npm run build` first.
 */
import { firstSync } from '../../bench/calendar-sync';

/** Exactly the 1,000 planned events, none twice, each execution within 360 s, nothing left to do. */
function expectComplete(r: ReturnType<typeof firstSync>): void {
  expect(r.events).toBe(1000);
  expect(r.duplicates).toBe(0);
  expect(r.missing).toBe(0);
  expect(r.maxExecutionSeconds).toBeLessThanOrEqual(360);
  expect(r.finalPreview).toMatchObject({ create: 0, update: 0, remove: 0, keep: 1000 });
}

describe('first sync of 1,000 rows under the latency model', () => {
  it.each(['none', 'bound'] as const)(
    'completes in k executions of at most 360 s each, exactly the planned events (trigger document: %s)',
    (triggerDocument) => {
      const r = firstSync({ rows: 1000, triggerDocument });
      expect(r.expectedEvents).toBe(1000);
      expectComplete(r);
      expect(r.killed).toBe(0);
      // 270 s of writes per execution at ~1.6 s an event: about 170 events per execution.
      expect(r.executions).toBeGreaterThan(3);
      expect(r.executions).toBeLessThan(12);
      // The sync is complete: no continuation left, no job.
      expect(r.env.triggers.triggers.filter((t) => !r.env.triggers.fired.has(t.id))).toEqual([]);
    },
  );

  it('with hard kills at 50 random instants (seed 13): no duplicate, no lost event', () => {
    const r = firstSync({ rows: 1000, kills: 50, seed: 13 });
    expect(r.killed).toBeGreaterThan(20);
    expectComplete(r);
    for (const e of r.env.calendarStore.events()) expect(e.popupReminders).toEqual([900]);
  });
});
