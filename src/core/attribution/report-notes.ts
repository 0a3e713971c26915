/**
 * The influence report's notes as facts, said in either language: the JSON keeps the English
 * sentences (its contract), the CLI's text report and the add-on say them in the user's language.
 */
import { type ReportNoteKey, tReportNote } from '../i18n/report-notes';
import type { Params } from '../i18n/messages';
import type { Locale } from '../types';
import { type PathNote, pathNoteText } from './path-notes';

/** Notes that count something: said in the singular for one, the plural otherwise. */
export type CountedNote =
  'afterConversion' | 'outsideWindow' | 'withoutTouch' | 'revenueConflict' | 'sharedLastDay';

type PlainKey = Exclude<ReportNoteKey, `${CountedNote}.${string}`>;

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
      return tReportNote(locale, `${note.key}.${note.count === 1 ? 'one' : 'many'}`, {
        ...note.params,
        count: note.count,
      });
  }
}
