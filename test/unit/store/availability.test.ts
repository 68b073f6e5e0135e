import { describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openSentinelDb } from '@/lib/store/db';
import { StorageUnavailableError, withLog } from '@/lib/store/availability';
import { recordReport } from '@/lib/store/log';
import { DEFAULT_SETTINGS as S } from '@/lib/rules/settings';
import { report, D } from './helpers';

const NOW = Date.parse('2022-12-20T12:00:00+08:00');
const records = [
  { kind: 'invoice' as const, id: 'O1', orderId: 'O1', status: 'open' as const, requestedAt: NOW - D },
  { kind: 'qa' as const, id: 'Q1', status: 'open' as const, askedAt: NOW - D, buyerAnswerCount: 0 },
];

/** An IndexedDB that refuses to open (Firefox with history disabled) until `storage.back = true`. */
function flakyFactory() {
  const factory = new IDBFactory();
  const open = factory.open.bind(factory);
  const storage = { back: false };
  factory.open = ((...args: Parameters<IDBFactory['open']>) => {
    if (!storage.back) throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    return open(...args);
  }) as IDBFactory['open'];
  return { factory, storage };
}

describe('storage availability', () => {
  it('turns a failed open into StorageUnavailableError, and recovers when storage returns', async () => {
    const { factory, storage } = flakyFactory();
    const db = openSentinelDb({ indexedDB: factory, IDBKeyRange });
    await expect(withLog(db, () => recordReport(db, report(records), { now: NOW }, S))).rejects.toBeInstanceOf(StorageUnavailableError);
    storage.back = true;
    await withLog(db, () => recordReport(db, report(records), { now: NOW }, S));
    expect(await db.tickets.count()).toBe(1);
    expect(await db.questions.count()).toBe(1);
  });

  it('writes nothing partial when the disk is full mid-report', async () => {
    const db = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const full = vi.spyOn(db.questions, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(withLog(db, () => recordReport(db, report(records), { now: NOW }, S))).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(full).toHaveBeenCalledOnce();
    // The tickets were put before the questions failed, in the same transaction: rolled back.
    expect(await db.tickets.count()).toBe(0);
    await withLog(db, () => recordReport(db, report(records), { now: NOW }, S));
    expect(await db.tickets.count()).toBe(1);
  });

  it('lets a bug in our own code through as itself', async () => {
    const db = openSentinelDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await expect(withLog(db, async () => Promise.reject(new TypeError('x is undefined')))).rejects.toBeInstanceOf(TypeError);
  });
});
