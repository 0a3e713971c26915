/**
 * The note on a program's Status cell: what the numbers alone do not say — a missing baseline,
 * a baseline captured after go-live, and the latest reason from the journal. Starts with
 * "Cadence:" like every note Cadence writes, so it is told apart from a user's note.
 */
import { tj } from '../i18n/journal';
import type { Locale } from '../types';
import { decisionLabel } from './decisions';
import type { LatestReason } from './latest';

export interface StatusNoteFacts {
  readonly noBaseline: boolean;
  readonly lateBaseline: boolean;
  readonly reason: LatestReason | null;
}

/** '' when there is nothing to say. */
export function statusNote(facts: StatusNoteFacts, locale: Locale): string {
  const lines: string[] = [];
  if (facts.noBaseline) lines.push(tj(locale, 'note.noBaseline'));
  if (facts.lateBaseline) lines.push(tj(locale, 'note.lateBaseline'));
  const r = facts.reason;
  if (r) {
    if (r.why !== '') lines.push(tj(locale, 'note.reason', { date: r.day ?? '', why: r.why }));
    const decision = r.decision ? decisionLabel(r.decision, locale) : r.decisionText;
    const extra = [
      decision ? tj(locale, 'note.decision', { decision }) : '',
      r.owner ? tj(locale, 'note.owner', { owner: r.owner }) : '',
      r.followUp ? tj(locale, 'note.followUp', { date: r.followUp }) : '',
    ].filter((s) => s !== '');
    if (extra.length > 0) lines.push(extra.join(' · '));
  }
  if (lines.length === 0) return '';
  return `${locale === 'fr' ? 'Cadence :' : 'Cadence:'} ${lines.join('\n')}`;
}
