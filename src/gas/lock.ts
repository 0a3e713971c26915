/**
 * Every writing action runs under the document lock, so two refreshes (two users, or a click and
 * the daily trigger) never interleave their writes. A second caller waits up to 10 s, then gets
 * a plain "another action is running" instead of a half-applied sheet.
 */
export const LOCK_WAIT_MS = 10_000;

export class BusyError extends Error {}

export function withDocumentLock<T>(action: () => T): T {
  // getDocumentLock is null outside a container-bound context; the script lock still serialises.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError('document lock busy');
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}
