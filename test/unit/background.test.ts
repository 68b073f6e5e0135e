import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { Browser } from 'wxt/browser';

// Only the fields the sender check reads.
const tab = { id: 3 } as Browser.tabs.Tab;

const report = { type: 'page-report', url: 'https://qn.taobao.com/home.htm/trade-platform/tp/sold', pageKind: 'sold-orders', seenAt: 1 };
const fromContentScript: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab, url: report.url };

describe('background worker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('stores a report from its content script in session storage', async () => {
    await fakeBrowser.runtime.onMessage.trigger(report, fromContentScript);
    const { seenPages } = await fakeBrowser.storage.session.get('seenPages');
    expect(seenPages).toEqual([report]);
  });

  it('writes nothing for a message from a web page or a bad payload', async () => {
    await fakeBrowser.runtime.onMessage.trigger(report, { url: 'https://evil.example/', tab });
    await fakeBrowser.runtime.onMessage.trigger({ ...report, pageKind: 'x' }, fromContentScript);
    expect(await fakeBrowser.storage.session.get('seenPages')).toEqual({});
  });
});
