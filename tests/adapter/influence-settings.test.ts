/** The influence report follows the settings saved from the sidebar (window, half-life, key). */
import path from 'path';
import { readWorkbook } from '../../src/local/files/read-grid';
import { worldWith } from './review-env';

async function touchesWorld() {
  const [touches] = await readWorkbook(
    path.resolve(__dirname, '../../examples/touches.csv'),
    'Europe/Paris',
  );
  return worldWith('Touches', touches.rows);
}

const firstColumn = (world: Awaited<ReturnType<typeof touchesWorld>>) =>
  world.env.spreadsheet
    .getSheetByName('Influence report')!
    .snapshot()
    .values.map((r) => r[0]);

describe('influence settings', () => {
  it('credits channels instead of campaigns when the settings say so', async () => {
    const world = await touchesWorld();
    expect(world.addOn.call('saveSettings', { influence: { by: 'channel' } })).toMatchObject({
      ok: true,
    });
    expect(world.addOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    const names = firstColumn(world);
    expect(names).toEqual(
      expect.arrayContaining(['Email', 'Social', 'Webinar', 'Paid search', 'Event']),
    );
    expect(names).not.toContain('Spring webinar');
  });

  it('rejects a window of 0 days next to its field and keeps the previous one', async () => {
    const world = await touchesWorld();
    const saved = world.addOn.call('saveSettings', { influence: { windowDays: 0 } }) as {
      ok: boolean;
      problems: Array<{ field: string }>;
    };
    expect(saved.ok).toBe(false);
    expect(saved.problems.map((p) => p.field)).toEqual(['influence.windowDays']);
  });
});
