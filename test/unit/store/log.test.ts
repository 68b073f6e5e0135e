import { describe, expect, it } from 'vitest';
import type { PageRecord } from '@/lib/pages/records';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';
import { RULES_OUT_OF_RANGE } from '@/lib/record-deadlines';
import { findItem, handledAmong, handledByUser, markDone, openItems, recordReport, reminderStates, reopenItem, saveReminderStates } from '@/lib/store/log';
import type { ReminderState } from '@/lib/store/types';
import { D, dump, freshDb, H, report, sh } from './helpers';

const S = DEFAULT_SETTINGS;
const ORDER = '123456789012345678';
const WORK_ORDER = '987654321098765432';
const REQUESTED = sh('2022-12-05T10:00:00');
const WO_CREATED = sh('2022-12-27T09:00:00');
const FIRST = sh('2022-12-15T23:59:59.999');
const FINAL = sh('2022-12-25T23:59:59.999');
const T0 = sh('2022-12-20T12:00:00');
const URL_INVOICES = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const URL_WORK_ORDERS = 'https://myseller.taobao.com/home.htm/tasks/';

const invoiceRow = (extra: Partial<PageRecord> = {}): PageRecord => ({ kind: 'invoice', id: ORDER, orderId: ORDER, status: 'open', requestedAt: REQUESTED, ...extra });
const workOrderRow = (extra: Partial<PageRecord> = {}): PageRecord => ({
  kind: 'invoice', id: WORK_ORDER, workOrderId: WORK_ORDER, orderId: ORDER, status: 'open', workOrderCreatedAt: WO_CREATED, ...extra,
});
const state = (itemKey: string, at: number): ReminderState => ({ key: `${itemKey}|invoice.final`, itemKey, deadlineAt: at, sentLeadMinutes: 60, sentAt: at - H });

describe('recordReport', () => {
  it('merges the invoice list and the work order of one order into one ticket with both facts', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow()], URL_INVOICES), { now: T0, tabId: 1 }, S);
    const result = await recordReport(db, report([workOrderRow()], URL_WORK_ORDERS), { now: T0 + H, tabId: 2 }, S);
    expect(result).toEqual({ written: 1, closed: [] });
    expect(await db.tickets.toArray()).toEqual([
      {
        key: `invoice:${ORDER}`, kind: 'invoice', status: 'open', orderId: ORDER, workOrderId: WORK_ORDER,
        requestedAt: REQUESTED, workOrderCreatedAt: WO_CREATED, url: URL_WORK_ORDERS, tabId: 2,
        firstSeenAt: T0, lastSeenAt: T0 + H, dueTimes: [FIRST, FINAL, WO_CREATED + 24 * H], finalDueAt: WO_CREATED + 24 * H,
      },
    ]);
  });

  it('is idempotent: the same report twice gives the same rows', async () => {
    const { db } = freshDb();
    const page = report([invoiceRow(), workOrderRow(), { kind: 'qa', id: 'q1', status: 'open', askedAt: T0 }]);
    await recordReport(db, page, { now: T0, tabId: 3 }, S);
    const once = await dump(db);
    const again = await recordReport(db, page, { now: T0, tabId: 3 }, S);
    expect(again.written).toBe(2); // the two invoice records are one ticket
    expect(await dump(db)).toEqual(once);
    expect(once.tickets).toHaveLength(1);
    expect(once.questions).toHaveLength(1);
  });

  it('lets a newer observation update what it shows, keep what it does not, and replace the problems', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow({ pageDeadline: FIRST, problems: [{ field: 'x', reason: 'unreadable' }] })], URL_INVOICES), { now: T0, tabId: 1 }, S);
    await recordReport(db, report([{ kind: 'invoice', id: ORDER, status: 'open', pageDeadline: FIRST - H }], URL_WORK_ORDERS), { now: T0 + D }, S);
    const t = await db.tickets.get(`invoice:${ORDER}`);
    expect(t).toMatchObject({ requestedAt: REQUESTED, orderId: ORDER, pageDeadline: FIRST - H, url: URL_WORK_ORDERS, firstSeenAt: T0, lastSeenAt: T0 + D });
    expect(t).not.toHaveProperty('problems');
    expect(t).not.toHaveProperty('tabId'); // the newer sighting had no tab
    expect(t?.dueTimes).toEqual([FIRST - H, FIRST, FINAL]);
  });

  it('keeps the first 已超时 sighting as the page deadline over later visits, and a later countdown does not move it', async () => {
    const { db } = freshDb();
    for (const now of [T0, T0 + 2 * H, T0 + D]) {
      await recordReport(db, report([invoiceRow({ pageDeadline: now, pageUnit: 0 })], URL_INVOICES), { now }, S);
    }
    await recordReport(db, report([invoiceRow({ pageDeadline: T0 + 3 * D, pageUnit: H })], URL_INVOICES), { now: T0 + 2 * D }, S);
    const t = await db.tickets.get(`invoice:${ORDER}`);
    expect(t).toMatchObject({ pageDeadline: T0, pageUnit: 0, lastSeenAt: T0 + 2 * D });
    expect(t?.dueTimes).toEqual([FIRST, T0, FINAL]);
  });

  it('lets an observation older than the stored one fill gaps only', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow({ pageDeadline: FIRST })], URL_WORK_ORDERS), { now: T0 }, S);
    await recordReport(db, report([invoiceRow({ pageDeadline: FINAL, workOrderId: WORK_ORDER, problems: [{ field: 'old', reason: 'unreadable' }] })], URL_INVOICES), { now: T0 - D }, S);
    expect(await db.tickets.get(`invoice:${ORDER}`)).toMatchObject({ pageDeadline: FIRST, workOrderId: WORK_ORDER, url: URL_WORK_ORDERS, firstSeenAt: T0 - D, lastSeenAt: T0 });
    expect(await db.tickets.get(`invoice:${ORDER}`)).not.toHaveProperty('problems');
  });

  it('closes an item the page shows done, cancels its reminders, and reopens it only on a status cell showing it open', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow(), { kind: 'logistics', id: ORDER, orderId: ORDER, status: 'open', lastUpdateAt: T0 }]), { now: T0 }, S);
    await saveReminderStates(db, [state(`invoice:${ORDER}`, FINAL), state(`logistics:${ORDER}`, T0 + 3 * D)]);
    const result = await recordReport(db, report([workOrderRow({ status: 'done' })]), { now: T0 + H }, S);
    expect(result.closed).toEqual([`invoice:${ORDER}`]);
    const closed = await db.tickets.get(`invoice:${ORDER}`);
    expect(closed).toMatchObject({ status: 'done', closedAt: T0 + H, closedBy: 'page', dueTimes: [], workOrderId: WORK_ORDER });
    expect(closed).not.toHaveProperty('finalDueAt');
    expect([...(await reminderStates(db)).values()].map((s) => s.itemKey)).toEqual([`logistics:${ORDER}`]);

    // A later reading without a status cell is no evidence: it stays done.
    const later = await recordReport(db, report([invoiceRow()]), { now: T0 + D }, S);
    expect(later.closed).toEqual([]);
    expect(await db.tickets.get(`invoice:${ORDER}`)).toMatchObject({ status: 'done', closedAt: T0 + H, lastSeenAt: T0 + D, dueTimes: [] });
    // An older reading showing it open changes nothing either.
    const openCell = { sources: { status: { via: 'column' as const, name: '开票状态' } } };
    await recordReport(db, report([invoiceRow(openCell)]), { now: T0 }, S);
    expect(await db.tickets.get(`invoice:${ORDER}`)).toMatchObject({ status: 'done' });
    // A newer reading whose status cell shows it open reopens it, with its deadlines again.
    await recordReport(db, report([invoiceRow(openCell)]), { now: T0 + 2 * D }, S);
    const reopened = await db.tickets.get(`invoice:${ORDER}`);
    expect(reopened).toMatchObject({ status: 'open' });
    expect(reopened!.dueTimes).toContain(FINAL);
    expect(reopened).not.toHaveProperty('closedBy');
  });

  it('keeps items a later page no longer shows, open', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow(), invoiceRow({ id: '222222222222222222', orderId: '222222222222222222' })]), { now: T0 }, S);
    await recordReport(db, report([invoiceRow()]), { now: T0 + D }, S);
    expect((await openItems(db)).map((i) => i.key).sort()).toEqual([`invoice:${ORDER}`, 'invoice:222222222222222222']);
  });

  it('follows a question from open to answered (first sighting kept) and to unanswerable', async () => {
    const { db } = freshDb();
    const q = (extra: Partial<PageRecord>): PageRecord => ({ kind: 'qa', id: 'q1', status: 'open', askedAt: T0, question: '会起球吗？', ...extra });
    await recordReport(db, report([q({ buyerAnswerCount: 0 })]), { now: T0 + H }, S);
    expect(await db.questions.get('qa:q1')).toMatchObject({ id: 'q1', status: 'open', dueTimes: [T0 + 24 * H], finalDueAt: T0 + 24 * H });
    await saveReminderStates(db, [state('qa:q1', T0 + 24 * H)]);

    const answered = await recordReport(db, report([q({ buyerAnswerCount: 1 })]), { now: T0 + 2 * H }, S);
    expect(answered.closed).toEqual(['qa:q1']);
    expect(await reminderStates(db)).toEqual(new Map());
    await recordReport(db, report([q({ buyerAnswerCount: 2 })]), { now: T0 + 3 * H }, S);
    await recordReport(db, report([q({ buyerAnswerCount: 0 })]), { now: T0 + 4 * H }, S);
    const entry = await db.questions.get('qa:q1');
    expect(entry).toMatchObject({ status: 'answered', answeredAt: T0 + 2 * H, buyerAnswerCount: 0, dueTimes: [] });
    expect(entry).not.toHaveProperty('finalDueAt');

    await recordReport(db, report([q({ status: 'unanswerable' })]), { now: T0 + 5 * H }, S);
    expect(await db.questions.get('qa:q1')).toMatchObject({ status: 'unanswerable', dueTimes: [] });
  });

  it('logs an unanswerable question without deadlines, and an answerable one again as open', async () => {
    const { db } = freshDb();
    const result = await recordReport(db, report([{ kind: 'qa', id: 'q2', status: 'unanswerable', askedAt: T0 }]), { now: T0 }, S);
    expect(result.closed).toEqual([]); // never open, nothing to cancel
    expect(await db.questions.get('qa:q2')).toMatchObject({ status: 'unanswerable', dueTimes: [] });
    await recordReport(db, report([{ kind: 'qa', id: 'q2', status: 'open' }]), { now: T0 + H }, S);
    expect(await db.questions.get('qa:q2')).toMatchObject({ status: 'open', askedAt: T0, dueTimes: [T0 + 24 * H] });
  });

  it('stores a rule failure as a problem with no deadlines, and clears it on a good reading', async () => {
    const { db } = freshDb();
    const huge = 8.64e15 - D;
    await recordReport(db, report([invoiceRow({ requestedAt: huge, problems: [{ field: 'pageDeadline', reason: 'unreadable' }] })]), { now: T0 }, S);
    const bad = await db.tickets.get(`invoice:${ORDER}`);
    expect(bad).toMatchObject({ dueTimes: [], problems: [{ field: 'pageDeadline', reason: 'unreadable' }, RULES_OUT_OF_RANGE] });
    expect(bad).not.toHaveProperty('finalDueAt');
    await recordReport(db, report([invoiceRow()]), { now: T0 + H }, S);
    expect(await db.tickets.get(`invoice:${ORDER}`)).toMatchObject({ dueTimes: [FIRST, FINAL] });
    expect(await db.tickets.get(`invoice:${ORDER}`)).not.toHaveProperty('problems');
  });

  it('keys a ticket without order number by its id, and keeps an "unanswerable" ticket open', async () => {
    const { db } = freshDb();
    await recordReport(db, report([workOrderRow({ orderId: undefined, status: 'unanswerable' })]), { now: T0 }, S);
    expect(await db.tickets.get(`invoice:${WORK_ORDER}`)).toMatchObject({ status: 'open', dueTimes: [WO_CREATED + 24 * H] });
  });
});

describe('markDone', () => {
  it('closes a ticket or question for the user, cancels its reminders, and keeps the first closing', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow(), { kind: 'qa', id: 'q1', status: 'open', askedAt: T0 }]), { now: T0 }, S);
    await saveReminderStates(db, [state(`invoice:${ORDER}`, FINAL), state('qa:q1', T0 + D)]);
    expect(await markDone(db, `invoice:${ORDER}`, T0 + H)).toBe(true);
    expect(await markDone(db, 'qa:q1', T0 + 2 * H)).toBe(true);
    expect(await markDone(db, `invoice:${ORDER}`, T0 + 3 * H)).toBe(true);
    expect(await findItem(db, `invoice:${ORDER}`)).toMatchObject({ status: 'done', closedBy: 'user', closedAt: T0 + H, dueTimes: [] });
    expect(await findItem(db, 'qa:q1')).toMatchObject({ status: 'done', closedBy: 'user', closedAt: T0 + 2 * H, dueTimes: [] });
    expect((await reminderStates(db)).size).toBe(0);
    expect(await openItems(db)).toEqual([]);

    const records = [workOrderRow({ status: 'done' }), { kind: 'qa', id: 'q1', status: 'open', askedAt: T0 } as PageRecord];
    await recordReport(db, report(records), { now: T0 + D }, S);
    expect(await findItem(db, `invoice:${ORDER}`)).toMatchObject({ closedBy: 'user', closedAt: T0 + H });
    expect([...(await handledAmong(db, records)).keys()].sort()).toEqual([`invoice:${ORDER}`, 'qa:q1']); // their badges say so
  });

  it('reopens, for the user, what the user marked handled: open again with its deadlines; a page\'s closing it leaves alone', async () => {
    const { db } = freshDb();
    await recordReport(db, report([invoiceRow(), workOrderRow({ orderId: '555555555555555555', id: '666666666666666666', workOrderId: '666666666666666666', status: 'done' })]), { now: T0 }, S);
    await markDone(db, `invoice:${ORDER}`, T0 + H);
    expect((await handledByUser(db, 20)).map((i) => i.key)).toEqual([`invoice:${ORDER}`]);
    expect(await reopenItem(db, 'invoice:555555555555555555', S)).toBe(false); // closed by the page
    expect(await reopenItem(db, `invoice:${ORDER}`, S)).toBe(true);
    const item = await findItem(db, `invoice:${ORDER}`);
    expect(item).toMatchObject({ status: 'open', finalDueAt: FINAL });
    expect(item).not.toHaveProperty('closedAt');
    expect(await handledByUser(db, 20)).toEqual([]);
    expect(await reopenItem(db, `invoice:${ORDER}`, S)).toBe(false); // already open
  });

  it('returns false for an unknown key and writes nothing', async () => {
    const { db } = freshDb();
    expect(await markDone(db, 'invoice:nope', T0)).toBe(false);
    expect(await findItem(db, 'invoice:nope')).toBeUndefined();
    expect(await db.tickets.count()).toBe(0);
  });
});
