import { describe, expect, it } from 'vitest';
import { brokenPageKinds, notePageHealth } from '@/lib/store/page-health';
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
    expect(await brokenPageKinds(db)).toEqual([{ kind: 'invoice-requests', lastRecordsAt: 1, lastUnreadAt: 2, outline: 'html\n  body', url }]);
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
});
