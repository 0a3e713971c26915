/**
 * How many events Cadence created in the current 24-hour quota window for this user, kept in user
 * properties because Calendar's creation quota is per user (across all their spreadsheets). The
 * window opens at the first creation and lasts 24 hours (src/core/calendar/quota.ts), not a
 * calendar day. Written with the mapping, in one all-or-nothing setProperties, so a killed run
 * never records an event without counting it.
 */
import { parseLedger, type CreateLedger } from '../../core/calendar/quota';

export const LEDGER_KEY = 'cadence.cal.createdToday';

/** The ledger from the user properties already read (one getProperties for the whole sync). */
export function ledgerFrom(all: Readonly<Record<string, string>>): CreateLedger | null {
  return parseLedger(all[LEDGER_KEY] ?? null);
}

export function ledgerProperty(ledger: CreateLedger): Record<string, string> {
  return { [LEDGER_KEY]: JSON.stringify(ledger) };
}
