/**
 * The Settings panel: invalid input gets a message next to its field and nothing is saved; valid
 * input is saved in document properties by the real saveSettings and changes the overview.
 */
import { idle, screenshot, sidebarEachTest, withPatchedAddOn, type Session } from './harness';

let s: Session;
const KEY = 'cadence.settings';
const browser = sidebarEachTest((session) => (s = session), '#tab-settings');

describe('Settings panel', () => {
  it('shows the playbook default beside each cadence override', async () => {
    await screenshot(s.page, 'settings-en');
    const help = (type: string) => s.page.locator(`#f-cadenceOverrides-${type}-help`).textContent();
    expect(await help('nurture')).toBe('Playbook: 90');
    expect(await help('automation_rule')).toBe('Playbook: 90, after a first review at 30');
    expect(await help('scoring_rule')).toBe('Playbook: 90, 182 once tuned');
    expect(await help('lead_assignment')).toBe('Playbook: the longer of 90 and the sales cycle');
    expect(await help('content')).toBe('Playbook: 90');
    expect(await s.page.inputValue('#f-dueSoonDays')).toBe('7');
  });

  it.each([
    ['abc', 'Enter a whole number.'],
    ['7.5', 'Enter a whole number.'],
    ['', 'Enter a whole number.'],
    ['120', 'Enter a number from 0 to 90.'],
    ['-1', 'Enter a number from 0 to 90.'],
  ])(
    'rejects a due-soon window of "%s" next to the field and saves nothing',
    async (typed, message) => {
      await s.page.fill('#f-dueSoonDays', typed);
      await s.page.click('#settings-save');
      const error = s.page.locator('#f-dueSoonDays-error');
      expect(await error.textContent()).toBe(`⚠ ${message}`);
      const input = s.page.locator('#f-dueSoonDays');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toContain('f-dueSoonDays-error');
      // The message sits in the field's own block, and focus goes to the field to fix.
      expect(await s.page.locator('.field.invalid #f-dueSoonDays-error').count()).toBe(1);
      expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('f-dueSoonDays');
      expect(await s.page.locator('#alert').textContent()).toBe(
        '⚠ Nothing was saved: correct the fields marked below.',
      );
      expect(s.bridge.calls.map((c) => c.name)).not.toContain('saveSettings');
      expect(s.env.properties.document.entries.get(KEY)).toBeUndefined();
      if (typed === '120') await screenshot(s.page, 'settings-invalid-en');
    },
  );

  it('saves valid settings through saveSettings and the overview follows them', async () => {
    await s.page.fill('#f-dueSoonDays', '14');
    await s.page.fill('#f-cadenceOverrides-nurture', '60');
    await s.page.selectOption('#f-grouping', 'per_day');
    await s.page.fill('#f-reminders-popupMinutes', '');
    await s.page.check('#f-digest-enabled');
    await s.page.fill('#f-digest-hour', '9');
    await s.page.click('#settings-save');
    await idle(s.page);
    expect(await s.page.locator('#status').textContent()).toBe('✓ Settings saved.');
    const saved = JSON.parse(s.env.properties.document.entries.get(KEY) as string);
    expect(saved).toMatchObject({
      dueSoonDays: 14,
      cadenceOverrides: { nurture: 60 },
      grouping: 'per_day',
      reminders: { popupMinutes: null, emailMinutes: null },
      digest: { enabled: true, hour: 9 },
    });
    await s.page.click('#tab-overview');
    expect(await s.page.locator('#count-due_soon .word').textContent()).toBe(
      '◐ Due within 14 days',
    );
  });

  it('marks every invalid field at once (cadence, reminder, digest hour)', async () => {
    await s.page.fill('#f-cadenceOverrides-content', '0');
    await s.page.fill('#f-reminders-emailMinutes', 'soon');
    await s.page.fill('#f-digest-hour', '24');
    await s.page.click('#settings-save');
    expect(await s.page.locator('#f-cadenceOverrides-content-error').textContent()).toBe(
      '⚠ Enter a number from 1 to 3660.',
    );
    expect(await s.page.locator('#f-reminders-emailMinutes-error').textContent()).toBe(
      '⚠ Enter a whole number.',
    );
    expect(await s.page.locator('#f-digest-hour-error').textContent()).toBe(
      '⚠ Enter a number from 0 to 23.',
    );
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe(
      'f-cadenceOverrides-content',
    );
    expect(s.env.properties.document.entries.get(KEY)).toBeUndefined();
  });
});

describe('problems found by the server', () => {
  it('land next to their field, as the client-side ones do', async () => {
    // The real Code.js, with saveSettings answering a problem the client could not foresee.
    const stub = `saveSettings = function () {
      return { ok: false, settings: {}, problems: [{ field: 'digest.hour', code: 'out_of_range', min: 6, max: 20 }] };
    };`;
    await withPatchedAddOn(browser(), stub, async (page, bridge) => {
      await page.click('#tab-settings');
      await page.click('#settings-save');
      await page.waitForSelector('#f-digest-hour-error');
      expect(await page.locator('#f-digest-hour-error').textContent()).toBe(
        '⚠ Enter a number from 6 to 20.',
      );
      expect(await page.locator('#alert').textContent()).toBe(
        '⚠ Nothing was saved: correct the fields marked below.',
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-digest-hour');
      expect(bridge.calls.map((c) => c.name)).toEqual(['getSidebarState', 'saveSettings']);
    });
  });
});
