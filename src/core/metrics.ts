/**
 * Metrics the review timeline itself reacts to. Only one today: the MQL→SQL acceptance rate,
 * because the playbook says to re-review scoring at once when more than half of the MQLs are
 * not accepted as SQLs.
 */
import { aliasTable, normalizeKey } from './text';

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

const RATE_WORDS = /\b(rate|ratio|taux|pourcentage|share|part)\b|%/;

/** True when a Metric cell names a rate ("Open rate", "Taux d'ouverture", "% MQL acceptés"). */
export function isRateMetric(metric: string): boolean {
  return RATE_WORDS.test(normalizeKey(metric));
}
