/** What the Firefox suite's files share: the log as the background page holds it, and polling. */
import type { FirefoxWithExtension } from '../../scripts/lib/firefox.mjs';

/** Every row of every table of the log, read with the raw IndexedDB API in the background page, so the check does not trust our code. */
export const dumpLog = (ff: FirefoxWithExtension) =>
  ff.inBackground(
    (bg: Window) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = bg.indexedDB.open('deadline-sentinel');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tables: Record<string, unknown[]> = {};
          if (names.length === 0) return (db.close(), resolve(tables));
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.addEventListener('success', () => (tables[name] = request.result));
          }
          tx.addEventListener('complete', () => (db.close(), resolve(JSON.parse(JSON.stringify(tables)))));
        });
      }),
  );

export async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}


/**
 * Writes the morning digest's setting (minutes after Shanghai midnight, or null: off) and, optionally, the day it
 * last went out in, then has the background re-plan as the options page does (log-changed from an extension page).
 */
export async function setDigest(ff: FirefoxWithExtension, minutes: number | null, shownDay?: string): Promise<void> {
  const rows = [{ key: 'digestMinutes', value: minutes }, ...(shownDay === undefined ? [] : [{ key: 'digest.shownDay', value: shownDay }])];
  // Runs in the extension page that inBackground uses: the same origin, so the same IndexedDB as the background.
  await ff.inBackground(async (_bg: Window, settings: { key: string; value: unknown }[]) => {
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
    await (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'log-changed' });
  }, rows);
}
