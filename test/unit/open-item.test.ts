import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openItemPage } from '@/lib/background/open-item';

const url = 'https://myseller.taobao.com/home.htm/merchant-invoice/';

describe('openItemPage', () => {
  let created: string[];
  let focused: number[];
  beforeEach(() => {
    fakeBrowser.reset();
    created = [];
    focused = [];
    fakeBrowser.tabs.create = (async ({ url: u }: { url: string }) => void created.push(u)) as unknown as typeof fakeBrowser.tabs.create;
    fakeBrowser.tabs.update = (async (id: number) => {
      focused.push(id);
      return { id, windowId: 1 };
    }) as unknown as typeof fakeBrowser.tabs.update;
    fakeBrowser.windows.update = (async () => ({})) as unknown as typeof fakeBrowser.windows.update;
  });

  it('focuses the tab that still shows the page', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn<() => Promise<string>>(async () => url) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await openItemPage({ url, tabId: 7 });
    expect(focused).toEqual([7]);
    expect(created).toEqual([]);
  });

  it('opens the page when that tab moved on, closed, or was never known', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn<() => Promise<string>>(async () => "https://myseller.taobao.com/home.htm/other") as unknown as typeof fakeBrowser.tabs.sendMessage;
    await openItemPage({ url, tabId: 7 });
    fakeBrowser.tabs.sendMessage = vi.fn<() => Promise<string>>(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await openItemPage({ url, tabId: 8 });
    await openItemPage({ url });
    expect(created).toEqual([url, url, url]);
    expect(focused).toEqual([]);
  });
});
