/**
 * The one ranking of campaigns the report uses everywhere (sheet rows, CLI table, ties): mean
 * credit over the models, highest first; equal means in name order (code units, locale-free).
 */
import type { Credits, ModelName } from './vocabulary';

export function meanCredit(
  models: Partial<Record<ModelName, Credits>>,
  names: readonly ModelName[],
  key: string,
): number {
  return names.reduce((sum, m) => sum + (models[m]?.[key] ?? 0), 0) / Math.max(1, names.length);
}

export function rankByMeanCredit(
  keys: readonly string[],
  models: Partial<Record<ModelName, Credits>>,
  names: readonly ModelName[],
): string[] {
  const scored = keys.map((key) => ({ key, score: meanCredit(models, names, key) }));
  scored.sort((a, b) =>
    b.score !== a.score ? b.score - a.score : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  return scored.map((s) => s.key);
}
