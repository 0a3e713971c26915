/**
 * Settings live in document properties as one JSON value, validated on every read (a damaged or
 * hand-edited value falls back to defaults field by field) and before every write.
 */
import {
  readSettings,
  type Settings,
  type SettingsProblem,
  type SettingsRead,
} from '../core/settings';

const KEY = 'cadence.settings';

/** The stored settings and what could not be used as stored (e.g. a reminder clamped). */
export function loadSettingsRead(): SettingsRead {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (raw === null) return readSettings({});
  try {
    return readSettings(JSON.parse(raw));
  } catch {
    return readSettings({});
  }
}

export function loadSettings(): Settings {
  return loadSettingsRead().settings;
}

/** Saves only a fully valid settings object; otherwise returns the problems and saves nothing. */
export function saveSettings(raw: unknown): {
  settings: Settings;
  problems: readonly SettingsProblem[];
} {
  const read = readSettings(raw);
  if (read.problems.length === 0) {
    PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(read.settings));
  }
  return read;
}
