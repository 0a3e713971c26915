/**
 * Metrics the review timeline itself reacts to. Only one today: the MQL→SQL acceptance rate,
 * because the playbook says to re-review scoring at once when more than half of the MQLs are
 * not accepted as SQLs.
 */
import { aliasTable, normalizeKey } from '../text';

const MQL_ACCEPTANCE = aliasTable<true>([
  [
    true,
    [
      'MQL acceptance rate',
      'MQL acceptance',
      'MQL→SQL acceptance',
      'MQL→SQL acceptance rate',
      'MQL to SQL acceptance',
      'MQL to SQL acceptance rate',
      'MQL-SQL acceptance rate',
      'MQL accepted rate',
      '% MQL accepted',
      '% of MQLs accepted',
      "Taux d'acceptation des MQL",
      "Taux d'acceptation MQL",
      "Taux d'acceptation des MQL en SQL",
      "Taux d'acceptation MQL→SQL",
      'Taux de MQL acceptés',
      '% MQL acceptés',
      '% de MQL acceptés',
      '% des MQL acceptés',
    ],
  ],
]);

/** True when a Metric cell names the MQL→SQL acceptance rate, in English or French. */
export function isMqlAcceptanceMetric(metric: string): boolean {
  return MQL_ACCEPTANCE.has(normalizeKey(metric));
}

/** Below this acceptance rate, more than half of the MQLs are rejected: review scoring now. */
export const URGENT_ACCEPTANCE_BELOW = 0.5;

const PERCENT_WORDS = /\b(rate|taux|pourcentage|share|part)\b|%/;

/** True when a Metric cell names a rate ("Open rate", "Taux d'ouverture", "% MQL acceptés"). */
export function isRateMetric(metric: string): boolean {
  const key = normalizeKey(metric);
  return PERCENT_WORDS.test(key) || /\bratio\b/.test(key);
}

/**
 * True when a Metric cell names a percentage, so a bare 47 in its row means 47 %. A "ratio"
 * is a rate for roll-ups, but "LTV:CAC ratio" 3.2 is not 3.2 %.
 */
export function isPercentMetric(metric: string): boolean {
  return PERCENT_WORDS.test(normalizeKey(metric));
}
