/**
 * The sheet actions end to end: the real dist/Code.js, called as the menu and the sidebar call
 * it, against an in-memory Apps Script holding examples/review.xlsx on 2026-11-22.
 */
import type { SheetSnapshot } from '@cadence/apps-script-fake';
import { OWNED_COLUMNS } from '../../src/core/review/headers';
import { exampleGrid, worldWith, type World } from './review-env';
import { columnIndex, columnLetter } from '../../src/core/text';

type Result = { ok: boolean; message: string };

function userCellsEqual(before: SheetSnapshot, after: SheetSnapshot, width: number): string[] {
  const problems: string[] = [];
  for (let i = 0; i < before.numRows; i++) {
    for (let j = 0; j < width; j++) {
      const at = `${String.fromCharCode(65 + j)}${i + 1}`;
      const b = before.values[i]?.[j] ?? '';
      const a = after.values[i]?.[j] ?? '';
      if (b instanceof Date ? !(a instanceof Date) || a.getTime() !== b.getTime() : a !== b)
        problems.push(`${at} value`);
      if ((before.formulas[i]?.[j] ?? null) !== (after.formulas[i]?.[j] ?? null))
        problems.push(`${at} formula`);
      const f = before.numberFormats[i]?.[j] ?? null;
      // Format only fills in formats the user never set (date format on dates); theirs stay.
      if (f !== null && f !== (after.numberFormats[i]?.[j] ?? null))
        problems.push(`${at} number format`);
      for (const layer of ['backgrounds', 'fontColors', 'fontWeights'] as const) {
        if ((before[layer][i]?.[j] ?? null) !== (after[layer][i]?.[j] ?? null))
          problems.push(`${at} ${layer}`);
      }
      const note = before.notes[i]?.[j] ?? null;
      if (note !== null && note !== after.notes[i]?.[j]) problems.push(`${at} note`);
    }
  }
  return problems;
}

async function exampleWorld(locale = 'en'): Promise<World> {
  const world = worldWith('Review', await exampleGrid('Review'), locale);
  // The user's own formatting, which no action may disturb.
  const raw = world.env.spreadsheet.getSheetByName('Review');
  raw?.getRange('A2').setBackground('#ffff00').setNote('Flagship program');
  raw?.getRange('B2:B31').setNumberFormat('0.00%');
  raw?.getRange('K1').setNote('Q4 2024 review, run by Claire');
  return world;
}

const snapshot = (w: World, name = 'Review') => w.env.spreadsheet.getSheetByName(name)!.snapshot();

describe('Format + Refresh on examples/review.xlsx', () => {
  let world: World;
  let before: SheetSnapshot;
  let after: SheetSnapshot;

  beforeAll(async () => {
    world = await exampleWorld();
    before = snapshot(world);
    expect((world.addOn.call('formatSheet') as Result).ok).toBe(true);
    expect(world.addOn.call('refreshSheet') as Result).toEqual({
      ok: true,
      message: 'Refreshed 30 programs: 1 urgent, 9 overdue, 16 due soon.',
    });
    after = snapshot(world);
  });

  it('changes no user cell: values, formulas, formats, colours, notes', () => {
    expect(userCellsEqual(before, after, before.numColumns)).toEqual([]);
  });

  it('appends the owned columns after the last user column', () => {
    expect(after.values[0].slice(before.numColumns)).toEqual(OWNED_COLUMNS.map((c) => c.en));
  });

  it('writes the engine’s results in the owned columns', () => {
    const col = (header: string) => after.values[0].indexOf(header);
    const row = (name: string) => after.values.findIndex((r) => r[0] === name);
    const behavioral = row('Behavioral score');
    expect(after.values[behavioral][col('Status')]).toBe('‼ Urgent');
    const welcome = row('Welcome nurture');
    expect(after.values[welcome][col('Status')]).toBe('◐ Due soon');
    // Next review 2026-11-29 = 2026-08-31 + 90 days, at midnight in Paris (23:00 UTC the day before).
    expect((after.values[welcome][col('Next review')] as Date).toISOString()).toBe(
      '2026-11-28T23:00:00.000Z',
    );
    // The sparkline reads the row's series from the same row of the companion sheet (no array
    // literal whose decimals a fr_FR spreadsheet would read differently): baseline 3.1% first.
    const sparkline = /^=SPARKLINE\('Review · Δ'!([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(
      after.formulas[welcome][col('Sparkline')] as string,
    ) as RegExpExecArray;
    expect(sparkline).not.toBeNull();
    expect([Number(sparkline[2]), Number(sparkline[4])]).toEqual([welcome + 1, welcome + 1]);
    const delta = snapshot(world, 'Review · Δ');
    const from = columnIndex(sparkline[1]) as number;
    const series = delta.values[welcome].slice(from, (columnIndex(sparkline[3]) as number) + 1);
    expect(series[0]).toBe(0.031);
    expect(series.length).toBeGreaterThan(2);
    expect(series.every((v) => typeof v === 'number')).toBe(true);
    expect(delta.values[0][from]).toBe('Sparkline');
    expect(after.numberFormats[welcome][col('Last change %')]).toBe('"▲ "0.0%;"▼ "0.0%;"= "0.0%');
    // The click rate rose from the 2026-06-01 review: green.
    expect(after.fontColors[welcome][col('Last change %')]).toBe('#137333');
  });

  it('colours lower-is-better changes the other way round', () => {
    // The duplicate rate fell (lower is better): a ▼ in green.
    const row = after.values.findIndex((r) => r[0] === 'Duplicate merge rule');
    const col = after.values[0].indexOf('Last change %');
    expect(after.values[row][col] as number).toBeLessThan(0);
    expect(after.fontColors[row][col]).toBe('#137333');
  });

  it('flags rows and incomplete columns with tagged conditional formats, notes listing missing rows', () => {
    const ours = after.conditionalFormats.filter((r) =>
      JSON.stringify(r.condition).includes('N(\\"cadence\\")'),
    );
    expect(ours).toHaveLength(5);
    const r1 =
      after.notes[0][
        after.values[0].findIndex(
          (v) => v instanceof Date && v.toISOString().startsWith('2026-08-30'),
        )
      ];
    expect(r1).toBe('Cadence: review incomplete. Rows still missing a value: 3, 9, 19, 23.');
    expect(after.notes[0][10]).toBe('Q4 2024 review, run by Claire');
  });

  it('protects the owned columns with one warning-only protection over the seven of them', () => {
    const ranges = after.protections.filter((p) => p.description.startsWith('Cadence'));
    const first = after.values[0].indexOf('Next review');
    expect(after.values[0][first + 6]).toBe('Sparkline');
    expect(ranges).toHaveLength(1);
    expect(ranges[0].warningOnly).toBe(true);
    // Whole columns from the header down: the seven owned columns, side by side.
    const [from, to] = (ranges[0].range as string).split(':');
    expect(from.replace(/\d+/g, '')).toBe(columnLetter(first));
    expect(to.replace(/\d+/g, '')).toBe(columnLetter(first + 6));
  });

  it('rebuilds the companion Δ sheet with the same rows and group roll-ups', () => {
    const delta = snapshot(world, 'Review · Δ');
    expect(delta.values[1][0]).toBe('Welcome nurture');
    expect(delta.values[11][0]).toBe('Behavioral score');
    const groups = delta.values.findIndex((r) => r[0] === 'Group roll-ups');
    expect(groups).toBeGreaterThan(30);
    expect(delta.values.slice(groups + 1).map((r) => r[0])).toEqual(
      expect.arrayContaining(['Webinars', 'Videos']),
    );
    const webinars = delta.values.find((r) => r[0] === 'Webinars') as unknown[];
    expect(webinars[delta.values[groups].indexOf('Trend')]).toBe('▼ falling');
  });

  it('is idempotent: a second refresh writes the same values and leaves the sheet identical', () => {
    world.addOn.call('refreshSheet');
    const again = snapshot(world);
    expect(again).toEqual(after);
    expect(snapshot(world, 'Review · Δ')).toEqual(snapshot(world, 'Review · Δ'));
  });

  it('restores an owned cell the user typed over', () => {
    const raw = world.env.spreadsheet.getSheetByName('Review')!;
    const statusCol = after.values[0].indexOf('Status') + 1;
    raw.getRange(2, statusCol).setValue('done!');
    world.addOn.call('refreshSheet');
    expect(raw.getRange(2, statusCol).getValue()).toBe('◐ Due soon');
  });

  it('keeps the user’s own conditional format rules', () => {
    const raw = world.env.spreadsheet.getSheetByName('Review')!;
    const userRule = world.env.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(1000)
      .setBackground('#00ff00')
      .setRanges([raw.getRange('B2:B31') as never])
      .build();
    raw.setConditionalFormatRules([...raw.getConditionalFormatRules(), userRule as never]);
    world.addOn.call('refreshSheet');
    const rules = snapshot(world).conditionalFormats;
    expect(rules).toHaveLength(6);
    expect(rules[0].ranges).toEqual(['B2:B31']);
  });
});

describe('Start a review today', () => {
  it('inserts a column dated 2026-11-22 after the last review column and selects its first cell', async () => {
    const world = await exampleWorld();
    world.env.spreadsheet.getSheetByName('Review')!.getRange('S2:S31').setNumberFormat('0.0%');
    const result = world.addOn.call('startReview') as Result;
    expect(result).toEqual({
      ok: true,
      message: 'Review column 2026-11-22 added: fill in this period’s numbers.',
    });
    const sheet = snapshot(world);
    // The last review column was S (2026-12-07, the 19th); the new one is T.
    expect((sheet.values[0][19] as Date).toISOString()).toBe('2026-11-21T23:00:00.000Z');
    expect(sheet.values.slice(1).every((r) => (r[19] ?? '') === '')).toBe(true);
    expect(sheet.numberFormats[1][19]).toBe('0.0%');
    expect(world.env.spreadsheet.getActiveRange()?.getA1Notation()).toBe('T2');
  });

  it('selects an existing column of that date instead of adding a second one', async () => {
    const world = await exampleWorld();
    const result = world.addOn.call('startReview', '2026-08-31') as Result;
    expect(result.message).toBe('A review column for 2026-08-31 already exists: selected.');
    expect(snapshot(world).numColumns).toBe(19);
  });

  it('answers in French, and refuses a date that is not one', async () => {
    const world = await exampleWorld('fr');
    expect(world.addOn.call('startReview', '31/02/2026')).toEqual({
      ok: false,
      message: '« 31/02/2026 » n’est pas une date (format attendu AAAA-MM-JJ).',
    });
  });
});

describe('Format', () => {
  it('lays out the template in the user’s language on an empty sheet', () => {
    const world = worldWith('Revue', [['']], 'fr');
    const result = world.addOn.call('formatSheet') as Result;
    expect(result.ok).toBe(true);
    const s = snapshot(world, 'Revue');
    // The header row as a French user reads it, the template's columns then the add-on's.
    expect(s.values[0].join(' | ')).toBe(
      'Nom | Référence | Type | Indicateur | Responsable | Mis en place le | Groupe | Réglé | Sens | ' +
        'Prochaine revue | Statut | Dernière variation | Dernière variation % | vs Référence | ' +
        'Tendance | Courbe',
    );
    expect([s.frozenRows, s.frozenColumns]).toEqual([1, 1]);
  });

  it('adds dropdowns for Type and a date format on review headers without touching user formats', async () => {
    const world = await exampleWorld();
    world.addOn.call('formatSheet');
    const s = snapshot(world);
    expect(s.validations[1][2]).toMatchObject({ criteria: 'VALUE_IN_LIST' });
    expect(s.numberFormats[1][1]).toBe('0.00%');
    expect([s.frozenRows, s.frozenColumns]).toEqual([1, 1]);
  });
});

describe('concurrency and errors', () => {
  it('waits for the document lock, then says another action is running', async () => {
    const world = await exampleWorld();
    world.env.locks.holdElsewhere('document');
    expect(world.addOn.call('refreshSheet')).toEqual({
      ok: false,
      message: 'Another Cadence action is running on this spreadsheet. Try again in a moment.',
    });
  });

  it('shows menu results as a toast', async () => {
    const world = await exampleWorld();
    world.addOn.call('refreshSheetFromMenu');
    expect(world.env.ui.toasts[0]).toMatchObject({
      message: 'Refreshed 30 programs: 1 urgent, 9 overdue, 16 due soon.',
    });
  });
});
