/**
 * The contract between the sidebar and the server: every function the sidebar may call through
 * google.script.run, with JSON-safe arguments and results only (google.script.run rejects Dates).
 * The sidebar imports this file for types only.
 */
import type { Locale } from '../core/types';

export interface SidebarState {
  readonly locale: Locale;
  readonly version: string;
}

export interface ServerApi {
  getSidebarState(): SidebarState;
}
