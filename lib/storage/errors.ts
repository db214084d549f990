/**
 * What a failed save means for the agent. IndexedDB reports a full disk or an exhausted browser quota as a
 * `QuotaExceededError`, which Dexie may wrap (`AbortError` with `inner`, or a `cause`); its own text is a
 * stack of transaction details that tells the agent nothing. Pure: no browser APIs.
 */
export const STORAGE_FULL_MESSAGE =
  'Browser storage is full, so Tactful could not save this. Nothing you typed is lost: free some space ' +
  '(delete old reminders or unused templates, or clear other sites’ data in the browser settings) and try again.';

const MAX_DEPTH = 5;

/** True when the error, or one it wraps, is a quota failure. */
export function isStorageFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (candidate.name === 'QuotaExceededError') return true;
    current = candidate.inner ?? candidate.cause;
  }
  return false;
}

/** The message to show for a failure: the quota case in plain words, anything else as it came. */
export function describeFailure(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
