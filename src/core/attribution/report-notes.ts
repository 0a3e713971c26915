/**
 * The influence report's notes as facts, said in either language: the `--json` writer says them
 * in English (its contract), the CLI's text report and the add-on in the user's language.
 */
import { type ReportNoteKey, tReportNote } from '../i18n/report-notes';
import type { Params } from '../i18n/messages';
import type { Locale } from '../types';
import { type PathNote, pathNoteText } from './path-notes';

/** Notes that count something: their text agrees with the count (the catalogue's plural choice). */
export type CountedNote =
  'afterConversion' | 'outsideWindow' | 'withoutTouch' | 'revenueConflict' | 'sharedLastDay';

type PlainKey = Exclude<ReportNoteKey, CountedNote>;

export type ReportNote =
  | { readonly kind: 'input'; readonly note: PathNote }
  | { readonly kind: 'plain'; readonly key: PlainKey; readonly params?: Params }
  | {
      readonly kind: 'counted';
      readonly key: CountedNote;
      readonly count: number;
      readonly params?: Params;
    };

export const plainNote = (key: PlainKey, params?: Params): ReportNote => ({
  kind: 'plain',
  key,
  params,
});

export const countedNote = (key: CountedNote, count: number, params?: Params): ReportNote => ({
  kind: 'counted',
  key,
  count,
  params,
});

export function reportNoteText(note: ReportNote, locale: Locale): string {
  switch (note.kind) {
    case 'input':
      return pathNoteText(note.note, locale);
    case 'plain':
      return tReportNote(locale, note.key, note.params);
    case 'counted':
      return tReportNote(locale, note.key, { ...note.params, count: note.count });
  }
}

/** Each note as one sentence in `locale`, in the report's order. */
export const noteTexts = (notes: readonly ReportNote[], locale: Locale): string[] =>
  notes.map((note) => reportNoteText(note, locale));

/** The notes on cells the reader could not take at face value, as the reader gave them. */
export const inputNotesOf = (notes: readonly ReportNote[]): PathNote[] =>
  notes.flatMap((note) => (note.kind === 'input' ? [note.note] : []));
