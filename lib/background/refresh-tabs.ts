import { browser } from 'wxt/browser';

/** Tells a seller tab's content script that the log or the settings changed: it reports its rows again. */
const REFRESH_BADGES = { type: 'refresh-badges' } as const;

/**
 * Every tab is asked (tabs.query needs no permission for ids); only tabs running our content script answer,
 * the others refuse, which is no error here.
 */
export async function refreshSellerTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, REFRESH_BADGES).catch(() => undefined))));
}

/** Tells one tab to report its rows again (a report of it was answered but could not be merged). */
export async function refreshTab(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, REFRESH_BADGES).catch(() => undefined);
}
