/**
 * The Journal sheet, owned by Cadence: one row per change that needs a reason, with the columns
 * date, program, metric, change (in its unit), signal, why, decision, owner, follow-up.
 *
 * Cadence writes a row once, when the change first needs a reason, and never again: why,
 * decision, owner and follow-up are the user's free text (typed in place or through the
 * sidebar), so Refresh only appends rows for changes the journal does not hold yet.
 */
import { digest } from '../calendar/hash';
import { midnightInZone, toIso, type DayNumber } from '../dates';
import { tj } from '../i18n/journal';
import { cellText, dayReader } from '../review/values';
import { formatChange } from '../stats/change-format';
import { asText } from '../text-cell';
import { aliasTable, normalizeKey } from '../text';
import type { CellValue, Grid, Locale } from '../types';
import { parseDecision, type Decision } from './decisions';
import type { ChangeToExplain } from './to-explain';

/** The same word in English and French. */
export const JOURNAL_SHEET_NAME = 'Journal';

export const JOURNAL_FIELDS = [
  'date',
  'program',
  'metric',
  'change',
  'signal',
  'why',
  'decision',
  'owner',
  'follow_up',
] as const;
export type JournalField = (typeof JOURNAL_FIELDS)[number];

/** The user's cells: written by Cadence only on the user's own request (the sidebar's Save). */
export const FREE_TEXT_FIELDS: readonly JournalField[] = ['why', 'decision', 'owner', 'follow_up'];

const HEADERS = aliasTable<JournalField>(
  JOURNAL_FIELDS.map((f) => [f, [tj('en', `header.${f}`), tj('fr', `header.${f}`)]] as const),
);

export interface JournalEntry {
  /** 1-based row of the Journal sheet. */
  readonly sheetRow: number;
  readonly day: DayNumber | null;
  readonly program: string;
  readonly metric: string;
  readonly change: string;
  readonly signal: string;
  readonly why: string;
  /** The Decision cell read as one of the four decisions; null when blank or the user's own word. */
  readonly decision: Decision | null;
  readonly decisionText: string;
  readonly owner: string;
  readonly followUp: DayNumber | null;
}

export interface JournalRead {
  /** 0-based column of each field in the sheet. */
  readonly columns: Readonly<Record<JournalField, number>>;
  readonly width: number;
  /** False for an empty sheet: the header row is still to write. */
  readonly hasHeader: boolean;
  readonly entries: readonly JournalEntry[];
}

/** The identity of an entry: one per program and review date. */
export function entryKey(day: DayNumber | null, program: string): string {
  return `${day === null ? '' : toIso(day)}|${normalizeKey(program)}`;
}

/** How Cadence remembers a journaled change (dismissed.ts): its entry key, digested. */
export function journaledId(day: DayNumber | null, program: string): string {
  return digest(entryKey(day, program));
}

/**
 * The header row tells where each field is (the user may move columns, in either language);
 * a field it does not name goes after the last column, so no user column is ever written over.
 */
function columnsOf(header: readonly CellValue[]): { columns: Record<JournalField, number>; width: number } {
  const columns = {} as Record<JournalField, number>;
  header.forEach((cell, j) => {
    const field = typeof cell === 'string' ? HEADERS.get(normalizeKey(cell)) : undefined;
    if (field !== undefined && columns[field] === undefined) columns[field] = j;
  });
  let width = header.length;
  for (const field of JOURNAL_FIELDS) if (columns[field] === undefined) columns[field] = width++;
  return { columns, width };
}

export function readJournal(grid: Grid, timeZone: string): JournalRead {
  const lines = grid.filter((line) => Array.isArray(line));
  const hasHeader = lines.length > 0 && lines[0].some((c) => c !== '');
  const { columns, width } = columnsOf(hasHeader ? lines[0] : []);
  const readDay = dayReader(timeZone);
  const day = (cell: CellValue): DayNumber | null => {
    const read = readDay(cell);
    return read.kind === 'value' ? read.day : null;
  };
  const entries: JournalEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const at = (f: JournalField): CellValue => line[columns[f]] ?? '';
    const text = (f: JournalField): string => cellText(at(f), timeZone).trim();
    const program = text('program');
    if (program === '') continue;
    const decisionText = text('decision');
    entries.push({
      sheetRow: i + 1,
      day: day(at('date')),
      program,
      metric: text('metric'),
      change: text('change'),
      signal: text('signal'),
      why: text('why'),
      decision: parseDecision(decisionText),
      decisionText,
      owner: text('owner'),
      followUp: day(at('follow_up')),
    });
  }
  return { columns, width, hasHeader, entries };
}

export interface JournalAppend {
  /** The header row to write in row 1 (empty sheet only), else null. */
  readonly header: string[] | null;
  /** 1-based row of the first appended row: after every row the sheet holds. */
  readonly startRow: number;
  /** Width of the appended block (and of the header). */
  readonly width: number;
  readonly rows: CellValue[][];
  /** Changes Cadence journaled before and the user deleted since: not added back. */
  readonly dismissed: readonly ChangeToExplain[];
  /**
   * What to remember for the next Refresh (`journaledId`s): every change that needs a reason,
   * now in the Journal or dismissed.
   */
  readonly journaled: readonly string[];
}

const NOTHING_JOURNALED: ReadonlySet<string> = new Set();

function causeText(causes: ChangeToExplain['causes'], locale: Locale): string {
  return causes.map((c) => tj(locale, `cause.${c}`)).join(', ');
}

/**
 * The rows to append for the changes the journal does not hold yet (by program and review
 * date). Existing rows are never in the plan, whatever they hold: that is the whole guarantee.
 * A change in `journaled` (journaled at an earlier Refresh) that the sheet no longer holds was
 * deleted by the user: dismissed, not added back (dismissed.ts). Program names are user data:
 * written as text, never as a formula.
 */
export function journalAppend(
  grid: Grid,
  toExplain: readonly ChangeToExplain[],
  locale: Locale,
  timeZone: string,
  journaled: ReadonlySet<string> = NOTHING_JOURNALED,
): JournalAppend {
  const journal = readJournal(grid, timeZone);
  const known = new Set(journal.entries.map((e) => entryKey(e.day, e.program)));
  const rows: CellValue[][] = [];
  const dismissed: ChangeToExplain[] = [];
  const remembered = new Set<string>();
  for (const change of toExplain) {
    const key = entryKey(change.day, change.program);
    const id = journaledId(change.day, change.program);
    remembered.add(id);
    if (known.has(key)) continue;
    known.add(key);
    if (journaled.has(id)) {
      dismissed.push(change);
      continue;
    }
    const row: CellValue[] = new Array(journal.width).fill('');
    const put = (f: JournalField, value: CellValue) => (row[journal.columns[f]] = value);
    put('date', midnightInZone(change.day, timeZone));
    put('program', asText(change.program));
    put('metric', asText(change.metric ?? ''));
    put('change', change.change ? asText(formatChange(change.change, change.isRate, locale)) : '');
    put('signal', causeText(change.causes, locale));
    // A new row only: the review sheet's owner is the first guess, the user's to change.
    put('owner', asText(change.owner ?? ''));
    rows.push(row);
  }
  const header = journal.hasHeader
    ? null
    : Array.from({ length: journal.width }, (_, j) => {
        const field = JOURNAL_FIELDS.find((f) => journal.columns[f] === j);
        return field ? tj(locale, `header.${field}`) : '';
      });
  return {
    header,
    startRow: Math.max(grid.length, 1) + 1,
    width: journal.width,
    rows,
    dismissed,
    journaled: [...remembered],
  };
}
