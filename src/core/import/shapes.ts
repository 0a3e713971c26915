/**
 * The export shapes marketing tools produce, recognised by their documented column names (the
 * sources are cited in tests/fixtures/import/README.md). A shape says which column names the
 * program (the email, the program, the campaign) and which headers prove the tool; any other table
 * with one name column and numeric columns is read as a generic table, in English or French.
 */
import { aliasTable, normalizeKey } from '../text';
import type { CellValue } from '../types';

export const EXPORT_TOOLS = [
  'hubspot',
  'marketo',
  'salesforce',
  'mailchimp',
  'ga4',
  'generic',
] as const;
export type ExportTool = (typeof EXPORT_TOOLS)[number];

interface ShapeSpec {
  readonly tool: Exclude<ExportTool, 'generic'>;
  /** Headers of the column that names the program, most specific first. */
  readonly names: readonly string[];
  /** Headers only this tool's export has together; two of them prove the tool. */
  readonly proof: readonly string[];
}

const SHAPES: readonly ShapeSpec[] = [
  {
    tool: 'hubspot',
    names: ['Email name', 'Email', 'Name'],
    proof: [
      'Sent',
      'Delivered',
      'Open rate',
      'Click rate',
      'Click-through rate',
      'Unsubscribed',
      'Bounced',
      'Hard bounced',
      'Spam reports',
    ],
  },
  {
    tool: 'marketo',
    names: ['Program Name', 'Email Name', 'Program'],
    proof: [
      'Members',
      'Success',
      'Sent',
      'Delivered',
      'Opened',
      'Clicked',
      'Hard Bounced',
      'Soft Bounced',
      'Unsubscribed',
      'Clicked to Opened Ratio',
      'Click To Open Ratio',
    ],
  },
  {
    tool: 'salesforce',
    names: ['Campaign Name', 'Campaign'],
    proof: [
      'Leads in Campaign',
      'Converted Leads in Campaign',
      'Converted Leads',
      'Contacts in Campaign',
      'Responses in Campaign',
      'Opportunities in Campaign',
      'Won Opportunities in Campaign',
      'Num Sent in Campaign',
      'Value Won Opportunities in Campaign',
    ],
  },
  {
    tool: 'mailchimp',
    names: ['Title', 'Campaign Title', 'Subject'],
    proof: [
      'Emails Sent',
      'Unique Opens',
      'Open Rate',
      'Unique Clicks',
      'Click Rate',
      'Total Opens',
      'Total Clicks',
      'Unsubscribes',
      'Successful Deliveries',
      'Hard Bounces',
    ],
  },
  {
    tool: 'ga4',
    names: [
      'Session campaign',
      'Session campaign name',
      'Campaign',
      'First user campaign',
      'Campagne de la session',
    ],
    proof: [
      'Sessions',
      'Engaged sessions',
      'Engagement rate',
      'Key events',
      'Total users',
      'Conversions',
      'Event count',
      'Sessions avec engagement',
      "Taux d'engagement",
      'Événements clés',
      'Utilisateurs totaux',
    ],
  },
];

/** Name headers of a generic table, in English and French. */
const GENERIC_NAMES = aliasTable<true>([
  [
    true,
    [
      'Name',
      'Program',
      'Program name',
      'Campaign',
      'Campaign name',
      'Email',
      'Email name',
      'Asset',
      'Title',
      'Nom',
      'Programme',
      'Nom du programme',
      'Campagne',
      'Nom de la campagne',
      "Nom de l'e-mail",
      "Nom de l'email",
      'E-mail',
      'Titre',
      'Actif',
    ],
  ],
]);

export interface ExportShape {
  readonly tool: ExportTool;
  /** 0-based index of the header row (GA4 puts "#" comment lines above it). */
  readonly headerRow: number;
  /** 0-based index of the column naming the program. */
  readonly nameColumn: number;
}

const isBlank = (cell: CellValue | undefined): boolean =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/**
 * The header row: the first with two or more cells that is not a "#" comment line (GA4 writes its
 * property, dates and report name above the table so).
 */
export function headerRowOf(grid: ReadonlyArray<ReadonlyArray<CellValue>>): number {
  for (let i = 0; i < grid.length; i++) {
    const line = grid[i] ?? [];
    const first = line.find((c) => !isBlank(c));
    if (typeof first === 'string' && first.trim().startsWith('#')) continue;
    if (line.filter((c) => !isBlank(c)).length >= 2) return i;
  }
  return 0;
}

/** Recognises the export's tool and its name column from its header row. */
export function recogniseShape(grid: ReadonlyArray<ReadonlyArray<CellValue>>): ExportShape {
  const headerRow = headerRowOf(grid);
  const keys = (grid[headerRow] ?? []).map((c) => (typeof c === 'string' ? normalizeKey(c) : ''));
  let best: { tool: ExportTool; nameColumn: number; proof: number } | null = null;
  for (const shape of SHAPES) {
    const nameColumn = shape.names.map((n) => keys.indexOf(normalizeKey(n))).find((j) => j >= 0);
    if (nameColumn === undefined) continue;
    const proof = shape.proof.filter((p) => keys.includes(normalizeKey(p))).length;
    if (proof >= 2 && (best === null || proof > best.proof))
      best = { tool: shape.tool, nameColumn, proof };
  }
  if (best !== null) return { tool: best.tool, headerRow, nameColumn: best.nameColumn };
  const named = keys.findIndex((k) => GENERIC_NAMES.has(k));
  return {
    tool: 'generic',
    headerRow,
    nameColumn: named >= 0 ? named : firstTextColumn(grid, headerRow),
  };
}

/** The first column whose cells below the header are mostly text: the names of a bare table. */
function firstTextColumn(grid: ReadonlyArray<ReadonlyArray<CellValue>>, headerRow: number): number {
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  for (let j = 0; j < width; j++) {
    let text = 0;
    let other = 0;
    for (let i = headerRow + 1; i < grid.length; i++) {
      const cell = grid[i]?.[j];
      if (isBlank(cell)) continue;
      if (typeof cell === 'string' && !/^[\s\d.,%€$£+\-\u00a0\u202f']+$/.test(cell)) text++;
      else other++;
    }
    if (text > other) return j;
  }
  return 0;
}
