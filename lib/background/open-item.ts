import { browser } from 'wxt/browser';
import type { LogItem } from '../store/types';

/** Asks a tab's content script where it is; needs no tabs permission. */
export const WHERE_ARE_YOU = { type: 'where-are-you' } as const;

/** Focuses the tab that showed the item if it still shows that page, else opens the page. */
export async function openItemPage(item: Pick<LogItem, 'url' | 'tabId'>): Promise<void> {
  if (item.tabId !== undefined) {
    const href = await browser.tabs.sendMessage(item.tabId, WHERE_ARE_YOU).catch(() => undefined);
    if (href === item.url) {
      const tab = await browser.tabs.update(item.tabId, { active: true });
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      return;
    }
  }
  await browser.tabs.create({ url: item.url });
}

/** The keys a page's badges may carry for an item (its order, work-order or question id), to find its row. */
export function rowKeys(item: LogItem): string[] {
  const ids = item.kind === 'qa' ? [item.id] : [item.orderId, item.workOrderId];
  return [item.key, ...ids.filter((id): id is string => id !== undefined).map((id) => `${item.kind}:${id}`)];
}

/**
 * The side panel's click (issue 25): the tab that showed the item, focused and scrolled to its row, when it still
 * shows that page; else the page opened. Says which.
 */
export async function showItemRow(item: LogItem): Promise<'row' | 'tab' | 'opened'> {
  if (item.tabId !== undefined) {
    const href = await browser.tabs.sendMessage(item.tabId, WHERE_ARE_YOU).catch(() => undefined);
    if (href === item.url) {
      const tab = await browser.tabs.update(item.tabId, { active: true });
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      // Scrolled once the tab shows: a page in a background tab may not lay out the row yet.
      const found = await browser.tabs.sendMessage(item.tabId, { type: 'show-row', keys: rowKeys(item) }).catch(() => false);
      return found === true ? 'row' : 'tab';
    }
  }
  await browser.tabs.create({ url: item.url });
  return 'opened';
}

/** The popup, which lists every open item (a summary notification's click); in a window where the browser cannot open it. */
export async function openPopup(): Promise<void> {
  // Chrome 127+ opens the popup from a notification click; older Chrome and Firefox's MV2 build may refuse.
  const action = browser.action as (typeof browser.action & { openPopup?: () => Promise<void> }) | undefined;
  try {
    if (action?.openPopup) return await action.openPopup();
  } catch {
    // no focused window with a toolbar: open the popup page on its own below
  }
  await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 420, height: 640 });
}
