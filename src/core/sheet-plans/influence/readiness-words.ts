/**
 * The readiness checks, the ties and the intervals in the user's words: shared by the report
 * sheet, the sidebar and the CLI so that all three say the same sentence.
 */
import type {
  CreditBy,
  InfluenceReport,
  Interval,
  Readiness,
  ReadinessCheck,
} from '../../attribution';
import { formatPercent } from '../../calendar/format';
import { type ReadinessKey, tReadiness } from '../../i18n/readiness';
import type { Locale } from '../../types';
import { tInfluence } from '../../i18n/influence';
import type { HoldoutSection } from '../../incrementality/section';
import { formatCount } from '../../i18n/numbers';
import { holdoutSummary, liftSummary, type SummaryTable } from './summary-tables';

/** At most this many names in a sentence; the rest are counted ("and 4 more"). */
const NAMES_SHOWN = 5;

/** "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more" (French: "et"). */
export function namesList(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  if (names.length > NAMES_SHOWN) {
    return tReadiness(locale, 'names.more', {
      names: names.slice(0, NAMES_SHOWN).join(', '),
      count: names.length - NAMES_SHOWN,
    });
  }
  return tReadiness(locale, 'names.and', {
    names: names.slice(0, -1).join(', '),
    last: names[names.length - 1],
  });
}

const unstableId = (by: CreditBy) => (by === 'channel' ? 'unstableChannels' : 'unstableCampaigns');

export function readinessLabel(check: ReadinessCheck, by: CreditBy, locale: Locale): string {
  const id = check.check === 'unstableCampaigns' ? unstableId(by) : check.check;
  return tReadiness(locale, `label.${id}` as ReadinessKey);
}

export function readinessSentence(
  check: ReadinessCheck,
  readiness: Readiness,
  by: CreditBy,
  locale: Locale,
): string {
  const id = check.check === 'unstableCampaigns' ? unstableId(by) : check.check;
  return tReadiness(locale, `${id}.${check.warn ? 'warn' : 'ok'}` as ReadinessKey, {
    count: check.count,
    of: check.of,
    share: formatPercent(locale, check.share ?? 0),
    window: readiness.windowDays,
    names: namesList(readiness.unstableCampaigns, locale),
  });
}

/** One sentence per group of campaigns the data cannot rank. */
export function tieSentences(ties: readonly (readonly string[])[], locale: Locale): string[] {
  return ties.map((group) =>
    tReadiness(locale, 'ties.sentence', { names: namesList(group, locale) }),
  );
}

/** "160.2–171.5" (en) / "160,2–171,5" (fr): one decimal, as the credits. */
export function formatInterval([low, high]: Interval, locale: Locale): string {
  return `${formatCount(low, locale)}–${formatCount(high, locale)}`;
}

/** What the sidebar's Influence tab shows after a build: JSON-safe, in the user's language. */
export interface InfluenceSummary {
  readonly readiness: ReadonlyArray<{
    readonly label: string;
    readonly sentence: string;
    readonly warn: boolean;
  }>;
  /** One sentence per group of campaigns tied within noise. */
  readonly ties: readonly string[];
  /** Touched vs not touched, its caveat first; null when nothing is credited. */
  readonly lift: SummaryTable | null;
  /** The holdout tab's tests; null when the spreadsheet has none. */
  readonly holdout: SummaryTable | null;
}

export function influenceSummary(
  report: Pick<InfluenceReport, 'readiness' | 'uncertainty' | 'lift' | 'spread'>,
  by: CreditBy,
  locale: Locale,
  holdout: HoldoutSection | null = null,
): InfluenceSummary {
  const keys = Object.keys(report.spread).length;
  const keyHeader = tInfluence(locale, by === 'channel' ? 'column.channel' : 'column.campaign');
  return {
    lift: liftSummary(report.lift, keys, keyHeader, locale),
    holdout: holdoutSummary(holdout, tInfluence(locale, 'column.campaign'), locale),
    readiness: report.readiness.checks.map((check) => ({
      label: readinessLabel(check, by, locale),
      sentence: readinessSentence(check, report.readiness, by, locale),
      warn: check.warn,
    })),
    ties: tieSentences(report.uncertainty.tiedWithinNoise, locale),
  };
}
