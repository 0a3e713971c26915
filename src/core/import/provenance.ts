/**
 * The provenance note an import writes on each cell it fills ("Cadence import: hubspot.csv,
 * row 2, column “Click rate”, on 2026-11-22."), read back: Capture baselines proposes an imported
 * value as such and says where it came from. Read with the note's own templates (EN and FR,
 * ../i18n/import.ts), so the writer and the reader cannot drift apart.
 */
import { parseIso, type DayNumber } from '../dates';
import { tImport } from '../i18n/import';
import type { Locale } from '../types';

export interface Provenance {
  /** The export's file or tab name. */
  readonly source: string;
  /** 1-based row of the export. */
  readonly row: number;
  readonly column: string;
  /** The day of the import. */
  readonly day: DayNumber;
}

const FIELD_PATTERNS: Readonly<Record<string, string>> = {
  row: '(\\d+)',
  date: '(\\d{4}-\\d{2}-\\d{2})',
};

/** The template as a pattern: its text literally, each {field} a group, in template order. */
function patternOf(locale: Locale): { readonly re: RegExp; readonly fields: string[] } {
  const parts = tImport(locale, 'note.provenance').split(/\{(\w+)\}/);
  const fields: string[] = [];
  let source = '^';
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else {
      fields.push(part);
      source += FIELD_PATTERNS[part] ?? '(.+?)';
    }
  });
  return { re: new RegExp(source), fields };
}

const PATTERNS = (['en', 'fr'] as const).map(patternOf);

/** The import a cell's note names, or null when the note is anything else (or none). */
export function readProvenance(note: string): Provenance | null {
  for (const { re, fields } of PATTERNS) {
    const match = re.exec(note.trim());
    if (!match) continue;
    const field = (name: string) => match[fields.indexOf(name) + 1] ?? '';
    const day = parseIso(field('date'));
    const row = Number(field('row'));
    if (day === null || !Number.isInteger(row)) continue;
    return { source: field('source'), row, column: field('column'), day };
  }
  return null;
}
