/** Reads the extension's log from its service worker with the raw IndexedDB API, so checks do not trust our code. */
import type { Worker } from 'playwright-core';

export type Tables = Record<string, unknown[]>;

/** Every row of every table of the log ({} before the log exists). */
export function dumpLog(worker: Worker): Promise<Tables> {
  return worker.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('deadline-sentinel');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          if (names.length === 0) {
            db.close();
            resolve({});
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.addEventListener('success', () => (tables[name] = request.result));
          }
          tx.addEventListener('complete', () => {
            db.close();
            resolve(tables);
          });
        });
      }),
  );
}

/** Row counts per table. */
export async function tableCounts(worker: Worker): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(await dumpLog(worker)).map(([name, rows]) => [name, rows.length]));
}
