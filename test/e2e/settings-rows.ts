/**
 * Writes setting rows for a Chromium test from an extension page, then has the worker re-plan as the options
 * page does (setDigest's way, for any key); and quiet hours placed relative to the test's own clock.
 */
import type { ExtensionBrowser } from '../../scripts/lib/chromium.mjs';
import { MIN, shanghaiMinuteOf } from '../support/digest-clock';

declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

export async function setSettings(b: ExtensionBrowser, rows: { key: string; value: unknown }[]): Promise<void> {
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

/**
 * Quiet hours from `from` to `to` whole minutes after the current Shanghai minute of `now` (negative: before),
 * as the setting and as the instants they start and end: wherever the suite's hour stands, even across midnight.
 */
export function quietAround(now: number, from: number, to: number): { value: { start: number; end: number }; startAt: number; endAt: number } {
  const minute = shanghaiMinuteOf(now);
  const wrap = (m: number) => (((m % 1440) + 1440) % 1440);
  const thisMinute = Math.floor(now / MIN) * MIN;
  return { value: { start: wrap(minute + from), end: wrap(minute + to) }, startAt: thisMinute + from * MIN, endAt: thisMinute + to * MIN };
}
