/** Test helpers for the log: a fresh fake IndexedDB per test, and page reports built from records. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openSentinelDb, type SentinelDb } from '@/lib/store/db';
import type { PageReport } from '@/lib/messages';
import type { PageRecord } from '@/lib/pages/records';

export { D, H, sh } from '../rules/time';

/** A database on its own IDBFactory: nothing leaks between tests. */
export function freshDb(): { db: SentinelDb; indexedDB: IDBFactory } {
  const indexedDB = new IDBFactory();
  return { db: openSentinelDb({ indexedDB, IDBKeyRange }), indexedDB };
}

export function report(records: PageRecord[], url = 'https://myseller.taobao.com/home.htm/merchant-invoice/'): PageReport {
  return { type: 'page-report', url, pageKind: 'invoice-requests', seenAt: 0, records };
}

/** Every row of every table, in key order: equal dumps mean equal databases. */
export async function dump(db: SentinelDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
