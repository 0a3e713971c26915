/**
 * Where each Touches column sits in the header row, or which required columns are missing
 * (named as the user sees them, so the CLI and sidebar can say "missing columns: Campaign").
 */
import type { CellValue } from '../types';
import {
  REQUIRED_TOUCH_COLUMNS,
  TOUCH_COLUMN_LABELS,
  type TouchColumn,
  touchColumns,
} from './headers';
import { type InputRead, absentColumnsProblem } from './input-problem';

/** Column index of each touch field; -1 when the optional column is absent. */
export type TouchColumnIndexes = Readonly<Record<TouchColumn, number>>;

export type TouchColumnsResult = InputRead<{ readonly columns: TouchColumnIndexes }>;

export function locateTouchColumns(header: readonly CellValue[]): TouchColumnsResult {
  const found = touchColumns(header);
  const problem = absentColumnsProblem(
    'touches',
    found,
    REQUIRED_TOUCH_COLUMNS,
    TOUCH_COLUMN_LABELS,
  );
  if (problem !== null) return { ok: false, problem };
  const at = (c: TouchColumn): number => found[c] ?? -1;
  return {
    ok: true,
    columns: {
      prospect: at('prospect'),
      campaign: at('campaign'),
      channel: at('channel'),
      touchedAt: at('touchedAt'),
      convertedAt: at('convertedAt'),
      revenue: at('revenue'),
      leadCreatedAt: at('leadCreatedAt'),
      opportunityCreatedAt: at('opportunityCreatedAt'),
    },
  };
}

/** The columns present, to recognise a blank row by them alone. */
export function presentColumns(columns: TouchColumnIndexes): number[] {
  return Object.values(columns).filter((c) => c >= 0);
}
