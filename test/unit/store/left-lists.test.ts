import { describe, expect, it } from 'vitest';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { findItem, handledAmong, leftListsSince, openItems, recordReport, reminderStates, reopenItem, saveReminderStates } from '@/lib/store/log';
import type { TodoReading } from '@/lib/store/types';
import { D, freshDb, H, report, sh } from './helpers';

const S = DEFAULT_SETTINGS;
const URL_PENDING = 'https://myseller.taobao.com/home.htm/merchant-invoice/invoice/compensate#/invoice/compensate';
const URL_WORK_ORDERS = 'https://myseller.taobao.com/home.htm/tasks/';
const T0 = sh('2026-12-07T09:00:00');
const ORDERS = ['2701832306020004101', '2701832306020004102', '2701832306020004103'];
const LIST = { id: 'invoice-pending', name: '待回传列表' };

const row = (id: string, extra: Partial<PageRecord> = {}): PageRecord => ({ kind: 'invoice', id, orderId: id, status: 'open', requestedAt: sh('2026-12-01T00:00:00'), ...extra });
/** A reading of the 待回传 list showing `ids`; whole: the reading was complete. */
const reading = (ids: string[], whole = true, range?: readonly [number, number]): TodoReading => ({
  ...LIST,
  ...(whole ? { whole: { keys: ids.map((id) => `invoice:${id}`), rows: ids.length, ...(range ? { range } : {}) } } : {}),
});
const seeList = (db: ReturnType<typeof freshDb>['db'], ids: string[], now: number, whole = true, range?: readonly [number, number]) =>
  recordReport(db, report(ids.map((id) => row(id)), URL_PENDING), { now, tabId: 1 }, S, reading(ids, whole, range));

describe('closing by absence from a to-do list read whole', () => {
  it('closes an open item seen on the list before and absent from a whole reading, with its evidence, and cancels its reminders', async () => {
    const { db } = freshDb();
    await seeList(db, ORDERS, T0);
    await saveReminderStates(db, [{ key: `invoice:${ORDERS[1]}|invoice.first`, itemKey: `invoice:${ORDERS[1]}`, sentLeadMinutes: 1440, sentAt: T0 }]);
    expect((await reminderStates(db)).size).toBe(1);
    const result = await seeList(db, [ORDERS[0]!, ORDERS[2]!], T0 + H);
    expect(result.closed).toEqual([`invoice:${ORDERS[1]}`]);
    const gone = await findItem(db, `invoice:${ORDERS[1]}`);
    expect(gone).toMatchObject({ status: 'done', closedBy: 'list', closedAt: T0 + H, closedWhy: { list: '待回传列表', rows: 2 }, dueTimes: [] });
    expect(gone?.finalDueAt).toBeUndefined();
    expect((await openItems(db)).map((i) => i.key).sort()).toEqual([`invoice:${ORDERS[0]}`, `invoice:${ORDERS[2]}`]);
    expect((await reminderStates(db)).size).toBe(0);
    expect(await db.tickets.count()).toBe(3); // never deleted
  });

  it('closes nothing without a whole reading, nor what was never seen on that list', async () => {
    const { db } = freshDb();
    await seeList(db, ORDERS, T0);
    await recordReport(db, report([row('2701832306020009999')], URL_WORK_ORDERS), { now: T0, tabId: 2 }, S);
    expect((await seeList(db, [ORDERS[0]!], T0 + H, false)).closed).toEqual([]);
    const result = await seeList(db, ORDERS, T0 + 2 * H);
    expect(result.closed).toEqual([]);
    expect(await openItems(db)).toHaveLength(4);
  });

  it('judges under a date range only the items asked for inside it', async () => {
    const { db } = freshDb();
    await recordReport(db, report([row(ORDERS[0]!), row(ORDERS[1]!, { requestedAt: sh('2026-09-01T10:00:00') })], URL_PENDING), { now: T0, tabId: 1 }, S, reading([ORDERS[0]!, ORDERS[1]!]));
    const range = [sh('2026-10-07T00:00:00'), sh('2026-12-07T00:00:00') + D] as const;
    expect((await seeList(db, [], T0 + H, true, range)).closed).toEqual([`invoice:${ORDERS[0]}`]);
    expect((await findItem(db, `invoice:${ORDERS[1]}`))?.status).toBe('open');
  });

  it('reopens an item closed by absence the moment a reading shows it on a to-do list again, without a status cell', async () => {
    const { db } = freshDb();
    await seeList(db, ORDERS, T0);
    await seeList(db, [ORDERS[0]!], T0 + H);
    // Seen on the list again, even in a reading that is not whole.
    await seeList(db, [ORDERS[1]!], T0 + 2 * H, false);
    expect(await findItem(db, `invoice:${ORDERS[1]}`)).toMatchObject({ status: 'open', lists: ['invoice-pending'] });
    expect((await findItem(db, `invoice:${ORDERS[1]}`))?.closedWhy).toBeUndefined();
    expect((await findItem(db, `invoice:${ORDERS[2]}`))?.status).toBe('done');
  });

  it('keeps it closed when another page shows the same order (a work order), whose badge is told why', async () => {
    const { db } = freshDb();
    await seeList(db, ORDERS, T0);
    await seeList(db, [ORDERS[0]!, ORDERS[2]!], T0 + H);
    const workOrder: PageRecord = { kind: 'invoice', id: '9876543210987654321', workOrderId: '9876543210987654321', orderId: ORDERS[1]!, status: 'open', workOrderCreatedAt: T0 };
    expect([...(await handledAmong(db, [workOrder])).keys()]).toEqual([`invoice:${ORDERS[1]}`]);
    await recordReport(db, report([workOrder], URL_WORK_ORDERS), { now: T0 + 2 * H, tabId: 2 }, S);
    expect((await findItem(db, `invoice:${ORDERS[1]}`))?.status).toBe('done');
    // On the to-do list itself it is not quiet: the merge reopens it.
    expect((await handledAmong(db, [row(ORDERS[1]!)], true)).size).toBe(0);
  });

  it('lists the items closed by absence in the last day, latest first; 撤销 keeps one open until a page shows it again', async () => {
    const { db } = freshDb();
    await seeList(db, ORDERS, T0);
    await seeList(db, [ORDERS[0]!, ORDERS[1]!], T0 + H);
    await seeList(db, [ORDERS[0]!], T0 + 2 * H);
    expect((await leftListsSince(db, T0 + 2 * H - D)).map((i) => i.key)).toEqual([`invoice:${ORDERS[1]}`, `invoice:${ORDERS[2]}`]);
    expect((await leftListsSince(db, T0 + 1.5 * H)).map((i) => i.key)).toEqual([`invoice:${ORDERS[1]}`]);

    expect(await reopenItem(db, `invoice:${ORDERS[1]}`, S)).toBe(true);
    const undone = await findItem(db, `invoice:${ORDERS[1]}`);
    expect(undone).toMatchObject({ status: 'open' });
    expect(undone?.lists).toBeUndefined();
    expect(undone?.dueTimes.length).toBeGreaterThan(0);
    // The next whole reading without it does not close it at once...
    expect((await seeList(db, [ORDERS[0]!], T0 + 3 * H)).closed).toEqual([]);
    // ...until the list has shown it again.
    await seeList(db, [ORDERS[0]!, ORDERS[1]!], T0 + 4 * H);
    expect((await seeList(db, [ORDERS[0]!], T0 + 5 * H)).closed).toEqual([`invoice:${ORDERS[1]}`]);
  });
});
