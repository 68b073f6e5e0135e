import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import background from '@/entrypoints/background';

const url = 'https://qn.taobao.com/home.htm/merchant-invoice/';
const tab = { id: 3 } as Browser.tabs.Tab; // only the fields the sender check reads
const fromContentScript: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab, url };
const record = { kind: 'invoice', id: '3012345678901234567', status: 'open', requestedAt: Date.now() };
const report = { type: 'page-report', url, pageKind: 'invoice-requests', seenAt: 1, records: [record] };

describe('background worker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('stores a report from its content script and answers with the badge context', async () => {
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(report, fromContentScript);
    expect(await reply).toMatchObject({ pointsInWindow: 0, settings: { pointsCap: 6 } });
    const stored = await fakeBrowser.storage.session.get(['seenPages', 'records']);
    expect(stored.seenPages).toEqual([{ type: 'page-report', url, pageKind: 'invoice-requests', seenAt: 1, recordCount: 1 }]);
    expect(stored.records).toEqual({ [`invoice:${record.id}`]: record });
  });

  it('forecasts the points of open invoice work orders', async () => {
    const now = Date.now();
    const day = 86_400_000;
    const withWorkOrder = { ...record, requestedAt: now - 15 * day, workOrderCreatedAt: now - day };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ ...report, records: [withWorkOrder] }, fromContentScript);
    expect((await reply)?.forecast?.points).toBe(1);
  });

  it('writes nothing for a message from a web page or a bad payload', async () => {
    await fakeBrowser.runtime.onMessage.trigger(report, { url: 'https://evil.example/', tab });
    await fakeBrowser.runtime.onMessage.trigger({ ...report, pageKind: 'x' }, fromContentScript);
    expect(await fakeBrowser.storage.session.get(['seenPages', 'records'])).toEqual({});
  });
});
