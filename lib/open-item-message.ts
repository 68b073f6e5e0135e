import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';

/** The side panel asks the background to show an item: its row in the seller tab, or its page (issue 25). */
export interface OpenItemRequest {
  type: 'open-item';
  key: string;
}

export function requestOpenItem(key: string): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'open-item', key } satisfies OpenItemRequest).catch(() => null);
}

/** Only this extension's own pages may ask (their URL is on the extension's origin, as for log-changed). */
export function isOpenItem(message: unknown, sender: Browser.runtime.MessageSender, ownOrigin: string): message is OpenItemRequest {
  const m = message as Partial<OpenItemRequest> | null;
  return m?.type === 'open-item' && typeof m.key === 'string' && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
