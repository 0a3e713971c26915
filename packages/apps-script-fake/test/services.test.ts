import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { createAppsScript } from '../src';

describe('call counting', () => {
  test('every call on every Spreadsheet-family object counts toward SpreadsheetApp', () => {
    const env = createAppsScript();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); // 2 calls
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]); // 2 calls
    sheet.getRange('A1:B2').getValues(); // 2 calls
    env.globals.SpreadsheetApp.newConditionalFormatRule().whenNumberLessThan(0).build(); // 3 calls
    expect(env.calls.count('SpreadsheetApp')).toBe(9);
    expect(env.calls.count('SpreadsheetApp', 'getRange')).toBe(2);
    expect(env.calls.count('SpreadsheetApp', 'Range.getValues')).toBe(1);
    expect(env.calls.byMethod('SpreadsheetApp')['SpreadsheetApp Range.setValues']).toBe(1);
    // Builders only assemble values locally: setValues is the one write.
    expect(env.calls.writes('SpreadsheetApp')).toBe(1);
    env.calls.reset();
    expect(env.calls.count()).toBe(0);
  });

  test('harness access through env.spreadsheet is not counted', () => {
    const env = createAppsScript();
    env.spreadsheet.addSheetFromGrid('Data', [['x']]);
    env.spreadsheet.sheet('Data').getRange('A1').getValue();
    expect(env.calls.count()).toBe(0);
  });

  test('objects keep their identity across calls, and raw objects passed back are accepted', () => {
    const env = createAppsScript();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheetByName('Sheet1')).toBe(ss.getActiveSheet());
    const other = ss.insertSheet('Other');
    ss.setActiveSheet(ss.getSheets()[0]);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    ss.deleteSheet(other);
    expect(ss.getNumSheets()).toBe(1);
  });
});

describe('fault injection', () => {
  test('the 2nd Range.setValues throws and does not write; other methods are unaffected', () => {
    const env = createAppsScript();
    env.faults.failOn({
      service: 'SpreadsheetApp',
      method: 'setValues',
      nth: 2,
      error: new Error('Service Spreadsheets failed'),
    });
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setValues([[1]]);
    expect(() => sheet.getRange('A2').setValues([[2]])).toThrow('Service Spreadsheets failed');
    sheet.getRange('A3').setValues([[3]]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [''], [3]]);
  });
});

describe('running compiled code in a vm context', () => {
  test('Dates from the services pass instanceof Date inside the context; console is recorded', () => {
    const env = createAppsScript();
    env.spreadsheet.sheet('Sheet1').loadGrid([[new Date('2026-01-15T00:00:00Z')]]);
    const context = env.vmContext();
    const result: unknown = vm.runInContext(
      `(function () {
         var v = SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
         console.log('read', v instanceof Date);
         return v instanceof Date;
       })()`,
      context,
    );
    expect(result).toBe(true);
    expect(env.logs.messages()).toEqual(['read true']);
    expect(env.calls.count('SpreadsheetApp')).toBe(3);
  });

  test('install() puts the globals on an object and the returned function removes them', () => {
    const env = createAppsScript();
    const target: Record<string, unknown> = {};
    const uninstall = env.install(target);
    expect(target.SpreadsheetApp).toBe(env.globals.SpreadsheetApp);
    uninstall();
    expect('SpreadsheetApp' in target).toBe(false);
  });
});

describe('UI, HTML, triggers, mail and logging', () => {
  test('menus are recorded with their structure', () => {
    const env = createAppsScript();
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Open sidebar', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Calendar').addItem('Sync', 'syncCalendar'))
      .addToUi();
    expect(env.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: '',
        entries: [
          { kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Calendar',
            entries: [{ kind: 'item', caption: 'Sync', functionName: 'syncCalendar' }],
          },
        ],
      },
    ]);
  });

  test('alerts answer as queued; YES_NO defaults to YES', () => {
    const env = createAppsScript();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerNextAlert('NO');
    expect(ui.alert('Cadence', 'Delete 3 events?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Again?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(env.ui.alerts.map((a) => [a.title, a.prompt, a.answer])).toEqual([
      ['Cadence', 'Delete 3 events?', 'NO'],
      [null, 'Again?', 'YES'],
    ]);
  });

  test('createHtmlOutputFromFile reads <name>.html from htmlDir; showSidebar records it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-html-'));
    fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Cadence</p>');
    const env = createAppsScript({ htmlDir: dir });
    const html = env.globals.HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Cadence')
      .setWidth(320);
    env.globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(env.ui.sidebars).toEqual([
      { kind: 'sidebar', title: 'Cadence', content: '<p>Cadence</p>', width: 320, height: 0 },
    ]);
    expect(() => env.globals.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
    fs.rmSync(dir, { recursive: true });
  });

  test('templates evaluate printing scriptlets with escaping', () => {
    const env = createAppsScript();
    const t = env.globals.HtmlService.createTemplate(
      '<b><?= name ?></b><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>.<? } ?>',
    );
    t.name = '<Ana>';
    t.raw = '<i>x</i>';
    expect(t.evaluate().getContent()).toBe('<b>&lt;Ana&gt;</b><i>x</i>..');
  });

  test('time-based triggers are recorded; the 21st is refused', () => {
    const env = createAppsScript();
    const script = env.globals.ScriptApp;
    const t = script
      .newTrigger('dailySync')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .inTimezone('Europe/Paris')
      .create();
    expect(t.getHandlerFunction()).toBe('dailySync');
    expect(env.triggers.triggers[0].schedule).toEqual({
      everyDays: 1,
      atHour: 6,
      timeZone: 'Europe/Paris',
    });
    for (let i = 1; i < 20; i++) script.newTrigger(`f${i}`).timeBased().after(1000).create();
    expect(() => script.newTrigger('f20').timeBased().after(1000).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    script.deleteTrigger(script.getProjectTriggers()[0]);
    expect(script.getProjectTriggers()).toHaveLength(19);
  });

  test("getUserTriggers lists this user's triggers of one document, time-driven ones included", () => {
    const env = createAppsScript();
    const { ScriptApp: script, SpreadsheetApp: app } = env.globals;
    const first = app.getActiveSpreadsheet();
    script.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    const second = app.create('Other');
    app.setActiveSpreadsheet(second);
    script.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    script.newTrigger('onEditHandler').forSpreadsheet(first).onEdit().create();
    const handlers = (ss: { getId(): string }) =>
      script.getUserTriggers(ss).map((t) => t.getHandlerFunction());
    expect(handlers(first)).toEqual(['daily', 'onEditHandler']);
    expect(handlers(second)).toEqual(['daily']);
    // getProjectTriggers: every document's.
    expect(script.getProjectTriggers()).toHaveLength(3);
  });

  test('an editor add-on may hold one trigger of each type per user per document', () => {
    const env = createAppsScript();
    env.triggers.editorAddOn = true;
    const { ScriptApp: script, SpreadsheetApp: app } = env.globals;
    script.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    expect(() => script.newTrigger('retry').timeBased().after(300_000).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    // Another document, or another type, is fine.
    script.newTrigger('edit').forSpreadsheet(app.getActiveSpreadsheet()).onEdit().create();
    app.setActiveSpreadsheet(app.create('Other'));
    script.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    expect(env.triggers.triggers).toHaveLength(3);
  });

  test('mail goes to the outbox and spends quota per recipient (100 - 2 = 98)', () => {
    const env = createAppsScript();
    const mail = env.globals.MailApp;
    mail.sendEmail('ana@example.com,bo@example.com', 'Reviews due', '3 reviews due', {
      htmlBody: '<b>3</b>',
      name: 'Cadence',
    });
    expect(() => mail.sendEmail({ to: '', subject: 'x', body: 'y' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(mail.getRemainingDailyQuota()).toBe(98);
    expect(env.outbox).toEqual([
      expect.objectContaining({
        to: 'ana@example.com,bo@example.com',
        subject: 'Reviews due',
        htmlBody: '<b>3</b>',
        name: 'Cadence',
      }),
    ]);
  });

  test("the daily quota runs out with Apps Script's message", () => {
    const env = createAppsScript({ mailQuota: 1 });
    env.globals.MailApp.sendEmail('ana@example.com', 's', 'b');
    expect(() => env.globals.MailApp.sendEmail('bo@example.com', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });

  test('Logger.log substitutes like Apps Script and is recorded', () => {
    const env = createAppsScript();
    env.globals.Logger.log('%s reviews overdue', 3);
    expect(env.globals.Logger.getLog()).toBe('3 reviews overdue');
    expect(env.logs.messages()).toEqual(['3 reviews overdue']);
  });
});
