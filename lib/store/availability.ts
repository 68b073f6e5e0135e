/**
 * Storage can be missing (Firefox with history disabled, a private window), full (quota) or broken.
 * Such failures become one error the UI can name, and the database is reset so the next use tries again:
 * Dexie otherwise stays closed for good after one failed open.
 */
import type { SentinelDb } from './db';

export class StorageUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`storage unavailable: ${(cause as Error)?.name ?? String(cause)}`);
    this.name = 'StorageUnavailableError';
  }
}

/** Dexie's and IndexedDB's names for "the store cannot be used now", as opposed to a bug in our code. */
const STORAGE_ERRORS = new Set([
  'DatabaseClosedError', 'OpenFailedError', 'MissingAPIError', 'QuotaExceededError', 'AbortError', 'InvalidStateError',
  'UnknownError', 'VersionError', 'SecurityError', 'NotFoundError',
]);

export function isStorageError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return STORAGE_ERRORS.has(e?.name ?? '') || STORAGE_ERRORS.has(e?.inner?.name ?? '');
}

/** Runs a log operation; a storage failure becomes StorageUnavailableError and the next call re-opens. */
export async function withLog<T>(db: SentinelDb, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isStorageError(error)) throw error;
    db.close({ disableAutoOpen: false });
    throw new StorageUnavailableError(error);
  }
}
