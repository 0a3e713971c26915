import vm from 'vm';
import { createAppsScript } from '../src';

describe('the virtual clock inside the vm', () => {
  it('makes new Date() and Date.now() read the environment clock', () => {
    const env = createAppsScript({ now: new Date('2026-11-22T09:30:00Z') });
    const context = env.vmContext();
    expect(vm.runInContext('new Date().toISOString()', context)).toBe('2026-11-22T09:30:00.000Z');
    env.clock.advance(86_400_000);
    expect(vm.runInContext('Date.now()', context)).toBe(Date.parse('2026-11-23T09:30:00Z'));
  });

  it('keeps explicit dates and instanceof Date for dates the services return', () => {
    const env = createAppsScript({ now: new Date('2026-11-22T09:30:00Z') });
    env.spreadsheet.addSheetFromGrid('R', [[new Date('2026-01-01T00:00:00Z')]]);
    const context = env.vmContext();
    expect(vm.runInContext("new Date('2020-02-29T00:00:00Z').getUTCDate()", context)).toBe(29);
    expect(
      vm.runInContext(
        "SpreadsheetApp.getActive().getSheetByName('R').getRange('A1').getValue() instanceof Date",
        context,
      ),
    ).toBe(true);
  });
});
