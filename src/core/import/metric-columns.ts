/**
 * Which source column holds a row's number: the one whose header names the row's Metric, through
 * aliases in English and French ("Click rate" ~ "CTR" ~ "Taux de clics"), the exports' own
 * headers included ("Unique Opens", "Leads in Campaign", "Key events"); or the column the user
 * picked for this import.
 */
import { aliasTable, normalizeKey } from '../text';

export const METRIC_KINDS = [
  'open_rate',
  'click_rate',
  'click_to_open',
  'unsubscribe_rate',
  'bounce_rate',
  'delivery_rate',
  'engagement_rate',
  'conversion_rate',
  'sent',
  'delivered',
  'opens',
  'clicks',
  'unsubscribes',
  'bounces',
  'members',
  'success',
  'attendees',
  'registrations',
  'leads',
  'converted_leads',
  'opportunities',
  'won_opportunities',
  'mqls',
  'sqls',
  'sessions',
  'key_events',
  'revenue',
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

const METRIC_ALIASES = aliasTable<MetricKind>([
  [
    'open_rate',
    [
      'Open rate',
      'Opens rate',
      'Unique open rate',
      'OR',
      "Taux d'ouverture",
      "Taux d'ouvertures",
      "Taux d'ouverture unique",
    ],
  ],
  [
    'click_rate',
    [
      'Click rate',
      'Clicks rate',
      'CTR',
      'Click-through rate',
      'Click through rate',
      'Clickthrough rate',
      'Unique click rate',
      'Taux de clics',
      'Taux de clic',
      'Taux de clics uniques',
    ],
  ],
  [
    'click_to_open',
    [
      'Click-to-open rate',
      'Click to open rate',
      'CTOR',
      'Click To Open Ratio',
      'Clicked to Opened Ratio',
      'Click/Open Ratio',
      'Taux de réactivité',
      'Taux de clics sur ouvertures',
    ],
  ],
  [
    'unsubscribe_rate',
    [
      'Unsubscribe rate',
      'Unsubscribed rate',
      'Opt-out rate',
      'Opt Out Rate',
      'Taux de désabonnement',
      'Taux de désinscription',
    ],
  ],
  ['bounce_rate', ['Bounce rate', 'Hard bounce rate', 'Taux de rebond', "Taux d'erreur"]],
  [
    'delivery_rate',
    [
      'Delivery rate',
      'Delivered rate',
      'Deliverability',
      'Taux de délivrabilité',
      'Taux de distribution',
    ],
  ],
  ['engagement_rate', ['Engagement rate', "Taux d'engagement"]],
  [
    'conversion_rate',
    ['Conversion rate', 'Key event rate', 'Session key event rate', 'Taux de conversion'],
  ],
  [
    'sent',
    [
      'Sent',
      'Emails sent',
      'Email sent',
      'Num Sent in Campaign',
      'Sends',
      'Envoyés',
      'Envois',
      'E-mails envoyés',
      'Emails envoyés',
    ],
  ],
  [
    'delivered',
    ['Delivered', 'Successful deliveries', 'Deliveries', 'Délivrés', 'Remis', 'E-mails délivrés'],
  ],
  ['opens', ['Opens', 'Opened', 'Unique opens', 'Ouvertures', 'Ouverts', 'Ouvertures uniques']],
  ['clicks', ['Clicks', 'Clicked', 'Unique clicks', 'Clics', 'Cliqués', 'Clics uniques']],
  [
    'unsubscribes',
    [
      'Unsubscribes',
      'Unsubscribed',
      'Opt-outs',
      'Désabonnements',
      'Désabonnés',
      'Désinscriptions',
      'Désinscrits',
    ],
  ],
  ['bounces', ['Bounces', 'Bounced', 'Hard bounced', 'Hard bounces', 'Rebonds', 'Erreurs']],
  ['members', ['Members', 'Program members', 'Membres', 'Contacts in Campaign']],
  ['success', ['Success', 'Successes', 'Program success', 'Succès']],
  ['attendees', ['Attendees', 'Attended', 'Participants', 'Présents', 'Participations']],
  ['registrations', ['Registrations', 'Registered', 'Registrants', 'Inscriptions', 'Inscrits']],
  [
    'leads',
    [
      'Leads',
      'New leads',
      'Leads in Campaign',
      'Leads created',
      'Nouveaux leads',
      'Leads créés',
      'Prospects',
    ],
  ],
  ['converted_leads', ['Converted leads', 'Converted Leads in Campaign', 'Leads convertis']],
  [
    'opportunities',
    ['Opportunities', 'Opportunities in Campaign', 'Opportunités', 'Opportunités créées'],
  ],
  [
    'won_opportunities',
    ['Won opportunities', 'Won Opportunities in Campaign', 'Opportunités gagnées'],
  ],
  ['mqls', ['MQLs', 'MQL', 'Marketing qualified leads', 'Leads qualifiés marketing']],
  ['sqls', ['SQLs', 'SQL', 'Sales qualified leads', 'Leads qualifiés commerciaux']],
  ['sessions', ['Sessions', 'Visits', 'Visites']],
  ['key_events', ['Key events', 'Conversions', 'Événements clés', 'Evenements cles']],
  [
    'revenue',
    [
      'Revenue',
      'Total revenue',
      'Value Won Opportunities in Campaign',
      "Chiffre d'affaires",
      'Revenu',
      'Revenus',
    ],
  ],
]);

/** Aliases longest first, for the words of a longer name ("Email click rate"). */
const BY_LENGTH = [...METRIC_ALIASES.keys()].sort((a, b) => b.length - a.length);

/**
 * The kind a Metric cell or a header names, if it is one we know: an alias, else the longest
 * alias among its words ("Email click rate" is a click rate, "Trial conversion rate" a
 * conversion rate).
 */
export function metricKind(text: string): MetricKind | null {
  const key = normalizeKey(text);
  const exact = METRIC_ALIASES.get(key);
  if (exact !== undefined) return exact;
  const padded = ` ${key} `;
  const inside = BY_LENGTH.find((alias) => alias.length > 3 && padded.includes(` ${alias} `));
  return inside === undefined ? null : (METRIC_ALIASES.get(inside) ?? null);
}

export interface SourceColumn {
  /** 0-based. */
  readonly index: number;
  readonly header: string;
}

/**
 * The column for a row's Metric: the user's pick for this import when given; else the header
 * naming the same kind of metric, or the same words; else, when the export has a single number
 * column, that one. Null when nothing says which.
 */
export function columnForMetric(
  metric: string | null,
  columns: readonly SourceColumn[],
  picked: SourceColumn | null,
): SourceColumn | null {
  if (picked !== null) return picked;
  return namedColumn(metric, columns) ?? (columns.length === 1 ? columns[0] : null);
}

/** The column whose header names the same kind of metric as `metric`, or the same words. */
export function namedColumn(
  metric: string | null,
  columns: readonly SourceColumn[],
): SourceColumn | null {
  if (metric === null) return null;
  const kind = metricKind(metric);
  const key = normalizeKey(metric);
  return (
    columns.find(
      (c) => (kind !== null && metricKind(c.header) === kind) || normalizeKey(c.header) === key,
    ) ?? null
  );
}
