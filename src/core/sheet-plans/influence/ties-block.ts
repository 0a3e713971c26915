/**
 * Under the credit table: which neighbours in the ranking the data cannot tell apart ("webinar
 * and email are tied within noise"), and how the intervals were made. Left out when no bootstrap
 * ran (0 replicates).
 */
import type { InfluenceReport } from '../../attribution';
import { tReadiness } from '../../i18n/readiness';
import { linesWithin, text } from './cells';
import { row, type SheetBlock } from './layout';
import { formatCount } from '../../i18n/numbers';
import { tieSentences } from './readiness-words';
import type { Voice } from './say';

export function tiesBlock(
  report: InfluenceReport,
  { locale }: Voice,
  tablePx: number,
): SheetBlock | null {
  const { replicates, tiedWithinNoise } = report.uncertainty;
  if (replicates === 0) return null;
  const sentences =
    tiedWithinNoise.length > 0
      ? tieSentences(tiedWithinNoise, locale)
      : [tReadiness(locale, 'ties.none')];
  const note = tReadiness(locale, 'ties.note', { replicates: formatCount(replicates, locale) });
  return {
    rows: [...sentences, note]
      .flatMap((s) => linesWithin(s, tablePx))
      .map((line) => row([text(line)])),
  };
}
