/** What the Firefox suite's files share: the log as the background page holds it, and the digest setting. */
import { digestRows, putSettingsAndReplan } from '../support/digest-clock';
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

/**
 * Sets the morning digest (minutes after Shanghai midnight, or null: off) and, optionally, the day it last went out
 * in, from the extension page inBackground uses (the background's origin, so the same IndexedDB).
 */
export async function setDigest(ff: FirefoxWithExtension, minutes: number | null, shownDay?: string): Promise<void> {
  // inBackground sends its function as source: this one's source calls the shared writer's, inlined.
  const source = `(_bg, rows) => (${putSettingsAndReplan.toString()})(rows)`;
  await ff.inBackground(source as unknown as (bg: unknown, rows: unknown) => Promise<void>, digestRows(minutes, shownDay));
}
