import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';

/** Extension pages (popup, options) write the log directly, then tell the background to re-plan reminders. */
export const LOG_CHANGED = { type: 'log-changed' } as const;

export function notifyLogChanged(): Promise<unknown> {
  return browser.runtime.sendMessage(LOG_CHANGED).catch(() => undefined);
}

/**
 * Only this extension's own pages may say the log changed: their URL is on the extension's origin, which a
 * content script's (the seller page's URL) or a web page's never is.
 */
export function isLogChanged(message: unknown, sender: Browser.runtime.MessageSender, ownOrigin: string): boolean {
  return (message as { type?: unknown } | null)?.type === 'log-changed' && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
