/**
 * The popup's line to the seller tab it was opened over: the active tab of its window (tabs.query and
 * tabs.sendMessage need no permission for ids), or the tab `?tab=` names when the popup runs in a tab itself.
 * Only this extension's content script answers; any other tab refuses, which is no error here.
 */
import { browser } from 'wxt/browser';
import { isTableOutlines, type TableOutline } from './teach-model';

export interface SellerTab {
  tabId: number;
  href: string;
  tables: TableOutline[];
}

export async function targetTab(search: string): Promise<number | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isSafeInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The seller page under the popup with its tables as the content script reads them; null elsewhere. */
export async function askSellerTab(search = location.search): Promise<SellerTab | null> {
  const tabId = await targetTab(search).catch(() => undefined);
  if (tabId === undefined) return null;
  const ask = (type: string) => browser.tabs.sendMessage(tabId, { type }).catch(() => null) as Promise<unknown>;
  const [href, tables] = await Promise.all([ask('where-are-you'), ask('page-tables')]);
  return typeof href === 'string' && isTableOutlines(tables) ? { tabId, href, tables } : null;
}

/** Whether the content script of the tab under the popup has a worker that does not answer it (issue 23). */
export async function askWorkerSilent(search = location.search): Promise<boolean> {
  const tabId = await targetTab(search).catch(() => undefined);
  if (tabId === undefined) return false;
  const reply = (await browser.tabs.sendMessage(tabId, { type: 'sentinel-status' }).catch(() => null)) as { silent?: unknown } | null;
  return reply?.silent === true;
}
