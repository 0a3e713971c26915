/** Settings saved from the sidebar, through dist/Code.js: validation and the digest trigger. */
import { exampleGrid, worldWith } from './review-env';

type Saved = {
  ok: boolean;
  problems: Array<{ field: string }>;
  settings: { digest: { enabled: boolean; hour: number } };
};

describe('saveSettings', () => {
  it('saves nothing and names the field when a value is invalid', async () => {
    const world = worldWith('Review', await exampleGrid());
    const saved = world.addOn.call('saveSettings', { dueSoonDays: 200 }) as Saved;
    expect(saved.ok).toBe(false);
    expect(saved.problems.map((p) => p.field)).toEqual(['dueSoonDays']);
    expect(world.env.properties.document.entries.has('cadence.settings')).toBe(false);
  });

  it('installs the daily digest trigger at the chosen hour, moves it, and deletes it when turned off', async () => {
    const world = worldWith('Review', await exampleGrid());
    const digest = () => world.env.triggers.triggers.filter((t) => t.handler === 'runDailyDigest');
    expect(
      (world.addOn.call('saveSettings', { digest: { enabled: true, hour: 7 } }) as Saved).ok,
    ).toBe(true);
    expect(digest()).toHaveLength(1);
    expect(digest()[0].schedule).toMatchObject({ everyDays: 1, atHour: 7 });
    world.addOn.call('saveSettings', { digest: { enabled: true, hour: 18 } });
    expect(digest().map((t) => t.schedule.atHour)).toEqual([18]);
    world.addOn.call('saveSettings', { digest: { enabled: false, hour: 18 } });
    expect(digest()).toHaveLength(0);
  });

  it('leaves the trigger alone when other settings change', async () => {
    const world = worldWith('Review', await exampleGrid());
    world.addOn.call('saveSettings', { digest: { enabled: true, hour: 7 } });
    const before = world.env.triggers.triggers.map((t) => t.id);
    world.addOn.call('saveSettings', { digest: { enabled: true, hour: 7 }, dueSoonDays: 14 });
    expect(world.env.triggers.triggers.map((t) => t.id)).toEqual(before);
  });
});
