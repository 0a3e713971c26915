/**
 * The `cadence import --json` contract (other tools read it exactly) and the words of each
 * diagnostic in the user's language.
 */
import { toIso } from '../dates';
import { tImport } from '../i18n/import';
import type { Diagnostic, Locale } from '../types';
import { shownNumber, type ImportDiagnostic, type ImportPlan } from './plan';

export interface ImportJson {
  readonly date: string;
  readonly column: string;
  readonly created: boolean;
  readonly matched: ReadonlyArray<{
    readonly row: number;
    readonly name: string;
    readonly source: {
      readonly row: number;
      readonly name: string;
      readonly column: string | null;
    };
    readonly value: number | null;
    readonly confidence: number;
    readonly written: boolean;
  }>;
  readonly ambiguous: ReadonlyArray<{
    readonly row: number;
    readonly name: string;
    readonly candidates: ReadonlyArray<{
      readonly row: number;
      readonly name: string;
      readonly confidence: number;
    }>;
  }>;
  readonly unmatchedPrograms: readonly number[];
  readonly unmatchedSource: readonly number[];
  readonly diagnostics: readonly Diagnostic[];
}

export function importMessage(locale: Locale, d: ImportDiagnostic): string {
  const p = d.problem;
  const cell = d.cell;
  switch (p.code) {
    case 'filled':
      return tImport(locale, 'diag.filled', {
        cell,
        old: p.old,
        new: shownNumber(p.value, locale),
      });
    case 'overwritten':
      return tImport(locale, 'diag.overwritten', {
        cell,
        old: p.old,
        new: shownNumber(p.value, locale),
      });
    case 'unit_mismatch':
      return tImport(locale, 'diag.unitMismatch', {
        cell,
        value: shownNumber(p.value, locale),
        row: p.source,
        typical: shownNumber(p.typical, locale),
      });
    case 'points':
      return tImport(locale, 'diag.points', {
        cell,
        value: shownNumber(p.value, locale),
        row: p.source,
        fraction: shownNumber(p.fraction, locale),
      });
    case 'no_column':
      return tImport(locale, 'diag.noColumn', { cell, metric: p.metric });
    case 'no_value':
      return tImport(locale, 'diag.noValue', { cell, row: p.source, column: p.column });
    case 'error_value':
      return tImport(locale, 'diag.errorValue', {
        cell,
        row: p.source,
        column: p.column,
        error: p.error,
      });
    case 'baseline_offer':
      return tImport(locale, 'diag.baselineOffer', { cell, value: shownNumber(p.value, locale) });
  }
}

export function importJson(plan: ImportPlan, locale: Locale = 'en'): ImportJson {
  return {
    date: toIso(plan.date),
    column: plan.column.letter,
    created: plan.column.created,
    matched: plan.matched.map((m) => ({
      row: m.row,
      name: m.name,
      source: { row: m.source.row, name: m.source.name, column: m.source.column },
      value: m.value,
      confidence: m.confidence,
      written: m.written,
    })),
    ambiguous: plan.ambiguous.map((a) => ({
      row: a.row,
      name: a.name,
      candidates: a.candidates.map((c) => ({ row: c.row, name: c.name, confidence: c.confidence })),
    })),
    unmatchedPrograms: [...plan.unmatchedPrograms],
    unmatchedSource: [...plan.unmatchedSource],
    diagnostics: plan.diagnostics.map((d) => ({
      cell: d.cell,
      severity: d.severity,
      message: importMessage(locale, d),
    })),
  };
}
