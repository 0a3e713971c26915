/**
 * The preview server without a browser: it refuses requests that are not its own (Host, Origin,
 * non-JSON bodies), runs only menu items, writes typed cells as Sheets parses typing (never as
 * formulas), and paints the add-on's conditional-format flags with the tiny formula evaluator.
 */
import fc from 'fast-check';
import http from 'http';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { loadAddOn } from '../../src/local/code-runtime';
import { writeCell } from '../../src/local/preview/cell-edit';
import { conditionalStyles } from '../../src/local/preview/conditional';
import { formulaHolds, UnsupportedFormula } from '../../src/local/preview/formula';
import { startPreview, type Preview } from '../../src/local/preview/server';

interface Answer {
  readonly status: number;
  readonly body: string;
}

function request(
  preview: Preview,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: preview.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function smallEnv(): AppsScriptEnvironment {
  const env = createAppsScript({ timeZone: 'Europe/Paris', locale: 'en' });
  env.spreadsheet.addSheetFromGrid('Review', [
    ['Program', 'Baseline', 'Status'],
    ['Welcome nurture', 0.031, '‼ Urgent'],
    ['Trial nurture', 0.081, '● Overdue'],
    ['Webinars', 420, ''],
  ]);
  env.spreadsheet.deleteSheet(env.spreadsheet.sheet('Sheet1'));
  return env;
}

describe('preview server safety', () => {
  let env: AppsScriptEnvironment;
  let preview: Preview;
  const own = () => `127.0.0.1:${preview.port}`;
  const cellBody = JSON.stringify({ sheet: 'Review', row: 4, column: 1, text: 'Hacked' });
  /** A POST from this machine, JSON unless `headers` say otherwise. */
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    request(preview, {
      method: 'POST',
      path,
      headers: { Host: own(), 'Content-Type': 'application/json', ...headers },
      body,
    });

  beforeAll(async () => {
    env = smallEnv();
    preview = await startPreview({ env, port: 0 });
  });
  afterAll(() => preview.close());

  it('answers its own pages, on 127.0.0.1 and localhost', async () => {
    const page = await request(preview, { path: '/', headers: { Host: own() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script defer src="/app.js">');
    const local = await request(preview, {
      path: '/api/version',
      headers: { Host: `localhost:${preview.port}` },
    });
    expect(local.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    for (const path of ['/', '/api/state', '/download/workbook.xlsx', '/sidebar']) {
      const answer = await request(preview, {
        path,
        headers: { Host: `evil.example:${preview.port}` },
      });
      expect(answer.status).toBe(403);
    }
  });

  it('refuses a foreign Origin with 403 and writes nothing', async () => {
    const answer = await post('/api/cell', cellBody, { Origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    const run = await post('/run', JSON.stringify({ name: 'refreshSheet', args: [] }), {
      Origin: 'http://evil.example',
    });
    expect(run.status).toBe(403);
    expect(env.spreadsheet.sheet('Review').getRange('A4').getValue()).toBe('Webinars');
  });

  it('accepts only JSON bodies (a cross-site form cannot post)', async () => {
    const answer = await post('/api/cell', cellBody, { 'Content-Type': 'text/plain' });
    expect(answer.status).toBe(415);
    expect(env.spreadsheet.sheet('Review').getRange('A4').getValue()).toBe('Webinars');
  });

  it('runs menu items only, not any script function', async () => {
    const answer = await post('/api/menu', JSON.stringify({ functionName: 'formatSheet' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('"formatSheet" is not an item of the add-on menu.');
  });

  it('runs only the add-on’s declared entry points through /run: "constructor" does not run Object', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const answer = await post('/run', JSON.stringify({ name, args: [] }));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: `Script function not found: ${name}`,
      });
    }
  });

  it('runs the sidebar’s calls itself, on its own port, and the page redraws after each', async () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    const version = async () =>
      (
        JSON.parse(
          (await request(preview, { path: '/api/version', headers: { Host: own() } })).body,
        ) as {
          version: number;
        }
      ).version;
    const before = await version();
    const answer = await post('/run', JSON.stringify({ name: 'getSidebarState', args: [] }), {
      Origin: `http://${own()}`,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: true,
      value: { version: expect.any(String) },
    });
    expect(await version()).toBe(before + 1);
    const sidebar = await request(preview, { path: '/sidebar', headers: { Host: own() } });
    expect(sidebar.body.indexOf('window.google.script')).toBeLessThan(
      sidebar.body.indexOf('<main'),
    );
  });

  it('answers a body over the limit with 413, not a reset, and writes nothing', async () => {
    const answer = await post(
      '/api/cell',
      JSON.stringify({ sheet: 'Review', row: 4, column: 1, text: 'x'.repeat(1_200_000) }),
    );
    expect(answer.status).toBe(413);
    expect(env.spreadsheet.sheet('Review').getRange('A4').getValue()).toBe('Webinars');
  });

  it('Refresh on an empty sheet says there is nothing to review and writes nothing', async () => {
    loadAddOn(env).call('onOpen');
    const sheet = env.spreadsheet.insertSheet('Empty');
    env.spreadsheet.setActiveSheet(sheet);
    const sheets = () => env.spreadsheet.getSheets().map((s) => s.getName());
    const before = sheets();
    const answer = await post(
      '/api/menu',
      JSON.stringify({ functionName: 'refreshSheetFromMenu' }),
    );
    // The add-on's menu shows a user's mistake as a toast.
    expect((JSON.parse(answer.body) as { message: string }).message).toBe(
      'Nothing to review: “Empty” is empty. Add your programs (one per row, names in the first column), or use “Format review sheet” to start from a template.',
    );
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheets()).toEqual(before);
    env.spreadsheet.setActiveSheet(env.spreadsheet.sheet('Review'));
  });

  it('writes a typed cell from its own page', async () => {
    const answer = await post(
      '/api/cell',
      JSON.stringify({ sheet: 'Review', row: 4, column: 2, text: '12.5%' }),
      { Origin: `http://${own()}` },
    );
    expect(JSON.parse(answer.body)).toEqual({ ok: true, message: '' });
    const range = env.spreadsheet.sheet('Review').getRange('B4');
    expect(range.getValue()).toBe(0.125);
    expect(range.getDisplayValue()).toBe('12.5%');
  });
});

describe('typed cells', () => {
  const env = smallEnv();
  const sheet = env.spreadsheet.sheet('Review');
  let row = 5;
  /** Each entry in a fresh cell, so one entry's number format cannot colour the next. */
  const write = (text: string) => {
    row++;
    writeCell(env, { sheet: 'Review', row, column: 1, text });
    return sheet.getRange(row, 1);
  };

  it('parses numbers, percents and dates as Sheets does in en_US', () => {
    expect(write('1850').getValue()).toBe(1850);
    expect(write('3.1%').getValue()).toBeCloseTo(0.031, 12);
    expect(write('2026-08-31').getDisplayValue()).toBe('2026-08-31');
    // en_US reads slashes month first: 05/03/2026 is 3 May.
    expect(write('05/03/2026').getValue()).toEqual(new Date('2026-05-02T22:00:00Z'));
    expect(write('Webinar: Q3').getValue()).toBe('Webinar: Q3');
  });

  it('never turns typed text into a formula (the preview cannot evaluate one)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const range = write(`=${text}`);
        expect(range.getFormula()).toBe('');
        expect(range.getValue()).toBe(`=${text}`);
      }),
      { numRuns: 200 },
    );
  });

  it('stores any plain decimal as that number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat({ max: 9999 }), (int, frac) => {
        const text = `${int}.${String(frac).padStart(4, '0')}`;
        expect(write(text).getValue()).toBe(Number(text));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a cell outside the sheet with a sentence', () => {
    expect(() => writeCell(env, { sheet: 'Review', row: 1, column: 10_000, text: 'x' })).toThrow(
      'That cell is outside the sheet.',
    );
  });
});

describe('conditional-format flags', () => {
  const values = [
    ['Program', 'Status', 'Q1', 'Q2'],
    ['Welcome', '‼ Urgent', 1, 2],
    ['Trial', '● Overdue', 3, ''],
  ];
  const ctx = (row: number, column: number) => ({
    row,
    column,
    anchorRow: 2,
    anchorColumn: 1,
    value: (r: number, c: number) => values[r - 1]?.[c - 1] ?? '',
  });

  it("evaluates the add-on's own rule shapes, relative to the rule's anchor", () => {
    const overdue = '=AND(N("cadence")=0,LEFT($B2,1)="●")';
    expect(formulaHolds(overdue, ctx(2, 1))).toBe(false);
    expect(formulaHolds(overdue, ctx(3, 1))).toBe(true);
    expect(formulaHolds(overdue, ctx(3, 2))).toBe(true); // $B stays B in column B too
    const header = '=AND(N("cadence")=0,OR(COLUMN()=3,COLUMN()=4))';
    expect([1, 2, 3, 4].map((c) => formulaHolds(header, ctx(1, c)))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(formulaHolds('=ISBLANK(D2)', ctx(3, 1))).toBe(true);
    expect(() => formulaHolds('=VLOOKUP(A2,B:C,2)', ctx(2, 1))).toThrow(UnsupportedFormula);
  });

  it('does arithmetic left to right, * and / before + and -', () => {
    // 2 + 3 × 4 − 1 = 13; 10 / 4 × 2 = 5 (not 1.25); 8 − 2 − 1 = 5 (not 7).
    expect(formulaHolds('=2+3*4-1=13', ctx(2, 1))).toBe(true);
    expect(formulaHolds('=10/4*2=5', ctx(2, 1))).toBe(true);
    expect(formulaHolds('=8-2-1=5', ctx(2, 1))).toBe(true);
    expect(formulaHolds('=$C2*2+1=3', ctx(2, 1))).toBe(true);
  });

  it('paints the first matching rule, and skips rules it cannot evaluate', () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    const sheet = env.spreadsheet.addSheetFromGrid('Review', values);
    const rule = (formula: string, background: string, range: string) =>
      env.globals.SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(background)
        .setRanges([sheet.getRange(range)])
        .build();
    sheet.setConditionalFormatRules([
      rule('=INDIRECT("A1")=1', '#000000', 'A2:B3'),
      rule('=AND(N("cadence")=0,LEFT($B2,1)="‼")', '#f4c7c3', 'A2:B3'),
      rule('=AND(N("cadence")=0,LEFT($B2,1)<>"")', '#fce8b2', 'A2:B3'),
    ]);
    const styles = conditionalStyles(sheet.snapshot());
    expect(styles[1].slice(0, 2).map((s) => s?.background)).toEqual(['#f4c7c3', '#f4c7c3']);
    expect(styles[2].slice(0, 2).map((s) => s?.background)).toEqual(['#fce8b2', '#fce8b2']);
    expect(styles[0][0]).toBeNull();
    expect(styles[1][2]).toBeNull();
  });
});
