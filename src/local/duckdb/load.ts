/**
 * `@duckdb/node-api` on first use. It is a native module (a per-platform binary), so the bundled
 * CLI cannot carry it: the build leaves it external and the package declares it an optional peer.
 * Without it, the in-memory engine still runs every file; `--engine duckdb` says how to add it.
 */
import type * as DuckDb from '@duckdb/node-api';
import { createRequire } from 'module';
import { InputError } from '../files/read-grid';

export type DuckDbModule = typeof DuckDb;

let loaded: DuckDbModule | null | undefined;

/** The module, or null when it is not installed. */
export function tryLoadDuckDb(): DuckDbModule | null {
  if (loaded === undefined) {
    try {
      // Resolved at run time from where the CLI lives, never bundled: the native binary must be
      // the one npm installed for this platform.
      loaded = createRequire(__filename)('@duckdb/node-api') as DuckDbModule;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

export function loadDuckDb(): DuckDbModule {
  const duckdb = tryLoadDuckDb();
  if (duckdb === null) {
    throw new InputError((locale) =>
      locale === 'fr'
        ? 'DuckDB n’est pas installé : lancez « npm install @duckdb/node-api » ou utilisez --engine memory.'
        : 'DuckDB is not installed: run "npm install @duckdb/node-api" or use --engine memory.',
    );
  }
  return duckdb;
}

/** A DuckDB value as a JS number (COUNT and SUM of integers come back as bigint). */
export function toNumber(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return 0;
  return Number(value);
}

export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}
