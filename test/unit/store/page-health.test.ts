import { describe, expect, it } from 'vitest';
import { brokenPageKinds, lostFields, notePageHealth } from '@/lib/store/page-health';
import type { PageReport } from '@/lib/messages';
import { freshDb } from './helpers';

const url = 'https://myseller.taobao.com/home.htm/merchant-invoice/';
const working: PageReport = { type: 'page-report', url, pageKind: 'invoice-requests', seenAt: 0, records: [{ kind: 'invoice', id: '1', status: 'open' }] };
const unread: PageReport = { ...working, records: [], outline: 'html\n  body' };
const empty: PageReport = { ...working, records: [] };

describe('page health', () => {
  it('flags a page kind that yielded records before and now shows rows it cannot read', async () => {
    const { db } = freshDb();
    await notePageHealth(db, working, 1);
    expect(await brokenPageKinds(db)).toEqual([]);
    await notePageHealth(db, unread, 2);
    expect(await brokenPageKinds(db)).toMatchObject([{ kind: 'invoice-requests', lastRecordsAt: 1, lastUnreadAt: 2, outline: 'html\n  body', url }]);
    await notePageHealth(db, working, 3); // read again: fine again
    expect(await brokenPageKinds(db)).toEqual([]);
  });

  it('does not flag an empty list, a page kind that never worked, or work-order pages found by content', async () => {
    const { db } = freshDb();
    await notePageHealth(db, unread, 1);
    await notePageHealth(db, { ...working, pageKind: 'seller-other' }, 2);
    await notePageHealth(db, { ...unread, pageKind: 'seller-other' }, 3);
    await notePageHealth(db, { ...working, pageKind: 'ask-all' }, 4);
    await notePageHealth(db, { ...empty, pageKind: 'ask-all' }, 5);
    expect(await brokenPageKinds(db)).toEqual([]);
  });

  it('flags a field its column used to give and no record shows any more, per route, and clears it once found again', async () => {
    const { db } = freshDb();
    const record = { kind: 'invoice' as const, id: '1', status: 'open' as const };
    const shown: PageReport = { ...working, records: [{ ...record, requestedAt: 5, sources: { requestedAt: { via: 'column', name: '申请时间' } } }] };
    const missing: PageReport = { ...working, records: [{ ...record, problems: [{ field: 'requestedAt', reason: 'not-shown' }] }] };
    const otherRoute: PageReport = { ...missing, url: `${url}invoice/compensate#/invoice/compensate` };
    await notePageHealth(db, shown, 1);
    await notePageHealth(db, otherRoute, 2); // another list of the kind that never showed it: no alarm
    expect(await brokenPageKinds(db)).toEqual([]);
    await notePageHealth(db, missing, 3);
    const [broken] = await brokenPageKinds(db);
    expect(lostFields(broken!)).toEqual(['requestedAt']);
    await notePageHealth(db, shown, 4);
    expect(await brokenPageKinds(db)).toEqual([]);
  });

  it('judges work-order lists found on other seller pages as their own kind', async () => {
    const { db } = freshDb();
    const order = { kind: 'invoice' as const, id: 'W1', status: 'open' as const };
    await notePageHealth(db, { ...working, pageKind: 'seller-other', records: [{ ...order, workOrderCreatedAt: 1, sources: { workOrderCreatedAt: { via: 'label', name: '创建时间' } } }] }, 1);
    await notePageHealth(db, { ...working, pageKind: 'seller-other', records: [{ ...order, problems: [{ field: 'workOrderCreatedAt', reason: 'unreadable' }] }] }, 2);
    expect((await brokenPageKinds(db)).map((p) => [p.kind, lostFields(p)])).toEqual([['work-orders', ['workOrderCreatedAt']]]);
  });
});
