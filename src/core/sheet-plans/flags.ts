/**
 * The visual flags. Row colours and column-header colours are conditional-format rules, not cell
 * formats, so the user's own cells keep their formatting untouched; each rule carries the tag
 * N("cadence") in its formula (it evaluates to 0 and changes nothing) so Refresh replaces exactly
 * its own rules and keeps the user's. Header notes say which rows an incomplete review misses;
 * a note the user wrote is never overwritten.
 */
import { changeLegend } from '../stats/change-format';
import type { OwnedColumnKey } from '../review/headers';
import type { ColumnReview } from '../review/columns';
import { columnLetter } from '../text';
import type { Locale } from '../types';
import { ta } from '../i18n/actions';

export const RULE_TAG = 'N("cadence")=0';

export interface RangeBox {
  /** 1-based, like Sheet.getRange(row, column, numRows, numColumns). */
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface FlagRule {
  readonly ranges: readonly RangeBox[];
  readonly formula: string;
  readonly background: string;
  readonly fontColor: string | null;
  readonly bold: boolean;
}

export const FLAG_COLOURS = {
  urgent: { background: '#f4c7c3', font: '#a50e0e' },
  overdue: { background: '#fce8b2', font: '#7a4f01' },
  due_soon: { background: '#e6f4ea', font: '#137333' },
  incomplete: { background: '#f9cb9c', font: '#783f04' },
  scheduled: { background: '#d2e3fc', font: '#174ea6' },
} as const;

/** The status icons Refresh writes; rules match on them, so they work in both languages. */
const STATUS_ICON = { urgent: '‼', overdue: '●', due_soon: '◐' } as const;

export function isCadenceRule(formula: string | null): boolean {
  return formula !== null && formula.includes(RULE_TAG);
}

export function flagRules(
  nameColumn: number,
  statusColumn: number,
  dataRows: number,
  columns: readonly ColumnReview[],
  width: number,
): FlagRule[] {
  const rules: FlagRule[] = [];
  if (dataRows > 0) {
    const status = `$${columnLetter(statusColumn)}2`;
    const rowRanges: RangeBox[] = [
      { row: 2, column: nameColumn + 1, numRows: dataRows, numColumns: 1 },
      { row: 2, column: statusColumn + 1, numRows: dataRows, numColumns: 1 },
    ];
    for (const key of ['urgent', 'overdue', 'due_soon'] as const) {
      rules.push({
        ranges: rowRanges,
        formula: `=AND(${RULE_TAG},LEFT(${status},1)="${STATUS_ICON[key]}")`,
        background: FLAG_COLOURS[key].background,
        fontColor: FLAG_COLOURS[key].font,
        bold: key === 'urgent',
      });
    }
  }
  for (const kind of ['incomplete', 'scheduled'] as const) {
    const columnsOfKind = columns.filter((c) => c.status === kind).map((c) => c.column.index + 1);
    if (columnsOfKind.length === 0) continue;
    // One range over the header row whatever the number of columns flagged: the formula
    // picks the columns, so the rule costs the same single range for 1 or 60 columns.
    rules.push({
      ranges: [{ row: 1, column: 1, numRows: 1, numColumns: width }],
      formula: `=AND(${RULE_TAG},OR(${columnsOfKind.map((c) => `COLUMN()=${c}`).join(',')}))`,
      background: FLAG_COLOURS[kind].background,
      fontColor: FLAG_COLOURS[kind].font,
      bold: kind === 'incomplete',
    });
  }
  return rules;
}

const NOTE_MARK = /^Cadence ?:/;

/** A note Cadence wrote: it starts with "Cadence:" ("Cadence :" in French). */
export function isCadenceNote(note: string | null | undefined): boolean {
  return typeof note === 'string' && NOTE_MARK.test(note);
}

/** A note Cadence may write over: blank or its own; anything else is the user's and stays. */
export function isOwnNote(note: string): boolean {
  return note === '' || isCadenceNote(note);
}

/** Owned columns that show a change: their note carries the legend of arrows, colours and units. */
const CHANGE_COLUMNS: ReadonlySet<OwnedColumnKey> = new Set([
  'last_change',
  'last_change_pct',
  'vs_baseline',
  'trend',
]);

/** The note on an owned column's header; change columns add the legend of ▲/▼, colours and pt. */
export function ownedNote(key: OwnedColumnKey, locale: Locale): string {
  const note = ta(locale, 'note.owned');
  return CHANGE_COLUMNS.has(key) ? `${note}\n${changeLegend(locale)}` : note;
}

/**
 * The header row's notes after Refresh: owned headers explain themselves, incomplete review
 * columns list the rows missing, scheduled ones say so, and every user-written note is kept.
 */
export function headerNotes(
  current: readonly string[],
  width: number,
  owned: Readonly<Partial<Record<OwnedColumnKey, number>>>,
  columns: readonly ColumnReview[],
  locale: Locale,
): string[] {
  const notes = Array.from({ length: width }, (_, j) => current[j] ?? '');
  const ours = (j: number, note: string) => {
    if (isOwnNote(notes[j])) notes[j] = note;
  };
  for (let j = 0; j < width; j++) ours(j, '');
  for (const c of columns) {
    if (c.status === 'incomplete')
      ours(c.column.index, ta(locale, 'note.incomplete', { rows: c.missingRows.join(', ') }));
    else if (c.status === 'scheduled') ours(c.column.index, ta(locale, 'note.scheduled'));
  }
  for (const [key, j] of Object.entries(owned) as Array<[OwnedColumnKey, number]>)
    ours(j, ownedNote(key, locale));
  return notes;
}
