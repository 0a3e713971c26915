/**
 * What the daily digest needs, small enough for one user property: per row with an owner and a
 * next review, its row, name, next date, whether it is urgent, and its owners' addresses. Saved at
 * each Sync and when the digest is turned on, so a digest that Google runs without its document
 * (a time-driven trigger of an add-on may have no active spreadsheet, and opening the file by id
 * would need the full `spreadsheets` scope) still goes out. Which items a digest lists is decided
 * here from these rows, for the live report and the snapshot alike.
 */
import type { DayNumber } from '../dates';
import type { ReviewReport } from '../review/report';
import type { Locale } from '../types';
import { emailsIn } from './guests';
import { utf8Bytes as utf8 } from '../text';

export const DIGEST_WINDOW_DAYS = 7;

export interface DigestItem {
  readonly row: number;
  readonly name: string;
  readonly day: DayNumber;
  readonly kind: 'urgent' | 'overdue' | 'due';
}

export interface OwnerDigest {
  readonly email: string;
  /** Urgent and overdue first (oldest first), then this week's by date. */
  readonly items: readonly DigestItem[];
}

/** [row, name, next review, urgent (1/0), owners' addresses] */
export type DigestRow = readonly [number, string, DayNumber, 0 | 1, readonly string[]];

export function digestRows(report: ReviewReport): DigestRow[] {
  const rows: DigestRow[] = [];
  for (const { schedule } of report.rows) {
    const owners = emailsIn(schedule.row.owner);
    if (schedule.next === null || owners.length === 0) continue;
    rows.push([
      schedule.row.row,
      schedule.row.name,
      schedule.next,
      schedule.status === 'urgent' ? 1 : 0,
      owners,
    ]);
  }
  return rows;
}

const ORDER: Record<DigestItem['kind'], number> = { urgent: 0, overdue: 1, due: 2 };

/** Each owner's urgent, overdue and this week's items on `today`. */
export function digestsOf(rows: readonly DigestRow[], today: DayNumber): OwnerDigest[] {
  const byOwner = new Map<string, DigestItem[]>();
  for (const [row, name, next, urgent, owners] of rows) {
    const kind: DigestItem['kind'] | null =
      urgent === 1
        ? 'urgent'
        : next < today
          ? 'overdue'
          : next < today + DIGEST_WINDOW_DAYS
            ? 'due'
            : null;
    if (kind === null) continue;
    const item = { row, name, day: next, kind };
    for (const email of owners) byOwner.set(email, [...(byOwner.get(email) ?? []), item]);
  }
  return [...byOwner]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([email, items]) => ({
      email,
      items: [...items].sort(
        (a, b) => ORDER[a.kind] - ORDER[b.kind] || a.day - b.day || a.row - b.row,
      ),
    }));
}

export interface DigestSnapshot {
  readonly spreadsheetId: string;
  readonly sheetName: string;
  readonly spreadsheetUrl: string | null;
  readonly locale: Locale;
  readonly timeZone: string;
  /** The day the snapshot was taken. */
  readonly takenOn: DayNumber;
  readonly rows: readonly DigestRow[];
  /** The daily trigger's unique id: a documentless run finds its snapshot by it. */
  readonly triggerUid: string;
}

/** One user property holds 9 KB (key and value): the snapshot stays under 8,000 bytes. */
export const SNAPSHOT_BYTES = 8000;

/**
 * The snapshot's text. When every row does not fit, the rows the coming digests need first are
 * kept: urgent and overdue, then by date (a snapshot is refreshed at every Sync anyway).
 */
export function snapshotText(s: DigestSnapshot): string {
  const rows = [...s.rows].sort((a, b) => b[3] - a[3] || a[2] - b[2] || a[0] - b[0]);
  let kept = rows.length;
  let text = JSON.stringify({ ...s, rows });
  while (utf8(text) > SNAPSHOT_BYTES && kept > 0) {
    kept = Math.floor(kept * 0.9);
    text = JSON.stringify({ ...s, rows: rows.slice(0, kept) });
  }
  return text;
}

export function parseSnapshot(raw: string | null): DigestSnapshot | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<DigestSnapshot>;
    if (typeof v.spreadsheetId !== 'string' || !Array.isArray(v.rows)) return null;
    if (typeof v.takenOn !== 'number' || typeof v.timeZone !== 'string') return null;
    const rows = v.rows.filter(
      (r): r is DigestRow =>
        Array.isArray(r) &&
        typeof r[0] === 'number' &&
        typeof r[1] === 'string' &&
        typeof r[2] === 'number' &&
        (r[3] === 0 || r[3] === 1) &&
        Array.isArray(r[4]) &&
        r[4].every((e: unknown) => typeof e === 'string'),
    );
    return {
      spreadsheetId: v.spreadsheetId,
      sheetName: String(v.sheetName ?? ''),
      spreadsheetUrl: typeof v.spreadsheetUrl === 'string' ? v.spreadsheetUrl : null,
      locale: v.locale === 'fr' ? 'fr' : 'en',
      timeZone: v.timeZone,
      takenOn: v.takenOn,
      rows,
      triggerUid: String(v.triggerUid ?? ''),
    };
  } catch {
    return null;
  }
}
