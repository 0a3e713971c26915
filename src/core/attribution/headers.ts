/**
 * Header recognition for the two input formats. Headers go through `normalizeKey`, so accents,
 * capitals, underscores and punctuation never matter ("Touché le" = "touche le" = "TOUCHE_LE").
 */
import type { CellValue } from '../types';
import { aliasTable, normalizeKey } from '../text';
import type { InputFormat } from './vocabulary';

export type TouchColumn =
  | 'prospect'
  | 'campaign'
  | 'channel'
  | 'touchedAt'
  | 'convertedAt'
  | 'revenue'
  | 'leadCreatedAt'
  | 'opportunityCreatedAt';

export type PathColumn = 'path' | 'conversions' | 'value' | 'nulls';

/** The name a user sees in "missing columns: …" (the English header we document). */
export const TOUCH_COLUMN_LABELS: Readonly<Record<TouchColumn, string>> = {
  prospect: 'Prospect',
  campaign: 'Campaign',
  channel: 'Channel',
  touchedAt: 'Touched at',
  convertedAt: 'Converted at',
  revenue: 'Revenue',
  leadCreatedAt: 'Lead created at',
  opportunityCreatedAt: 'Opportunity created at',
};

export const PATH_COLUMN_LABELS: Readonly<Record<PathColumn, string>> = {
  path: 'path',
  conversions: 'total_conversions',
  value: 'total_conversion_value',
  nulls: 'total_null',
};

export const REQUIRED_TOUCH_COLUMNS: readonly TouchColumn[] = [
  'prospect',
  'campaign',
  'touchedAt',
  'convertedAt',
];
export const REQUIRED_PATH_COLUMNS: readonly PathColumn[] = ['path', 'conversions'];

const TOUCH_ALIASES = aliasTable<TouchColumn>([
  [
    'prospect',
    [
      'Prospect',
      'Prospect id',
      'Contact',
      'Contact id',
      'Email',
      'E-mail',
      'Courriel',
      'Adresse e-mail',
      'Lead',
      'Lead id',
      'Person',
      'Personne',
      'Person id',
      'Visitor id',
      'User id',
      'Client',
      'Client id',
      'Identifiant',
      'Id',
    ],
  ],
  ['campaign', ['Campaign', 'Campaign name', 'Campagne', 'Nom de la campagne', 'utm_campaign']],
  [
    'channel',
    [
      'Channel',
      'Canal',
      'Channel name',
      'Default channel group',
      "Canal d'acquisition",
      'Medium',
      'Support',
      'utm_medium',
    ],
  ],
  [
    'touchedAt',
    [
      'Touched at',
      'Touched on',
      'Touch date',
      'Touch time',
      'Touched',
      'Interaction date',
      'Date',
      'Timestamp',
      'Date du contact',
      'Date de contact',
      'Touché le',
      'Touchée le',
      "Date d'interaction",
      'Date de la touche',
      'Horodatage',
    ],
  ],
  [
    'convertedAt',
    [
      'Converted at',
      'Converted on',
      'Conversion date',
      'Converted',
      'Date de conversion',
      'Converti le',
      'Convertie le',
      'Conversion le',
    ],
  ],
  [
    'revenue',
    [
      'Revenue',
      'Conversion value',
      'Value',
      'Amount',
      'Deal amount',
      'Revenu',
      'Revenus',
      "Chiffre d'affaires",
      'CA',
      'Montant',
      'Valeur',
      'Valeur de conversion',
    ],
  ],
  [
    'leadCreatedAt',
    [
      'Lead created at',
      'Lead created on',
      'Lead created',
      'Lead creation date',
      'Lead créé le',
      'Date de création du lead',
      'Création du lead',
      'Lead créée le',
    ],
  ],
  [
    'opportunityCreatedAt',
    [
      'Opportunity created at',
      'Opportunity created on',
      'Opportunity created',
      'Opportunity creation date',
      'Opp created at',
      'Opportunité créée le',
      "Date de création de l'opportunité",
      "Création de l'opportunité",
    ],
  ],
]);

const PATH_ALIASES = aliasTable<PathColumn>([
  [
    'path',
    [
      'path',
      'paths',
      'Conversion path',
      'Channel path',
      'Chemin',
      'Parcours',
      'Chemin de conversion',
      'Default channel group path',
      'Session default channel group path',
      'Source / medium path',
      'MCF channel grouping path',
      'Basic channel grouping path',
    ],
  ],
  [
    'conversions',
    [
      'total_conversions',
      'conversions',
      'conversion',
      'Key events',
      'Total conversions',
      'Conversions totales',
      'Événements clés',
      'Nombre de conversions',
    ],
  ],
  [
    'value',
    [
      'total_conversion_value',
      'conversion value',
      'total conversion value',
      'value',
      'revenue',
      'Purchase revenue',
      'Total revenue',
      'Key event value',
      'Valeur de conversion',
      'Valeur',
      'Revenu',
      "Chiffre d'affaires",
    ],
  ],
  [
    'nulls',
    [
      'total_null',
      'null',
      'nulls',
      'total_nulls',
      'Non conversions',
      'Non-converting paths',
      'Paths without conversion',
      'Sans conversion',
      'Chemins sans conversion',
    ],
  ],
]);

/** Column index per recognised column; the first header that matches wins. */
export type ColumnMap<C extends string> = Partial<Record<C, number>>;

function mapHeaders<C extends string>(
  headers: readonly CellValue[],
  table: Map<string, C>,
): ColumnMap<C> {
  const map: ColumnMap<C> = {};
  headers.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const column = table.get(normalizeKey(cell));
    if (column !== undefined && map[column] === undefined) map[column] = index;
  });
  return map;
}

export function touchColumns(headers: readonly CellValue[]): ColumnMap<TouchColumn> {
  return mapHeaders(headers, TOUCH_ALIASES);
}

export function pathColumns(headers: readonly CellValue[]): ColumnMap<PathColumn> {
  return mapHeaders(headers, PATH_ALIASES);
}

export function missing<C extends string>(map: ColumnMap<C>, required: readonly C[]): C[] {
  return required.filter((column) => map[column] === undefined);
}

/**
 * Paths when a path column is there (touches never have one); otherwise touches when it matches
 * at least as many required columns, so the error names the format the user most likely meant.
 */
export function detectFormat(headers: readonly CellValue[]): InputFormat {
  const paths = pathColumns(headers);
  if (paths.path !== undefined) return 'paths';
  const touchHits =
    REQUIRED_TOUCH_COLUMNS.length - missing(touchColumns(headers), REQUIRED_TOUCH_COLUMNS).length;
  const pathHits = REQUIRED_PATH_COLUMNS.length - missing(paths, REQUIRED_PATH_COLUMNS).length;
  return pathHits > touchHits ? 'paths' : 'touches';
}
