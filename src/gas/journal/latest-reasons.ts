/** The sidebar card's latest reason: the Journal read once (two calls) when the sidebar loads. */
import { latestReasons, reasonFor } from '../../core/journal/latest';
import { readJournal } from '../../core/journal/sheet';
import { statusNote } from '../../core/journal/status-note';
import type { Overview } from '../../core/sheet-plans/overview';
import type { Locale } from '../../core/types';
import type { ReviewSource } from '../review-source';
import { readJournalGrid } from './journal-sheet';

export function withLatestReasons(overview: Overview, source: ReviewSource, locale: Locale): Overview {
  const grid = readJournalGrid(source.spreadsheet);
  if (!grid) return overview;
  const reasons = latestReasons(readJournal(grid, source.timeZone).entries);
  if (reasons.size === 0) return overview;
  return {
    ...overview,
    rows: overview.rows.map((row) => {
      const reason = reasonFor(reasons, row.name);
      if (!reason) return row;
      // The Status note's words, without its "Cadence:" mark.
      const text = statusNote({ noBaseline: false, lateBaseline: false, reason }, locale)
        .replace(/^Cadence ?: /, '')
        .replace(/\n/g, ' · ');
      return { ...row, latestReason: text };
    }),
  };
}
