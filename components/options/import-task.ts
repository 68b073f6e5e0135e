/**
 * The options page's side of an import (issue 23): the file goes to a worker (entrypoints/import-worker.ts) so the
 * page stays responsive; stages come back for the progress bar, and cancel stops the worker, whose transaction then
 * never commits. While one runs, the file's name is noted in localStorage: a page closed or a browser quit in the
 * middle leaves the note, and the next visit names the file (nothing of it was written).
 */
import { runImport, type ImportNews, type ImportStage } from '@/lib/store/import-run';
import type { SentinelDb } from '@/lib/store/db';
import { browser } from 'wxt/browser';

const NOTE = 'deadline-sentinel:import-running';

export type ImportEnd = Exclude<ImportNews, { stage: ImportStage }> | { cancelled: true };

export interface ImportTask {
  end: Promise<ImportEnd>;
  cancel(): void;
}

/** `db`: the page's log, used only where no worker can start (the worker opens the same log itself). */
export function startImport(file: File, now: number, onStage: (stage: ImportStage) => void, db: SentinelDb): ImportTask {
  localStorage.setItem(NOTE, JSON.stringify({ name: file.name, size: file.size }));
  let finish: (end: ImportEnd) => void = () => undefined;
  const end = new Promise<ImportEnd>((resolve) => (finish = resolve)).finally(() => localStorage.removeItem(NOTE));
  const tell = (news: ImportNews) => ('stage' in news ? onStage(news.stage) : finish(news));
  if (typeof Worker === 'undefined') {
    // No worker here (a component test's DOM): the same steps on this thread.
    void runImport(file, now, tell, db);
    return { end, cancel: () => finish({ cancelled: true }) };
  }
  const worker = new Worker(browser.runtime.getURL('/import-worker.js'));
  worker.addEventListener('message', (e: MessageEvent<ImportNews>) => tell(e.data));
  worker.addEventListener('error', () => finish({ failed: 'storage', detail: 'worker' }));
  void end.then(() => worker.terminate());
  // A dedicated worker: there is no origin to name.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  worker.postMessage({ file, now });
  return { end, cancel: () => (worker.terminate(), finish({ cancelled: true })) };
}

/** The file an import was reading or writing when the page went away, once (the note is then cleared). */
export function interruptedImport(): string | null {
  const note = localStorage.getItem(NOTE);
  if (note === null) return null;
  localStorage.removeItem(NOTE);
  try {
    const { name } = JSON.parse(note) as { name?: unknown };
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}
