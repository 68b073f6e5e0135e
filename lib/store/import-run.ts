/**
 * One import of a log file, from its bytes to its single merge transaction (export-import.ts importLog), telling
 * each stage as it starts. Runs in a dedicated worker (entrypoints/import-worker.ts), off the options page's main thread,
 * where reading, parsing and merging a 25 MB file no longer freeze the page (issue 23); the options page runs it
 * itself only where a worker cannot start. Stopping the worker mid-import aborts the transaction: nothing is written.
 */
import { openSentinelDb, type SentinelDb } from './db';
import { importLog, type ImportResult } from './export-import';

export type ImportStage = 'reading' | 'parsing' | 'writing';
export type ImportNews = { stage: ImportStage } | { done: ImportResult } | { failed: 'not-json' | 'storage'; detail?: string };

/** `into`: the log to merge into (the options page's own, where it runs this itself); else the default log, opened here. */
export async function runImport(file: Blob, now: number, tell: (news: ImportNews) => void, into?: SentinelDb): Promise<void> {
  try {
    tell({ stage: 'reading' });
    const text = await file.text();
    tell({ stage: 'parsing' });
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return tell({ failed: 'not-json' });
    }
    tell({ stage: 'writing' });
    const db = into ?? openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
    try {
      tell({ done: await importLog(db, data, now) });
    } finally {
      if (!into) db.close();
    }
  } catch (error) {
    tell({ failed: 'storage', detail: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
}
