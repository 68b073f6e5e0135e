import type { PageRecord } from '../pages/records';

/**
 * Records seen this browser session, one per kind:id, newest observation winning field by field
 * (a page that does not show a field keeps what another page showed). The Dexie log replaces this.
 */
export type RecordCache = Record<string, PageRecord>;

export const recordKey = (r: Pick<PageRecord, 'kind' | 'id'>) => `${r.kind}:${r.id}`;

export function mergeRecords(cache: RecordCache, records: readonly PageRecord[], limit = 5000): RecordCache {
  const next: RecordCache = { ...cache };
  for (const r of records) {
    const key = recordKey(r);
    const merged = { ...next[key], ...r };
    if (!r.problems) delete merged.problems; // problems belong to the latest reading only
    delete next[key]; // re-insert so insertion order is recency order
    next[key] = merged;
  }
  const keys = Object.keys(next);
  for (const key of keys.slice(0, Math.max(0, keys.length - limit))) delete next[key];
  return next;
}
