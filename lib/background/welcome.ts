/** First run (issue 16): a fresh install opens the welcome page; an update or a browser restart does not. */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/** Opening a tab of the extension's own page needs no permission. */
export function listenForInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
}
