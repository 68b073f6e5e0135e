/**
 * Sets the morning digest for a Chromium test (minutes after Shanghai midnight, or null: off) and, optionally, the
 * day it last went out in, from an extension page, then has the worker re-plan as the options page does. A test
 * that involves reminders sets it, so its hour against the default 09:00 never decides what it sees.
 */
import type { ExtensionBrowser } from '../../scripts/lib/chromium.mjs';

declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

export async function setDigest(b: ExtensionBrowser, minutes: number | null, shownDay?: string): Promise<void> {
  const rows = [{ key: 'digestMinutes', value: minutes }, ...(shownDay === undefined ? [] : [{ key: 'digest.shownDay', value: shownDay }])];
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.evaluate(async (settings) => {
      for (let i = 0; !(await indexedDB.databases()).some((d) => d.name === 'deadline-sentinel'); i++) {
        if (i > 100) throw new Error('the log was never created');
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('deadline-sentinel');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const tx = open.result.transaction('settings', 'readwrite');
          for (const row of settings) tx.objectStore('settings').put(row);
          tx.addEventListener('complete', () => (open.result.close(), resolve()));
          tx.addEventListener('error', () => reject(tx.error));
        });
      });
      await chrome.runtime.sendMessage({ type: 'log-changed' });
    }, rows);
  } finally {
    await page.close();
  }
}
