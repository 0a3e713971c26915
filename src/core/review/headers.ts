/**
 * What each column of a review sheet is, read from the header row.
 *
 * The playbook's layout needs no headers at all: column A is the program's name, column B its
 * baseline, and every column headed by a date is a review — a date cell, or a text date in any
 * form ../reading/date-text.ts reads; "9/1/2026" is read in the order the header row itself proves, else in
 * the locale's (and listed in a warning); a header that looks like a date but cannot be read is
 * named in a warning. Other columns are recognised by their header in English or French,
 * whatever the case, accents or punctuation. The add-on's own computed columns are listed here,
 * once, so they are never mistaken for the user's data; any other header is the user's own
 * column and is left alone.
 */
import { DayNumber, toIso } from '../dates';
import { classifyDateText, DateText, orderEvidence, resolveEither } from '../reading/date-text';
import { readingConventions, ReadingConventions } from '../reading/locale';
import { diagnosticAt, problem, ReviewDiagnostic } from './diagnostics';
import { a1, columnLetter, normalizeKey } from '../text';
import type { CellValue, Locale } from '../types';
import { safeDayInZone } from './values';

/** Columns the engine reads. */
export type ColumnRole =
  | 'name'
  | 'baseline'
  | 'type'
  | 'metric'
  | 'owner'
  | 'setUpOn'
  | 'group'
  | 'salesCycleDays'
  | 'cadenceDays'
  | 'tuned'
  | 'direction'
  | 'volume';

const ROLE_ALIASES: ReadonlyArray<
  readonly [ColumnRole, { readonly en: readonly string[]; readonly fr: readonly string[] }]
> = [
  [
    'name',
    {
      en: ['Name', 'Program', 'Program name', 'Asset', 'Asset / program', 'Program / asset'],
      fr: ['Nom', 'Programme', 'Nom du programme', 'Actif', 'Actif / programme'],
    },
  ],
  [
    'baseline',
    {
      en: ['Baseline', 'Before automation', 'Reference'],
      fr: ['Référence', 'Avant automatisation', 'Données de référence', 'Ligne de base'],
    },
  ],
  ['type', { en: ['Type', 'Program type'], fr: ['Type', 'Type de programme'] }],
  ['metric', { en: ['Metric', 'KPI', 'Measure'], fr: ['Indicateur', 'Métrique', 'KPI', 'Mesure'] }],
  ['owner', { en: ['Owner', 'Reviewer'], fr: ['Responsable', 'Propriétaire'] }],
  [
    'setUpOn',
    {
      en: ['Set up on', 'Set-up date', 'Setup date', 'Set up', 'Launched on', 'Launch date'],
      fr: ['Mis en place le', 'Mise en place le', 'Date de mise en place', 'Mise en place'],
    },
  ],
  ['group', { en: ['Group'], fr: ['Groupe'] }],
  [
    'salesCycleDays',
    {
      en: ['Sales cycle (days)', 'Sales cycle', 'Sales cycle days'],
      fr: ['Cycle de vente (jours)', 'Cycle de vente'],
    },
  ],
  [
    'cadenceDays',
    {
      en: ['Cadence (days)', 'Cadence', 'Review every (days)'],
      fr: ['Fréquence (jours)', 'Fréquence', 'Cadence (jours)'],
    },
  ],
  ['tuned', { en: ['Tuned', 'Dialled in', 'Dialed in'], fr: ['Réglé', 'Stabilisé'] }],
  ['direction', { en: ['Direction', 'Better when', 'Polarity'], fr: ['Sens', 'Polarité'] }],
  ['volume', { en: ['Volume', 'n', 'Volume / n', 'Count'], fr: ['Volume', 'Effectif', 'n'] }],
];

/**
 * The add-on's own computed columns (written by "Refresh"). The single source of truth for their
 * headers: the engine never reads them as data and the sheet actions write exactly these texts.
 */
export const OWNED_COLUMNS = [
  { key: 'next_review', en: 'Next review', fr: 'Prochaine revue' },
  { key: 'status', en: 'Status', fr: 'Statut' },
  { key: 'last_change', en: 'Last change', fr: 'Dernière variation' },
  { key: 'last_change_pct', en: 'Last change %', fr: 'Dernière variation %' },
  { key: 'vs_baseline', en: 'vs Baseline', fr: 'vs Référence' },
  { key: 'trend', en: 'Trend', fr: 'Tendance' },
  { key: 'sparkline', en: 'Sparkline', fr: 'Courbe' },
] as const;

export type OwnedColumnKey = (typeof OWNED_COLUMNS)[number]['key'];

/** A column headed by a date. */
export interface ReviewColumn {
  /** 0-based column index. */
  readonly index: number;
  readonly letter: string;
  readonly day: DayNumber;
}

export interface SheetColumns {
  /** 0-based index of each recognised column. */
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Review columns in date order (ties in sheet order). */
  readonly reviewColumns: readonly ReviewColumn[];
  readonly owned: Readonly<Partial<Record<OwnedColumnKey, number>>>;
  /** The user's other columns, never read nor written. */
  readonly others: readonly number[];
  /** The language the headers are written in, when they tell. */
  readonly language: Locale | null;
  /** How the sheet's ambiguous text dates and numbers are read when nothing else decides. */
  readonly conventions: ReadingConventions;
  /** Header dates read in the locale's order with nothing in the header row to settle it. */
  readonly dateGuesses: readonly GuessedDate[];
  readonly diagnostics: readonly ReviewDiagnostic[];
}

/** A text date read in the locale's order because nothing settled it: listed in one warning. */
export interface GuessedDate {
  /** 0-based grid row and column. */
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly day: DayNumber;
}

type Meaning =
  | { readonly kind: 'role'; readonly role: ColumnRole; readonly locales: ReadonlySet<Locale> }
  | { readonly kind: 'owned'; readonly key: OwnedColumnKey; readonly locales: ReadonlySet<Locale> };

const MEANINGS: ReadonlyMap<string, Meaning> = buildMeanings();

function buildMeanings(): Map<string, Meaning> {
  const table = new Map<string, Meaning>();
  const add = (text: string, locale: Locale, make: (l: Set<Locale>) => Meaning): void => {
    const key = normalizeKey(text);
    const existing = table.get(key);
    if (existing) (existing.locales as Set<Locale>).add(locale);
    else table.set(key, make(new Set([locale])));
  };
  for (const column of OWNED_COLUMNS) {
    const make = (locales: Set<Locale>): Meaning => ({ kind: 'owned', key: column.key, locales });
    add(column.en, 'en', make);
    add(column.fr, 'fr', make);
  }
  for (const [role, aliases] of ROLE_ALIASES) {
    const make = (locales: Set<Locale>): Meaning => ({ kind: 'role', role, locales });
    for (const text of aliases.en) add(text, 'en', make);
    for (const text of aliases.fr) add(text, 'fr', make);
  }
  return table;
}

function meaningOf(text: string): Meaning | undefined {
  // "N°" (numéro) normalises to "n" like the Volume header "n", but numbers rows, not trials.
  if (text.includes('°')) return undefined;
  return MEANINGS.get(normalizeKey(text));
}

/** The column a header names, or null for the user's own columns. */
export function headerMeaning(
  text: string,
): { kind: 'role'; role: ColumnRole } | { kind: 'owned'; key: OwnedColumnKey } | null {
  const meaning = meaningOf(text);
  if (!meaning) return null;
  return meaning.kind === 'role'
    ? { kind: 'role', role: meaning.role }
    : { kind: 'owned', key: meaning.key };
}

/** What a header cell says as a date: a Date cell is one day; text goes to ../reading/date-text.ts. */
function headerDate(cell: CellValue, timeZone: string): DateText | null {
  if (cell instanceof Date) {
    const day = safeDayInZone(cell, timeZone);
    return day === null ? { kind: 'unreadable' } : { kind: 'day', day, evidence: null };
  }
  return typeof cell === 'string' ? classifyDateText(cell) : null;
}

/** A header cell's text, trimmed; '' for any other cell. */
function headerTextAt(header: ReadonlyArray<CellValue>, j: number): string {
  const cell = header[j];
  return typeof cell === 'string' ? cell.trim() : '';
}

/** A header cell that reads as a date (or in two orders), before the row settles the order. */
interface DatedHeader {
  readonly index: number;
  readonly read: DateText;
}

/** What the header row's cells say, one by one, before any row-wide decision. */
interface HeaderCells {
  readonly roles: Partial<Record<ColumnRole, number>>;
  readonly owned: Partial<Record<OwnedColumnKey, number>>;
  readonly dates: readonly DatedHeader[];
  /** Columns no header claims: the user's own, unless the playbook's layout claims them. */
  readonly unclaimed: readonly number[];
  /** Headers written in one language only, counted per language. */
  readonly votes: Readonly<Record<Locale, number>>;
  readonly diagnostics: readonly ReviewDiagnostic[];
}

/** The warning for a header that looks like a date but names no day. */
function unreadableDateHeader(header: ReadonlyArray<CellValue>, j: number): ReviewDiagnostic {
  return header[j] instanceof Date
    ? diagnosticAt(0, j, problem('invalid_date', 'warning', {}))
    : diagnosticAt(
        0,
        j,
        problem('unreadable_date_header', 'warning', { text: headerTextAt(header, j) }),
      );
}

/** Each cell of the header row: a date, a column the engine reads, one of ours, or the user's. */
function classifyHeaderCells(
  header: ReadonlyArray<CellValue>,
  width: number,
  timeZone: string,
): HeaderCells {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const owned: Partial<Record<OwnedColumnKey, number>> = {};
  const dates: DatedHeader[] = [];
  const unclaimed: number[] = [];
  const votes: Record<Locale, number> = { en: 0, fr: 0 };
  const diagnostics: ReviewDiagnostic[] = [];

  for (let j = 0; j < width; j++) {
    const cell = j < header.length ? header[j] : '';
    const date = headerDate(cell, timeZone);
    if (date?.kind === 'unreadable') {
      diagnostics.push(unreadableDateHeader(header, j));
      unclaimed.push(j);
      continue;
    }
    if (date !== null) {
      dates.push({ index: j, read: date });
      continue;
    }
    const meaning = typeof cell === 'string' ? meaningOf(cell) : undefined;
    if (!meaning) {
      unclaimed.push(j);
      continue;
    }
    const first = meaning.kind === 'role' ? roles[meaning.role] : owned[meaning.key];
    if (first !== undefined) {
      const text = headerTextAt(header, j);
      diagnostics.push(
        diagnosticAt(
          0,
          j,
          problem('duplicate_header', 'warning', { header: text, first: a1(0, first) }),
        ),
      );
      unclaimed.push(j);
      continue;
    }
    if (meaning.kind === 'role') roles[meaning.role] = j;
    else owned[meaning.key] = j;
    if (meaning.locales.size === 1) votes[meaning.locales.has('fr') ? 'fr' : 'en']++;
  }
  return { roles, owned, dates, unclaimed, votes, diagnostics };
}

/** The language most headers are written in; null when they do not tell (or tie). */
function headerLanguage(votes: Readonly<Record<Locale, number>>): Locale | null {
  return votes.fr > votes.en ? 'fr' : votes.en > votes.fr ? 'en' : null;
}

/**
 * The review columns in date order. "9/1/2026" is read in the order the header row proves
 * ("13/1/2026" elsewhere), else the locale's, and then listed as a guess.
 */
function reviewColumnsOf(
  header: ReadonlyArray<CellValue>,
  dates: readonly DatedHeader[],
  conventions: ReadingConventions,
): { reviewColumns: ReviewColumn[]; dateGuesses: GuessedDate[] } {
  const evidence = orderEvidence(dates.map((d) => d.read));
  const reviewColumns: ReviewColumn[] = [];
  const dateGuesses: GuessedDate[] = [];
  for (const { index, read } of dates) {
    let day = read.kind === 'day' ? read.day : null;
    if (read.kind === 'either') {
      const resolved = resolveEither(read, evidence, conventions.dateOrder);
      day = resolved.day;
      if (resolved.guessed)
        dateGuesses.push({ row: 0, column: index, text: headerTextAt(header, index), day });
    }
    if (day !== null) reviewColumns.push({ index, letter: columnLetter(index), day });
  }
  reviewColumns.sort((a, b) => a.day - b.day || a.index - b.index);
  return { reviewColumns, dateGuesses };
}

/**
 * The playbook's layout: name in A, baseline in B, when no header says otherwise. Fills `roles`
 * and answers the columns left to the user.
 */
function claimPlaybookLayout(
  roles: Partial<Record<ColumnRole, number>>,
  unclaimed: readonly number[],
): number[] {
  let others = [...unclaimed];
  if (roles.name === undefined && others.includes(0)) {
    roles.name = 0;
    others = others.filter((j) => j !== 0);
  }
  if (roles.baseline === undefined && others.includes(1)) {
    roles.baseline = 1;
    others = others.filter((j) => j !== 1);
  }
  return others;
}

/** An info note on each review column dated the same day as an earlier one (in date order). */
function duplicateReviewDates(reviewColumns: readonly ReviewColumn[]): ReviewDiagnostic[] {
  const diagnostics: ReviewDiagnostic[] = [];
  let firstOfDay = reviewColumns[0];
  for (const col of reviewColumns.slice(1)) {
    if (col.day !== firstOfDay.day) {
      firstOfDay = col;
      continue;
    }
    diagnostics.push(
      diagnosticAt(
        0,
        col.index,
        problem('duplicate_review_date', 'info', {
          date: toIso(col.day),
          first: a1(0, firstOfDay.index),
        }),
      ),
    );
  }
  return diagnostics;
}

/**
 * Reads the header row. `width` is the widest row of the grid, so a short header row still
 * covers every column that holds data. `locale` is the spreadsheet's (Sheets) or `--locale`
 * (CLI); without one, the header language decides how ambiguous text is read.
 */
export function readHeaders(
  header: ReadonlyArray<CellValue>,
  width: number,
  timeZone: string,
  locale: string | null = null,
): SheetColumns {
  const cells = classifyHeaderCells(header, width, timeZone);
  const language = headerLanguage(cells.votes);
  const conventions = readingConventions(locale, language);
  const { reviewColumns, dateGuesses } = reviewColumnsOf(header, cells.dates, conventions);
  const roles = { ...cells.roles };
  const others = claimPlaybookLayout(roles, cells.unclaimed);
  const diagnostics = [...cells.diagnostics, ...duplicateReviewDates(reviewColumns)];
  return {
    roles,
    reviewColumns,
    owned: cells.owned,
    others,
    language,
    conventions,
    dateGuesses,
    diagnostics,
  };
}
